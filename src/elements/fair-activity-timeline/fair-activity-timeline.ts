import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ClockController } from '../../core/clock.js';
import { FeedController } from '../../core/feed-controller.js';
import { feedNotice, staleNote } from '../../core/feed-status.js';
import {
  LangController,
  dateTimeFormat,
  isoDate,
  langOf,
  relativeTimeFormat,
  t,
  type Message,
} from '../../core/i18n.js';
import { downloadICS, toICS } from '../../core/ics.js';
import { baseStyles } from '../../core/styles.js';
import { employerById } from '../../feed/queries.js';
import { resolveText } from '../../feed/text.js';
import {
  eventStatus,
  groupByDay,
  icsEvent,
  initialFocus,
  nextChange,
  seriesICS,
  seriesProgress,
  timelineEvents,
  type SeriesProgress,
  type TimelineEvent,
  type TimelineMonth,
  type TimelineStatus,
} from '../../feed/timeline.js';
import type { ActivityKind, Feed, Series } from '../../feed/types.js';
import { styles } from './fair-activity-timeline.styles.js';

/** What the element shows. */
export type TimelineView = 'loading' | 'error' | 'no-series' | 'empty' | 'ready';

const M = {
  label: ['活动日程', 'Activities'],
  empty: ['暂无活动安排', 'No activities are scheduled'],
  noSeries: [
    '数据中没有 id 为“{id}”的活动系列，请检查 series 属性。',
    'The feed has no activity series with id “{id}”. Check the series attribute.',
  ],
  progress: ['第 {current} / {total} 场', 'Event {current} of {total}'],
  done: ['共 {total} 场，已全部结束', 'All {total} events have ended'],
  online: ['线上', 'Online'],
  allDay: ['全天', 'All day'],
  watch: ['观看直播', 'Watch'],
  soon: ['{when}开始', 'Starts {when}'],
  more: ['展开', 'More'],
  less: ['收起', 'Less'],
  calendar: ['添加到日历', 'Add to calendar'],
  calendarAll: ['全部添加到日历', 'Add all to calendar'],
  link: ['链接', 'Link'],
  linkTo: ['{title} 的链接', 'Link to {title}'],
  by: ['主办：{name}', 'By {name}'],
} satisfies Record<string, Message>;

const STATUS: Record<TimelineStatus, Message> = {
  ended: ['已结束', 'Ended'],
  live: ['进行中', 'Live now'],
  soon: ['即将开始', 'Starting soon'],
  upcoming: ['未开始', 'Upcoming'],
  postponed: ['已延期', 'Postponed'],
  cancelled: ['已取消', 'Cancelled'],
};

const KINDS: Record<ActivityKind, Message> = {
  fair: ['招聘会', 'Job fair'],
  talk: ['宣讲会', 'Talk'],
  livestream: ['直播', 'Live stream'],
  visit: ['参访', 'Visit'],
  workshop: ['讲座', 'Workshop'],
  camp: ['训练营', 'Camp'],
  competition: ['大赛', 'Competition'],
  other: ['活动', 'Event'],
};

/** One 24 × 24 path per kind, drawn with `currentColor` (decorative: the word says the kind). */
const ICONS: Record<ActivityKind, string> = {
  fair: 'M3 21h18M5 21V10l7-5 7 5v11M9 21v-6h6v6',
  talk: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4',
  livestream: 'M3 6h18v12H3zM10 9l5 3-5 3z',
  visit: 'M4 17V7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v10zM4 12h16M7 20v-3M17 20v-3',
  workshop: 'M4 5h16v11H4zM9 20l3-4 3 4',
  camp: 'M3 20L12 4l9 16zM12 20l-3-6h6z',
  competition: 'M8 4h8v5a4 4 0 0 1-8 0zM8 6H5a3 3 0 0 0 3 4M16 6h3a3 3 0 0 1-3 4M12 13v4M8 20h8',
  other: 'M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8z',
};

/**
 * A list of more events than this opens on its focus month and the next one (what the visitor
 * sees first), and renders the other months a frame later: a season of 600 events is on screen in
 * the time of its 200 nearest.
 */
