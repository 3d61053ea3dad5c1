import { EN, issueSentence } from './messages-en.js';
import { endOfDay, isTimeZone, parseTime } from './time.js';
import { safeUrl } from './url.js';
import type {
  Booth,
  Fair,
  Feed,
  FeedIssue,
  Hall,
  IssueSeverity,
  Landmark,
  ParseOptions,
  ParseResult,
} from './types.js';

/** The zone used when a feed names none, or names one this runtime does not know. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

type Obj = Record<string, unknown>;
type Params = FeedIssue['params'];

/**
 * Where a value is: its parent's place and its key (the document itself is `undefined`). Most values
 * never need their path, so the string (`fairs[0].booths[12].x`) is built only for an issue.
 */
interface At {
  up: At | undefined;
  key: string | number;
}

/** A field of an object type; `kind` is the item kind when `list` is set. */
interface Field {
  key: string;
  kind: string;
  required: boolean;
  list: boolean;
}

// The reader below runs once per page load, mostly in V8's interpreter, where array destructuring
// and `for…of` allocate an iterator result per element: it uses indexed loops and plain objects.

/** An object type: its fields in the contract's order, and what to add or check once read. */
interface Spec {
  fields: Field[];
  known: Set<string>;
  post?: (out: Obj, at: At) => void;
}

/**
 * An object type from one line of fields: `name` (whose kind is its name: `id`, `url`, `start` …)
 * or `name:kind`; a kind ending in `[]` is a list of it; a trailing `!` makes the field required
 * (missing or invalid, it costs the whole item); kind `-` is a known field read elsewhere.
 *
 * Kinds: an object type of {@link SPECS}, an enumeration of {@link ENUMS}, or `id` (a non-empty
 * string), `string`, `text`, `number`, `count` (≥ 0), `size` (> 0), `rate` (0 to 1), `bool`,
 * `url`, `image` (a URL that may also be `data:image/*`), `time`, and `start`/`end` (times that
 * also set `allDay`, and check the end against the start).
 */
function spec(line: string, post?: Spec['post']): Spec {
  const fields = line.split(' ').map((field): Field => {
    const [key, kind = key] = field.replace('!', '').split(':') as [string, string?];
    const list = kind.endsWith('[]');
    return { key, kind: list ? kind.slice(0, -2) : kind, required: field.endsWith('!'), list };
  });
  return { fields, known: new Set(fields.map((field) => field.key)), post };
}

const ENUMS: Record<string, string[]> = {
  status: ['scheduled', 'postponed', 'cancelled'],
  activityKind: ['fair', 'talk', 'livestream', 'visit', 'workshop', 'camp', 'competition', 'other'],
  landmarkKind: [
    'entrance',
    'exit',
    'service',
    'stage',
    'info',
    'toilet',
    'stairs',
    'elevator',
    'other',
  ],
};

/** The JavaScript type each scalar kind needs before its own checks. */
const TYPES: Record<string, string> = {
  id: 'string',
  string: 'string',
  url: 'string',
  image: 'string',
  number: 'number',
  count: 'number',
  size: 'number',
  rate: 'number',
  bool: 'boolean',
};

