/**
 * iCalendar (RFC 5545) export for fairs and activities: "添加到日历 / Add to calendar".
 *
 * `toICS` is pure (no DOM; it runs in Node and is unit-tested there). `downloadICS` is the one DOM
 * helper: it saves the text through a Blob and an object URL, so it works under a strict
 * Content-Security-Policy where navigating to a `data:` URL is blocked.
 */
import { isoDate } from './i18n.js';

/** One event for {@link toICS}. Times are instants (milliseconds since the epoch). */
export interface IcsEvent {
  /** Globally unique and stable across exports, so a calendar updates the event instead of duplicating it. */
  uid: string;
  /** Start instant. */
  start: number;
  /** End instant; defaults to `start` (timed) or the end of the start's day (all-day). */
  end?: number;
  /** Whole days: written as `VALUE=DATE` in {@link IcsEvent.timeZone}. */
  allDay?: boolean;
  /** IANA zone used to find the calendar date of all-day events; defaults to `Asia/Shanghai`. */
  timeZone?: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** `cancelled` writes `STATUS:CANCELLED`, so a calendar that already has the event crosses it out. */
  status?: 'confirmed' | 'tentative' | 'cancelled';
  /** `DTSTAMP`; defaults to now. */
  stamp?: number;
}

/** Options for {@link toICS}. */
export interface IcsOptions {
  /** `PRODID`; defaults to `-//fairkit//fairkit//EN`. */
  prodId?: string;
  /** Calendar name (`X-WR-CALNAME`), shown by some clients on import. */
  calName?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (value: string): string =>
  value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // Other control characters are not allowed in TEXT (§3.1); drop them rather than corrupt the file.
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

/**
 * Folds one content line at 75 octets of UTF-8 (§3.1), never inside a character: a Chinese character
 * is 3 octets and an emoji 4. Continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      folded += CRLF + ' ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** `20240322T010000Z`: an instant in UTC (§3.3.5, form #2). */
export const formatUtc = (instant: number): string =>
  new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');

/** `20240322`: the DATE value (§3.3.4) of an instant's calendar day in `timeZone`, plus `days`. */
const formatDate = (instant: number, timeZone: string, days = 0): string =>
  formatUtc(Date.parse(isoDate(instant, timeZone)) + days * 86_400_000).slice(0, 8);

/**
 * Writes events as an iCalendar document: CRLF line endings, lines folded at 75 UTF-8 octets, TEXT
 * escaped, times in UTC (`…Z`) or `VALUE=DATE` for all-day events.
 */
export function toICS(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const now = Date.now();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//fairkit//fairkit//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calName) lines.push(`X-WR-CALNAME:${escapeText(options.calName)}`);
  for (const { uid, start, end = start, allDay, timeZone = 'Asia/Shanghai', ...event } of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${formatUtc(event.stamp ?? now)}`,
      ...(allDay
        ? // DTEND of an all-day event is exclusive: the day after the last day (§3.6.1).
          [
            `DTSTART;VALUE=DATE:${formatDate(start, timeZone)}`,
            `DTEND;VALUE=DATE:${formatDate(end > start ? end - 1 : start, timeZone, 1)}`,
          ]
        : [`DTSTART:${formatUtc(start)}`, `DTEND:${formatUtc(Math.max(start, end))}`]),
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // URL is a URI value, not TEXT: it is not escaped, but it must stay on one logical line.
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
    if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The document as a `data:` URL, for places that cannot use {@link downloadICS} (e.g. an email link). */
export function icsDataUrl(text: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
}

/** How long the object URL stays valid after the click; some browsers read it asynchronously. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `text` as `filename` (a `.ics` file the system opens with its calendar). Uses a Blob, an
 * object URL and a temporary `<a download>`, then revokes the URL: no `data:` navigation, so it
 * works under a strict CSP.
 */
export function downloadICS(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Firefox before 75 only followed clicks on links that are in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
