import { resolveText } from './text.js';
import type { Employer, Fair, Feed, Instant } from './types.js';

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
