// The subpath: the package root also evaluates TZDate (prototype patching that bundlers keep).
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { Instant } from './types.js';

/** What {@link parseTime} makes of a feed time. */
export interface ParsedTime {
  /** Milliseconds since the Unix epoch. */
  instant: Instant;
  /** True when the value was a date alone (`2024-03-22`): a whole day, `instant` is its start. */
  dateOnly: boolean;
}

const DAY = 86_400_000;

/**
 * The feed's time syntax: a date, optionally a time (`T` or a space between them, seconds and
 * fractions optional), optionally an offset (`Z`, `+08:00`, `+0800`).
 */
const TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const zoneCache = new Map<string, boolean>();

/**
 * Whether `name` is a time zone this runtime knows: an IANA name such as `Asia/Shanghai`, or
 * `UTC`. Names are matched the way `Intl` matches them, which ignores case.
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  let known = zoneCache.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (zoneCache.size < 1000) zoneCache.set(name, known);
  }
  return known;
}

/** Like `Date.UTC`, but years 0–99 stay years 0–99 instead of becoming 1900–1999. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/** The zone's offset from UTC in milliseconds at `instant`; NaN for an unknown zone. */
function offsetAt(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}

/**
 * The instant at which the clocks in `timeZone` show the wall-clock time `wall` (milliseconds of
 * a UTC date with the same fields).
 *
 * A time that happens twice (the repeated hour when clocks go back) is the earlier one. A time that
 * never happens (the skipped hour when clocks go forward) is moved forward by the length of the
 * gap, so `2024-03-10 02:30` in America/Los_Angeles is 03:30 PDT. This is the `compatible`
 * disambiguation of Temporal and RFC 5545. (`TZDate`'s constructor resolves a repeated hour
 * differently depending on the zone of the machine it runs on.)
 */
export function wallClockToInstant(wall: number, timeZone: string): Instant {
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  if (Number.isNaN(before) || Number.isNaN(after)) return NaN;
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    if (offsetAt(timeZone, instant) === offset) candidates.push(instant);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: read the wall clock with the offset in force before the transition.
  return wall - before;
}

/**
 * Reads a feed time (see the contract's **Time**).
 *
 * - With an offset (`2024-03-22T09:00:00+08:00`, `…Z`): that instant.
 * - Without one (`2024-03-22T09:00`, `2024-03-22 09:00`, seconds optional): wall-clock time in
 *   `timeZone` (see {@link wallClockToInstant} for skipped and repeated hours).
 * - A date alone (`2024-03-22`): the start of that day in `timeZone`, with `dateOnly: true`.
 *
 * @returns `null` for anything else, including impossible dates and times (`2024-02-30`,
 *   `25:00`, `24:00`, a leap second) and an unknown `timeZone` when the zone is needed.
 */
export function parseTime(value: unknown, timeZone: string): ParsedTime | null {
  const m = typeof value === 'string' ? TIME_RE.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const zone = m[8];
  const wall = utc(y!, mo!, d!, h, mi, s, ms);
  // Impossible dates roll over (February 30 becomes March 1), so they come back changed.
  const date = new Date(wall);
  if (date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d) return null;
  if (h! > 23 || mi! > 59 || s! > 59) return null;
  if (zone !== undefined) {
    let offset = 0;
    if (zone !== 'Z') {
      const oh = Number(zone.slice(1, 3));
      const om = Number(zone.slice(-2));
      if (oh > 23 || om > 59) return null;
      offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    return { instant: wall - offset, dateOnly: false };
  }
  const instant = wallClockToInstant(wall, timeZone);
  if (Number.isNaN(instant)) return null;
  return { instant, dateOnly: m[4] === undefined };
}

/**
 * The last millisecond of the day that contains `instant`, as the clocks in `timeZone` count days:
 * one millisecond before the next day starts there (so a 23- or 25-hour day is handled).
 *
 * @returns NaN for an unknown zone or a non-finite instant.
 */
export function endOfDay(instant: Instant, timeZone: string): Instant {
  if (!Number.isFinite(instant) || !isTimeZone(timeZone)) return NaN;
  // The wall clock as a UTC timestamp, offset rounded to the second as TZDate's getters round it
  // (historical offsets such as +08:05:43 are not whole minutes).
  const wall = instant + Math.round(tzOffset(timeZone, new Date(instant)) * 60) * 1000;
  const nextDay = (Math.floor(wall / DAY) + 1) * DAY;
  return wallClockToInstant(nextDay, timeZone) - 1;
}
