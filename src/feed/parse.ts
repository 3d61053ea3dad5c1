import { formatIssue } from './messages.js';
import { endOfDay, isTimeZone, parseTime, type ParsedTime } from './time.js';
import { safeUrl } from './url.js';
import type {
  Activity,
  ActivityKind,
  Booth,
  Employer,
  Fair,
  FairStats,
  Feed,
  FeedIssue,
  Hall,
  Industry,
  IssueSeverity,
  Landmark,
  LandmarkKind,
  Organizer,
  ParseOptions,
  ParseResult,
  Placement,
  Position,
  Series,
  Status,
  Text,
  Venue,
} from './types.js';

/** The zone used when a feed names none, or names one this runtime does not know. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const STATUSES: readonly Status[] = ['scheduled', 'postponed', 'cancelled'];
const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'fair',
  'talk',
  'livestream',
  'visit',
  'workshop',
  'camp',
  'competition',
  'other',
];
const LANDMARK_KINDS: readonly LandmarkKind[] = [
  'entrance',
  'exit',
  'service',
  'stage',
  'info',
  'toilet',
  'stairs',
  'elevator',
  'other',
];

const KNOWN = {
  feed: [
    '$schema',
    'version',
    'timeZone',
    'organizer',
    'updated',
    'fairs',
    'employers',
    'industries',
    'series',
    'activities',
    'placement',
  ],
  organizer: ['name', 'url', 'logo'],
  fair: [
    'id',
    'title',
    'start',
    'end',
    'status',
    'online',
    'url',
    'registrationUrl',
    'liveUrl',
    'venue',
    'halls',
    'booths',
    'employers',
    'landmarks',
    'stats',
  ],
  venue: ['name', 'address', 'campus'],
  stats: ['employers', 'positions', 'visitors', 'provinces', 'industries'],
  hall: ['id', 'name', 'floor', 'width', 'height'],
  booth: ['id', 'hall', 'x', 'y', 'w', 'h', 'employer', 'label'],
  landmark: ['id', 'hall', 'kind', 'name', 'x', 'y', 'w', 'h'],
  employer: [
    'id',
    'name',
    'shortName',
    'logo',
    'industry',
    'region',
    'type',
    'description',
    'url',
    'applyUrl',
    'video',
    'tags',
    'positions',
  ],
  position: ['title', 'openings', 'majors', 'degree', 'city'],
  industry: ['id', 'name'],
  series: ['id', 'title', 'description', 'url'],
  activity: [
    'id',
    'title',
    'start',
    'end',
    'kind',
    'series',
    'fair',
    'employer',
    'status',
    'location',
    'url',
    'liveUrl',
    'image',
    'description',
  ],
  placement: [
    'cohort',
    'label',
    'scope',
    'rate',
    'asOf',
    'graduates',
    'placed',
    'source',
    'sourceUrl',
  ],
} as const satisfies Record<string, readonly string[]>;

type Obj = Record<string, unknown>;
type Reader<T> = (value: unknown, path: string) => T | undefined;
type Params = FeedIssue['params'];

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const identifiers = new Map<string, boolean>();

/** `fairs[0].booths[12].x`; keys that are not identifiers are quoted: `fairs[0]["a b"]`. */
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  let plain = identifiers.get(key);
  if (plain === undefined) {
    plain = /^[A-Za-z_$][\w$]*$/.test(key);
    if (identifiers.size < 500) identifiers.set(key, plain);
  }
  if (!plain) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A short, language-neutral rendering of a value found in the feed, for messages. */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return '(empty)';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return value === null ? 'null' : Array.isArray(value) ? '[…]' : '{…}';
  }
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}

function suggest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower) ?? known.find((k) => distance(key, k) <= 2);
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}

/** Collects issues and holds what every reader needs. */
class Context {
  readonly issues: FeedIssue[] = [];
  timeZone = DEFAULT_TIME_ZONE;
  readonly paths = new WeakMap<object, string>();

  constructor(readonly base: string | undefined) {}