const { hasOwn } = Object;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `fairs[0].booths[12].x`; keys that are not identifiers are quoted: `fairs[0]["a b"]`. */
function where(at: At | undefined): string {
  if (!at) return '';
  const { key } = at;
  const path = where(at.up);
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A short, language-neutral rendering of a value found in the feed, for messages. */
function describe(value: unknown): string {
  const type = typeof value;
  if (type === 'object') return value === null ? 'null' : Array.isArray(value) ? '[…]' : '{…}';
  if (type === 'string') {
    const s = value as string;
    return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  }
  if (type === 'undefined') return '(empty)';
  if (type === 'function' || type === 'symbol') return type;
  return `${value as number}${type === 'bigint' ? 'n' : ''}`;
}

/** Levenshtein distance, or 3 ("too far") when the lengths alone say so. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** What the parse in progress collects, and what every reader needs. */
interface Context {
  issues: FeedIssue[];
  timeZone: string;
  /** Where each item with an id came from, for issues found after reading it. */
  paths: WeakMap<object, At>;
  /** The document being built: fairs look up its employers. */
  feed: Obj;
  /** What relative URLs are relative to. */
  base: string | undefined;
  /** The ids of the feed's employers, once read (fairs and activities refer to them). */
  employers?: Set<unknown>;
  /** The raw `start` of the item being read, quoted by `end-before-start`. */
  start?: unknown;
}

// The parse in progress. Module state rather than an object passed around (the functions below
// minify to one letter each); parseFeed restores the outer one, so a getter in the input that
// calls parseFeed again cannot mix two documents up.
let ctx: Context;

function report(
  at: At | undefined,
  code: string,
  params: Params = {},
  severity: IssueSeverity = 'error',
): undefined {
  ctx.issues.push({ path: where(at), severity, code, params, message: '' });
  return undefined;
}

/** An error about the value found. */
const error = (at: At | undefined, code: string, value: unknown, params?: Params): undefined =>
  report(at, code, { ...params, found: describe(value) });

/** Marks the errors reported since `since` as having cost the item at `at`. */
function leftOut(at: At | undefined, since: number): undefined {
  for (const issue of ctx.issues.slice(since)) {
    if (issue.severity === 'error') issue.params.leftOut ??= where(at);
  }
  return undefined;
}

/** A value threw while being read (a getter, a proxy): it is left out, with what it held. */
function unreadable(at: At, since: number): undefined {
  report(at, 'unreadable');
  return leftOut(at, since);
}

/**
 * Reads one value of a kind; reports what is wrong and returns `undefined` if anything is. `out` is
 * the object being read, for `start` and `end` (list items have none).
 */
function read(kind: string, v: unknown, p: At, out?: Obj): unknown {
  const spec = SPECS[kind];
  if (spec) return object(spec, v, p);
  const allowed = ENUMS[kind];
  if (allowed) {
    if (allowed.includes(v as string)) return v;
    return error(p, 'expected-one-of', v, { allowed: allowed.join(', ') });
  }
  const type = TYPES[kind];
  if (type && (typeof v !== type || (type === 'number' && !Number.isFinite(v)))) {
    return error(p, `expected-${type}`, v);
  }
  const n = v as number;
  switch (kind) {
    case 'id':
      return v === '' ? error(p, 'empty-id', v) : v;
    case 'count':
      return n < 0 ? error(p, 'expected-non-negative', v) : v;
    case 'size':
      return n > 0 ? v : error(p, 'expected-positive', v);
    case 'rate':
      if (n >= 0 && n <= 1) return v;
      // A rate written as a percentage (55 for 55%) is the likely mistake: say what to write.
      if (n > 1 && n <= 100) {
        return report(p, 'rate-percentage', { found: n, hint: +(n / 100).toPrecision(12) });
      }
      return report(p, 'rate-out-of-range', { found: n });
    case 'url':
    case 'image':
      return safeUrl(v, ctx.base, { image: kind === 'image' }) ?? error(p, 'unsafe-url', v);
    case 'text':
      return text(v, p);
    case 'time':
    case 'start':
    case 'end': {
      const time = parseTime(v, ctx.timeZone);
      if (!time) return error(p, 'invalid-time', v);
      if (kind === 'start') {
        ctx.start = v;
        out!.allDay = time.dateOnly;
      }
      if (kind !== 'end') return time.instant;
      // A date alone as an end means the whole of that day.
      const end = time.dateOnly ? endOfDay(time.instant, ctx.timeZone) : time.instant;
      if (end >= (out!.start as number)) return end;
      return report(p, 'end-before-start', {
        start: String(ctx.start),
        end: String(v),
        leftOut: where(p),
      });
    }
  }
  return v;
}

/** A string, or a non-empty object of language tags to strings (bad entries are left out). */
function text(v: unknown, p: At): unknown {
  if (typeof v === 'string') return v;
  const keys = isObj(v) ? Object.keys(v) : [];
  if (keys.length === 0) return error(p, 'expected-text', v);
  let out: Obj | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = (v as Obj)[key];
    if (typeof value !== 'string') error({ up: p, key }, 'expected-string', value);
    // Spread, not assigned: a `__proto__` language key stays an ordinary entry.
    else if (key === '__proto__') out = { ...out, [key]: value };
    else (out ??= {})[key] = value;
  }
  return out;
}