const FIRST_PAINT_EVENTS = 120;

/** Descriptions longer than this are shortened until the visitor asks for the rest. */
const SHORT = 80;

const DAY: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric', weekday: 'short' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** The activity id in the page's `#activity=` hash. */
const hashActivity = (): string | undefined =>
  new URLSearchParams(location.hash.slice(1)).get('activity') ?? undefined;

/**
 * The activity series of a fairkit feed, and its fairs, on a timeline: what is on, what is live now
 * (with a link to watch), what is coming up, grouped by month and day in the feed's time zone.
 *
 * An ordered list with month and day headings. Each event: title (a link), kind in an icon and a
 * word, time range, location or "online", the employer holding a talk, a short description that
 * expands, and "add to calendar". Statuses come from the shared clock and change in the minute they
 * are due, without a reload: ended, live now, starting soon ("3 小时后开始"), upcoming, and
 * postponed or cancelled (struck through and labelled, never removed). The list opens scrolled to
 * what is live or next (inside its own scroll box, never the page), which is marked
 * `aria-current`; arrow keys, Home and End move between events. It never speaks on its own (no
 * live region).
 *
 * Layout follows the element's own width: a vertical list in narrow containers (phones), a
 * horizontal strip in wide ones; `layout` forces either.
 *
 * @summary The activity series: past, live now, coming up.
 *
 * @fires {CustomEvent<FeedLoadEventDetail>} fair-feed-load - The feed loaded (`detail: { feed, issues, stale, url }`), from the feed controller.
 * @fires {CustomEvent<FeedErrorEventDetail>} fair-feed-error - The feed could not be loaded (`detail: { error, issues, url }`), from the feed controller.
 *
 * @slot - Fallback content shown before the feed arrives, when it fails, and without JavaScript.
 *
 * @csspart base - The wrapper; also `base--vertical` or `base--horizontal` when `layout` forces one.
 * @csspart header - The series' title, description, progress and "add all to calendar".
 * @csspart series-title - The series' title.
 * @csspart series-description - The series' description.
 * @csspart progress - "第 3 / 6 场 / Event 3 of 6".
 * @csspart calendar-all - The button that saves every event shown as one `.ics` file.
 * @csspart list - The scroll box of months.
 * @csspart month - A month's heading.
 * @csspart day - A day's heading.
 * @csspart event - One event; also `event--<status>` (`event--ended`, `event--live`, `event--soon`,
 *   `event--upcoming`, `event--postponed`, `event--cancelled`), `event--current` and `event--target`.
 * @csspart kind - The kind's icon and word.
 * @csspart status - The status word; also `status--<status>`.
 * @csspart time - The time range.
 * @csspart title - The title (a link when the event has one).
 * @csspart place - The location, or "线上 / Online".
 * @csspart employer - The employer holding a talk.
 * @csspart description - The description; `more` is its "展开 / More" button.
 * @csspart watch - The "观看直播 / Watch" link of a live event.
 * @csspart calendar - The "添加到日历 / Add to calendar" button of an event.
 * @csspart link - The event's deep link (`#activity=<id>`), with `sync-url`.
 * @csspart empty - The note shown when no event matches.
 * @csspart problem - The note that the `series` named is not in the feed.
 * @csspart status--loading - The loading note.
 * @csspart error - The feed error message, with the feed's URL.
 * @csspart stale - The "cached copy" note shown when the feed could not be refreshed.
 *
 * @cssproperty --fair-activity-timeline-accent - Live marks, links and buttons (falls back to `--fair-accent`).
 * @cssproperty --fair-activity-timeline-text - Text colour (falls back to `--fair-text`).
 * @cssproperty --fair-activity-timeline-muted - Times, places, ended events (falls back to `--fair-muted`).
 * @cssproperty --fair-activity-timeline-surface - Event background (falls back to `--fair-surface`).
 * @cssproperty --fair-activity-timeline-border - Borders and the time line (falls back to `--fair-border`).
 * @cssproperty --fair-activity-timeline-radius - Corner radius (falls back to `--fair-radius`).
 * @cssproperty --fair-activity-timeline-font - Font family (falls back to `--fair-font`).
 * @cssproperty --fair-activity-timeline-max-height - Height of the vertical list's scroll box (28em).
 * @cssproperty --fair-activity-timeline-event-width - Width of an event in the horizontal layout (16em).
 */