  report(path: string, severity: IssueSeverity, code: string, params: Params = {}): void {
    const issue: FeedIssue = { path, severity, code, params, message: '' };
    issue.message = formatIssue(issue, 'en');
    this.issues.push(issue);
  }

  /** Marks the errors reported since `since` as having cost the item at `path`. */
  leftOut(path: string, since: number): undefined {
    for (let i = since; i < this.issues.length; i++) {
      const issue = this.issues[i];
      if (issue && issue.severity === 'error' && issue.params.leftOut === undefined) {
        issue.params.leftOut = path;
        issue.message = formatIssue(issue, 'en');
      }
    }
    return undefined;
  }

  /** A value threw while being read (a getter, a proxy): it is left out, with what it held. */
  unreadable(path: string, since: number): undefined {
    this.report(path, 'error', 'unreadable', {});
    return this.leftOut(path, since);
  }

  expected(kind: string, value: unknown, path: string): undefined {
    this.report(path, 'error', `expected-${kind}`, { found: describe(value) });
    return undefined;
  }

  string: Reader<string> = (v, p) => (typeof v === 'string' ? v : this.expected('string', v, p));

  id: Reader<string> = (v, p) => {
    if (typeof v !== 'string') return this.expected('string', v, p);
    if (v === '') return void this.report(p, 'error', 'empty-id', { found: '""' });
    return v;
  };

  number: Reader<number> = (v, p) =>
    typeof v === 'number' && Number.isFinite(v) ? v : this.expected('number', v, p);

  nonNegative: Reader<number> = (v, p) => {
    const n = this.number(v, p);
    return n === undefined || n >= 0 ? n : this.expected('non-negative', v, p);
  };

  positive: Reader<number> = (v, p) => {
    const n = this.number(v, p);
    return n === undefined || n > 0 ? n : this.expected('positive', v, p);
  };

  boolean: Reader<boolean> = (v, p) =>
    typeof v === 'boolean' ? v : this.expected('boolean', v, p);

