import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ClockController, type ClockUnit } from '../../core/clock.js';
import { emit } from '../../core/emit.js';
import { FeedController } from '../../core/feed-controller.js';
import { feedNotice, noFairText, staleNote } from '../../core/feed-status.js';
import { dateTimeFormat, isoDate, langOf, numberFormat, t, type Message } from '../../core/i18n.js';
import { downloadICS, toICS } from '../../core/ics.js';
import { baseStyles } from '../../core/styles.js';
import { fairPhase, pickFair } from '../../feed/queries.js';
import { resolveText } from '../../feed/text.js';
import type { Fair, Text } from '../../feed/types.js';
import { styles } from './fair-countdown.styles.js';

/** A unit the countdown can show, from the largest to the smallest. */
export type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

/** What the element shows. */
export type CountdownView =
  'loading' | 'error' | 'no-fair' | 'upcoming' | 'running' | 'ended' | 'postponed' | 'cancelled';

/** `detail` of `fair-countdown-end`. */
export interface FairCountdownEndDetail {
  /** The `id` of the fair that started. */
  fairId: string;
}

const UNITS: readonly CountdownUnit[] = ['day', 'hour', 'minute', 'second'];
const UNIT_MS = [86_400_000, 3_600_000, 60_000, 1000];
/** The live region speaks at most this often (STYLE.md: never flood a screen reader). */
const ANNOUNCE_EVERY_MS = 60_000;

/** The countdown's own messages (shared ones, such as loading and errors, are in core/i18n). */
const M = {
  upcoming: ['距开始', 'Starts in'],
  running: ['进行中 · 距结束', 'On now · ends in'],
  ended: ['已结束', 'Ended'],
  postponed: ['已延期', 'Postponed'],
  cancelled: ['已取消', 'Cancelled'],
  originally: ['原定', 'Originally'],
  calendar: ['添加到日历', 'Add to calendar'],
  register: ['在线报名', 'Register'],
  employers: ['{count} 家单位', '{count} employer|{count} employers'],
  positions: ['{count} 个岗位', '{count} position|{count} positions'],
} satisfies Record<string, Message>;

/** What the live region says at each milestone. */
const SAID: Record<string, Message> = {
  day: ['距{title}开始不到 1 天', '{title} starts in less than a day'],
  hour: ['距{title}开始不到 1 小时', '{title} starts in less than an hour'],
  running: ['{title}已开始', '{title} has started'],
  ended: ['{title}已结束', '{title} has ended'],
};

/** One unit of a countdown: `{ unit: 'hour', value: 13 }`. */
export interface Segment {
  unit: CountdownUnit;
  value: number;
}

/**
 * Splits a duration into whole units from `largest` to `smallest`. The smallest unit is rounded up,
 * as a countdown reads: "1 second" until the moment itself, never "0" while time is left.
 */
export function splitDuration(
  ms: number,
  largest: CountdownUnit,
  smallest: CountdownUnit,
): Segment[] {
  const from = UNITS.indexOf(largest);
  const step = UNIT_MS[UNITS.indexOf(smallest)]!;
  let rest = Math.max(0, Math.ceil(ms / step) * step);
  return UNITS.slice(from, UNITS.indexOf(smallest) + 1).map((unit, i) => {
    const value = Math.floor(rest / UNIT_MS[from + i]!);
    rest -= value * UNIT_MS[from + i]!;
    return { unit, value };
  });
}

/** The index of a unit attribute's value, or `fallback` for anything else. */
const unitIndex = (value: unknown, fallback: number): number => {
  const i = UNITS.indexOf(value as CountdownUnit);
  return i < 0 ? fallback : i;
};

/**
 * `YYYY-MM-DD hh:mm` of `instant` on the wall clock of `timeZone` (the viewer's when undefined):
 * Swedish dates are ISO-shaped.
 */
const wallClock = (instant: number, timeZone?: string): string =>
  dateTimeFormat('sv', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant);

/** The texts that are there, in `lang`, joined by `separator` ("长安校区 · 体育馆"). */
const joinTexts = (texts: (Text | undefined)[], lang: string, separator: string): string =>
  texts
    .map((text) => resolveText(text, lang))
    .filter(Boolean)
    .join(separator);

