import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { subscribeClock, type ClockUnit } from '../../core/clock.js';
import { emit } from '../../core/emit.js';
import { FeedController } from '../../core/feed-controller.js';
import {
  dateTimeFormat,
  langOf,
  numberFormat,
  pluralRules,
  t,
  type MessageKey,
} from '../../core/i18n.js';
import { downloadICS, toICS } from '../../core/ics.js';
import { baseStyles } from '../../core/styles.js';
import { fairPhase, pickFair } from '../../feed/queries.js';
import { resolveText } from '../../feed/text.js';
import type { Fair } from '../../feed/types.js';
import { styles } from './fair-countdown.styles.js';

/** A unit the countdown can show, from the largest to the smallest. */
export type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

/** What the element shows. */
export type CountdownView =
  | 'loading'
  | 'error'
  | 'no-fair'
  | 'upcoming'
  | 'running'
  | 'ended'
  | 'postponed'
  | 'cancelled';

/** `detail` of `fair-countdown-end`. */
export interface FairCountdownEndDetail {
  /** The `id` of the fair that started. */
  fairId: string;
}

const UNITS: readonly CountdownUnit[] = ['day', 'hour', 'minute', 'second'];
const UNIT_MS: Record<CountdownUnit, number> = {
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
};
/** The live region speaks at most this often (STYLE.md: never flood a screen reader). */
const ANNOUNCE_EVERY_MS = 60_000;

interface Segment {
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
  const to = UNITS.indexOf(smallest);
  const step = UNIT_MS[smallest];
  let rest = Math.max(0, Math.ceil(ms / step) * step);
  return UNITS.slice(from, to + 1).map((unit) => {
    const value = Math.floor(rest / UNIT_MS[unit]);
    rest -= value * UNIT_MS[unit];
    return { unit, value };
  });
}

const asUnit = (value: unknown, fallback: CountdownUnit): CountdownUnit =>
  UNITS.includes(value as CountdownUnit) ? (value as CountdownUnit) : fallback;