  text: Reader<Text> = (v, p) => {
    if (typeof v === 'string') return v;
    if (!isObj(v)) return this.expected('text', v, p);
    const keys = Object.keys(v);
    if (keys.length === 0) return this.expected('text', v, p);
    const out: Record<string, string> = {};
    let count = 0;
    for (const key of keys) {
      const entry = v[key];
      if (typeof entry !== 'string') {
        this.expected('string', entry, join(p, key));
        continue;
      }
      // defineProperty keeps a `__proto__` language key an ordinary own entry.
      if (key === '__proto__') {
        Object.defineProperty(out, key, {
          value: entry,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[key] = entry;
      count++;
    }
    return count > 0 ? out : undefined;
  };

  oneOf<T extends string>(allowed: readonly T[]): Reader<T> {
    return (v, p) => {
      if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
      this.report(p, 'error', 'expected-one-of', {
        allowed: allowed.join(', '),
        found: describe(v),
      });
      return undefined;
    };
  }

  time: Reader<ParsedTime> = (v, p) => {
    const t = parseTime(v, this.timeZone);
    if (t) return t;
    this.report(p, 'error', 'invalid-time', { found: describe(v) });
    return undefined;
  };

  #url(image: boolean): Reader<string> {
    return (v, p) => {
      if (typeof v !== 'string') return this.expected('string', v, p);
      const url = safeUrl(v, this.base, { image });
      if (url !== null) return url;
      this.report(p, 'error', 'unsafe-url', { found: describe(v) });
      return undefined;
    };
  }

  url = this.#url(false);
  imageUrl = this.#url(true);

  list<T>(item: Reader<T>): Reader<T[]> {
    return (v, p) => {
      if (!Array.isArray(v)) return this.expected('array', v, p);
      const out: T[] = [];
      for (let i = 0; i < v.length; i++) {
        const path = join(p, i);
        const since = this.issues.length;
        let value: T | undefined;
        try {
          value = item(v[i], path);
        } catch {
          value = this.unreadable(path, since);
        }
        if (value === undefined) continue;
        if (typeof value === 'object' && value !== null) this.paths.set(value, path);
        out.push(value);
      }
      return out;
    };
  }

  /** Reads an object item: reports unknown fields, and hands its fields to `build`. */
  item<T>(known: readonly string[], build: (f: Fields) => T | undefined): Reader<T> {
    const knownSet = new Set(known);
    return (v, p) => {
      if (!isObj(v)) return this.expected('object', v, p);
      for (const key of Object.keys(v)) {
        if (knownSet.has(key)) continue;
        const suggestion = suggest(key, known);
        this.report(join(p, key), 'notice', 'unknown-field', {
          field: key,
          ...(suggestion ? { suggestion } : {}),
        });
      }
      const since = this.issues.length;
      const fields = new Fields(this, v, p);
      const value = build(fields);
      return value === undefined ? this.leftOut(p, since) : value;
    };
  }

  /** Leaves out every item whose id was already used in the same list (the first one stays). */
  unique<T extends { id: string }>(items: T[], listPath: string): T[] {
    const first = new Map<string, string>();
    return items.filter((item) => {
      const path = this.paths.get(item) ?? listPath;
      const seen = first.get(item.id);
      if (seen === undefined) {
        first.set(item.id, path);
        return true;
      }
      this.report(join(path, 'id'), 'error', 'duplicate-id', {
        id: item.id,
        first: seen,
        leftOut: path,
      });
      return false;
    });
  }
}

/** The fields of one object in the feed. */
class Fields {
  constructor(
    readonly ctx: Context,
    readonly obj: Obj,
    readonly path: string,
  ) {}

  /** A required field: missing or invalid means the item is left out (the caller checks). */
  req<T>(key: string, read: Reader<T>): T | undefined {
    const path = join(this.path, key);
    const since = this.ctx.issues.length;
    try {
      const value = hasOwn(this.obj, key) ? this.obj[key] : undefined;
      if (value !== undefined) return read(value, path);
      this.ctx.report(path, 'error', 'missing-field', { field: key });
      return undefined;
    } catch {
      return this.ctx.unreadable(path, since);
    }
  }

  /** An optional field: missing is fine, invalid leaves out only the field. */
  opt<T>(key: string, read: Reader<T>): T | undefined {
    let value: unknown;
    try {
      value = hasOwn(this.obj, key) ? this.obj[key] : undefined;
    } catch {
      return this.ctx.unreadable(join(this.path, key), this.ctx.issues.length);
    }
    if (value === undefined) return undefined;
    // Paths are built only for fields that are there: most optional fields are not.
    const path = join(this.path, key);
    const since = this.ctx.issues.length;
    try {
      return read(value, path);
    } catch {
      return this.ctx.unreadable(path, since);
    }
  }

  pathOf(key: string): string {
    return join(this.path, key);
  }
}

/**
 * Copies an object without its `undefined` fields, so parsed objects only carry what the feed had.
 * A copy rather than `delete`, which would turn thousands of objects into slow dictionaries.
 */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

function readStart(f: Fields): ParsedTime | undefined {
  return f.req('start', f.ctx.time);
}

/** Reads `end`; a date alone means the end of that day. An end before `start` is left out. */
function readEnd(f: Fields, start: ParsedTime): number | undefined {
  const end = f.opt('end', f.ctx.time);
  if (!end) return undefined;
  const instant = end.dateOnly ? endOfDay(end.instant, f.ctx.timeZone) : end.instant;
  if (instant >= start.instant) return instant;
  const path = f.pathOf('end');
  f.ctx.report(path, 'error', 'end-before-start', {
    start: String(f.obj.start),
    end: String(f.obj.end),
    leftOut: path,
  });
  return undefined;
}

function readOrganizer(ctx: Context): Reader<Organizer> {
  return ctx.item(KNOWN.organizer, (f) => {
    const name = f.req('name', ctx.text);
    if (name === undefined) return undefined;
    return compact({ name, url: f.opt('url', ctx.url), logo: f.opt('logo', ctx.imageUrl) });
  });
}

function readIndustry(ctx: Context): Reader<Industry> {
  return ctx.item(KNOWN.industry, (f) => {
    const id = f.req('id', ctx.id);
    const name = f.req('name', ctx.text);
    if (id === undefined || name === undefined) return undefined;
    return { id, name };
  });
}

function readSeries(ctx: Context): Reader<Series> {
  return ctx.item(KNOWN.series, (f) => {
    const id = f.req('id', ctx.id);
    const title = f.req('title', ctx.text);
    const description = f.opt('description', ctx.text);
    const url = f.opt('url', ctx.url);
    if (id === undefined || title === undefined) return undefined;
    return compact({ id, title, description, url });
  });
}

function readPosition(ctx: Context): Reader<Position> {
  const texts = ctx.list(ctx.text);
  return ctx.item(KNOWN.position, (f) => {
    const title = f.req('title', ctx.text);
    const openings = f.opt('openings', ctx.nonNegative);
    const majors = f.opt('majors', texts);
    const degree = f.opt('degree', ctx.string);
    const city = f.opt('city', ctx.text);
    if (title === undefined) return undefined;
    return compact({ title, openings, majors, degree, city });
  });
}

function readEmployer(ctx: Context): Reader<Employer> {
  const positions = ctx.list(readPosition(ctx));
  const texts = ctx.list(ctx.text);
  return ctx.item(KNOWN.employer, (f) => {
    const id = f.req('id', ctx.id);
    const name = f.req('name', ctx.text);
    const shortName = f.opt('shortName', ctx.text);
    const logo = f.opt('logo', ctx.imageUrl);
    const industry = f.opt('industry', ctx.text);
    const region = f.opt('region', ctx.text);
    const type = f.opt('type', ctx.string);
    const description = f.opt('description', ctx.text);
    const url = f.opt('url', ctx.url);
    const applyUrl = f.opt('applyUrl', ctx.url);
    const video = f.opt('video', ctx.url);
    const tags = f.opt('tags', texts) ?? [];
    const list = f.opt('positions', positions) ?? [];
    if (id === undefined || name === undefined) return undefined;
    return compact({
      id,
      name,
      shortName,
      logo,
      industry,
      region,
      type,
      description,
      url,
      applyUrl,
      video,
      tags,
      positions: list,
    });
  });
}

function readHall(ctx: Context): Reader<Hall> {
  return ctx.item(KNOWN.hall, (f) => {
    const id = f.req('id', ctx.id);
    const name = f.req('name', ctx.text);
    const floor = f.opt('floor', ctx.number);
    const width = f.req('width', ctx.positive);
    const height = f.req('height', ctx.positive);
    if (id === undefined || name === undefined || width === undefined || height === undefined) {
      return undefined;
    }
    return compact({ id, name, floor, width, height });
  });
}

function readBooth(ctx: Context): Reader<Booth> {
  return ctx.item(KNOWN.booth, (f) => {
    const id = f.req('id', ctx.id);
    const hall = f.req('hall', ctx.id);
    const x = f.req('x', ctx.number);
    const y = f.req('y', ctx.number);
    const w = f.req('w', ctx.positive);
    const h = f.req('h', ctx.positive);
    const employer = f.opt('employer', ctx.id);
    const label = f.opt('label', ctx.string);
    if (
      id === undefined ||
      hall === undefined ||
      x === undefined ||
      y === undefined ||
      w === undefined ||
      h === undefined
    ) {
      return undefined;
    }
    return compact({ id, hall, x, y, w, h, employer, label: label ?? id });
  });
}

function readLandmark(ctx: Context): Reader<Landmark> {
  return ctx.item(KNOWN.landmark, (f) => {
    const id = f.req('id', ctx.id);
    const hall = f.req('hall', ctx.id);
    const kind = f.req('kind', ctx.oneOf(LANDMARK_KINDS));
    const name = f.opt('name', ctx.text);
    const x = f.req('x', ctx.number);
    const y = f.req('y', ctx.number);
    const w = f.opt('w', ctx.positive);
    const h = f.opt('h', ctx.positive);
    if (id === undefined || hall === undefined || kind === undefined) return undefined;
    if (x === undefined || y === undefined) return undefined;
    return compact({ id, hall, kind, name, x, y, w, h });
  });
}

function readVenue(ctx: Context): Reader<Venue> {
  return ctx.item(KNOWN.venue, (f) => {
    const name = f.req('name', ctx.text);
    if (name === undefined) return undefined;
    return compact({
      name,
      address: f.opt('address', ctx.text),
      campus: f.opt('campus', ctx.text),
    });
  });
}

function readStats(ctx: Context): Reader<FairStats> {
  return ctx.item(KNOWN.stats, (f) =>
    compact({
      employers: f.opt('employers', ctx.nonNegative),
      positions: f.opt('positions', ctx.nonNegative),
      visitors: f.opt('visitors', ctx.nonNegative),
      provinces: f.opt('provinces', ctx.nonNegative),
      industries: f.opt('industries', ctx.nonNegative),
    }),
  );
}

/** Keeps the items whose reference `key` names a known id; reports the others. */
function knownRef<T extends object>(
  ctx: Context,
  items: T[],
  key: keyof T & string,
  ids: ReadonlySet<string>,
  kind: string,
  list: string,
  required: boolean,
): T[] {
  return items.filter((item) => {
    const ref = item[key];
    if (typeof ref !== 'string' || ids.has(ref)) return true;
    const itemPath = ctx.paths.get(item) ?? '';
    const path = join(itemPath, key);
    ctx.report(path, 'error', 'unknown-reference', {
      id: ref,
      kind,
      list,
      leftOut: required ? itemPath : path,
    });
    if (!required) delete item[key];
    return !required;
  });
}

function checkGeometry(ctx: Context, halls: Hall[], booths: Booth[], landmarks: Landmark[]): void {
  const byId = new Map(halls.map((hall) => [hall.id, hall]));
  const outside = (item: Booth | Landmark, w: number, h: number): void => {
    const hall = byId.get(item.hall);
    if (!hall) return;
    if (item.x < 0 || item.y < 0 || item.x + w > hall.width || item.y + h > hall.height) {
      ctx.report(ctx.paths.get(item) ?? '', 'warning', 'outside-hall', { hall: hall.id });
    }
  };
  for (const booth of booths) outside(booth, booth.w, booth.h);
  for (const landmark of landmarks) outside(landmark, landmark.w ?? 0, landmark.h ?? 0);

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
      active = active.filter((a) => a.x + a.w > booth.x);
      const other = active.find((a) => a.y < booth.y + booth.h && booth.y < a.y + a.h);
      if (other) {
        ctx.report(ctx.paths.get(booth) ?? '', 'warning', 'booth-overlap', { other: other.id });
      }
      active.push(booth);
    }
  }
}

