import { resolveText } from './text.js';
import { endOfDay, isTimeZone } from './time.js';
import type { Activity, Employer, Fair, Feed, Instant } from './types.js';

/** Where a fair stands at a moment. */
export type FairPhase = 'upcoming' | 'running' | 'ended';

const toMs = (now: Instant | Date): number => (typeof now === 'number' ? now : now.getTime());

/**
 * Whether a fair is still to come, running (from `start` to `end`, both included) or over at `now`.
 * The status is not looked at: a cancelled fair still has dates.
 */
export function fairPhase(fair: Fair, now: Instant | Date): FairPhase {
  const t = toMs(now);
  if (t < fair.start) return 'upcoming';
  return t <= fair.end ? 'running' : 'ended';
}

/**
 * The fair an element shows when the page names none, or the one it names.
 *
 * With `id`: that fair, or `undefined` when there is none. Without: the first running fair that is
 * not cancelled; else the next upcoming `scheduled` fair; else the next upcoming fair whatever its
 * status (so a postponed or cancelled fair is still announced); else, of the fairs that have
 * started, the one that ended last (the latest past fair, or a running cancelled one).
 */
export function pickFair(feed: Feed, now: Instant | Date, id?: string): Fair | undefined {
  if (id !== undefined) return feed.fairs.find((fair) => fair.id === id);
  const t = toMs(now);
  const running = feed.fairs.filter((fair) => fairPhase(fair, t) === 'running');
  const upcoming = feed.fairs.filter((fair) => fair.start > t).sort((a, b) => a.start - b.start);
  const started = feed.fairs.filter((fair) => fair.start <= t);
  return (
    running.find((fair) => fair.status !== 'cancelled') ??
    upcoming.find((fair) => fair.status === 'scheduled') ??
    upcoming[0] ??
    started.reduce<Fair | undefined>(
      (latest, fair) =>
        !latest || fair.end > latest.end || (fair.end === latest.end && fair.start > latest.start)
          ? fair
          : latest,
      undefined,
    )
  );
}

const employerIndex = new WeakMap<Feed, Map<string, Employer>>();

/**
 * The employer with this id, or `undefined`. The index is built once per feed, so lookups in a
 * loop are cheap.
 */
export function employerById(feed: Feed, id: string): Employer | undefined {
  let index = employerIndex.get(feed);
  if (!index) {
    index = new Map(feed.employers.map((employer) => [employer.id, employer]));
    employerIndex.set(feed, index);
  }
  return index.get(id);
}

/**
 * The name of an employer's industry in a language: the name from `industries` when `industry` is
 * one of its ids, else `industry` itself as a text; `''` when the employer gives none.
 */
export function industryName(feed: Feed, employer: Employer, lang: string): string {
  const { industry } = employer;
  if (industry === undefined) return '';
  if (typeof industry === 'string') {
    const named = feed.industries.find((entry) => entry.id === industry);
    if (named) return resolveText(named.name, lang);
  }
  return resolveText(industry, lang);
}

/** Where an activity stands at a moment. */
export type ActivityPhase = 'upcoming' | 'live' | 'ended';

/**
 * When an activity ends: its `end`, else the end of its start's day in `timeZone` (the rule the
 * contract gives fairs; the last millisecond of that day, see {@link endOfDay}).
 */
export function activityEnd(activity: Activity, timeZone: string): Instant {
  return activity.end ?? endOfDay(activity.start, timeZone);
}

/**
 * Whether an activity is still to come, live (from `start`, included, to {@link activityEnd},
 * excluded) or over at `now`. The status is not looked at.
 */
export function activityPhase(activity: Activity, now: number, timeZone: string): ActivityPhase {
  if (now < activity.start) return 'upcoming';
  return now < activityEnd(activity, timeZone) ? 'live' : 'ended';
}

/** Per employer id, the activities that employer holds (`activity.employer`), sorted by start. */
export function activitiesByEmployer(feed: Feed): Map<string, Activity[]> {
  const byEmployer = new Map<string, Activity[]>();
  // Sorting is stable: activities starting together keep the feed's order.
  for (const activity of [...feed.activities].sort((a, b) => a.start - b.start)) {
    const id = activity.employer;
    if (id === undefined) continue;
    const list = byEmployer.get(id);
    if (list) list.push(activity);
    else byEmployer.set(id, [activity]);
  }
  return byEmployer;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in a zone, as `YYYY-MM-DD`; `''` for an unknown zone or a
 * non-finite instant.
 */
export function dayInZone(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant) || !isTimeZone(timeZone)) return '';
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Swedish writes dates as ISO 8601 does.
    format = new Intl.DateTimeFormat('sv', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * What an employer's talks mean at `now`, from its activities sorted by start (see
 * {@link activitiesByEmployer}). Only `scheduled` activities count.
 *
 * @returns `live`: the first one that is live (see {@link activityPhase}) and has a `liveUrl`.
 *   `laterToday`: the first one starting after `now` on the same calendar day in `timeZone`.
 */
export function talkStatus(
  activities: Activity[],
  now: number,
  timeZone: string,
): { live?: Activity; laterToday?: Activity } {
  const today = dayInZone(now, timeZone);
  const scheduled = activities.filter((activity) => activity.status === 'scheduled');
  return {
    live: scheduled.find(
      (activity) => activity.liveUrl && activityPhase(activity, now, timeZone) === 'live',
    ),
    laterToday: scheduled.find(
      (activity) =>
        activity.start > now && today !== '' && dayInZone(activity.start, timeZone) === today,
    ),
  };
}
