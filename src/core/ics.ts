/**
 * iCalendar (RFC 5545) export for fairs and activities: "添加到日历 / Add to calendar".
 *
 * `toICS` is pure (no DOM; it runs in Node and is unit-tested there). `downloadICS` is the one DOM
 * helper: it saves the text through a Blob and an object URL, so it works under a strict
 * Content-Security-Policy where navigating to a `data:` URL is blocked.
 */

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
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT (§3.1); drop them rather than corrupt the file.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Folds one content line at 75 octets of UTF-8 (§3.1), never inside a character: a Chinese character
 * is 3 octets and an emoji 4. Continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20240322T010000Z`: an instant in UTC (§3.3.5, form #2). */
export function formatUtc(instant: number): string {
  const d = new Date(instant);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date `[year, month, day]` of an instant in `timeZone`. */
function dateIn(instant: number, timeZone: string): [number, number, number] {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

/** `20240322`: a DATE value (§3.3.4), `offsetDays` after the given calendar date. */
function formatDate([year, month, day]: [number, number, number], offsetDays = 0): string {
  const d = new Date(Date.UTC(year, month - 1, day + offsetDays));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function eventLines(event: IcsEvent, stamp: number): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${formatUtc(stamp)}`];
  if (event.allDay) {
    const zone = event.timeZone ?? 'Asia/Shanghai';
    const first = dateIn(event.start, zone);
    // DTEND of an all-day event is exclusive: the day after the last day (§3.6.1).
    const lastInstant = event.end !== undefined && event.end > event.start ? event.end - 1 : event.start;
    const last = dateIn(lastInstant, zone);
    lines.push(`DTSTART;VALUE=DATE:${formatDate(first)}`, `DTEND;VALUE=DATE:${formatDate(last, 1)}`);
  } else {
    const end = event.end !== undefined && event.end >= event.start ? event.end : event.start;
    lines.push(`DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URL is a URI value, not TEXT: it is not escaped, but it must stay on one logical line.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
  lines.push('END:VEVENT');
  return lines;
}

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
  for (const event of events) lines.push(...eventLines(event, event.stamp ?? now));
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
