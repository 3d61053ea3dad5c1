/**
 * A stubbed `window.fetch` for element and loader tests: serves feeds from a route table,
 * honours `AbortSignal`, and can hang, fail, delay (under sinon fake timers too) or serve a file
 * from tests/fixtures through the real fetch.
 */
import sinon from 'sinon';

/** A small valid feed: one fair. */
export const miniFeed = {
  version: 1,
  fairs: [
    {
      id: 'spring',
      title: { 'zh-CN': '春季综合类双选会', en: 'Spring Career Fair' },
      start: '2027-03-22T09:00',
      end: '2027-03-22T16:00',
    },
  ],
};

/** How the fake server answers one request. */
export type FakeReply =
  /** Never answers; rejects with an AbortError when the request is aborted. */
  | 'hang'
  /** Rejects like a failed connection (`TypeError: Failed to fetch`). */
  | 'network-error'
  | {
      status?: number;
      /** An object is sent as JSON; a string as is. Default: {@link miniFeed}. */
      body?: unknown;
      /** A file in tests/fixtures, fetched for real (e.g. `spring-fair.json`). */
      fixture?: string;
      headers?: Record<string, string>;
      /** Answer after this many ms (a `setTimeout`, so fake timers control it). */
      delay?: number;
    };

/**
 * Route table: absolute or page-relative URL → reply, or a list of replies for successive calls
 * to that URL (the last repeats). `'*'` answers every other URL; without it they get a 404.
 */
export type FakeRoutes = Record<string, FakeReply | FakeReply[]>;

const realFetch = window.fetch.bind(window);

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits for `ms`, rejecting early if `signal` aborts. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function answer(reply: FakeReply, signal: AbortSignal | null | undefined): Promise<Response> {
  if (signal?.aborted) throw abortError();
  if (reply === 'hang') {
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
    });
  }
  if (reply === 'network-error') throw new TypeError('Failed to fetch');
  if (reply.delay) await wait(reply.delay, signal);
  if (reply.fixture) {
    return realFetch(new URL(`/tests/fixtures/${reply.fixture}`, location.href), { signal });
  }
  const body = reply.body === undefined ? miniFeed : reply.body;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, {
    status: reply.status ?? 200,
    headers: { 'content-type': 'application/json', ...reply.headers },
  });
}

/**
 * Replaces `window.fetch` with a sinon stub answering from `routes`.
 * Undo with `sinon.restore()` (or the stub's `restore()`).
 *
 * @returns the stub: `stub.callCount`, `stub.firstCall.args[1].signal`, …
 */
export function fakeFetch(
  routes: FakeRoutes,
): sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>> {
  const table = new Map<string, FakeReply[]>();
  for (const [url, reply] of Object.entries(routes)) {
    const key = url === '*' ? url : new URL(url, location.href).href;
    table.set(key, Array.isArray(reply) ? [...reply] : [reply]);
  }
  const served = new Map<string, number>();
  return sinon.stub(window, 'fetch').callsFake((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    const replies = table.get(url) ?? table.get('*');
    if (!replies) return answer({ status: 404, body: 'Not Found' }, init?.signal);
    const n = served.get(url) ?? 0;
    served.set(url, n + 1);
    return answer(replies[Math.min(n, replies.length - 1)], init?.signal);
  });
}

/** An absolute URL on the test server, for comparing with `FeedState.url`. */
export function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
