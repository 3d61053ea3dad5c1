/**
 * The fairkit feed, version 1, as the elements see it after `parseFeed`.
 *
 * The JSON a webmaster writes is described by `schema/feed-v1.schema.json` and `../shared/feed-v1.md`.
 * `parseFeed` turns it into these types: times become instants (milliseconds since the epoch),
 * URLs are checked and resolved, optional lists become empty lists, and everything invalid is left
 * out and reported as a {@link FeedIssue}.
 */

/** A plain string, or an object of BCP 47 language tags to strings (`{"zh-CN": "…", "en": "…"}`). */
export type Text = string | Readonly<Record<string, string>>;

/** Milliseconds since the Unix epoch (UTC). */
export type Instant = number;

/**
 * A URL that passed `safeUrl`: absolute `http:`/`https:`, `data:image/*` for logos and images, or,
 * when `parseFeed` had no `baseUrl`, a relative URL as written (it can never be read as a scheme).
 */
export type SafeUrl = string;

export type Status = 'scheduled' | 'postponed' | 'cancelled';

export interface Organizer {
  name: Text;
  url?: SafeUrl;
  logo?: SafeUrl;
}

export interface Venue {
  name: Text;
  address?: Text;
  campus?: Text;
}

export interface FairStats {
  employers?: number;
  positions?: number;
  visitors?: number;
  provinces?: number;
  industries?: number;
}

export interface Hall {
  id: string;
  name: Text;
  floor?: number;
  width: number;
  height: number;
}

export interface Booth {
  id: string;
  hall: string;
  x: number;
  y: number;
  w: number;
  h: number;
  employer?: string;
  /** The number printed at the booth; defaults to `id`. */
  label: string;
}

export type LandmarkKind =
  'entrance' | 'exit' | 'service' | 'stage' | 'info' | 'toilet' | 'stairs' | 'elevator' | 'other';

export interface Landmark {
  id: string;
  hall: string;
  kind: LandmarkKind;
  name?: Text;
  x: number;
  y: number;
  w?: number;
  h?: number;
}

export interface Fair {
  id: string;
  title: Text;
  start: Instant;
  /** Defaults to the end of `start`'s day in the feed's zone. */
  end: Instant;
  /** True when `start` was written as a date alone (a whole day). */
  allDay: boolean;
  status: Status;
  online: boolean;
  url?: SafeUrl;
  registrationUrl?: SafeUrl;
  liveUrl?: SafeUrl;
  venue?: Venue;
  halls: Hall[];
  booths: Booth[];
  /** Employer ids taking part, including those with a booth in this fair. */
  employers: string[];
  landmarks: Landmark[];
  stats?: FairStats;
}

export interface Position {
  title: Text;
  openings?: number;
  majors?: Text[];
  degree?: string;
  city?: Text;
}

export interface Employer {
  id: string;
  name: Text;
  shortName?: Text;
  logo?: SafeUrl;
  /** An id from `industries`, or a name. */
  industry?: string | Text;
  region?: Text;
  type?: string;
  description?: Text;
  url?: SafeUrl;
  applyUrl?: SafeUrl;
  video?: SafeUrl;
  tags: Text[];
  positions: Position[];
}

export interface Industry {
  id: string;
  name: Text;
}

export interface Series {
  id: string;
  title: Text;
  description?: Text;
  url?: SafeUrl;
}

export type ActivityKind =
  'fair' | 'talk' | 'livestream' | 'visit' | 'workshop' | 'camp' | 'competition' | 'other';

export interface Activity {
  id: string;
  title: Text;
  start: Instant;
  end?: Instant;
  allDay: boolean;
  kind?: ActivityKind;
  series?: string;
  fair?: string;
  employer?: string;
  status: Status;
  location?: Text;
  url?: SafeUrl;
  liveUrl?: SafeUrl;
  image?: SafeUrl;
  description?: Text;
}

export interface Placement {
  cohort: string;
  label?: Text;
  /** Defaults to `overall`. */
  scope: string;
  /** The fraction placed, 0 ≤ rate ≤ 1. */
  rate: number;
  /** The date the figure is for (start of that day in the feed's zone). */
  asOf: Instant;
  graduates?: number;
  placed?: number;
  source?: Text;
  sourceUrl?: SafeUrl;
}

export interface Feed {
  version: 1;
  /** IANA zone for times written without an offset; `Asia/Shanghai` by default. */
  timeZone: string;
  organizer?: Organizer;
  updated?: Instant;
  fairs: Fair[];
  employers: Employer[];
  industries: Industry[];
  series: Series[];
  activities: Activity[];
  placement: Placement[];
}

/**
 * `error`: the field, item or whole feed was left out (or, at path `""`, the feed is unusable).
 * `warning`: kept, but probably not what the author meant (e.g. overlapping booths).
 * `notice`: harmless, e.g. an unknown field that may be a typo.
 */
export type IssueSeverity = 'error' | 'warning' | 'notice';

/** One problem found in a feed. */
export interface FeedIssue {
  /** JSON path of the problem, e.g. `fairs[0].booths[12].x`; `""` for the whole document. */
  path: string;
  severity: IssueSeverity;
  /** A stable machine-readable code, e.g. `expected-number`, `unsafe-url`, `unknown-field`. */
  code: string;
  /** The values the message refers to (expected type, the value found, a hint ...). */
  params: Record<string, string | number>;
  /** The problem in a plain English sentence; `formatIssue(issue, lang)` gives zh-CN or en. */
  message: string;
}

/** What `parseFeed` returns: the valid part of the feed (or `null` when nothing is usable) and every issue. */
export interface ParseResult {
  feed: Feed | null;
  issues: FeedIssue[];
}

/** Options for `parseFeed`. */
export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed are resolved against it. */
  baseUrl?: string;
}
