/**
 * Leak check for elements: mount and remove an element many times, then prove that nothing it
 * started is still running — no clock subscriber or timer, no feed request, no pending timeout or
 * interval, no listener left on `window` or `document`.
 *
 * Use with real timers (not sinon fake timers), and a stubbed fetch if the element loads a feed.
 */
import { expect } from '@open-wc/testing';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderStats } from '../../src/core/feed-loader.js';

/** Options for {@link expectNoLeaks}. */
export interface LeakOptions {
  /** How many times to mount and remove an element. Default 1000. */
  times?: number;
}

type Target = Window | Document;

interface ListenerRecord {
  target: string;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

/** What was started during the run and not undone, described for the assertion message. */
interface Live {
  timeouts: Set<number>;
  intervals: Set<number>;
  listeners: ListenerRecord[];
}

function captureOf(
  options: boolean | AddEventListenerOptions | EventListenerOptions | undefined,
): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

/** Wraps the timer functions and the listener methods of window and document; returns undo. */
function track(live: Live): () => void {
  const undo: Array<() => void> = [];
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;

  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return st(handler, timeout, ...args);
    const id = st(
      (...a: unknown[]) => {
        live.timeouts.delete(id);
        (handler as (...x: unknown[]) => void)(...a);
      },
      timeout,
      ...args,
    );
    live.timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.timeouts.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = si(handler, timeout, ...args);
    live.intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  undo.push(() =>
    Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci }),
  );

  const targets: Array<[string, Target]> = [
    ['window', window],
    ['document', document],
  ];
  for (const [name, target] of targets) {
    // Own properties shadow EventTarget.prototype's methods; deleting them restores those.
    const add: EventTarget['addEventListener'] = target.addEventListener;
    const remove: EventTarget['removeEventListener'] = target.removeEventListener;
    const find = (
      type: string,
      listener: EventListenerOrEventListenerObject,
      capture: boolean,
    ): number =>
      live.listeners.findIndex(
        (r) =>
          r.target === name && r.type === type && r.listener === listener && r.capture === capture,
      );
    const forget = (
      type: string,
      listener: EventListenerOrEventListenerObject,
      capture: boolean,
    ): void => {
      const index = find(type, listener, capture);
      if (index >= 0) live.listeners.splice(index, 1);
    };
    target.addEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      add.call(this, type, listener, options);
      if (!listener) return;
      const added = listener;
      const capture = captureOf(options);
      if (find(type, added, capture) >= 0) return; // the DOM ignores duplicates too
      live.listeners.push({ target: name, type, listener: added, capture });
      if (typeof options === 'object') {
        // A `once` listener removes itself when it runs; an aborted signal removes it too.
        const drop = (): void => forget(type, added, capture);
        if (options.once) add.call(this, type, drop, { once: true, capture });
        options.signal?.addEventListener('abort', drop, { once: true });
      }
    };
    target.removeEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ): void {
      remove.call(this, type, listener, options);
      if (listener) forget(type, listener, captureOf(options));
    };
    undo.push(() => {
      delete (target as Partial<Target>).addEventListener;
      delete (target as Partial<Target>).removeEventListener;
    });
  }
  return () => undo.forEach((u) => u());
}

/**
 * Starts recording what {@link expectNoLeaks} checks (timeouts, intervals, window and document
 * listeners) for a test that asserts on it itself; `stop` puts the wrapped functions back.
 */
export function recordStarted(): { live: Live; stop: () => void } {
  const live: Live = { timeouts: new Set(), intervals: new Set(), listeners: [] };
  return { live, stop: track(live) };
}

/**
 * Mounts an element from `createElement` in a container and removes it, `times` times (awaiting
 * its `updateComplete` in between when it has one), then asserts that the shared clock has no
 * subscriber and no timer, the feed loader has no request in flight, and that no timeout,
 * interval, or window/document listener created during the run is still live.
 *
 * @param createElement - makes a fresh element each time
 * @param options - `times`: how many rounds (default 1000)
 */
export async function expectNoLeaks(
  createElement: () => HTMLElement,
  { times = 1000 }: LeakOptions = {},
): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  const live: Live = { timeouts: new Set(), intervals: new Set(), listeners: [] };
  const untrack = track(live);
  try {
    for (let i = 0; i < times; i++) {
      const el = createElement();
      container.append(el);
      await (el as { updateComplete?: Promise<unknown> }).updateComplete;
      el.remove();
    }
    // Let deferred releases (microtasks) and aborted requests' rejections run their course.
    // (These timeouts go through the wrapper too, and have fired by the time it is checked.)
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    untrack();
    container.remove();
  }

  expect(clockStats(), 'shared clock').to.deep.equal({ subscribers: 0, timerActive: false });
  expect(feedLoaderStats().inFlight, 'feed requests in flight').to.equal(0);
  expect([...live.timeouts], 'live timeouts').to.deep.equal([]);
  expect([...live.intervals], 'live intervals').to.deep.equal([]);
  expect(
    live.listeners.map((r) => `${r.target} ${r.type}`),
    'listeners left on window/document',
  ).to.deep.equal([]);
}
