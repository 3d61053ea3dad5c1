/**
 * The activity timeline's data layer: which events to show and in what order, where each stands at
 * a moment and when that next changes, the month and day groups, a series' progress, where the list
 * opens, and the events' iCalendar form. Pure: no DOM (`toICS` is pure too).
 *
 * The rules, in one place:
 *
 * - Events are the feed's fairs, each as an event of kind `fair` with the id `fair:<fair id>` (so
 *   it never clashes with an activity's id), and its activities, with their own ids; an activity
 *   without a kind is of kind `other`.
 * - An activity of kind `fair` whose `fair` is a fair of the feed stands for that fair: the fair has
 *   no event of its own, on any timeline of the feed whatever the filters. The activity keeps its
 *   id, title, times, series, employer, image and description, and takes from the fair what it
 *   leaves out: the venue as its location, `url`, `liveUrl`. It is online when either says so, and
 *   its status is the stronger of the two (`cancelled`, then `postponed`, then `scheduled`), so a
 *   cancelled fair never shows as scheduled. Any other activity of a fair (a talk at it) leaves the
 *   fair's event alone.
 * - Filters combine. `series` keeps the activities of that series (a fair belongs to none); `fair`
 *   keeps that fair's event and the activities of that fair; `kinds` keeps those kinds. `undefined`,
 *   `''` and an empty `kinds` mean any.
 * - Order: by start, then end, then feed order, fairs (by start, as `parseFeed` sorts them) before
 *   activities.
 * - Times: a fair's `start` and `end` as parsed (`end` defaults to the end of its start's day); an
 *   activity's `start` and {@link activityEnd}, so an activity without `end` ends at the end of its
 *   day as a fair does. `allDay` is true when the start was written as a date alone.
 * - Online: a fair's `online`; an activity of kind `livestream` or with a `liveUrl`.
 * - Status at `now`: a `cancelled` or `postponed` event is that whatever the time, and is kept,
 *   never left out. Otherwise: `ended`, `live`, or before the start `soon` from `soonMs` (24 h
 *   unless a number ≥ 0) before it, else `upcoming`. When an event is live is
 *   {@link fairPhase}'s rule for a fair (its `end` included) and {@link activityPhase}'s for an
 *   activity (its `end` excluded).
 * - The next change is exact to the millisecond, not rounded to a minute: the element hears the
 *   shared clock on whole minutes and re-reads statuses on the first tick at or after it, so a
 *   status changes in the minute it is due (at its minute, for feed times written to the minute).
 * - Days are calendar days in the feed's zone, `YYYY-MM-DD` from {@link dayInZone}; a month is its
 *   days' first seven characters, `YYYY-MM`. An event is listed once, on the day it starts, even
 *   when it lasts several days.
 * - A series' progress counts its events that are not cancelled; postponed ones count where their
 *   dates put them. `current` is the 1-based place of the first that has not ended (the live one,
 *   else the next), `total` their number. When all have ended, `current` is `total` and `done` is
 *   true. A series with no such event (or no series of that id) has no progress: `undefined`.
 * - The list opens at the first live event that is scheduled, else the first scheduled event still
 *   to come, else the last event that has started, whatever its status, else the first event.
 * - Calendar: `UID` is `<fair id>@<domain>` for a fair's event, as the countdown writes it (adding
 *   the fair from either element updates one calendar entry), and `activity-<id>@<domain>` for an
 *   activity. The location is the event's, then a venue's campus and address, joined by `, `. The
 *   link is `url`, else a fair's `registrationUrl`, else `liveUrl`. A cancelled event is written
 *   `CANCELLED` (it is kept, so a calendar that has it crosses it out), a postponed one `TENTATIVE`,
 *   any other `CONFIRMED`. A series' file holds all its events, cancelled ones included, and is
 *   named after the series.
 */
import { toICS, type IcsEvent } from '../core/ics.js';
import { activityEnd, activityPhase, dayInZone, fairPhase, type ActivityPhase } from './queries.js';
import { resolveText } from './text.js';
import type {
  Activity,
  ActivityKind,
  Fair,
  Feed,
  Instant,
  SafeUrl,
  Status,
  Text,
  Venue,
} from './types.js';