/**
 * How one unit looks in a language at one value: Intl's parts in the language's order ("2 天",
 * "2 days", "1 day"), with the number itself left out. `key` names the shape: the unit, the parts
 * around the number, and the number's width as zeros. A tick that keeps every segment's key only
 * writes new digits (see {@link FairCountdown.shouldUpdate}).
 */
interface Shape {
  lang: string;
  unit: CountdownUnit;
  value: number;
  key: string;
  number: string;
  template: TemplateResult;
}

/** Shapes by language, unit and value: a page of countdowns builds each one once, not per tick. */
const shapes = new Map<string, Shape>();

function segmentShape(lang: string, unit: CountdownUnit, value: number): Shape {
  const cacheKey = `${lang}|${unit}|${value}`;
  let shape = shapes.get(cacheKey);
  if (!shape) {
    // Bounded: a countdown with largest-unit="second" meets a new value every second.
    if (shapes.size > 999) shapes.clear();
    const parts = numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(
      value,
    );
    const isNumber = ({ type }: Intl.NumberFormatPart) => type !== 'literal' && type !== 'unit';
    const number = parts
      .filter(isNumber)
      .map((p) => p.value)
      .join('');
    // The width the digits take, as zeros (tabular digits are all as wide): at least two but for
    // days, so a minute or second segment keeps its width from 10 down to 9.
    const mask = number.replace(/\d/g, '0').padStart(unit === 'day' ? 0 : 2, '0');
    const first = parts.findIndex(isNumber);
    const pieces = parts.filter((p, i) => i === first || !isNumber(p));
    shape = {
      lang,
      unit,
      value,
      key: `${unit}|${mask}|${pieces.map((p) => (p.type === 'literal' || p.type === 'unit' ? p.value : '#')).join('|')}`,
      number,
      template: html`<span part="segment segment--${unit}"
        >${pieces.map(({ type, value }) =>
          type === 'literal'
            ? value
            : type === 'unit'
              ? html`<span part="unit">${value}</span>`
              : html`<span part="value" data-mask=${mask}><span class="digits"></span></span>`,
        )}</span
      >`,
    };
    shapes.set(cacheKey, shape);
  }
  return shape;
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
};
const TIME_FORMAT: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/**
 * A countdown to the next job fair (双选会), or to the end of the one that is on now, read from a
 * fairkit feed. Dates and times are shown in the fair's own zone (the feed's `timeZone`), named when
 * the viewer's clocks differ; the countdown itself is the same for every viewer.
 *
 * Picks the fair named by `fair`, else the one running now, else the next upcoming one, else the
 * latest past one. Shows, each visibly distinct: upcoming, running, ended, postponed, cancelled,
 * no fair, loading and feed error. Screen readers hear a polite announcement only when it matters
 * (one day left, one hour left, started, ended), never every second.
 *
 * @summary Time to the next fair (or to its end), right in every time zone.
 *
 * @fires {CustomEvent<FairCountdownEndDetail>} fair-countdown-end - The fair started while the page was open (`detail: { fairId }`). Sent
 *   once per fair, never on first render.
 * @fires {CustomEvent<FeedLoadEventDetail>} fair-feed-load - The feed loaded (`detail: { feed, issues, stale, url }`), from the feed controller.
 * @fires {CustomEvent<FeedErrorEventDetail>} fair-feed-error - The feed could not be loaded (`detail: { error, issues, url }`), from the feed controller.
 *
 * @slot - Fallback content shown before the feed arrives, when it fails, and without JavaScript
 *   (e.g. the fair's name and date as plain text). Hidden once the feed is ready.
 *
 * @csspart base - The wrapper; also `base--<view>` (`base--upcoming`, `base--running`, `base--ended`,
 *   `base--postponed`, `base--cancelled`, `base--no-fair`, `base--loading`, `base--error`).
 * @csspart status - The state label ("距开始", "进行中 · 距结束", "已结束", "已取消" …); also `status--<view>`.
 * @csspart title - The fair's title; also `title--cancelled`.
 * @csspart countdown - The `role="timer"` group of segments.
 * @csspart segment - One unit of the countdown (value and unit); also `segment--<unit>`.
 * @csspart value - The number of a segment.
 * @csspart unit - The unit name of a segment ("天", "hours").
 * @csspart date - The date and time in the fair's zone; also `date--struck` when postponed.
 * @csspart venue - The venue.
 * @csspart stats - Headline figures ("1,227 家单位 · 70,000 个岗位").
 * @csspart actions - The row of calendar and registration actions.
 * @csspart calendar - The "添加到日历 / Add to calendar" button.
 * @csspart register - The registration link.
 * @csspart error - The feed error message, with the feed's URL.
 * @csspart stale - The "cached copy" note shown when the feed could not be refreshed.
 *
 * @cssproperty --fair-countdown-accent - Digits, status, buttons and the top border (falls back to `--fair-accent`).
 * @cssproperty --fair-countdown-text - Text colour (falls back to `--fair-text`).
 * @cssproperty --fair-countdown-muted - Units, stats and notes (falls back to `--fair-muted`).
 * @cssproperty --fair-countdown-surface - Background (falls back to `--fair-surface`).
 * @cssproperty --fair-countdown-tint - Background of a running fair and of the error message.
 * @cssproperty --fair-countdown-border - Border colour (falls back to `--fair-border`).
 * @cssproperty --fair-countdown-radius - Corner radius (falls back to `--fair-radius`).
 * @cssproperty --fair-countdown-font - Font family (falls back to `--fair-font`).
 * @cssproperty --fair-countdown-digit-size - Size of the countdown digits (default scales with the width).
 * @cssproperty --fair-countdown-padding - Inner spacing.
 */
