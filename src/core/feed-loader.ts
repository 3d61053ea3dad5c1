import { parseFeed } from '../feed/parse.js';
import type { Feed, FeedIssue } from '../feed/types.js';

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
  /** What went wrong, in English; elements show `t(lang, 'error.' + kind, { url, status })`. */
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

interface Load {
  controller: AbortController | null;
  /** The attempt's timeout, or the wait before the next attempt. */
  timer: ReturnType<typeof setTimeout> | undefined;
  cancelled: boolean;
}

interface Subscription {
  readonly listener: FeedListener;
}

interface Entry {
  readonly url: string;
  state: FeedState;
  readonly subscriptions: Set<Subscription>;
  load: Load | null;
}

type Attempt = { text: string } | { error: FeedLoadError; retryable: boolean };

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
 * {@link feedLoaderConfig}); a good response is saved in `localStorage` and served with
 * `stale: true` when a later load fails. When the last subscriber releases, the request is aborted.
 * `#id` reads an inline `<script type="application/json" id="id">` instead (waiting for the page
 * to finish parsing if it is not there yet).
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
  const trimmed = source.trim();
  if (trimmed.startsWith('#')) return acquireInline(trimmed, listener, options);

  let url: string;
  try {
    if (!trimmed) throw new TypeError('empty');
    url = new URL(trimmed, options.baseUrl ?? document.baseURI).href;
  } catch {
    const message = trimmed ? `"${trimmed}" is not a valid URL` : 'no feed URL was given';
    listener(errorState(trimmed, { kind: 'network', url: trimmed, message }));
    return () => {};
  }

  let entry = entries.get(url);
  if (!entry) {
    entry = { url, state: loadingState(url), subscriptions: new Set(), load: null };
    entries.set(url, entry);
    startLoad(entry);
  }
  const subscription: Subscription = { listener };
  entry.subscriptions.add(subscription);
  listener(entry.state);

  const owner = entry;
  return () => {
    if (!owner.subscriptions.delete(subscription) || owner.subscriptions.size > 0) return;
    // Decide after the current task's microtasks: an element moved in the DOM releases and
    // re-acquires at once, and should keep its request rather than abort and restart it.
    void Promise.resolve().then(() => dropIfUnused(owner));
  };
}

/**
 * Fetches a URL's feed again for everybody subscribed to it; they keep the current state until
 * the new one arrives (and, should it fail, get the last good copy with `stale: true`). An
 * unsubscribed cached copy is simply forgotten, so the next subscriber fetches afresh.
 *
 * @param source - the feed URL, as given to {@link acquireFeed}
 * @param options - `baseUrl` to resolve `source` against, as for {@link acquireFeed}
 */
export function refreshFeed(
  source: string,
  options: Pick<AcquireFeedOptions, 'baseUrl'> = {},
): void {
  let url: string;
  try {
    url = new URL(source.trim(), options.baseUrl ?? document.baseURI).href;
  } catch {
    return;
  }
  const entry = entries.get(url);
  if (!entry) return;
  if (entry.subscriptions.size === 0) {
    cancelLoad(entry);
    entries.delete(url);
    return;
  }
  startLoad(entry);
}

/**
 * For tests and leak checks only: how many URLs are cached and how many are being fetched (or
 * waiting to retry). `inFlight` must be 0 once every element reading a feed is removed.
 */
export function feedLoaderStats(): { entries: number; inFlight: number } {
  let inFlight = 0;
  for (const entry of entries.values()) if (entry.load) inFlight++;
  return { entries: entries.size, inFlight };
}

/**
 * For tests only: aborts every request, forgets every cached feed and removes the saved copies
 * from `localStorage`.
 */
export function resetFeedLoader(): void {
  for (const entry of entries.values()) cancelLoad(entry);
  entries.clear();
  inlineCache = new WeakMap();
  const storage = getStorage();
  if (!storage) return;
  for (const key of Object.keys(storage)) {
    if (key.startsWith(STORAGE_PREFIX) || key.startsWith(SAVED_AT_PREFIX)) storage.removeItem(key);
  }
}