/** Reads a list; items with an id must not repeat one used earlier in it (the first stays). */
function list(kind: string, v: unknown, p: At): unknown[] | undefined {
  if (!Array.isArray(v)) return error(p, 'expected-array', v);
  const out: unknown[] = [];
  const spec = SPECS[kind];
  // Items with ids must not repeat one, and others may refer to them: keep where each one was.
  const first = spec?.known.has('id') ? new Map<unknown, At>() : undefined;
  for (let i = 0; i < v.length; i++) {
    const path: At = { up: p, key: i };
    const since = ctx.issues.length;
    let item: unknown;
    try {
      item = spec ? object(spec, v[i], path) : read(kind, v[i], path);
    } catch {
      item = unreadable(path, since);
    }
    if (item === undefined) continue;
    if (first) {
      const { id } = item as Obj;
      const seen = first.get(id);
      if (seen) {
        report({ up: path, key: 'id' }, 'duplicate-id', {
          id: id as string,
          first: where(seen),
          leftOut: where(path),
        });
        continue;
      }
      first.set(id, path);
      ctx.paths.set(item as Obj, path);
    }
    out.push(item);
  }
  return out;
}

/**
 * Reads an object: unknown fields are notices, an invalid optional field is left out, and an
 * invalid required one leaves out the object (`undefined`) once `post` has run.
 */
function object(spec: Spec, v: unknown, p: At | undefined, out: Obj = {}): Obj | undefined {
  if (!isObj(v)) return error(p, 'expected-object', v);
  const { known, fields } = spec;
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (known.has(key)) continue;
    const lower = key.toLowerCase();
    const names = [...known];
    const suggestion =
      names.find((k) => k.toLowerCase() === lower) ?? names.find((k) => distance(key, k) <= 2);
    const params: Params = suggestion ? { field: key, suggestion } : { field: key };
    report({ up: p, key }, 'unknown-field', params, 'notice');
  }
  const since = ctx.issues.length;
  let ok = true;
  for (let i = 0; i < fields.length; i++) {
    const { key, kind, required, list: isList } = fields[i]!;
    // Without a valid start there is nothing to check an end against.
    if (kind === '-' || (kind === 'end' && out.start === undefined)) continue;
    const start = ctx.issues.length;
    let value: unknown;
    try {
      const raw = hasOwn(v, key) ? v[key] : undefined;
      if (raw !== undefined) {
        const at: At = { up: p, key };
        value = isList ? list(kind, raw, at) : read(kind, raw, at, out);
      } else if (required) report({ up: p, key }, 'missing-field', { field: key });
    } catch {
      value = unreadable({ up: p, key }, start);
    }
    if (value !== undefined) out[key] = value;
    else if (required) ok = false;
  }
  spec.post?.(out, p!);
  return ok ? out : leftOut(p, since);
}

/**
 * Keeps the items whose reference `key` names a known id and reports the others. An unknown
 * required reference costs the item, an optional one only the reference.
 */
function knownRef<T extends object>(
  items: T[],
  key: string,
  ids: ReadonlySet<unknown>,
  list: string,
  required = false,
): T[] {
  return items.filter((item) => {
    const ref = (item as Obj)[key];
    if (typeof ref !== 'string' || ids.has(ref)) return true;
    const itemPath = ctx.paths.get(item)!;
    const path: At = { up: itemPath, key };
    report(path, 'unknown-reference', {
      id: ref,
      kind: key,
      list,
      leftOut: where(required ? itemPath : path),
    });
    if (!required) delete (item as Obj)[key];
    return !required;
  });
}

const idsOf = (items: unknown): Set<unknown> =>
  new Set((items as Obj[] | undefined)?.map((item) => item.id));

/** Employers come before fairs in a feed: every fair checks against the same ids. */
const employerIds = (): Set<unknown> => (ctx.employers ??= idsOf(ctx.feed.employers));

/**
 * How far apart two edges may be and still meet: `0.8 + 0.4` is `1.2000000000000002`, and booths
 * written at decimal metres that touch must not be reported as overlapping.
 */
const EPSILON = 1e-9;