export class FairCountdown extends LitElement {
  static override styles = [baseStyles, styles];

  // Declared here rather than with decorators: no decorator helpers in the bundle.
  static override properties = {
    src: {},
    feed: { attribute: false },
    fair: {},
    largestUnit: { attribute: 'largest-unit' },
    smallestUnit: { attribute: 'smallest-unit' },
  };

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  declare src?: string;

  /** The feed as an object, instead of `src`. */
  declare feed?: unknown;

  /** `id` of the fair to count down to; by default the running one, else the next, else the latest. */
  declare fair?: string;

  /** The largest unit shown: `day` (default), `hour`, `minute` or `second` (`hour` shows 49 hours). */
  declare largestUnit: CountdownUnit;

  /** The smallest unit shown: `second` (default), `minute`, `hour` or `day`. */
  declare smallestUnit: CountdownUnit;

  readonly #feed = new FeedController(this);
  /** The shared clock, listened to only while a countdown is shown (set in willUpdate). */
  readonly #clock = new ClockController(this, undefined, (now) => {
    if (!this.#tickDigits(now)) this.requestUpdate();
  });

  /* Derived in willUpdate, read by render. */
  #view: CountdownView = 'loading';
  #lang = 'zh-CN';
  #fair: Fair | undefined;
  #timeZone = 'Asia/Shanghai';
  #ticking: ClockUnit | undefined;
  /** The units shown, largest first, while the countdown ticks. */
  #units: [CountdownUnit, CountdownUnit] | undefined;
  /** The segments shown and their `.digits` elements (found again after each render). */
  #shapes: Shape[] = [];
  #digits: ArrayLike<Element> = [];
  /** A tick at or after this instant, or with other feed state, needs a full update. */
  #nextFull = 0;
  #feedState: unknown;

  /* What surrounds the countdown, and the inputs it was built from (see willUpdate). */
  #inputs: unknown[] = [];
  #head: unknown;
  #tail: unknown;
  #label = '';

  /* What the live region says, the milestone it is at, when it last spoke, and whether a milestone
     is waiting for its turn. */
  #announcement = '';
  #milestone: string | undefined;
  #announcedAt = -Infinity;
  #pending = false;

  /* `fair-countdown-end`: the fair and phase seen last (`id\nview`), and a start seen in this update. */
  #lastPhase: string | undefined;
  #started: string | undefined;

  /** Off screen: `content-visibility: auto` skips drawing it, so a tick need not write digits. */
  #skipped = false;

  constructor() {
    super();
    this.largestUnit = 'day';
    this.smallestUnit = 'second';
    // Fired on the host itself (its style sets `content-visibility: auto`): no listener to remove.
    this.addEventListener('contentvisibilityautostatechange', (event) => {
      this.#skipped = (event as ContentVisibilityAutoStateChangeEvent).skipped;
      // Back on screen: catch up with the clock before it is drawn.
      if (!this.#skipped && !this.#tickDigits(Date.now())) this.requestUpdate();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Time passed while the element was out of the document: recompute now.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(): void {
    const now = Date.now();
    let largest = unitIndex(this.largestUnit, 0);
    let smallest = unitIndex(this.smallestUnit, 3);
    if (smallest < largest) [largest, smallest] = [smallest, largest];

    const { status, feed } = this.#feed;
    const fair =
      status === 'ready' && feed ? pickFair(feed, now, this.fair || undefined) : undefined;
    const view: CountdownView =
      !feed || status !== 'ready'
        ? status === 'error'
          ? 'error'
          : 'loading'
        : !fair
          ? 'no-fair'
          : fair.status !== 'scheduled'
            ? fair.status
            : fairPhase(fair, now);
    const ticking = view === 'upcoming' || view === 'running';
    this.#lang = langOf(this);
    this.#view = view;
    this.#fair = fair;
    if (feed) this.#timeZone = feed.timeZone;
    this.#units = ticking ? [UNITS[largest]!, UNITS[smallest]!] : undefined;
    this.#shapes = this.#shapesAt(now);
    this.#ticking = ticking ? (smallest === 3 ? 'second' : 'minute') : undefined;
    this.#clock.unit = this.#ticking;
    this.#feedState = this.#feed.state;

    // A fair that was upcoming at the last update and is running (or already over) now started.
    const phase = fair && `${fair.id}\n${view}`;
    if (
      fair &&
      this.#lastPhase === `${fair.id}\nupcoming` &&
      (view === 'running' || view === 'ended')
    ) {
      this.#started = fair.id;
    }
    this.#lastPhase = phase;
    this.#updateAnnouncement(now);
    // The next moment something besides the digits changes: a milestone, the start, the end.
    this.#nextFull = this.#pending
      ? now
      : Math.min(
          ...(fair
            ? [fair.start - UNIT_MS[0]!, fair.start - UNIT_MS[1]!, fair.start, fair.end]
            : []
          ).filter((instant) => instant > now),
        );

    // A clock tick changes only the segments (and now and then the view): everything around them
    // is built again only when something it shows has changed, not every second.
    const inputs = [view, fair, this.#lang, feed, this.#feed.error, this.src, this.fair];
    if (inputs.some((input, i) => input !== this.#inputs[i])) {
      this.#inputs = inputs;
      this.#label = fair
        ? t(this.#lang, M[view as Exclude<CountdownView, 'loading' | 'error' | 'no-fair'>])
        : '';
      this.#head = this.#renderHead();
      this.#tail = fair && this.#renderTail(fair);
    }
  }

  /**
   * A clock tick that changes only digits writes them without an update: most ticks of a page of
   * countdowns (bench/run.mjs measures it). Anything else (an update pending, the feed, the
   * language, a unit's plural or width, a milestone, the start or end) takes the full update.
   *
   * @returns whether the digits were all the tick had to change
   */
  #tickDigits(now: number): boolean {
    if (this.isUpdatePending || !this.#units || now >= this.#nextFull) return false;
    // Off screen, nothing is drawn: most countdowns of a long page, until they are scrolled to.
    if (this.#skipped) return true;
    if (langOf(this) !== this.#lang) return false;
    if (this.#feed.state !== this.#feedState) return false;
    const shapes = this.#shapesAt(now);
    if (shapes.some((shape, i) => shape.key !== this.#shapes[i]?.key)) return false;
    this.#shapes = shapes;
    this.#writeDigits();
    return true;
  }

  /** The segments at `now`, while the countdown ticks. */
  #shapesAt(now: number): Shape[] {
    const fair = this.#fair;
    if (!this.#units || !fair) return [];
    const target = this.#view === 'upcoming' ? fair.start : fair.end;
    // Most ticks change one value: the others keep their shape without a lookup.
    return splitDuration(target - now, ...this.#units).map(({ unit, value }, i) => {
      const shape = this.#shapes[i];
      return shape?.unit === unit && shape.value === value && shape.lang === this.#lang
        ? shape
        : segmentShape(this.#lang, unit, value);
    });
  }

  /** Writes each segment's digits where they changed (Lit renders `.digits` empty). */
  #writeDigits(): void {
    this.#shapes.forEach(({ number }, i) => {
      const digits = this.#digits[i];
      // The same text node with new data: no new node to style.
      const text = digits?.firstChild as CharacterData | null | undefined;
      if (text) {
        if (text.data !== number) text.data = number;
      } else digits?.append(number);
    });
  }

  protected override updated(): void {
    this.#digits = this.renderRoot.querySelectorAll('.digits');
    this.#writeDigits();
    const fairId = this.#started;
    if (fairId !== undefined) {
      this.#started = undefined;
      emit<FairCountdownEndDetail>(this, 'fair-countdown-end', { fairId });
    }
  }

  /**
   * The milestone the countdown is at: the live region speaks when it changes, at most once a
   * minute, and never for the first state shown (that is what the page already says).
   */
  #updateAnnouncement(now: number): void {
    const fair = this.#fair;
    const view = this.#view;
    let key: string | undefined;
    if (fair && (view === 'upcoming' || view === 'running' || view === 'ended')) {
      const left = fair.start - now;
      key =
        view !== 'upcoming'
          ? view
          : left <= UNIT_MS[1]!
            ? 'hour'
            : left <= UNIT_MS[0]!
              ? 'day'
              : 'far';
    }
    const milestone = view === 'loading' ? undefined : `${fair?.id ?? ''}\n${key ?? view}`;
    this.#pending = false;
    if (milestone === this.#milestone) return;
    if (!key || key === 'far' || !this.#milestone?.startsWith(`${fair!.id}\n`)) {
      // A new fair, a new feed or a state that is not a moment: take it in silently.
      this.#milestone = milestone;
      return;
    }
    // Too soon after the last announcement: keep the milestone pending, the next tick retries.
    if (now - this.#announcedAt < ANNOUNCE_EVERY_MS) {
      this.#pending = true;
      return;
    }
    this.#milestone = milestone;
    this.#announcedAt = now;
    this.#announcement = t(this.#lang, SAID[key]!, { title: resolveText(fair!.title, this.#lang) });
  }

  #onCalendarClick = (): void => {
    const fair = this.#fair!;
    const lang = this.#lang;
    const title = resolveText(fair.title, lang);
    const { name, campus, address } = fair.venue ?? {};
    const text = toICS(
      [
        {
          uid: `${fair.id}@${location.hostname || 'fairkit'}`,
          start: fair.start,
          end: fair.end,
          allDay: fair.allDay,
          timeZone: this.#timeZone,
          summary: title,
          location: joinTexts([name, campus, address], lang, ', ') || undefined,
          url: fair.url ?? fair.registrationUrl,
          description: this.#statsText(fair) || undefined,
          status:
            fair.status === 'cancelled'
              ? 'cancelled'
              : fair.status === 'postponed'
                ? 'tentative'
                : 'confirmed',
        },
      ],
      { calName: title },
    );
    downloadICS(`${fair.id.replace(/[^\w.-]+/g, '-') || 'fair'}.ics`, text);
  };

  override render(): TemplateResult {
    return html`
      <div part="base base--${this.#view}" lang=${this.#lang}>
        ${this.#head}
        ${
          this.#ticking
            ? html`<div part="countdown" role="timer" aria-live="off" aria-label=${this.#label}>
                ${this.#shapes.map(
                  // The space keeps "2 天 13 小时" apart for screen readers reading the timer on demand.
                  ({ template }, i) => html`${i ? ' ' : ''}${template}`,
                )}
              </div>`
            : nothing
        }
        ${this.#tail} ${staleNote(this.#feed, this.#lang)}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          ${this.#announcement}
        </div>
      </div>
    `;
  }

  /** What comes before the countdown: the status and title, or the loading, error or no-fair note. */
  #renderHead(): TemplateResult {
    const view = this.#view;
    const lang = this.#lang;
    if (view === 'loading' || view === 'error') return feedNotice(this.#feed, lang, this.src)!;
    if (view === 'no-fair') {
      return html`<p part="status status--no-fair">${noFairText(lang, this.fair)}</p>`;
    }
    const fair = this.#fair!;
    const title = resolveText(fair.title, lang);
    return html`
      <p part="status status--${view}">${this.#label}</p>
      <p part="title${view === 'cancelled' ? ' title--cancelled' : ''}">
        ${fair.url ? html`<a href=${fair.url}>${title}</a>` : title}
      </p>
    `;
  }

  /** What comes after the countdown: date, venue, stats and actions. */
  #renderTail(fair: Fair): TemplateResult {
    const lang = this.#lang;
    const view = this.#view;
    const ticking = this.#ticking !== undefined;
    const stats = this.#statsText(fair);
    const venue = fair.venue && joinTexts([fair.venue.campus, fair.venue.name], lang, ' · ');
    const register = ticking && fair.registrationUrl;
    return html`
      ${this.#renderDate(fair)} ${venue ? html`<p part="venue">${venue}</p>` : nothing}
      ${stats ? html`<p part="stats">${stats}</p>` : nothing}
      ${
        ticking || view === 'cancelled'
          ? html`<div part="actions">
              <button part="calendar" type="button" @click=${this.#onCalendarClick}>
                ${t(lang, M.calendar)}
              </button>
              ${
                register
                  ? html`<a part="register" href=${register}>${t(lang, M.register)}</a>`
                  : nothing
              }
            </div>`
          : nothing
      }
    `;
  }

  #renderDate(fair: Fair): TemplateResult {
    const lang = this.#lang;
    const timeZone = this.#timeZone;
    const { start, end } = fair;
    const days = dateTimeFormat(lang, { timeZone, ...DAY_FORMAT });
    const sameDay = (a: number) => isoDate(a, timeZone) === isoDate(start, timeZone);
    let text: string;
    let zone: string | undefined;
    if (fair.allDay) {
      const lastDay = end > start ? end - 1 : start;
      text = sameDay(lastDay) ? days.format(start) : days.formatRange(start, lastDay);
    } else {
      // Date and times are formatted apart: Intl's interval formats drop a long zone name and, in
      // Chinese, switch to numeric dates.
      const times = dateTimeFormat(lang, { timeZone, ...TIME_FORMAT });
      const at = (instant: number) => `${days.format(instant)} ${times.format(instant)}`;
      text =
        end <= start
          ? at(start)
          : sameDay(end)
            ? `${days.format(start)} ${times.formatRange(start, end)}`
            : `${at(start)} – ${at(end)}`;
      // Name the zone only when the viewer's clocks read differently from the fair's.
      if ([start, end].some((instant) => wallClock(instant) !== wallClock(instant, timeZone))) {
        zone = dateTimeFormat(lang, { timeZone, timeZoneName: 'long' })
          .formatToParts(start)
          .find((p) => p.type === 'timeZoneName')?.value;
      }
    }
    const struck = this.#view === 'postponed';
    return html`<p part="date${struck ? ' date--struck' : ''}">
      ${struck ? html`<span>${t(lang, M.originally)}</span> ` : nothing}<time
        datetime=${fair.allDay ? isoDate(start, timeZone) : new Date(start).toISOString()}
        >${text}</time
      >${zone ? html` <span>${zone}</span>` : nothing}
    </p>`;
  }

  /** "1,227 家单位 · 70,000 个岗位": the headline figures the feed has, with locale digits and plurals. */
  #statsText({ stats }: Fair): string {
    return (['employers', 'positions'] as const)
      .filter((key) => typeof stats?.[key] === 'number')
      .map((key) => t(this.#lang, M[key], { count: stats![key]! }))
      .join(' · ');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-countdown': FairCountdown;
  }
  interface HTMLElementEventMap {
    'fair-countdown-end': CustomEvent<FairCountdownEndDetail>;
  }
}