function readFair(ctx: Context, employerIds: ReadonlySet<string>): Reader<Fair> {
  const halls = ctx.list(readHall(ctx));
  const booths = ctx.list(readBooth(ctx));
  const landmarks = ctx.list(readLandmark(ctx));
  return ctx.item(KNOWN.fair, (f) => {
    const id = f.req('id', ctx.id);
    const title = f.req('title', ctx.text);
    const start = readStart(f);
    const end = start && readEnd(f, start);
    const rest = compact({
      url: f.opt('url', ctx.url),
      registrationUrl: f.opt('registrationUrl', ctx.url),
      liveUrl: f.opt('liveUrl', ctx.url),
      venue: f.opt('venue', readVenue(ctx)),
      stats: f.opt('stats', readStats(ctx)),
    });
    const status = f.opt('status', ctx.oneOf(STATUSES)) ?? 'scheduled';
    const online = f.opt('online', ctx.boolean) ?? false;

    const hallList = ctx.unique(f.opt('halls', halls) ?? [], f.pathOf('halls'));
    const hallIds = new Set(hallList.map((hall) => hall.id));
    let boothList = ctx.unique(f.opt('booths', booths) ?? [], f.pathOf('booths'));
    boothList = knownRef(ctx, boothList, 'hall', hallIds, 'hall', f.pathOf('halls'), true);
    boothList = knownRef(ctx, boothList, 'employer', employerIds, 'employer', 'employers', false);
    let landmarkList = ctx.unique(f.opt('landmarks', landmarks) ?? [], f.pathOf('landmarks'));
    landmarkList = knownRef(ctx, landmarkList, 'hall', hallIds, 'hall', f.pathOf('halls'), true);
    checkGeometry(ctx, hallList, boothList, landmarkList);

    const listed = f.opt('employers', ctx.list(ctx.id)) ?? [];
    const taking = new Set<string>();
    listed.forEach((ref, i) => {
      if (employerIds.has(ref)) taking.add(ref);
      else {
        const path = join(f.pathOf('employers'), i);
        ctx.report(path, 'error', 'unknown-reference', {
          id: ref,
          kind: 'employer',
          list: 'employers',
          leftOut: path,
        });
      }
    });
    for (const booth of boothList) if (booth.employer !== undefined) taking.add(booth.employer);

    if (id === undefined || title === undefined || start === undefined) return undefined;
    return {
      id,
      title,
      start: start.instant,
      end: end ?? endOfDay(start.instant, ctx.timeZone),
      allDay: start.dateOnly,
      status,
      online,
      ...rest,
      halls: hallList,
      booths: boothList,
      employers: [...taking],
      landmarks: landmarkList,
    };
  });
}

