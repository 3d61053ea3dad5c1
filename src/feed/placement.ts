/**
 * The placement badge's data layer: which figure to show, the comparison with the same time last
 * year that the contract defines, and the season's figures for a sparkline. Pure: no DOM.
 *
 * The rules, in one place:
 *
 * - Cohorts are ordered by the number of their first run of digits (`"2024"`, `"2024届"`; none
 *   counts as -1), then by string (code-unit) order. The latest cohort is the last in that order.
 * - The previous cohort of a cohort with exactly one run of digits is the cohort written the same
 *   way with that number minus one (`"2023"` for `"2024"`, `"2023届"` for `"2024届"`), and only if
 *   the feed has it for the scope: no other cohort stands in for last year. Of any other cohort (no
 *   digits, or several runs such as `"2023-2024"`), it is the cohort just before it in the order.
 * - Several entries of one cohort and scope on the same `asOf`: the last in feed order counts.
 * - Dates are calendar dates in the zone. The distance between two entries is in days of the year:
 *   the previous entry's month and day is placed in the shown entry's year, the year before and the
 *   year after (so Dec 30 and Jan 3 are 4 days apart), and the smallest distance counts. Feb 29 in a
 *   year without one is Feb 28.
 * - The nearest previous entry within `windowDays` days (inclusive) is the comparison; of entries as
 *   near, the earlier `asOf` wins.
 */
import { dayInZone } from './queries.js';
import { isTimeZone } from './time.js';
import type { Feed, Instant, Placement } from './types.js';

/** What the badge asks for; `undefined` or `''` means the default. */
export interface PlacementQuery {
  /** The cohort shown; defaults to the latest cohort that has an entry of `scope`. */
  cohort?: string;
  /** The scope shown; defaults to `overall`. */
  scope?: string;
  /** How many days from the same date a comparison may be; 21 unless a number ≥ 0. */
  windowDays?: number;
}

/** What the badge shows. */
export interface PlacementFigure {
  /** The entry of the cohort and scope with the latest `asOf`. */
  entry: Placement;
  /** The previous cohort's same-scope entry nearest the same day of the year, within the window. */
  previous?: Placement;
  /**
   * Percentage points of difference (`entry.rate − previous.rate`) rounded to 0.1, halves away from
   * zero: `3.2` for 0.552 against 0.520; positive when higher, `0` (never `-0`) when equal. Only with
   * `previous`.
   */
  diffPoints?: number;
  /**
   * This cohort's same-scope entries through the season, one per `asOf`, by `asOf` ascending (for a
   * sparkline of `asOf` and `rate`); `entry` is the last.
   */
  season: Placement[];
  /**
   * The previous cohort's same-scope entries the same way (`[]` without a previous cohort, whatever
   * the window), copied with `shifted`: `asOf` moved to the same date a year later in the zone (by
   * 365 or 366 days), to draw them against this year's calendar.
   */
  lastSeason: (Placement & { shifted: Instant })[];
}

/** Why there is nothing to show. */
export interface PlacementProblem {
  /** `no-placement`: the feed has no figures; `no-scope`: none of the scope; `no-cohort`: none of the cohort in the scope. */
  problem: 'no-placement' | 'no-scope' | 'no-cohort';
  /** The cohorts that have the scope (all the feed's when none has it), in cohort order. */
  cohorts: string[];
  /** Every scope in the feed, sorted. */
  scopes: string[];
}

const DAY = 86_400_000;

/** The number of a cohort's first run of digits; -1 when it has none. */
const year = (cohort: string): number => +(/\d+/.exec(cohort)?.[0] ?? -1);

const byCohort = (a: string, b: string): number => year(a) - year(b) || +(a > b) - +(a < b);

/** A cohort with its runs of digits hidden: `"2023-2024"` and `"2022-2023"` have the same shape. */
const shape = (cohort: string): string => cohort.replace(/\d+/g, '#');

/** Midnight UTC of a calendar date; a day past the month's end (Feb 29) is the month's last day. */
function date(y: number, m: number, d: number): number {
  // Not `Date.UTC`, which reads years 0–99 as 1900–1999.
  const at = (month: number, day: number): number => new Date(0).setUTCFullYear(y, month, day);
  const t = at(m - 1, d);
  return new Date(t).getUTCDate() === d ? t : at(m, 0);
}

/**
 * The figure for a query, or why there is none. Never throws on a parsed feed.
 *
 * @param timeZone - The zone of the calendar; defaults to the feed's (`UTC` when neither is known).
 */
export function placementFigure(
  feed: Feed,
  query: PlacementQuery,
  timeZone?: string,
): PlacementFigure | PlacementProblem {
  const zone = [timeZone, feed.timeZone].find(isTimeZone) ?? 'UTC';
  const ymd = (t: Instant): number[] => dayInZone(t, zone).split('-').map(Number);
  const all = feed.placement ?? [];
  const scope = query.scope || 'overall';
  const days = query.windowDays! >= 0 ? query.windowDays! : 21;
  const mine = all.filter((p) => p.scope === scope);
  const cohorts = [...new Set((mine[0] ? mine : all).map((p) => p.cohort))].sort(byCohort);
  const cohort = query.cohort || cohorts[cohorts.length - 1]!;
  /** A cohort's entries by `asOf`, the last in feed order of each `asOf`. */
  const seasonOf = (c: string | undefined): Placement[] =>
    // Sorting is stable: entries of one `asOf` keep the feed's order.
    mine
      .filter((p) => p.cohort === c)
      .sort((a, b) => a.asOf - b.asOf)
      .filter((p, i, list) => list[i + 1]?.asOf !== p.asOf);
  const season = seasonOf(cohort);
  const entry = season[season.length - 1];
  if (!entry) {
    return {
      problem: !all[0] ? 'no-placement' : !mine[0] ? 'no-scope' : 'no-cohort',
      cohorts,
      scopes: [...new Set(all.map((p) => p.scope))].sort(),
    };
  }
  const last = seasonOf(
    /\d/.test(cohort)
      ? cohorts.find((c) => shape(c) === shape(cohort) && year(c) === year(cohort) - 1)
      : cohorts[cohorts.indexOf(cohort) - 1],
  );
  const [y, m, d] = ymd(entry.asOf);
  const today = date(y!, m!, d!);
  let previous: Placement | undefined;
  let nearest = Infinity;
  const lastSeason = last.map((p) => {
    const [py, pm, pd] = ymd(p.asOf);
    const distance = Math.min(...[-1, 0, 1].map((k) => Math.abs(today - date(y! + k, pm!, pd!))));
    // Strictly nearer only: of two entries as near, the earlier (sorted first) stays.
    if (distance < nearest) {
      previous = p;
      nearest = distance;
    }
    return { ...p, shifted: p.asOf + date(py! + 1, pm!, pd!) - date(py!, pm!, pd!) };
  });
  if (nearest > days * DAY) previous = undefined;
  const diff = previous ? (entry.rate - previous.rate) * 1000 : 0;
  return {
    entry,
    ...(previous && {
      previous,
      // Cleared of float noise first, so 0.5525 − 0.52 = 0.03249999… still rounds up to 3.3.
      diffPoints: (Math.sign(diff) * Math.round(+Math.abs(diff).toFixed(6))) / 10 + 0,
    }),
    season,
    lastSeason,
  };
}