function loadingState(url: string): FeedState {
  return {
    status: 'loading',
    feed: null,
    issues: [],
    stale: false,
    error: null,
    url,
    savedAt: null,
  };
}

function errorState(url: string, error: FeedLoadError, issues: FeedIssue[] = []): FeedState {
  return { status: 'error', feed: null, issues, stale: false, error, url, savedAt: null };
}

function dropIfUnused(entry: Entry): void {
  if (entry.subscriptions.size > 0 || entries.get(entry.url) !== entry) return;
  cancelLoad(entry);
  const { status, stale } = entry.state;
  if (status !== 'ready' || stale) entries.delete(entry.url);
}

function cancelLoad(entry: Entry): void {
  const load = entry.load;
  if (!load) return;
  load.cancelled = true;
  clearTimeout(load.timer);
  load.timer = undefined;
  load.controller?.abort();
  entry.load = null;
}

function startLoad(entry: Entry): void {
  cancelLoad(entry);
  const load: Load = { controller: null, timer: undefined, cancelled: false };
  entry.load = load;
  void run(entry, load);
}

async function run(entry: Entry, load: Load): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const result = await fetchOnce(entry.url, load);
    if (load.cancelled) return;
    if ('text' in result) {
      finish(entry, load, stateFromText(entry, result.text));
      return;
    }
    if (!result.retryable || attempt >= feedLoaderConfig.retries) {
      finish(entry, load, fallbackState(entry, result.error));
      return;
    }
    // A cancelled wait never resolves: cancelLoad clears the timer and this call is collected.
    await new Promise<void>((resolve) => {
      load.timer = setTimeout(resolve, feedLoaderConfig.backoff * 2 ** attempt);
    });
    load.timer = undefined;
  }
}

async function fetchOnce(url: string, load: Load): Promise<Attempt> {
  const controller = new AbortController();
  load.controller = controller;
  let timedOut = false;
  // A timer rather than AbortSignal.timeout(): it is what fake timers control in tests, and it
  // also bounds reading the body, not only the headers.
  load.timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, feedLoaderConfig.timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const status = response.status;
      const reason = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        error: { kind: 'http', status, url, message: `the server answered ${reason} for ${url}` },
        retryable: status >= 500,
      };
    }
    return { text: await response.text() };
  } catch (error) {
    if (timedOut) {
      const seconds = feedLoaderConfig.timeout / 1000;
      return {
        error: { kind: 'timeout', url, message: `${url} did not answer within ${seconds} s` },
        retryable: true,
      };
    }
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return {
      error: { kind: 'network', url, message: `could not reach ${url}${detail}` },
      retryable: true,
    };
  } finally {
    clearTimeout(load.timer);
    load.timer = undefined;
    load.controller = null;
  }
}

function finish(entry: Entry, load: Load, state: FeedState): void {
  if (entry.load === load) entry.load = null;
  entry.state = state;
  for (const subscription of [...entry.subscriptions]) {
    if (!entry.subscriptions.has(subscription)) continue;
    try {
      subscription.listener(state);
    } catch (error) {
      // One broken element must not keep the feed from the others.
      reportError(error);
    }
  }
}

function stateFromText(entry: Entry, text: string): FeedState {
  const { feed, issues } = parseFeed(text, { baseUrl: entry.url });
  if (!feed) return fallbackState(entry, unusable(entry.url, text, issues), issues);
  const savedAt = Date.now();
  save(entry.url, text, savedAt);
  return { status: 'ready', feed, issues, stale: false, error: null, url: entry.url, savedAt };
}

/** The state after a failed load: the last good copy marked stale if there is one, else the error. */
function fallbackState(entry: Entry, error: FeedLoadError, issues: FeedIssue[] = []): FeedState {
  const { url, state } = entry;
  // A refresh that fails keeps what the subscribers already see.
  if (state.status === 'ready' && state.feed) {
    return { ...state, stale: true, error };
  }
  const saved = readSaved(url);
  if (saved) {
    const parsed = parseFeed(saved.text, { baseUrl: url });
    if (parsed.feed) {
      return {
        status: 'ready',
        feed: parsed.feed,
        issues: parsed.issues,
        stale: true,
        error,
        url,
        savedAt: saved.savedAt,
      };
    }
  }
  return errorState(url, error, issues);
}