function readActivity(ctx: Context): Reader<Activity> {
  return ctx.item(KNOWN.activity, (f) => {
    const id = f.req('id', ctx.id);
    const title = f.req('title', ctx.text);
    const start = readStart(f);
    const end = start && readEnd(f, start);
    const rest = compact({
      end,
      kind: f.opt('kind', ctx.oneOf(ACTIVITY_KINDS)),
      series: f.opt('series', ctx.id),
      fair: f.opt('fair', ctx.id),
      employer: f.opt('employer', ctx.id),
      location: f.opt('location', ctx.text),
      url: f.opt('url', ctx.url),
      liveUrl: f.opt('liveUrl', ctx.url),
      image: f.opt('image', ctx.imageUrl),
      description: f.opt('description', ctx.text),
    });
    const status = f.opt('status', ctx.oneOf(STATUSES)) ?? 'scheduled';
    if (id === undefined || title === undefined || start === undefined) return undefined;
    return { id, title, start: start.instant, allDay: start.dateOnly, status, ...rest };
  });
}

function readRate(ctx: Context): Reader<number> {
  return (v, p) => {
    const rate = ctx.number(v, p);
    if (rate === undefined || (rate >= 0 && rate <= 1)) return rate;
    if (rate > 1 && rate <= 100) {
      ctx.report(p, 'error', 'rate-percentage', { found: rate, hint: round(rate / 100) });
    } else {
      ctx.report(p, 'error', 'rate-out-of-range', { found: rate });
    }
    return undefined;
  };
}

