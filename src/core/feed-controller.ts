import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, FeedIssue } from '../feed/types.js';
import { emit } from './emit.js';
import { acquireFeed, feedStateOf, type FeedLoadError, type FeedState } from './feed-loader.js';

/** Feeds given as objects, parsed: one parse per object for the whole page. */
const parsedObjects = new WeakMap<object, FeedState>();

/** `idle` until the host has a `src` or `feed`, then `loading`, `ready` or `error`. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** An element that reads a feed: a Lit element with `src` and/or `feed` properties. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** A feed URL, or `#id` of an inline `<script type="application/json">`. */
  src?: string | null;
  /** A feed given directly (object or JSON string); wins over `src`. */
  feed?: unknown;
}

/** `detail` of `fair-feed-load`. */
export interface FeedLoadEventDetail {
  feed: Feed;
  issues: FeedIssue[];
  /** True when this is the last good copy, shown because a fresh load failed. */
  stale: boolean;
  /** The absolute feed URL, `#id` for an inline feed, `''` for a `feed` property. */
  url: string;
}

/** `detail` of `fair-feed-error`. */
export interface FeedErrorEventDetail {
  error: FeedLoadError;
  issues: FeedIssue[];
  url: string;
}

declare global {
  interface HTMLElementEventMap {
    'fair-feed-load': CustomEvent<FeedLoadEventDetail>;
    'fair-feed-error': CustomEvent<FeedErrorEventDetail>;
  }
}

/**
 * Loads the feed its host names in `src` (through the shared loader: one request per URL for the
 * whole page) or parses the object in `feed`, and keeps the host up to date.
 *
 * Like `@lit/task`, but a removed host releases its feed, which aborts the request when no other
 * element needs it; a host moved in the DOM picks it up again. The host gets `data-state`
 * (`loading`, `ready` or `error`) for styling, and fires `fair-feed-load` when data is ready or
 * `fair-feed-error` when there is none, once per load result, after the update that shows it (so a
 * listener added right after the element is created still hears it).
 *
 * A `src` or `feed` change is picked up when the host next reads any of the controller's state
 * (typically in `willUpdate`), or else in `hostUpdate`: data at hand synchronously (a `feed`
 * object, an inline or cached feed) is there in the same update.
 *
 * @fires fair-feed-load - `{ feed, issues, stale, url }` when a feed is ready
 * @fires fair-feed-error - `{ error, issues, url }` when loading or parsing failed
 */
export class FeedController implements ReactiveController {
  readonly #host: FeedHost;
  #connected = false;
  #release: (() => void) | undefined;
  /** The `src` and `feed` the current state is for; `#acquired` is false until the first sync. */
  #acquired = false;
  #src: string | null = null;
  #feedInput: unknown = undefined;
  #objectState: { input: unknown; state: FeedState } | undefined;
  #state: FeedState | null = null;
  #announced: FeedState | null = null;

  /** @param host - the element; the controller adds itself to it */
  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  /** @internal Lit lifecycle: (re)acquires the feed, e.g. after the host was moved. */
  hostConnected(): void {
    this.#connected = true;
    this.#sync(true);
    // A result that arrived while the host was detached was not announced then.
    if (this.#state && this.#state !== this.#announced) this.#host.requestUpdate();
  }

  /** @internal Lit lifecycle: releases the feed, aborting its request if nobody else needs it. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#release?.();
    this.#release = undefined;
    this.#acquired = false;
  }

  /**
   * The loader's state object: a new object whenever anything above changes, so a host can tell
   * "nothing changed" by identity alone (the countdown does on every clock tick).
   */
  get state(): FeedState | null {
    return this.#current();
  }

  /** Where loading stands. */
  get status(): FeedStatus {
    return this.#current()?.status ?? 'idle';
  }

  /** The parsed feed when `ready`, else `null`. */
  get feed(): Feed | null {
    return this.#current()?.feed ?? null;
  }

  /** What `parseFeed` reported about the feed. */
  get issues(): FeedIssue[] {
    return this.#current()?.issues ?? [];
  }

  /** True when `feed` is the last good copy because a fresh load failed. */
  get stale(): boolean {
    return this.#current()?.stale ?? false;
  }

  /** Why loading failed (also set alongside a stale copy). */
  get error(): FeedLoadError | null {
    return this.#current()?.error ?? null;
  }

  /** The absolute feed URL, `#id` for an inline feed, `''` for a `feed` property. */
  get url(): string {
    return this.#current()?.url ?? '';
  }

  /** When `feed` was fetched or saved (ms since the epoch), if known: for "updated at …". */
  get savedAt(): number | null {
    return this.#current()?.savedAt ?? null;
  }

  /** @internal Lit lifecycle: follows changes of `src` and `feed` that nothing has read yet. */
  hostUpdate(): void {
    this.#sync(false);
  }

  /** @internal Lit lifecycle: announces a new result once the host has rendered it. */
  hostUpdated(): void {
    this.#announce();
  }

  #current(): FeedState | null {
    // Reading catches up with the host first, so a willUpdate() that reads the feed right after
    // `src` or `feed` changed sees the new source (hostUpdate only runs after willUpdate).
    this.#sync(false);
    return this.#state;
  }

  #sync(force: boolean): void {
    if (!this.#connected) return;
    const src = this.#host.src ?? null;
    const feed = this.#host.feed;
    if (!force && this.#acquired && src === this.#src && feed === this.#feedInput) return;
    this.#release?.();
    this.#release = undefined;
    this.#acquired = true;
    this.#src = src;
    this.#feedInput = feed;

    if (feed !== undefined && feed !== null) {
      this.#apply(this.#parseObject(feed));
    } else if (src?.trim()) {
      const root = this.#host.getRootNode();
      this.#release = acquireFeed(src, (state) => this.#apply(state), {
        root: root instanceof ShadowRoot ? root : document,
      });
    } else {
      this.#apply(null);
    }
  }

  #parseObject(input: unknown): FeedState {
    // Reconnecting with the same object must not re-parse it or announce it again; a page (or a
    // framework) that gives one object to many elements has it parsed once, not once each.
    const cached = this.#objectState;
    if (cached && cached.input === input) return cached.state;
    const isObject = typeof input === 'object' && input !== null;
    const shared = isObject ? parsedObjects.get(input) : undefined;
    const state = shared ?? feedStateOf(input, { url: '', baseUrl: document.baseURI });
    if (!shared && isObject) parsedObjects.set(input, state);
    this.#objectState = { input, state };
    return state;
  }

  #apply(state: FeedState | null): void {
    if (state === this.#state) return;
    this.#state = state;
    if (state) this.#host.setAttribute('data-state', state.status);
    else this.#host.removeAttribute('data-state');
    this.#host.requestUpdate();
  }

  #announce(): void {
    const state = this.#state;
    if (!this.#connected || !state || state === this.#announced || state.status === 'loading') {
      return;
    }
    this.#announced = state;
    const { feed, issues, stale, url, error } = state;
    if (state.status === 'ready' && feed) {
      emit<FeedLoadEventDetail>(this.#host, 'fair-feed-load', { feed, issues, stale, url });
    } else if (error) {
      emit<FeedErrorEventDetail>(this.#host, 'fair-feed-error', { error, issues, url });
    }
  }
}