/** The error for a document that `parseFeed` could not use. */
function unusable(url: string, text: string, issues: FeedIssue[]): FeedLoadError {
  const notJsonIssue = issues.find((issue) => issue.code === 'not-json' && issue.path === '');
  const notJson = notJsonIssue !== undefined;
  if (notJson && (notJsonIssue.params.received === 'html' || /^\s*</.test(text))) {
    return {
      kind: 'not-json',
      url,
      message: `the server sent an HTML page, not JSON — check the feed URL (${url})`,
    };
  }
  const first =
    issues.find((issue) => issue.severity === 'error' && issue.path === '') ?? issues[0];
  const detail = first ? `: ${first.message}` : '';
  const name = url || 'the feed';
  return notJson
    ? { kind: 'not-json', url, message: `${name} is not valid JSON${detail}` }
    : { kind: 'not-feed', url, message: `${name} is not a fairkit feed (version 1)${detail}` };
}

function acquireInline(
  source: string,
  listener: FeedListener,
  options: AcquireFeedOptions,
): () => void {
  const id = source.slice(1);
  const root = options.root ?? document;
  const baseUrl = options.baseUrl ?? document.baseURI;
  const read = (): FeedState | null => {
    const found = root.getElementById(id) ?? document.getElementById(id);
    if (!found) return null;
    if (
      !(found instanceof HTMLScriptElement) ||
      found.type.trim().toLowerCase() !== 'application/json'
    ) {
      const tag = found.localName;
      return errorState(source, {
        kind: 'missing-inline',
        url: source,
        message: `${source} is a <${tag}>, not a <script type="application/json">`,
      });
    }
    return inlineState(found, source, baseUrl);
  };
  const missing = (): FeedState =>
    errorState(source, {
      kind: 'missing-inline',
      url: source,
      message: `there is no <script type="application/json" id="${id}"> on this page`,
    });

  const state = read();
  if (state || document.readyState !== 'loading') {
    listener(state ?? missing());
    return () => {};
  }
  // A synchronous script in <head> upgrades elements as they are parsed, before a data script
  // further down the page exists: look again once parsing is done.
  listener(loadingState(source));
  const onReady = (): void => listener(read() ?? missing());
  document.addEventListener('DOMContentLoaded', onReady, { once: true });
  return () => document.removeEventListener('DOMContentLoaded', onReady);
}

function inlineState(script: HTMLScriptElement, source: string, baseUrl: string): FeedState {
  const text = script.textContent ?? '';
  const cached = inlineCache.get(script);
  // Several elements reading one big inline feed parse it once, and share one state object.
  if (cached && cached.text === text && cached.baseUrl === baseUrl) return cached.state;
  const state = feedStateOf(text, { url: source, baseUrl });
  inlineCache.set(script, { text, baseUrl, state });
  return state;
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
  if (feed) return { status: 'ready', feed, issues, stale: false, error: null, url, savedAt: null };
  return errorState(url, unusable(url, typeof input === 'string' ? input : '', issues), issues);
}

function getStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked storage (sandboxed iframes, strict privacy settings) throws on access.
    return null;
  }
}

function save(url: string, text: string, savedAt: number): void {
  try {
    const storage = getStorage();
    storage?.setItem(STORAGE_PREFIX + url, text);
    storage?.setItem(SAVED_AT_PREFIX + url, String(savedAt));
  } catch {
    // Quota exceeded: keep working without an offline copy.
  }
}

function readSaved(url: string): { text: string; savedAt: number | null } | null {
  try {
    const storage = getStorage();
    const text = storage?.getItem(STORAGE_PREFIX + url);
    if (text == null) return null;
    const savedAt = Number(storage?.getItem(SAVED_AT_PREFIX + url));
    return { text, savedAt: savedAt > 0 ? savedAt : null };
  } catch {
    return null;
  }
}