/** Which events a timeline shows; `undefined`, `''` or an empty `kinds` means "any". */
export interface TimelineFilter {
  /** Only the activities of this series. */
  series?: string;
  /** Only this fair's own event and the activities of this fair. */
  fair?: string;
  /** Only events of these kinds (a fair's event is of kind `fair`; unknown kinds match nothing). */
  kinds?: Iterable<string>;
}

/**
 * Where an event comes from: an activity (and the fair it belongs to or stands for, when the feed
 * has it), or a fair of its own.
 */
export type TimelineSource =
  { activity: Activity; fair?: Fair } | { activity?: undefined; fair: Fair };

/**
 * One event of the timeline, with what the element shows. Its shape is an {@link Activity}'s with
 * the gaps filled, so the activity queries take it as it is.
 */
export interface TimelineEvent {
  /** The activity's id, or `fair:<id>` for a fair's own event. */
  id: string;
  title: Text;
  /** The activity's kind (`other` when it gives none); `fair` for a fair. */
  kind: ActivityKind;
  start: Instant;
  /** The source's end: an activity's {@link activityEnd}, or a fair's `end`. */
  end: Instant;
  /** The start was written as a date alone: a whole day. */
  allDay: boolean;
  status: Status;
  /** The activity's `location`, else the name of the fair's venue. */
  location?: Text;
  /** The fair's venue, when {@link TimelineEvent.location} is its name (for its campus and address). */
  venue?: Venue;
  /** Can be followed online: a cloud fair, a live stream, anything with a `liveUrl`. */
  online: boolean;
  /** The employer holding it (a campus talk). */
  employer?: string;
  /** The series it belongs to. */
  series?: string;
  /** The fair it is, belongs to or stands for. */
  fair?: string;
  url?: SafeUrl;
  liveUrl?: SafeUrl;
  image?: SafeUrl;
  description?: Text;
  /** The feed's zone: the one its day and all-day dates are read in. */
  timeZone: string;
  /** The day it starts in {@link TimelineEvent.timeZone}, `YYYY-MM-DD`. */
  day: string;
  source: TimelineSource;
}

/** Where an event stands at a moment; `postponed` and `cancelled` win over the time. */
export type TimelineStatus = 'ended' | 'live' | 'soon' | 'upcoming' | 'postponed' | 'cancelled';

/** Options for the statuses. */
export interface StatusOptions {
  /** How long before its start an event is `soon`, in milliseconds; {@link SOON_MS} unless ≥ 0. */
  soonMs?: number;
}

/** A day of the timeline and its events, in the order given. */
export interface TimelineDay {
  /** `YYYY-MM-DD` */
  day: string;
  events: TimelineEvent[];
}

/** A month of the timeline and its days. */
export interface TimelineMonth {
  /** `YYYY-MM` */
  month: string;
  days: TimelineDay[];
}

/** A series' progress, for "第 3 / 6 场". */
export interface SeriesProgress {
  /** The 1-based place of the live or next event among those counted; `total` when done. */
  current: number;
  /** How many events of the series are not cancelled. */
  total: number;
  /** Every counted event has ended. */
  done: boolean;
  /** The counted event at `current`. */
  event: TimelineEvent;
}

/** Options for the calendar form. */
export interface CalendarOptions {
  /** The right-hand side of every `UID` (the element passes `location.hostname`); `fairkit` by default. */
  domain?: string;
  /** `DTSTAMP`; now by default. */
  stamp?: number;
}

/** How long before its start an event is `soon` by default: 24 hours. */
export const SOON_MS = 86_400_000;

const STRENGTH: Record<Status, number> = { scheduled: 0, postponed: 1, cancelled: 2 };

const stronger = (a: Status, b: Status): Status => (STRENGTH[a] >= STRENGTH[b] ? a : b);

const soonOf = (options: StatusOptions): number =>
  options.soonMs! >= 0 ? options.soonMs! : SOON_MS;

/**
 * The timeline's events for a filter, sorted (see the module's rules). Never throws on a parsed
 * feed.
 */