export class FairActivityTimeline extends LitElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    series: {},
    fair: {},
    kinds: {},
    layout: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    label: {},
  };

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  declare src?: string;

  /** The feed as an object, instead of `src`. */
  declare feed?: unknown;

  /** Only the activities of this series (its id), with its title, description and progress. */
  declare series?: string;

  /** Only this fair (its id) and its activities. */
  declare fair?: string;

  /** Only these kinds, separated by spaces or commas: `talk livestream`. */
  declare kinds?: string;

  /** `auto` (default: by the element's width), `vertical` or `horizontal`. */
  declare layout: string;

  /** Keep a deep link per event in the page's URL hash (`#activity=<id>`) and open on it. */
  declare syncUrl: boolean;

  /** The list's accessible name ("活动日程 / Activities", or the series' title). */
  declare label?: string;

  readonly #feed = new FeedController(this);
  /** Whole minutes while any event can still change status or a "starts in" text; else off. */
  readonly #clock = new ClockController(this, undefined, (now) => this.#onTick(now));

  /* Derived in willUpdate. */
  #lang = 'zh-CN';
  #view: TimelineView = 'loading';
  #data: Feed | undefined;
  #events: TimelineEvent[] = [];
  #months: TimelineMonth[] = [];
  #series: Series | undefined;
  #progress: SeriesProgress | undefined;
  #statuses = new Map<string, TimelineStatus>();
  /** What the clock changes: statuses and "starts in" texts; a tick re-renders only when it differs. */
  #clockKey = '';
  #next = Infinity;
  /** Some event shows "starts in …", which changes by the minute. */
  #soon = false;
  #current: TimelineEvent | undefined;
  /** The event of the URL's `#activity=`, with `sync-url`. */
  #target: string | undefined;
  /** The inputs the list was made from, to scroll to the current event when they change. */
  #shownFor: unknown[] = [];
  #scroll = false;
  readonly #expanded = new Set<string>();
  /** While set, only these months (indexes into #months) are rendered; the rest fill in a frame later. */
  #window: readonly [number, number] | undefined;
  /** Cancels the scheduled fill. */
  #cancelFill: (() => void) | undefined;
  /** Resolves once every month is rendered; `updateComplete` waits for it. */
  #filled: Promise<void> = Promise.resolve();
  #fillDone: (() => void) | undefined;
  /** The first event in view when the months filled in, and where it was, to keep it there. */
  #anchor: { id: string; top: number; left: number } | undefined;
  /** Each event's time text in #lang: Intl's formatRange is slow, and a tick re-renders them all. */
  #times = new WeakMap<TimelineEvent, string>();
  #timesLang = '';

  constructor() {
    super();
    this.layout = 'auto';
    this.syncUrl = false;
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) addEventListener('hashchange', this.#onHashChange);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    // Removed before the rest filled in: nothing left scheduled; all of it when it comes back.
    this.#cancelFill?.();
    this.#window = undefined;
    this.#fillDone?.();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#window) return done;
    await this.#filled;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const now = Date.now();
    if (changed.has('syncUrl')) {
      removeEventListener('hashchange', this.#onHashChange);
      if (this.syncUrl && this.isConnected) addEventListener('hashchange', this.#onHashChange);
      this.#target = this.syncUrl ? hashActivity() : undefined;
    }
    this.#lang = langOf(this);
    const { status, feed } = this.#feed;
    const data = status === 'ready' && feed ? feed : undefined;
    const series = this.series?.trim();
    const inputs = [data, series, this.fair, this.kinds];
    const renewed = inputs.some((input, i) => input !== this.#shownFor[i]);
    if (renewed) {
      this.#shownFor = inputs;
      this.#scroll = true;
      this.#data = data;
      this.#series = series ? data?.series?.find((s) => s.id === series) : undefined;
      this.#events = data
        ? timelineEvents(data, {
            series,
            fair: this.fair?.trim(),
            kinds: this.kinds?.split(/[\s,]+/).filter(Boolean),
          })
        : [];
      this.#months = data ? groupByDay(this.#events, data.timeZone) : [];
    }
    this.#view = !data
      ? status === 'error'
        ? 'error'
        : 'loading'
      : series && !this.#series
        ? 'no-series'
        : this.#events[0]
          ? 'ready'
          : 'empty';
    this.#readClock(now);
    if (renewed) this.#openWindow();
  }

  /** The focus month and the next, when the list is long enough to render them first. */
  #openWindow(): void {
    this.#cancelFill?.();
    this.#fillDone?.();
    const months = this.#months;
    const focus =
      (this.#target && this.#events.find((e) => e.id === this.#target)) || this.#current;
    if (this.#view !== 'ready' || this.#events.length <= FIRST_PAINT_EVENTS || months.length < 3) {
      this.#window = undefined;
      return;
    }
    const at = focus ? months.findIndex((m) => m.days.some((d) => d.events.includes(focus))) : 0;
    const from = Math.min(Math.max(at, 0), months.length - 2);
    this.#window = [from, from + 1];
    this.#filled = new Promise((resolve) => (this.#fillDone = resolve));
  }

  /**
   * The rest of the months, after the first frame is painted: a frame, then a task. A hidden page
   * runs no frames, so a timer stands in for them there.
   */
  #scheduleFill(): void {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      this.#cancelFill = undefined;
    };
    const fill = () => {
      cancel();
      this.#fill();
    };
    timer = setTimeout(fill, 1000);
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(fill, 0);
    });
    this.#cancelFill = cancel;
  }

  /**
   * Fills in the other months. Those before the event in view grow from a heading to their days'
   * placeholders: the first event in view is noted here and put back in place once they are in,
   * so the list does not jump (browsers without scroll anchoring would let it).
   */
  #fill(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part~="list"]');
    if (list) {
      const box = list.getBoundingClientRect();
      const first = [...list.querySelectorAll<HTMLElement>('li[data-id]')].find((li) => {
        const at = li.getBoundingClientRect();
        // Wholly in view: days above the box may still change size (placeholders, see the styles).
        return at.top >= box.top - 1 && at.left >= box.left - 1;
      });
      if (first) {
        const at = first.getBoundingClientRect();
        this.#anchor = { id: first.dataset.id!, top: at.top, left: at.left };
      }
    }
    this.#window = undefined;
    this.requestUpdate();
  }

  /** Statuses, progress, the current event and when the clock next matters, at `now`. */
  #readClock(now: number): void {
    const statuses = new Map<string, TimelineStatus>();
    let key = '';
    let soon = false;
    for (const event of this.#events) {
      const status = eventStatus(event, now);
      statuses.set(event.id, status);
      key += status[0]!;
      if (status === 'soon') {
        soon = true;
        key += this.#startsIn(event, now);
      }
    }
    this.#statuses = statuses;
    this.#clockKey = key;
    this.#soon = soon;
    this.#next = nextChange(this.#events, now) ?? Infinity;
    this.#current = initialFocus(this.#events, now);
    this.#progress =
      this.#data && this.#series ? seriesProgress(this.#data, this.#series.id, now) : undefined;
    // Tick each minute while something can still change: a status, or a "starts in" text.
    this.#clock.unit =
      this.#view === 'ready' && (soon || this.#next < Infinity) ? 'minute' : undefined;
  }

  #onTick(now: number): void {
    // Most minutes change nothing shown: no update at all then.
    const key = this.#clockKey;
    const next = this.#next;
    if (now < next && !this.#soon) return;
    this.#readClock(now);
    if (this.#clockKey !== key || now >= next) this.requestUpdate();
  }

  protected override updated(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part~="list"]');
    if (this.#window) {
      if (!this.#cancelFill) this.#scheduleFill();
    } else if (this.#fillDone) {
      const anchor = this.#anchor;
      const item =
        anchor && list?.querySelector<HTMLElement>(`[data-id="${CSS.escape(anchor.id)}"]`);
      if (item) {
        const at = item.getBoundingClientRect();
        list!.scrollTop += at.top - anchor!.top;
        list!.scrollLeft += at.left - anchor!.left;
      }
      this.#anchor = undefined;
      this.#fillDone();
      this.#fillDone = undefined;
    }
    if (!this.#scroll || !list) return;
    this.#scroll = false;
    const id = this.#target ?? this.#current?.id;
    const item = id && list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!item) return;
    // Inside the list's own scroll box only: opening on an event never scrolls the page. The
    // event's day comes first, under the month's heading, which sticks to the top.
    const box = list.getBoundingClientRect();
    const at = (item.closest('.day') ?? item).getBoundingClientRect();
    const heading = item.closest('.month')?.querySelector<HTMLElement>('[part~="month"]');
    list.scrollTo({
      top: list.scrollTop + at.top - box.top - (heading?.offsetHeight ?? 0),
      left: list.scrollLeft + at.left - box.left,
      behavior: 'instant',
    });
  }

  #onHashChange = (): void => {
    this.#target = hashActivity();
    this.#scroll = true;
    // The event asked for may be in a month not rendered yet.
    if (this.#window) {
      this.#cancelFill?.();
      this.#window = undefined;
    }
    this.requestUpdate();
    this.updateComplete.then(() =>
      this.#target
        ? this.renderRoot
            .querySelector<HTMLElement>(`[data-id="${CSS.escape(this.#target)}"]`)
            ?.focus({ preventScroll: true })
        : undefined,
    );
  };

  /** Arrow keys (by the layout's direction), Home and End move the focus between events. */
  #onKeydown = (event: KeyboardEvent): void => {
    const item = (event.target as Element).closest?.('[data-id]');
    if (!item || (event.target as Element).matches('input, textarea')) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
    const i = items.indexOf(item as HTMLElement);
    const horizontal = this.#isHorizontal();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = horizontal ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const back = horizontal ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    const to =
      event.key === forward
        ? i + 1
        : event.key === back
          ? i - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : -1;
    const next = items[to];
    if (to < 0 || !next) return;
    event.preventDefault();
    next.focus();
  };

  /** Whether the list is a horizontal strip (the layout comes from the CSS: a flex row). */
  #isHorizontal(): boolean {
    const list = this.renderRoot.querySelector('[part~="list"]');
    return !!list && getComputedStyle(list).display === 'flex';
  }

  /** "3小时后" / "in 3 hours": minutes under an hour, else hours. */
  #startsIn(event: TimelineEvent, now: number): string {
    const minutes = Math.max(1, Math.ceil((event.start - now) / 60_000));
    const rtf = relativeTimeFormat(this.#lang, { numeric: 'auto' });
    return minutes < 60
      ? rtf.format(minutes, 'minute')
      : rtf.format(Math.round(minutes / 60), 'hour');
  }

  #onCalendar(event: TimelineEvent): void {
    const lang = this.#lang;
    const title = resolveText(event.title, lang);
    downloadICS(
      `${event.id.replace(/[^\w.-]+/g, '-') || 'activity'}.ics`,
      toICS([icsEvent(event, lang, { domain: location.hostname })], { calName: title }),
    );
  }

  #onCalendarAll = (): void => {
    const lang = this.#lang;
    const series = this.#series;
    const text =
      (series &&
        this.#data &&
        seriesICS(this.#data, series.id, lang, { domain: location.hostname })) ||
      toICS(
        this.#events.map((event) => icsEvent(event, lang, { domain: location.hostname })),
        { calName: this.#label() },
      );
    downloadICS(`${(series?.id ?? 'activities').replace(/[^\w.-]+/g, '-')}.ics`, text);
  };

  #label(): string {
    return (
      this.label ||
      (this.#series ? resolveText(this.#series.title, this.#lang) : t(this.#lang, M.label))
    );
  }

  override render(): TemplateResult {
    const view = this.#view;
    const lang = this.#lang;
    const layout = this.layout === 'vertical' || this.layout === 'horizontal' ? this.layout : '';
    return html`<div
      part="base${layout ? ` base--${layout}` : ''}"
      lang=${lang}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
    >
      ${
        view === 'loading' || view === 'error'
          ? feedNotice(this.#feed, lang, this.src)
          : view === 'no-series'
            ? html`<p part="problem">${t(lang, M.noSeries, { id: this.series!.trim() })}</p>`
            : html`${this.#renderHeader()}
              ${
                view === 'empty'
                  ? html`<p part="empty">${t(lang, M.empty)}</p>`
                  : this.#renderList()
              }`
      }
      ${staleNote(this.#feed, lang)}
    </div>`;
  }

  #renderHeader(): TemplateResult {
    const lang = this.#lang;
    const series = this.#series;
    const progress = this.#progress;
    return html`<div part="header">
      ${
        series
          ? html`<p part="series-title">${resolveText(series.title, lang)}</p>
              ${
                series.description
                  ? html`<p part="series-description">${resolveText(series.description, lang)}</p>`
                  : nothing
              }`
          : nothing
      }
      ${
        progress
          ? html`<p part="progress">
              ${t(lang, progress.done ? M.done : M.progress, {
                current: progress.current,
                total: progress.total,
              })}
            </p>`
          : nothing
      }
      ${
        this.#events[0]
          ? html`<button part="calendar-all" type="button" @click=${this.#onCalendarAll}>
              ${t(lang, M.calendarAll)}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderList(): TemplateResult {
    const lang = this.#lang;
    const zone = this.#data!.timeZone;
    const months = dateTimeFormat(lang, { ...MONTH, timeZone: 'UTC' });
    const days = dateTimeFormat(lang, { ...DAY, timeZone: 'UTC' });
    // Day keys are calendar dates: formatted at noon UTC, in UTC, they are that date anywhere.
    const date = (key: string): number =>
      Date.parse(`${key.length === 7 ? `${key}-01` : key}T12:00Z`);
    return html`<div part="list" aria-label=${this.#label()} role="region">
      ${this.#months.map(
        (month, i) =>
          html`<section class="month">
            <h3 part="month">${months.format(date(month.month))}</h3>
            <ol class="days">
              ${(this.#window && (i < this.#window[0] || i > this.#window[1])
                ? []
                : month.days
              ).map(
                (day) =>
                  html`<li class="day">
                    <h4 part="day">
                      <time datetime=${day.day}>${days.format(date(day.day))}</time>
                    </h4>
                    <ol class="events">
                      ${day.events.map((event) => this.#renderEvent(event, zone))}
                    </ol>
                  </li>`,
              )}
            </ol>
          </section>`,
      )}
    </div>`;
  }

  #renderEvent(event: TimelineEvent, zone: string): TemplateResult {
    const lang = this.#lang;
    const status = this.#statuses.get(event.id) ?? 'upcoming';
    const current = event === this.#current;
    const target = event.id === this.#target;
    const id = event.id;
    const title = resolveText(event.title, lang);
    const employer = event.employer && this.#data && employerById(this.#data, event.employer);
    const place = [
      event.location ? resolveText(event.location, lang) : '',
      event.online ? t(lang, M.online) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const description = event.description ? resolveText(event.description, lang) : '';
    // Ideographs are about twice as wide as Latin letters: half as many make as many lines.
    const short = /[\u3400-\u9fff]/.test(description) ? SHORT / 2 : SHORT;
    const long = description.length > short;
    const open = this.#expanded.has(id);
    const watch = status === 'live' && event.liveUrl;
    const calendar = status !== 'ended' && status !== 'cancelled';
    // Written without white space between tags: 600 events would otherwise carry ~20,000 text
    // nodes of it. Clicks are handled once, on the list (see #onClick), not per event.
    return html`<li
      part="event event--${status}${current ? ' event--current' : ''}${target ? ' event--target' : ''}"
      data-id=${id}
      tabindex="-1"
      aria-labelledby=${`t-${id}`}
      aria-current=${current ? 'true' : nothing}
    >
      <p class="meta">
        <span part="kind"
          ><svg viewBox="0 0 24 24" aria-hidden="true">
            <path d=${ICONS[event.kind] ?? ICONS.other}></path></svg
          >${t(lang, KINDS[event.kind] ?? KINDS.other)}</span
        ><span part="status status--${status}"
          >${status === 'soon' ? t(lang, M.soon, { when: this.#startsIn(event, Date.now()) }) : t(lang, STATUS[status])}</span
        >
      </p>
      <p part="title" id=${`t-${id}`}>
        ${event.url ? html`<a href=${event.url}>${title}</a>` : title}
      </p>
      <p part="time">${this.#timeText(event, zone)}</p>
      ${place ? html`<p part="place">${place}</p>` : nothing}${employer ? html`<p part="employer">${t(lang, M.by, { name: resolveText(employer.shortName ?? employer.name, lang) })}</p>` : nothing}${description ? html`<p part="description" id=${`d-${id}`}>${long && !open ? `${description.slice(0, short)}…` : description}${long ? html` <button part="more" type="button" data-action="more" aria-expanded=${open} aria-controls=${`d-${id}`}>${t(lang, open ? M.less : M.more)}</button>` : nothing}</p>` : nothing}${watch || calendar || this.syncUrl ? html`<p class="actions">${watch ? html`<a part="watch" href=${watch}>${t(lang, M.watch)}</a>` : nothing}${calendar ? html`<button part="calendar" type="button" data-action="calendar">${t(lang, M.calendar)}</button>` : nothing}${this.syncUrl ? html`<a part="link" href=${`#activity=${encodeURIComponent(id)}`} aria-label=${t(lang, M.linkTo, { title })}>${t(lang, M.link)}</a>` : nothing}</p>` : nothing}
    </li>`;
  }

  /** The "more" and calendar buttons of every event, by their `data-action`. */
  #onClick = (click: Event): void => {
    const link = (click.target as Element).closest?.('a[part~="link"]');
    if (link) {
      // Keep what other elements keep in the hash (the booth map's `booth=`).
      click.preventDefault();
      const params = new URLSearchParams(location.hash.slice(1));
      params.set('activity', link.closest('[data-id]')!.getAttribute('data-id')!);
      location.hash = params.toString();
      return;
    }
    const button = (click.target as Element).closest?.('button[data-action]');
    const id = button?.closest('[data-id]')?.getAttribute('data-id');
    const event = id != null && this.#events.find((e) => e.id === id);
    if (!event) return;
    if (button!.getAttribute('data-action') === 'more') this.#toggle(event.id);
    else this.#onCalendar(event);
  };

  #toggle(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id);
    this.requestUpdate();
  }

  /** "14:00–16:00", "全天", or "3月22日 9:00 – 3月24日 16:00" across days, in the feed's zone; made once per event. */
  #timeText(event: TimelineEvent, zone: string): string {
    if (this.#timesLang !== this.#lang) {
      this.#times = new WeakMap();
      this.#timesLang = this.#lang;
    }
    let text = this.#times.get(event);
    if (text === undefined) this.#times.set(event, (text = this.#formatTime(event, zone)));
    return text;
  }

  #formatTime(event: TimelineEvent, zone: string): string {
    const lang = this.#lang;
    const times = dateTimeFormat(lang, { ...TIME, timeZone: zone });
    const lastDay = event.allDay ? event.end - 1 : event.end;
    const sameDay = lastDay <= event.start || isoDate(lastDay, zone) === event.day;
    if (event.allDay) {
      return sameDay
        ? t(lang, M.allDay)
        : dateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: zone }).formatRange(
            event.start,
            lastDay,
          );
    }
    if (sameDay)
      return event.end > event.start
        ? times.formatRange(event.start, event.end)
        : times.format(event.start);
    const day = dateTimeFormat(lang, { month: 'long', day: 'numeric', ...TIME, timeZone: zone });
    return `${day.format(event.start)} – ${day.format(event.end)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-activity-timeline': FairActivityTimeline;
  }
}
