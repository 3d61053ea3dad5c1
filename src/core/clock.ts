import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often a subscriber needs to hear the time: on every whole second, or every whole minute. */
export type ClockUnit = 'second' | 'minute';

/** Called on each boundary of the subscriber's unit with the current `Date.now()`. */
export type ClockCallback = (now: number) => void;

const UNIT_MS: Record<ClockUnit, number> = { second: 1000, minute: 60_000 };

interface Subscriber {
  readonly ms: number;
  readonly callback: ClockCallback;
  /** When this subscriber last heard the time (or subscribed). */
  last: number;
}

const subscribers = new Set<Subscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The unit the pending timer was set for, so a subscriber with the same unit does not reset it. */
let timerMs = 0;

/** Calls every subscriber whose own unit turned (all of them when `all`), then sets the next timer. */
function tick(all = false): void {
  const now = Date.now();
  // A copy: callbacks may unsubscribe themselves or others.
  for (const sub of [...subscribers]) {
    // Timers can fire a little early or very late; compare whole units rather than trusting them.
    if (subscribers.has(sub) && (all || Math.floor(now / sub.ms) > Math.floor(sub.last / sub.ms))) {
      sub.last = now;
      try {
        sub.callback(now);
      } catch (error) {
        // One broken subscriber must not stop the page's other clocks.
        reportError(error);
      }
    }
  }
  schedule(true);
}

/** Sets the timer for the finest unit anyone needs, or clears it; `reset` drops the current one. */
function schedule(reset = false): void {
  const ms = document.hidden ? 0 : Math.min(...[...subscribers].map((sub) => sub.ms));
  if (!reset && ms === timerMs) return;
  clearTimeout(timer);
  timer = undefined;
  timerMs = ms === Infinity ? 0 : ms;
  // Wake at the next whole unit of Date.now(), not `ms` from now, so every subscriber agrees on
  // when a second or minute turns and a countdown never shows the same second twice.
  if (timerMs) timer = setTimeout(tick, timerMs - (Date.now() % timerMs));
}

// Hidden: no timer. Visible again after an unknown time: everyone hears it at once, then re-sync.
const onVisibilityChange = (): void => (document.hidden ? schedule() : tick(true));

/**
 * Subscribes to the page's one shared clock.
 *
 * The clock runs a single `setTimeout` that wakes at the next whole second or minute (of
 * `Date.now()`) that the finest subscriber needs, and calls each subscriber whose own unit turned.
 * It has no timer while nobody subscribes or while `document.hidden`; when the page becomes visible
 * again, every subscriber is called at once. It never calls back synchronously from here.
 *
 * @param unit - `'second'` or `'minute'`
 * @param callback - receives `Date.now()` on each boundary of `unit`
 * @returns a function that unsubscribes (calling it twice is harmless)
 */
export function subscribeClock(unit: ClockUnit, callback: ClockCallback): () => void {
  const sub: Subscriber = { ms: UNIT_MS[unit], callback, last: Date.now() };
  subscribers.add(sub);
  if (subscribers.size === 1) document.addEventListener('visibilitychange', onVisibilityChange);
  schedule();
  return () => {
    if (!subscribers.delete(sub)) return;
    if (!subscribers.size) document.removeEventListener('visibilitychange', onVisibilityChange);
    // Stops the timer when nobody is left, or moves it to a coarser unit if the finest one left.
    schedule();
  };
}

/**
 * For tests and leak checks only: how many subscribers the shared clock has and whether its
 * timer is pending. Both must be zero/false once every element using the clock is removed.
 */
export function clockStats(): { subscribers: number; timerActive: boolean } {
  return { subscribers: subscribers.size, timerActive: timer !== undefined };
}

/**
 * A Lit reactive controller that re-renders its host on each tick of the shared clock.
 *
 * It listens only while the host is connected and `unit` is set, so a removed element, or one that
 * shows nothing that changes (an ended fair), leaves no subscriber and no timer behind.
 *
 * @example
 * ```ts
 * #clock = new ClockController(this, 'second');
 * render() { return html`${this.#clock.now}`; }
 * ```
 */
export class ClockController implements ReactiveController {
  /** `Date.now()` at the last tick, or when the host last connected. */
  now = Date.now();

  readonly #onTick: ClockCallback;
  #unit: ClockUnit | undefined;
  #connected = false;
  #unsubscribe: (() => void) | undefined;

  /**
   * @param host - the element to re-render on each tick
   * @param unit - how often to tick: `'second'`, `'minute'` (default), or `undefined` for not at all
   * @param onTick - what a tick does instead of `host.requestUpdate()`, for a host that can show
   *   the new time more cheaply than a whole update (the countdown writes its digits)
   */
  constructor(
    host: ReactiveControllerHost,
    unit: ClockUnit | undefined = 'minute',
    onTick: ClockCallback = () => host.requestUpdate(),
  ) {
    this.#onTick = onTick;
    this.#unit = unit;
    host.addController(this);
  }

  /** How often the host re-renders (`undefined`: never); changing it re-subscribes at once. */
  get unit(): ClockUnit | undefined {
    return this.#unit;
  }

  set unit(unit: ClockUnit | undefined) {
    if (unit === this.#unit) return;
    this.#unit = unit;
    this.#sync();
  }

  /** @internal Lit lifecycle: starts listening to the clock. */
  hostConnected(): void {
    this.now = Date.now();
    this.#connected = true;
    this.#sync();
  }

  /** @internal Lit lifecycle: stops listening to the clock. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    this.#unsubscribe?.();
    this.#unsubscribe =
      this.#connected && this.#unit
        ? subscribeClock(this.#unit, (now) => {
            this.now = now;
            this.#onTick(now);
          })
        : undefined;
  }
}