function readPlacement(ctx: Context): Reader<Placement> {
  const rates = readRate(ctx);
  return ctx.item(KNOWN.placement, (f) => {
    const cohort = f.req('cohort', ctx.string);
    const rate = f.req('rate', rates);
    const asOf = f.req('asOf', ctx.time);
    const rest = compact({
      label: f.opt('label', ctx.text),
      graduates: f.opt('graduates', ctx.nonNegative),
      placed: f.opt('placed', ctx.nonNegative),
      source: f.opt('source', ctx.text),
      sourceUrl: f.opt('sourceUrl', ctx.url),
    });
    const scope = f.opt('scope', ctx.string) ?? 'overall';
    if (cohort === undefined || rate === undefined || asOf === undefined) return undefined;
    return { cohort, scope, rate, asOf: asOf.instant, ...rest };
  });
}

function readDocument(ctx: Context, input: unknown): Feed | null {
  if (!isObj(input)) {
    ctx.report('', 'error', 'not-feed', { found: describe(input) });
    return null;
  }
  const version = hasOwn(input, 'version') ? input.version : undefined;
  if (version !== 1) {
    const found = version === undefined ? '' : describe(version);
    ctx.report('', 'error', 'unsupported-version', { found });
    return null;
  }
  const zone = hasOwn(input, 'timeZone') ? input.timeZone : undefined;
  if (typeof zone !== 'string' && zone !== undefined) ctx.expected('string', zone, 'timeZone');
  else if (zone !== undefined) {
    if (isTimeZone(zone)) ctx.timeZone = zone;
    else {
      ctx.report('timeZone', 'error', 'invalid-time-zone', {
        found: zone,
        fallback: DEFAULT_TIME_ZONE,
      });
    }
  }
  return (
    ctx.item<Feed>(KNOWN.feed, (f) => {
      const organizer = f.opt('organizer', readOrganizer(ctx));
      const updated = f.opt('updated', ctx.time)?.instant;
      const industries = ctx.unique(
        f.opt('industries', ctx.list(readIndustry(ctx))) ?? [],
        'industries',
      );
      const employers = ctx.unique(
        f.opt('employers', ctx.list(readEmployer(ctx))) ?? [],
        'employers',
      );
      const series = ctx.unique(f.opt('series', ctx.list(readSeries(ctx))) ?? [], 'series');
      const employerIds = new Set(employers.map((e) => e.id));
      const fairs = ctx.unique(f.opt('fairs', ctx.list(readFair(ctx, employerIds))) ?? [], 'fairs');
      fairs.sort((a, b) => a.start - b.start);
      const fairIds = new Set(fairs.map((fair) => fair.id));
      const seriesIds = new Set(series.map((s) => s.id));
      let activities = ctx.unique(
        f.opt('activities', ctx.list(readActivity(ctx))) ?? [],
        'activities',
      );
      activities = knownRef(ctx, activities, 'series', seriesIds, 'series', 'series', false);
      activities = knownRef(ctx, activities, 'fair', fairIds, 'fair', 'fairs', false);
      activities = knownRef(
        ctx,
        activities,
        'employer',
        employerIds,
        'employer',
        'employers',
        false,
      );
      const placement = f.opt('placement', ctx.list(readPlacement(ctx))) ?? [];
      return {
        version: 1,
        timeZone: ctx.timeZone,
        ...compact({ organizer, updated }),
        fairs,
        employers,
        industries,
        series,
        activities,
        placement,
      };
    })(input, '') ?? null
  );
}