export function timelineEvents(feed: Feed, filter: TimelineFilter = {}): TimelineEvent[] {
  const series = filter.series || undefined;
  const fairId = filter.fair || undefined;
  const kinds = filter.kinds ? new Set(filter.kinds) : undefined;
  const anyKind = !kinds?.size;
  const zone = feed.timeZone;
  // A feed put together by hand may lack its lists; a parsed one always has them.
  const fairList = feed.fairs ?? [];
  const activities = feed.activities ?? [];
  const fairs = new Map(fairList.map((fair) => [fair.id, fair]));
  const standsFor = (activity: Activity): Fair | undefined =>
    activity.kind === 'fair' && activity.fair !== undefined ? fairs.get(activity.fair) : undefined;
  const replaced = new Set<Fair>();
  for (const activity of activities) {
    const fair = standsFor(activity);
    if (fair) replaced.add(fair);
  }
  // `activityEnd` for an activity without `end` reads the zone's calendar, which is slow next to
  // everything else here; it is the same for every start on one day, so once per day is enough.
  const endOfDay = new Map<string, Instant>();
  const events: TimelineEvent[] = [];
  if (series === undefined && (anyKind || kinds.has('fair'))) {
    for (const fair of fairList) {
      if (replaced.has(fair) || (fairId !== undefined && fair.id !== fairId)) continue;
      events.push({
        id: `fair:${fair.id}`,
        title: fair.title,
        kind: 'fair',
        start: fair.start,
        end: fair.end,
        allDay: fair.allDay,
        status: fair.status,
        ...(fair.venue && { location: fair.venue.name, venue: fair.venue }),
        online: fair.online,
        fair: fair.id,
        url: fair.url,
        liveUrl: fair.liveUrl,
        timeZone: zone,
        day: dayInZone(fair.start, zone),
        source: { fair },
      });
    }
  }
  for (const activity of activities) {
    const kind = activity.kind ?? 'other';
    if (
      (series !== undefined && activity.series !== series) ||
      (fairId !== undefined && activity.fair !== fairId) ||
      !(anyKind || kinds.has(kind))
    ) {
      continue;
    }
    const day = dayInZone(activity.start, zone);
    let end = activity.end;
    if (end === undefined) {
      end = endOfDay.get(day) ?? activityEnd(activity, zone);
      endOfDay.set(day, end);
    }
    const stand = standsFor(activity);
    const venue = activity.location === undefined ? stand?.venue : undefined;
    const liveUrl = activity.liveUrl ?? stand?.liveUrl;
    events.push({
      id: activity.id,
      title: activity.title,
      kind,
      start: activity.start,
      end,
      allDay: activity.allDay,
      status: stand ? stronger(activity.status, stand.status) : activity.status,
      ...(venue ? { location: venue.name, venue } : { location: activity.location }),
      online: kind === 'livestream' || liveUrl !== undefined || !!stand?.online,
      employer: activity.employer,
      series: activity.series,
      fair: activity.fair,
      url: activity.url ?? stand?.url,
      liveUrl,
      image: activity.image,
      description: activity.description,
      timeZone: zone,
      day,
      source: {
        activity,
        fair: activity.fair === undefined ? undefined : fairs.get(activity.fair),
      },
    });
  }
  // Sorting is stable: events with the same start and end keep the order they were made in.
  return events.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where an event stands in time at `now`, whatever its status: {@link fairPhase} for a fair's own
 * event (`running` is `live`), {@link activityPhase} for an activity.
 */
export function eventPhase(event: TimelineEvent, now: Instant): ActivityPhase {
  const { activity, fair } = event.source;
  // The event is an activity with `end` filled in: `activityPhase` need not read the calendar again.
  if (activity) return activityPhase(event, now, event.timeZone);
  const phase = fairPhase(fair, now);
  return phase === 'running' ? 'live' : phase;
}

/**
 * An event's status at `now`: `postponed` or `cancelled` as the feed says, else `ended`, `live`,
 * `soon` (within `soonMs` before the start) or `upcoming`.
 */
export function eventStatus(
  event: TimelineEvent,
  now: Instant,
  options: StatusOptions = {},
): TimelineStatus {
  if (event.status !== 'scheduled') return event.status;
  const phase = eventPhase(event, now);
  if (phase !== 'upcoming') return phase;
  return event.start - now <= soonOf(options) ? 'soon' : 'upcoming';
}

/**
 * The first instant after `now` at which any event's {@link eventStatus} changes, to the
 * millisecond (not rounded: see the module's rules); `undefined` when none ever will.
 */
export function nextChange(
  events: readonly TimelineEvent[],
  now: Instant,
  options: StatusOptions = {},
): Instant | undefined {
  const soon = soonOf(options);
  let next = Infinity;
  for (const event of events) {
    if (event.status !== 'scheduled') continue;
    // Every instant where the status can turn; which ones it does turn at is left to
    // `eventStatus`, so the rules stay in one place (a fair ends a millisecond after its `end`).
    for (const at of [event.start - soon, event.start, event.end, event.end + 1]) {
      if (
        at > now &&
        at < next &&
        eventStatus(event, at - 1, options) !== eventStatus(event, at, options)
      ) {
        next = at;
      }
    }
  }
  return next === Infinity ? undefined : next;
}

/**
 * The events by month and day of their start in `timeZone` (by default each event's own, the
 * feed's). Months, days and the events in a day keep the order given: sorted events give
 * ascending months and days.
 */
export function groupByDay(events: readonly TimelineEvent[], timeZone?: string): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  const days = new Map<string, TimelineDay>();
  for (const event of events) {
    const key =
      timeZone === undefined || timeZone === event.timeZone
        ? event.day
        : dayInZone(event.start, timeZone);
    let day = days.get(key);
    if (!day) {
      day = { day: key, events: [] };
      days.set(key, day);
      const month = key.slice(0, 7);
      const last = months.find((entry) => entry.month === month);
      if (last) last.days.push(day);
      else months.push({ month, days: [day] });
    }
    day.events.push(event);
  }
  return months;
}

