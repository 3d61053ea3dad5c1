import { parseFeed } from '../feed/parse.js';
import type { Feed, FeedIssue } from '../feed/types.js';
import { t } from './i18n.js';

/** Why a feed could not be loaded; elements localize by `kind` (see `error.<kind>` in i18n). */
export type FeedLoadErrorKind =
  'network' | 'timeout' | 'http' | 'not-json' | 'not-feed' | 'missing-inline';

/** A failed load, described for the webmaster who has to fix it. */
export interface FeedLoadError {
  kind: FeedLoadErrorKind;
  /** The HTTP status, for `http`. */
  status?: number;
  /** The absolute feed URL, or `#id` for an inline feed. */
  url: string;
  /** What went wrong, in English: `t('en', 'error.' + kind, …)` and the browser's or parser's detail. */
  message: string;
}

/** What a feed source looks like to its subscribers right now. */
export interface FeedState {
  status: 'loading' | 'ready' | 'error';
  /** The parsed feed when `ready` (possibly a stale copy), else `null`. */
  feed: Feed | null;
  /** Everything `parseFeed` reported about `feed` (or about the unusable document). */
  issues: FeedIssue[];
  /** True when `feed` is the last good copy, shown because loading a fresh one failed. */
  stale: boolean;
  /** The failure, also set when a stale copy is shown in its place. */
  error: FeedLoadError | null;
  /** The absolute feed URL, or `#id` for an inline feed. */
  url: string;
  /** When `feed` was fetched (ms since the epoch), if known; for a stale copy, when it was saved. */
  savedAt: number | null;
}

/** Receives every new state of a feed source, starting with the current one. */
export type FeedListener = (state: FeedState) => void;

/** Options for {@link acquireFeed}. */
export interface AcquireFeedOptions {
  /**
   * What a relative `source` is resolved against, and for an inline feed also the base of the
   * relative URLs inside it. Default `document.baseURI`. (URLs inside a fetched feed are relative
   * to the feed's own URL.)
   */
  baseUrl?: string;
  /** Where an inline `#id` is looked up first (an element's shadow root); then `document`. */
  root?: Document | ShadowRoot;
}

/**
 * Network settings, mutable so tests (and unusual pages) can shorten them.
 * `timeout` is per attempt in ms; a failed attempt (network error, timeout or 5xx) is retried up to
 * `retries` times, waiting `backoff`, then twice that, and so on.
 */
export const feedLoaderConfig = { timeout: 10_000, retries: 2, backoff: 500 };

/** The `localStorage` key prefix of saved copies: `fairkit:feed:<absolute url>`. */
export const STORAGE_PREFIX = 'fairkit:feed:';
const SAVED_AT_PREFIX = 'fairkit:feed-saved:';

interface Entry {
  readonly url: string;
  state: FeedState;
  /** One wrapper per acquireFeed call, so the same listener may subscribe twice. */
  readonly listeners: Set<FeedListener>;
  /** Cancels the load in progress (request, timeout, or wait before a retry); unset when idle. */
  stop?: () => void;
}

// One entry per absolute URL. An entry stays while anybody subscribes. When the last one leaves,
// a fresh `ready` entry is kept, so elements added later, or moved in the DOM, show it at once
// without a request (refreshFeed re-fetches); a loading, failed or stale entry is dropped, so the
// next element tries the network again.
const entries = new Map<string, Entry>();

let inlineCache = new WeakMap<
  HTMLScriptElement,
  { text: string; baseUrl: string; state: FeedState }
>();

/**
 * Subscribes to a feed. `listener` is called at once with the current state (`loading` for a new
 * URL) and then on every change until the returned release function is called.
 *
 * A URL is fetched once however many elements subscribe, with a timeout and bounded retries (see
 * {@link feedLoaderConfig}); a good response is saved in `localStorage`. When an attempt fails, the
 * saved copy is served at once with `stale: true` while the retries go on, and replaced if one
 * succeeds. When the last subscriber releases, the request is aborted. `#id` reads an inline
 * `<script type="application/json" id="id">` instead (waiting for the page to finish parsing if it
 * is not there yet).
 *
 * @param source - a feed URL (relative to `document.baseURI`) or `#id` of an inline script
 * @param listener - receives each {@link FeedState}
 * @param options - see {@link AcquireFeedOptions}
 * @returns release: stop listening (calling it twice is harmless)
 */
export function acquireFeed(
  source: string,
  listener: FeedListener,
  options: AcquireFeedOptions = {},
): () => void {
  source = source.trim();
  if (source[0] === '#') return acquireInline(source, listener, options);
  const url = resolve(source, options.baseUrl);
  if (!url) {
    listener(errorState(source, fault('network', source, source ? 'not a valid URL' : 'no URL')));
    return () => {};
  }
  let entry = entries.get(url);
  if (!entry) {
    entry = { url, state: makeState(url, 'loading'), listeners: new Set() };
    entries.set(url, entry);
    load(entry);
  }
  const owner = entry;
  const subscription: FeedListener = (state) => listener(state);
  owner.listeners.add(subscription);
  listener(owner.state);
  return () => {
    if (!owner.listeners.delete(subscription) || owner.listeners.size) return;
    // Decide after the current task's microtasks: an element moved in the DOM releases and
    // re-acquires at once, and should keep its request rather than abort and restart it.
    queueMicrotask(() => {
      if (owner.listeners.size || entries.get(url) !== owner) return;
      owner.stop?.();
      if (owner.state.status !== 'ready' || owner.state.stale) entries.delete(url);
    });
  };
}