function fromJson(ctx: Context, text: string): { ok: true; value: unknown } | { ok: false } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const trimmed = body.trimStart();
    const received = trimmed === '' ? 'empty' : trimmed.startsWith('<') ? 'html' : 'text';
    let detail = error instanceof Error ? error.message.slice(0, 120) : 'syntax error';
    // V8 says "at position N"; a webmaster's editor shows lines and columns.
    const at = /position (\d+)/.exec(detail);
    if (at) {
      const before = body.slice(0, Number(at[1])).split('\n');
      detail += ` (line ${before.length}, column ${(before.at(-1) ?? '').length + 1})`;
    }
    ctx.report('', 'error', 'not-json', { received, detail });
    return { ok: false };
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
 *
 * @param input - JSON text or an already-parsed value.
 * @param options - `baseUrl`: the feed's own URL, for relative URLs.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const ctx = new Context(typeof options?.baseUrl === 'string' ? options.baseUrl : undefined);
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = fromJson(ctx, input);
      if (!json.ok) return { feed: null, issues: ctx.issues };
      value = json.value;
    }
    return { feed: readDocument(ctx, value), issues: ctx.issues };
  } catch (error) {
    let detail = describe(error);
    try {
      if (error instanceof Error) detail = String(error.message);
    } catch {
      // A hostile error object: keep the neutral description.
    }
    return {
      feed: null,
      issues: [
        ...ctx.issues,
        {
          path: '',
          severity: 'error',
          code: 'internal-error',
          params: { detail },
          message: `The feed could not be read (${detail}).`,
        },
      ],
    };
  }
}