/**
 * A series' progress at `now` ("第 3 / 6 场"), over all its events whatever the timeline's other
 * filters; `undefined` when it has no event that is not cancelled.
 */
export function seriesProgress(
  feed: Feed,
  series: string,
  now: Instant,
): SeriesProgress | undefined {
  if (!series) return undefined;
  const counted = timelineEvents(feed, { series }).filter((event) => event.status !== 'cancelled');
  const total = counted.length;
  if (total === 0) return undefined;
  const index = counted.findIndex((event) => eventPhase(event, now) !== 'ended');
  return index < 0
    ? { current: total, total, done: true, event: counted[total - 1]! }
    : { current: index + 1, total, done: false, event: counted[index]! };
}

/**
 * The event the list opens scrolled to at `now`, from events in timeline order: the first live
 * scheduled one, else the first scheduled one to come, else the last that has started, else the
 * first. `undefined` only for no events.
 */
export function initialFocus(
  events: readonly TimelineEvent[],
  now: Instant,
): TimelineEvent | undefined {
  let next: TimelineEvent | undefined;
  let started: TimelineEvent | undefined;
  for (const event of events) {
    const status = eventStatus(event, now);
    if (status === 'live') return event;
    if (!next && (status === 'soon' || status === 'upcoming')) next = event;
    if (event.start <= now) started = event;
  }
  return next ?? started ?? events[0];
}

/** One event as {@link toICS} takes it, its texts in `lang` (see the module's rules). */
export function icsEvent(
  event: TimelineEvent,
  lang: string,
  options: CalendarOptions = {},
): IcsEvent {
  const domain = options.domain || 'fairkit';
  const { activity, fair } = event.source;
  const place = [event.location, event.venue?.campus, event.venue?.address]
    .map((text) => resolveText(text, lang))
    .filter(Boolean)
    .join(', ');
  return {
    uid: activity ? `activity-${activity.id}@${domain}` : `${fair.id}@${domain}`,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    timeZone: event.timeZone,
    summary: resolveText(event.title, lang),
    location: place || undefined,
    description: resolveText(event.description, lang) || undefined,
    url: event.url ?? (activity ? undefined : fair.registrationUrl) ?? event.liveUrl,
    status:
      event.status === 'cancelled'
        ? 'cancelled'
        : event.status === 'postponed'
          ? 'tentative'
          : 'confirmed',
    ...(options.stamp !== undefined && { stamp: options.stamp }),
  };
}

/**
 * One iCalendar document with every event of a series, cancelled ones included, named after the
 * series; `undefined` when the feed has no series of that id.
 */
export function seriesICS(
  feed: Feed,
  series: string,
  lang: string,
  options: CalendarOptions = {},
): string | undefined {
  const entry = (feed.series ?? []).find((item) => item.id === series);
  if (!entry) return undefined;
  return toICS(
    timelineEvents(feed, { series }).map((event) => icsEvent(event, lang, options)),
    { calName: resolveText(entry.title, lang) },
  );
}