/** Booths and landmarks outside their hall, and booths that overlap (warnings: both are kept). */
function checkGeometry(halls: Hall[], booths: Booth[], landmarks: Landmark[]): void {
  const byId = new Map(halls.map((hall) => [hall.id, hall]));
  for (const item of [...booths, ...landmarks]) {
    const hall = byId.get(item.hall)!;
    const { x, y, w = 0, h = 0 } = item;
    if (x < 0 || y < 0 || x + w > hall.width + EPSILON || y + h > hall.height + EPSILON) {
      report(ctx.paths.get(item)!, 'outside-hall', { hall: hall.id }, 'warning');
    }
  }
  // Sweep along x: only booths whose x-range is still open can overlap the next one, so a hall of
  // thousands of booths in rows costs about n log n, not n².
  const perHall = new Map<string, Booth[]>();
  for (const booth of booths) {
    const list = perHall.get(booth.hall);
    if (list) list.push(booth);
    else perHall.set(booth.hall, [booth]);
  }
  for (const list of perHall.values()) {
    list.sort((a, b) => a.x - b.x);
    let active: Booth[] = [];
    for (const booth of list) {
      active = active.filter((a) => a.x + a.w > booth.x + EPSILON);
      const other = active.find(
        (a) => a.y < booth.y + booth.h - EPSILON && booth.y < a.y + a.h - EPSILON,
      );
      if (other) {
        report(ctx.paths.get(booth)!, 'booth-overlap', { other: other.id }, 'warning');
      }
      active.push(booth);
    }
  }
}

/** Defaults, the fair's end, its map checked against its halls, and who takes part. */
function fairPost(out: Obj, path: At): void {
  const fair = out as Partial<Fair>;
  fair.end ??= endOfDay(fair.start!, ctx.timeZone);
  fair.status ??= 'scheduled';
  fair.online ??= false;
  const halls = (fair.halls ??= []);
  const hallIds = idsOf(halls);
  const hallList = where({ up: path, key: 'halls' });
  const employers = employerIds();
  let booths = knownRef(fair.booths ?? [], 'hall', hallIds, hallList, true);
  booths = fair.booths = knownRef(booths, 'employer', employers, 'employers');
  fair.landmarks = knownRef(fair.landmarks ?? [], 'hall', hallIds, hallList, true);
  checkGeometry(halls, booths, fair.landmarks);
  const taking = new Set<string>();
  fair.employers?.forEach((id, i) => {
    if (employers.has(id)) taking.add(id);
    else {
      const at: At = { up: { up: path, key: 'employers' }, key: i };
      report(at, 'unknown-reference', {
        id,
        kind: 'employer',
        list: 'employers',
        leftOut: where(at),
      });
    }
  });
  for (const booth of booths) if (booth.employer !== undefined) taking.add(booth.employer);
  fair.employers = [...taking];
}

/** Every object type of the contract, by kind name (see {@link spec}). */
const SPECS: Record<string, Spec> = {
  // Employers come before fairs: a fair's booths and `employers` refer to them.
  feed: spec(
    '$schema:- version:- timeZone:- organizer updated:time industries:industry[] ' +
      'employers:employer[] series:series[] fairs:fair[] activities:activity[] placement:placement[]',
  ),
  organizer: spec('name:text! url logo:image'),
  industry: spec('id! name:text!'),
  series: spec('id! title:text! description:text url'),
  employer: spec(
    'id! name:text! shortName:text logo:image industry:text region:text type:string ' +
      'description:text url applyUrl:url video:url tags:text[] positions:position[]',
    (employer) => {
      employer.tags ??= [];
      employer.positions ??= [];
    },
  ),
  position: spec('title:text! openings:count majors:text[] degree:string city:text'),
  fair: spec(
    'id! title:text! start! end status online:bool url registrationUrl:url liveUrl:url venue ' +
      'halls:hall[] booths:booth[] employers:id[] landmarks:landmark[] stats',
    fairPost,
  ),
  venue: spec('name:text! address:text campus:text'),
  stats: spec('employers:count positions:count visitors:count provinces:count industries:count'),
  hall: spec('id! name:text! floor:number width:size! height:size!'),
  booth: spec(
    'id! hall:id! x:number! y:number! w:size! h:size! employer:id label:string',
    (booth) => {
      booth.label ??= booth.id;
    },
  ),
  landmark: spec('id! hall:id! kind:landmarkKind! name:text x:number! y:number! w:size h:size'),
  activity: spec(
    'id! title:text! start! end kind:activityKind series:id fair:id employer:id status ' +
      'location:text url liveUrl:url image description:text',
    (activity) => {
      activity.status ??= 'scheduled';
    },
  ),
  placement: spec(
    'cohort:string! label:text scope:string rate! asOf:time! graduates:count placed:count ' +
      'source:text sourceUrl:url',
    (placement) => {
      placement.scope ??= 'overall';
    },
  ),
};