/**
 * Fetches a URL's feed again for everybody subscribed to it; they keep the current state until
 * the new one arrives (and, should an attempt fail, get the last good copy with `stale: true`). An
 * unsubscribed cached copy is simply forgotten, so the next subscriber fetches afresh.
 *
 * @param source - the feed URL, as given to {@link acquireFeed}
 * @param options - `baseUrl` to resolve `source` against, as for {@link acquireFeed}
 */
export function refreshFeed(
  source: string,
  options: Pick<AcquireFeedOptions, 'baseUrl'> = {},
): void {
  const url = resolve(source.trim(), options.baseUrl);
  const entry = entries.get(url);
  if (entry?.listeners.size) load(entry);
  else if (entry) {
    entry.stop?.();
    entries.delete(url);
  }
}

/**
 * For tests and leak checks only: how many URLs are cached and how many are being fetched (or
 * waiting to retry). `inFlight` must be 0 once every element reading a feed is removed.
 */
export function feedLoaderStats(): { entries: number; inFlight: number } {
  return { entries: entries.size, inFlight: [...entries.values()].filter((e) => e.stop).length };
}

/**
 * For tests only: aborts every request, forgets every cached feed and removes the saved copies
 * from `localStorage`.
 */
export function resetFeedLoader(): void {
  for (const entry of entries.values()) entry.stop?.();
  entries.clear();
  inlineCache = new WeakMap();
  const storage = getStorage();
  // Both prefixes (copies and their dates) start with `fairkit:feed`.
  for (const key of Object.keys(storage ?? {})) {
    if (key.startsWith('fairkit:feed')) storage!.removeItem(key);
  }
}

/** The absolute URL of a non-empty `source`, else `''`. */
function resolve(source: string, baseUrl = document.baseURI): string {
  try {
    return source && new URL(source, baseUrl).href;
  } catch {
    return '';
  }
}

function makeState(url: string, status: FeedState['status'], rest?: Partial<FeedState>): FeedState {
  return { status, feed: null, issues: [], stale: false, error: null, url, savedAt: null, ...rest };
}

const errorState = (url: string, error: FeedLoadError, issues: FeedIssue[] = []): FeedState =>
  makeState(url, 'error', { error, issues });

/**
 * Fetches `entry.url`, retrying network errors, timeouts and 5xx with backoff, and publishes the
 * result. Starting again cancels the load in progress.
 */
function load(entry: Entry): void {
  entry.stop?.();
  const { url } = entry;
  let stopped = false;
  let controller: AbortController | undefined;
  // The attempt's timeout, or the wait before the next attempt.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (entry.stop = () => {
    stopped = true;
    clearTimeout(timer);
    controller?.abort();
    if (entry.stop === stop) entry.stop = undefined;
  });

  const attempt = async (n: number): Promise<void> => {
    const current = (controller = new AbortController());
    let timedOut = false;
    // A timer rather than AbortSignal.timeout(): it is what fake timers control in tests, and it
    // also bounds reading the body, not only the headers.
    timer = setTimeout(() => {
      timedOut = true;
      current.abort();
    }, feedLoaderConfig.timeout);
    // Unset only when a body was read; the parse below sets it when the body is no feed, so it is
    // set wherever it is read.
    let error: FeedLoadError | undefined;
    let retry = true;
    let text: string | undefined;
    try {
      const response = await fetch(url, {
        signal: current.signal,
        headers: { Accept: 'application/json' },
      });
      const { status, statusText } = response;
      if (response.ok) text = await response.text();
      else error = fault('http', url, statusText, status);
      retry = status >= 500;
    } catch (reason) {
      error = timedOut
        ? fault('timeout', url, `${feedLoaderConfig.timeout / 1000} s`)
        : fault('network', url, reason instanceof Error ? reason.message : '');
    }
    clearTimeout(timer);
    controller = undefined;
    if (stopped) return;
    let issues: FeedIssue[] = [];
    if (text !== undefined) {
      const parsed = feedStateOf(text, { url, baseUrl: url });
      if (parsed.feed) {
        const savedAt = Date.now();
        save(url, text, savedAt);
        stop();
        publish(entry, { ...parsed, savedAt });
        return;
      }
      // A document that is not a feed will not become one on retrying.
      issues = parsed.issues;
      error = parsed.error!;
      retry = false;
    }
    const last = !retry || n >= feedLoaderConfig.retries;
    if (last) stop();
    else timer = setTimeout(() => void attempt(n + 1), feedLoaderConfig.backoff * 2 ** n);
    // The last good copy, at once rather than after every retry (up to half a minute on a hanging
    // network); the first failure is kept with it so the page is told once.
    const { state } = entry;
    if (state.stale) return;
    const good = state.feed ? state : readSaved(url);
    if (good) publish(entry, { ...good, stale: true, error: error! });
    else if (last) publish(entry, errorState(url, error!, issues));
  };
  void attempt(0);
}