/** The viewer's own zone, read once per call: tests and travellers may change it. */
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const DAY_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
};
const TIME_FORMAT: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** The long name of `timeZone` at `instant` in `lang` ("中国标准时间", "British Summer Time"). */
function zoneName(lang: string, timeZone: string, instant: number): string {
  return (
    dateTimeFormat(lang, { timeZone, timeZoneName: 'long' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/**
 * The calendar date of `instant` in `timeZone` as `YYYY-MM-DD`, for `<time datetime>` of all-day fairs.
 */
function isoDate(instant: number, timeZone: string): string {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Whether the wall clocks of the viewer and of `timeZone` read the same at `instant`. */
function sameWallClock(instant: number, timeZone: string): boolean {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  };
  return (
    dateTimeFormat('en-US', { ...options, timeZone }).format(instant) ===
    dateTimeFormat('en-US', options).format(instant)
  );
}

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
 * @fires fair-countdown-end - The fair started while the page was open (`detail: { fairId }`). Sent
 *   once per fair, never on first render.
 * @fires fair-feed-load - The feed loaded (`detail: { feed, issues, stale }`), from the feed controller.
 * @fires fair-feed-error - The feed could not be loaded (`detail: { error }`), from the feed controller.
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

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  @property() src?: string;

  /** The feed as an object, instead of `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** `id` of the fair to count down to; by default the running one, else the next, else the latest. */
  @property() fair?: string;

  /** The largest unit shown: `day` (default), `hour`, `minute` or `second` (`hour` shows 49 hours). */
  @property({ attribute: 'largest-unit' }) largestUnit: CountdownUnit = 'day';

  /** The smallest unit shown: `second` (default), `minute`, `hour` or `day`. */
  @property({ attribute: 'smallest-unit' }) smallestUnit: CountdownUnit = 'second';

  readonly #feed = new FeedController(this);

  /* Derived in willUpdate, read by render. */
  #view: CountdownView = 'loading';
  #lang = 'zh-CN';
  #picked: Fair | undefined;
  #timeZone = 'Asia/Shanghai';
  #segments: Segment[] = [];
  #largest: CountdownUnit = 'day';
  #smallest: CountdownUnit = 'second';

  /* What the live region says, and when it last changed. */
  #announcement = '';
  #milestone: string | undefined;
  #announcedAt = -Infinity;

  /* `fair-countdown-end`: the last fair and phase seen, and a start seen in this update. */
  #lastPhase: { fairId: string; view: CountdownView } | undefined;
  #started: string | undefined;

  /* The shared clock, subscribed only while a countdown is shown. */
  #clockUnit: ClockUnit | undefined;
  #unsubscribeClock: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Time passed while the element was out of the document: recompute, and resubscribe in updated().
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setClock(undefined);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const now = Date.now();
    this.#lang = langOf(this);
    this.#largest = asUnit(this.largestUnit, 'day');
    this.#smallest = asUnit(this.smallestUnit, 'second');
    if (UNITS.indexOf(this.#smallest) < UNITS.indexOf(this.#largest)) {
      [this.#largest, this.#smallest] = [this.#smallest, this.#largest];
    }

    const status = this.#feed.status;
    const feed = this.#feed.feed;
    this.#picked = undefined;
    this.#segments = [];
    if (status === 'error' && !feed) {
      this.#view = 'error';
    } else if (status !== 'ready' || !feed) {
      this.#view = status === 'error' ? 'error' : 'loading';
    } else {
      this.#timeZone = feed.timeZone;
      const fair = pickFair(feed, now, this.fair || undefined) ?? undefined;
      this.#picked = fair;
      if (!fair) {
        this.#view = 'no-fair';
      } else if (fair.status === 'cancelled') {
        this.#view = 'cancelled';
      } else if (fair.status === 'postponed') {
        this.#view = 'postponed';
      } else {
        this.#view = fairPhase(fair, now);
        if (this.#view === 'upcoming') {
          this.#segments = splitDuration(fair.start - now, this.#largest, this.#smallest);
        } else if (this.#view === 'running') {
          this.#segments = splitDuration(fair.end - now, this.#largest, this.#smallest);
        }
      }
    }
    this.#trackStart();
    this.#updateAnnouncement(now);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const ticking = this.#view === 'upcoming' || this.#view === 'running';
    this.#setClock(ticking ? (this.#smallest === 'second' ? 'second' : 'minute') : undefined);
    if (this.#started !== undefined) {
      const fairId = this.#started;
      this.#started = undefined;
      emit<FairCountdownEndDetail>(this, 'fair-countdown-end', { fairId });
    }
  }

  /** Notes a fair going from upcoming to running (or straight to ended) since the last update. */
  #trackStart(): void {
    const fair = this.#picked;
    const seen = fair ? { fairId: fair.id, view: this.#view } : undefined;
    const before = this.#lastPhase;
    if (
      seen &&
      before?.fairId === seen.fairId &&
      before.view === 'upcoming' &&
      (seen.view === 'running' || seen.view === 'ended')
    ) {
      this.#started = seen.fairId;
    }
    this.#lastPhase = seen;
  }

  /**
   * The milestone the countdown is at: the live region speaks when it changes, at most once a
   * minute, and never for the first state shown (that is what the page already says).
   */
  #updateAnnouncement(now: number): void {
    const fair = this.#picked;
    let milestone: string | undefined;
    let key: string | undefined;
    if (fair && (this.#view === 'upcoming' || this.#view === 'running' || this.#view === 'ended')) {
      const left = fair.start - now;
      const near = left <= UNIT_MS.hour ? 'hour' : left <= UNIT_MS.day ? 'day' : 'far';
      key = this.#view === 'upcoming' ? near : this.#view;
      milestone = `${fair.id}\n${key}`;
    } else if (this.#view !== 'loading') {
      milestone = `${fair?.id ?? ''}\n${this.#view}`;
    }
    if (milestone === this.#milestone) return;
    const sameFair =
      fair !== undefined && this.#milestone?.startsWith(`${fair.id}\n`) && key !== undefined;
    if (!sameFair || key === 'far') {
      // A new fair, a new feed or a state that is not a moment: take it in silently.
      this.#milestone = milestone;
      return;
    }
    // Too soon after the last announcement: keep the milestone pending, the next tick retries.
    if (now - this.#announcedAt < ANNOUNCE_EVERY_MS) return;
    this.#milestone = milestone;
    this.#announcedAt = now;
    const title = resolveText(fair.title, this.#lang);
    this.#announcement = t(this.#lang, `countdown.announce.${key}` as MessageKey, { title });
  }

  #setClock(unit: ClockUnit | undefined): void {
    if (unit === this.#clockUnit && (unit === undefined || this.#unsubscribeClock)) return;
    this.#unsubscribeClock?.();
    this.#unsubscribeClock = undefined;
    this.#clockUnit = unit;
    if (unit !== undefined && this.isConnected) {
      this.#unsubscribeClock = subscribeClock(unit, () => this.requestUpdate());
    }
  }

  #onCalendarClick = (): void => {
    const fair = this.#picked;
    if (!fair) return;
    const lang = this.#lang;
    const title = resolveText(fair.title, lang);
    const venue = fair.venue
      ? [fair.venue.name, fair.venue.campus, fair.venue.address]
          .filter((x) => x !== undefined)
          .map((x) => resolveText(x!, lang))
          .filter(Boolean)
          .join(', ')
      : '';
    const text = toICS(
      [
        {
          uid: `${fair.id}@${globalThis.location?.hostname || 'fairkit'}`,
          start: fair.start,
          end: fair.end,
          allDay: fair.allDay,
          timeZone: this.#timeZone,
          summary: title,
          location: venue || undefined,
          url: fair.url ?? fair.registrationUrl,
          description: this.#statsText(fair) || undefined,
          status: fair.status === 'cancelled' ? 'cancelled' : 'confirmed',
        },
      ],
      { calName: title },
    );
    const name = fair.id.replace(/[^\w.-]+/g, '-') || 'fair';
    downloadICS(`${name}.ics`, text);
  };

  override render(): TemplateResult {
    const view = this.#view;
    return html`
      <div part="base base--${view}" lang=${this.#lang}>
        ${view === 'loading'
          ? this.#renderLoading()
          : view === 'error'
            ? this.#renderError()
            : view === 'no-fair'
              ? this.#renderNoFair()
              : this.#renderFair(this.#picked!)}
        ${this.#feed.stale && view !== 'error'
          ? html`<p part="stale">${this.#staleText()}</p>`
          : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      </div>
    `;
  }

  #renderLoading(): TemplateResult {
    return html`
      <p part="status status--loading">${t(this.#lang, 'loading')}</p>
      <slot></slot>
    `;
  }

  #renderError(): TemplateResult {
    const error = this.#feed.error;
    const kind = error?.kind ?? 'network';
    const url = error?.url ?? this.src ?? '';
    return html`
      <p part="error" role="alert">
        <strong>${t(this.#lang, 'error.title')}</strong><br />
        ${t(this.#lang, `error.${kind}`, { url, status: error?.status ?? '' })}
      </p>
      <slot></slot>
    `;
  }

  #renderNoFair(): TemplateResult {
    return html`<p part="status status--no-fair">
      ${t(this.#lang, this.fair ? 'countdown.not-found' : 'countdown.no-fair', { id: this.fair ?? '' })}
    </p>`;
  }

  #renderFair(fair: Fair): TemplateResult {
    const lang = this.#lang;
    const view = this.#view;
    const title = resolveText(fair.title, lang);
    const ticking = view === 'upcoming' || view === 'running';
    const label = t(lang, `countdown.status.${view}` as MessageKey);
    const stats = this.#statsText(fair);
    return html`
      <p part="status status--${view}">${label}</p>
      <p part="title${view === 'cancelled' ? ' title--cancelled' : ''}">
        ${fair.url ? html`<a href=${fair.url}>${title}</a>` : title}
      </p>
      ${ticking ? this.#renderCountdown(label) : nothing} ${this.#renderDate(fair)}
      ${fair.venue
        ? html`<p part="venue">
            ${[fair.venue.campus, fair.venue.name]
              .filter((x) => x !== undefined)
              .map((x) => resolveText(x!, lang))
              .filter(Boolean)
              .join(' · ')}
          </p>`
        : nothing}
      ${stats ? html`<p part="stats">${stats}</p>` : nothing} ${this.#renderActions(fair)}
    `;
  }

  #renderCountdown(label: string): TemplateResult {
    return html`
      <div part="countdown" role="timer" aria-live="off" aria-label=${label}>
        ${this.#segments.map(
          // The space keeps "2 天 13 小时" apart for screen readers reading the timer on demand.
          ({ unit, value }, i) => html`${i > 0 ? ' ' : ''}${this.#renderSegment(unit, value)}`,
        )}
      </div>
    `;
  }

  #renderSegment(unit: CountdownUnit, value: number): TemplateResult {
    const parts = numberFormat(this.#lang, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
    }).formatToParts(value);
    return html`<span part="segment segment--${unit}"
      >${parts.map((p) =>
        p.type === 'unit'
          ? html`<span part="unit">${p.value}</span>`
          : p.type === 'literal'
            ? p.value
            : html`<span part="value">${p.value}</span>`,
      )}</span
    >`;
  }

  #renderDate(fair: Fair): TemplateResult {
    const lang = this.#lang;
    const timeZone = this.#timeZone;
    const { start, end } = fair;
    const days = dateTimeFormat(lang, { timeZone, ...DAY_FORMAT });
    let text: string;
    let datetime: string;
    let zone = '';
    if (fair.allDay) {
      const lastDay = end > start ? end - 1 : start;
      text =
        isoDate(lastDay, timeZone) === isoDate(start, timeZone)
          ? days.format(start)
          : days.formatRange(start, lastDay);
      datetime = isoDate(start, timeZone);
    } else {
      // Date and times are formatted apart: Intl's interval formats drop a long zone name and, in
      // Chinese, switch to numeric dates.
      const times = dateTimeFormat(lang, { timeZone, ...TIME_FORMAT });
      if (end <= start) {
        text = `${days.format(start)} ${times.format(start)}`;
      } else if (isoDate(end, timeZone) === isoDate(start, timeZone)) {
        text = `${days.format(start)} ${times.formatRange(start, end)}`;
      } else {
        text = `${days.format(start)} ${times.format(start)} – ${days.format(end)} ${times.format(end)}`;
      }
      datetime = new Date(start).toISOString();
      const named =
        timeZone !== viewerZone() &&
        !(sameWallClock(start, timeZone) && sameWallClock(end, timeZone));
      if (named) zone = zoneName(lang, timeZone, start);
    }
    const struck = this.#view === 'postponed';
    return html`<p part="date${struck ? ' date--struck' : ''}">
      ${struck ? html`<span>${t(lang, 'countdown.originally')}</span> ` : nothing}<time
        datetime=${datetime}
        >${text}</time
      >${zone ? html` <span>${zone}</span>` : nothing}
    </p>`;
  }

  #renderActions(fair: Fair): TemplateResult | typeof nothing {
    const view = this.#view;
    const calendar = view === 'upcoming' || view === 'running' || view === 'cancelled';
    const register = (view === 'upcoming' || view === 'running') && fair.registrationUrl;
    if (!calendar && !register) return nothing;
    return html`<div part="actions">
      ${calendar
        ? html`<button part="calendar" type="button" @click=${this.#onCalendarClick}>
            ${t(this.#lang, 'countdown.calendar')}
          </button>`
        : nothing}
      ${register
        ? html`<a part="register" href=${fair.registrationUrl!}>${t(this.#lang, 'countdown.register')}</a>`
        : nothing}
    </div>`;
  }

  /** "Showing a saved copy from …": when the copy was saved, else when the feed says it was made. */
  #staleText(): string {
    const at = this.#feed.savedAt ?? this.#feed.feed?.updated;
    const time =
      at === undefined
        ? '—'
        : dateTimeFormat(this.#lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    return t(this.#lang, 'stale', { time });
  }

  /** "1,227 家单位 · 70,000 个岗位": the headline figures the feed has, with locale digits and plurals. */
  #statsText(fair: Fair): string {
    const lang = this.#lang;
    const stats = fair.stats;
    if (!stats) return '';
    const number = numberFormat(lang);
    const plural = pluralRules(lang);
    return (['employers', 'positions'] as const)
      .filter((key) => typeof stats[key] === 'number')
      .map((key) => {
        const n = stats[key]!;
        const form = plural.select(n) === 'one' ? 'one' : 'other';
        return t(lang, `countdown.stats.${key}.${form}`, { count: number.format(n) });
      })
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