function readDocument(input: unknown): Feed | null {
  if (!isObj(input)) return error(undefined, 'not-feed', input) ?? null;
  const version = hasOwn(input, 'version') ? input.version : undefined;
  if (version !== 1) {
    const found = version === undefined ? '' : describe(version);
    return report(undefined, 'unsupported-version', { found }) ?? null;
  }
  const zone = hasOwn(input, 'timeZone') ? input.timeZone : undefined;
  const at: At = { up: undefined, key: 'timeZone' };
  if (typeof zone !== 'string' && zone !== undefined) error(at, 'expected-string', zone);
  else if (isTimeZone(zone)) ctx.timeZone = zone;
  else if (zone !== undefined) {
    report(at, 'invalid-time-zone', { found: zone, fallback: DEFAULT_TIME_ZONE });
  }
  const feed = ctx.feed;
  feed.timeZone = ctx.timeZone;
  object(SPECS.feed!, input, undefined, feed);
  for (const key of ['fairs', 'employers', 'industries', 'series', 'activities', 'placement']) {
    feed[key] ??= [];
  }
  (feed.fairs as Fair[]).sort((a, b) => a.start - b.start);
  let activities = knownRef(feed.activities as Obj[], 'series', idsOf(feed.series), 'series');
  activities = knownRef(activities, 'fair', idsOf(feed.fairs), 'fairs');
  feed.activities = knownRef(activities, 'employer', employerIds(), 'employers');
  return feed as unknown as Feed;
}

/** JSON text to a value, or a `not-json` issue that says where the syntax breaks. */
function fromJson(text: string): { value: unknown } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const trimmed = body.trimStart();
    const received = trimmed === '' ? 'empty' : trimmed.startsWith('<') ? 'html' : 'text';
    let detail = (error as Error).message.slice(0, 120);
    // V8 says "at position N"; a webmaster's editor shows lines and columns.
    const at = /position (\d+)/.exec(detail);
    if (at) {
      const before = body.slice(0, +at[1]!).split('\n');
      detail += ` (line ${before.length}, column ${before.at(-1)!.length + 1})`;
    }
    return report(undefined, 'not-json', { received, detail });
  }
}

/**
 * Reads a fairkit feed (version 1): checks every field of the contract, keeps everything valid and
 * reports the rest. Never throws.
 *
 * - `input` is the JSON text, or the value `JSON.parse` made of it.
 * - Not JSON, not an object, or not `"version": 1`: `feed` is `null` and one error at path `""`.
 * - Otherwise an invalid required field leaves out its item, an invalid optional field only that
 *   field, and a reference to an unknown id only the reference (or the item, for a booth's or a
 *   landmark's `hall`); each is an `error` issue. Overlapping booths and booths outside their hall
 *   are `warning`s and are kept; unknown fields are `notice`s.
 * - Times become instants in the feed's `timeZone`, URLs are checked by `safeUrl` and resolved
 *   against `options.baseUrl`, optional lists become `[]`, a fair's `end` defaults to the end of
 *   its start's day, and its `employers` include every employer with a booth in it.
 * - Fairs are sorted by start; every other list keeps the source order.
 * - Every issue's `message` is an English sentence (`formatIssue` also gives Chinese).
 *
 * @param input - JSON text or an already-parsed value.
 * @param options - `baseUrl`: the feed's own URL, for relative URLs.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const outer = ctx;
  const issues: FeedIssue[] = [];
  ctx = {
    issues,
    timeZone: DEFAULT_TIME_ZONE,
    paths: new WeakMap(),
    feed: { version: 1 },
    base: typeof options?.baseUrl === 'string' ? options.baseUrl : undefined,
  };
  let feed: Feed | null = null;
  try {
    const json = typeof input === 'string' ? fromJson(input) : { value: input };
    if (json) feed = readDocument(json.value);
  } catch (thrown) {
    let detail = describe(thrown);
    try {
      if (thrown instanceof Error) detail = String(thrown.message);
    } catch {
      // A hostile error object: keep the neutral description.
    }
    report(undefined, 'internal-error', { detail });
  } finally {
    ctx = outer;
  }
  for (const issue of issues) issue.message = issueSentence(issue, EN)!;
  return { feed, issues };
}