function publish(entry: Entry, state: FeedState): void {
  entry.state = state;
  for (const listener of [...entry.listeners]) {
    if (!entry.listeners.has(listener)) continue;
    try {
      listener(state);
    } catch (error) {
      // One broken element must not keep the feed from the others.
      reportError(error);
    }
  }
}

/**
 * A failure, described by the English sentence the elements show for its kind, with what the
 * browser, server or parser said in brackets.
 */
function fault(kind: FeedLoadErrorKind, url: string, detail = '', status?: number): FeedLoadError {
  const message =
    t('en', `error.${kind}`, { url, status: status ?? '' }) + (detail && ` (${detail})`);
  return status ? { kind, status, url, message } : { kind, url, message };
}

/** The error for a document that `parseFeed` could not use. */
function unusable(url: string, text: string, issues: FeedIssue[]): FeedLoadError {
  const notJson = issues.find((issue) => issue.code === 'not-json' && issue.path === '');
  const first =
    issues.find((issue) => issue.severity === 'error' && issue.path === '') ?? issues[0];
  return notJson && (notJson.params.received === 'html' || /^\s*</.test(text))
    ? fault('not-json', url, 'the server sent an HTML page, not JSON — check the feed URL')
    : fault(notJson ? 'not-json' : 'not-feed', url, first?.message);
}

function acquireInline(
  source: string,
  listener: FeedListener,
  { root = document, baseUrl = document.baseURI }: AcquireFeedOptions,
): () => void {
  const id = source.slice(1);
  const read = (): FeedState => {
    const found = root.getElementById(id) ?? document.getElementById(id);
    if (
      found instanceof HTMLScriptElement &&
      found.type.trim().toLowerCase() === 'application/json'
    ) {
      const text = found.textContent ?? '';
      const cached = inlineCache.get(found);
      // Several elements reading one big inline feed parse it once, and share one state object.
      if (cached?.text === text && cached.baseUrl === baseUrl) return cached.state;
      const state = feedStateOf(text, { url: source, baseUrl });
      inlineCache.set(found, { text, baseUrl, state });
      return state;
    }
    return errorState(
      source,
      fault(
        'missing-inline',
        source,
        found ? `a <${found.localName}>` : `no element with id "${id}"`,
      ),
    );
  };
  // A synchronous script in <head> upgrades elements as they are parsed, before a data script
  // further down the page exists: look again once parsing is done.
  if (document.readyState !== 'loading' || root.getElementById(id) || document.getElementById(id)) {
    listener(read());
    return () => {};
  }
  listener(makeState(source, 'loading'));
  const onReady = (): void => listener(read());
  document.addEventListener('DOMContentLoaded', onReady, { once: true });
  return () => document.removeEventListener('DOMContentLoaded', onReady);
}

/**
 * The state for a feed given directly rather than fetched (an inline script's text, or an object
 * set on an element's `feed` property): `ready`, or `error` with `not-json` / `not-feed` when
 * `parseFeed` finds nothing usable. Nothing is fetched or saved.
 *
 * @param input - a JSON string or an already parsed object
 * @param where - `url` to report in the state and errors; `baseUrl` for relative URLs in the feed
 */
export function feedStateOf(input: unknown, where: { url: string; baseUrl?: string }): FeedState {
  const { url, baseUrl } = where;
  const { feed, issues } = parseFeed(input, baseUrl === undefined ? {} : { baseUrl });
  return feed
    ? makeState(url, 'ready', { feed, issues })
    : errorState(url, unusable(url, typeof input === 'string' ? input : '', issues), issues);
}

function getStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    // Blocked storage (sandboxed iframes, strict privacy settings) throws on access.
    return undefined;
  }
}

function save(url: string, text: string, savedAt: number): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + url, text);
    localStorage.setItem(SAVED_AT_PREFIX + url, `${savedAt}`);
  } catch {
    // Blocked storage (see getStorage) or quota exceeded: keep working without an offline copy.
  }
}

/** The saved copy of `url` as a ready state, if there is a usable one. */
function readSaved(url: string): FeedState | undefined {
  const storage = getStorage();
  const text = storage?.getItem(STORAGE_PREFIX + url);
  const saved = text ? feedStateOf(text, { url, baseUrl: url }) : undefined;
  const savedAt = Number(storage?.getItem(SAVED_AT_PREFIX + url));
  return saved?.feed ? { ...saved, savedAt: savedAt > 0 ? savedAt : null } : undefined;
}
