/**
 * fast-check generators for fairkit feeds, shared by the property-based and schema tests.
 *
 * `validFeed` makes feeds that satisfy the whole contract (and the JSON Schema): unique ids,
 * references to existing ids, ends not before starts, well-formed URLs. `corruptedFeed` breaks a
 * valid feed in random places.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The zones a generated feed uses: fixed offsets since 1992, so wall-clock times are simple. */
const ZONES = [
  { name: 'Asia/Shanghai', offset: 8 },
  { name: 'UTC', offset: 0 },
  { name: 'Asia/Tokyo', offset: 9 },
] as const;

const LANGS = ['zh-CN', 'en', 'zh-TW', 'zh', 'en-GB', 'ja'];

/** A feed Text: a string or a non-empty language map. */
export const text: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.dictionary(fc.constantFrom(...LANGS), fc.string({ maxLength: 12 }), {
    minKeys: 1,
    maxKeys: 3,
  }),
);

const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);

/** A URL `safeUrl` accepts without a base: absolute, protocol-relative or relative. */
export const url: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('http', 'https', 'HTTPS'),
      fc.domain(),
      fc.array(segment, { maxLength: 3 }),
    )
    .map(([scheme, host, path]) => `${scheme}://${host}/${path.join('/')}`),
  fc.tuple(fc.domain(), segment).map(([host, path]) => `//${host}/${path}.png`),
  fc
    .tuple(fc.constantFrom('', '/', './', '../'), fc.array(segment, { minLength: 1, maxLength: 3 }))
    .map(([lead, path]) => `${lead}${path.join('/')}`),
);

/** An image URL: any {@link url}, or a `data:image/*` URI. */
export const imageUrl: fc.Arbitrary<string> = fc.oneof(
  url,
  fc.constantFrom(
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E',
  ),
);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Writes an instant as a feed time in one of the contract's forms; date-only and wall-clock forms
 * use the zone's fixed offset.
 */
function formatTime(ms: number, offset: number, form: number): string {
  const local = new Date(ms + offset * 3_600_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const seconds = pad(local.getUTCSeconds());
  switch (form) {
    case 0:
      return new Date(ms).toISOString();
    case 1:
      return `${date}T${clock}:${seconds}${offset === 0 ? 'Z' : `+${pad(offset)}:00`}`;
    case 2:
      return `${date}T${clock}`;
    case 3:
      return `${date} ${clock}:${seconds}`;
    default:
      return date;
  }
}

const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2035, 0, 1);

/**
 * A start (and optional end at or after it) as feed times, for a zone offset. Whole minutes, so
 * that every form except a date alone writes the instant exactly; a date alone starts before the
 * instant (as a start) or ends after it (as an end), so the end is never before the start.
 */
function span(offset: number): fc.Arbitrary<{ start: string; end?: string }> {
  return fc
    .record({
      start: fc.integer({ min: MIN_MS / 60_000, max: MAX_MS / 60_000 }),
      duration: fc.option(fc.integer({ min: 0, max: 5 * 1440 }), { nil: undefined }),
      startForm: fc.integer({ min: 0, max: 4 }),
      endForm: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ start, duration, startForm, endForm }) => {
      const startText = formatTime(start * 60_000, offset, startForm);
      if (duration === undefined) return { start: startText };
      return { start: startText, end: formatTime((start + duration) * 60_000, offset, endForm) };
    });
}

/** Keeps only the keys whose value is not `undefined`, as JSON would. */
function defined(o: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(o)) if (value !== undefined) out[key] = value;
  return out;
}

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });

const ids = (max: number, prefix: string): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.nat(999).map((n) => `${prefix}${n}`),
    ),
    { maxLength: max },
  );

const count = fc.oneof(fc.nat(100_000), fc.double({ min: 0, max: 1e6, noNaN: true }));
const status = fc.constantFrom('scheduled', 'postponed', 'cancelled');

/** The sizes of a generated feed. */
export interface FeedSize {
  employers?: number;
  fairs?: number;
  booths?: number;
}

/** A feed that satisfies the whole contract: parsing keeps every item and reports no error. */
export function validFeed(size: FeedSize = {}): fc.Arbitrary<JsonObject> {
  const { employers: maxEmployers = 8, fairs: maxFairs = 3, booths: maxBooths = 12 } = size;
  return fc
    .record({
      zone: fc.constantFrom(...ZONES),
      writeZone: fc.boolean(),
      employerIds: ids(maxEmployers, 'e'),
      industryIds: ids(4, 'i'),
      seriesIds: ids(3, 's'),
      fairIds: ids(maxFairs, 'f'),
      activityIds: ids(5, 'a'),
    })
    .chain(({ zone, writeZone, employerIds, industryIds, seriesIds, fairIds, activityIds }) => {
      const ref = (list: string[]): fc.Arbitrary<string | undefined> =>
        list.length === 0 ? fc.constant(undefined) : opt(fc.constantFrom(...list));
      const industry = fc.record({ name: text });
      const position = fc
        .record({
          title: text,
          openings: opt(fc.nat(500)),
          majors: opt(fc.array(text, { maxLength: 3 })),
          degree: opt(fc.constantFrom('bachelor', 'master', 'doctoral')),
          city: opt(text),
        })
        .map(defined);
      const employer = (id: string): fc.Arbitrary<JsonObject> =>
        fc
          .record({
            id: fc.constant(id),
            name: text,
            shortName: opt(text),
            logo: opt(imageUrl),
            industry: fc.oneof(ref(industryIds), opt(text)),
            region: opt(text),
            type: opt(fc.constantFrom('soe', 'private', 'foreign')),
            description: opt(text),
            url: opt(url),
            applyUrl: opt(url),
            video: opt(url),
            tags: opt(fc.array(text, { maxLength: 3 })),
            positions: opt(fc.array(position, { maxLength: 5 })),
          })
          .map(defined);
      const fair = (id: string): fc.Arbitrary<JsonObject> =>
        fc.uniqueArray(fc.stringMatching(/^h[0-9]{1,2}$/), { maxLength: 3 }).chain((hallIds) => {
          const halls = hallIds.map((hallId) =>
            fc
              .record({
                id: fc.constant(hallId),
                name: text,
                floor: opt(fc.integer({ min: -2, max: 5 })),
                width: fc.integer({ min: 10, max: 200 }),
                height: fc.integer({ min: 10, max: 200 }),
              })
              .map(defined),
          );
          const booths =
            hallIds.length === 0
              ? fc.constant([] as JsonObject[])
              : fc
                  .uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: maxBooths })
                  .chain((boothIds) =>
                    fc.tuple(
                      ...boothIds.map((boothId) =>
                        fc
                          .record({
                            id: fc.constant(boothId),
                            hall: fc.constantFrom(...hallIds),
                            x: fc.integer({ min: 0, max: 200 }),
                            y: fc.integer({ min: 0, max: 200 }),
                            w: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(2.5)),
                            h: fc.integer({ min: 1, max: 6 }),
                            employer: ref(employerIds),
                            label: opt(fc.string({ maxLength: 4 })),
                          })
                          .map(defined),
                      ),
                    ),
                  );
          const landmarks =
            hallIds.length === 0
              ? fc.constant([] as JsonObject[])
              : fc.uniqueArray(fc.stringMatching(/^l[0-9]$/), { maxLength: 3 }).chain((lids) =>
                  fc.tuple(
                    ...lids.map((lid) =>
                      fc
                        .record({
                          id: fc.constant(lid),
                          hall: fc.constantFrom(...hallIds),
                          kind: fc.constantFrom('entrance', 'exit', 'service', 'stage', 'toilet'),
                          name: opt(text),
                          x: fc.integer({ min: 0, max: 100 }),
                          y: fc.integer({ min: 0, max: 100 }),
                          w: opt(fc.integer({ min: 1, max: 10 })),
                          h: opt(fc.integer({ min: 1, max: 10 })),
                        })
                        .map(defined),
                    ),
                  ),
                );
          const hasHalls = hallIds.length > 0;
          return fc
            .record({
              id: fc.constant(id),
              title: text,
              span: span(zone.offset),
              status: opt(status),
              online: opt(fc.boolean()),
              url: opt(url),
              registrationUrl: opt(url),
              liveUrl: opt(url),
              venue: opt(
                fc.record({ name: text, address: opt(text), campus: opt(text) }).map(defined),
              ),
              // Booths and landmarks need their halls: halls are written whenever there are some.
              halls: hasHalls ? fc.tuple(...halls) : opt(fc.constant([] as JsonObject[])),
              booths: hasHalls ? opt(booths) : fc.constant(undefined),
              employers: opt(fc.subarray(employerIds)),
              landmarks: hasHalls ? opt(landmarks) : fc.constant(undefined),
              stats: opt(
                fc
                  .record({ employers: opt(count), positions: opt(count), visitors: opt(count) })
                  .map(defined),
              ),
            })
            .map(({ span: { start, end }, ...rest }) => defined({ ...rest, start, end }));
        });
      const activity = (id: string): fc.Arbitrary<JsonObject> =>
        fc
          .record({
            id: fc.constant(id),
            title: text,
            span: span(zone.offset),
            kind: opt(fc.constantFrom('fair', 'talk', 'livestream', 'visit', 'camp', 'other')),
            series: ref(seriesIds),
            fair: ref(fairIds),
            employer: ref(employerIds),
            status: opt(status),
            location: opt(text),
            url: opt(url),
            liveUrl: opt(url),
            image: opt(imageUrl),
            description: opt(text),
          })
          .map(({ span: { start, end }, ...rest }) => defined({ ...rest, start, end }));
      const placement = fc
        .record({
          cohort: fc.constantFrom('2022', '2023', '2024', '2025'),
          label: opt(text),
          scope: opt(fc.constantFrom('overall', 'undergraduate', 'master', 'doctoral')),
          rate: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.55)),
          asOf: span(zone.offset).map((s) => s.start),
          graduates: opt(fc.nat(10_000)),
          placed: opt(fc.nat(10_000)),
          source: opt(text),
          sourceUrl: opt(url),
        })
        .map(defined);
      return fc
        .record({
          version: fc.constant(1),
          // Without `timeZone` the feed is in Asia/Shanghai.
          timeZone: fc.constant(writeZone || zone.offset !== 8 ? zone.name : undefined),
          organizer: opt(
            fc.record({ name: text, url: opt(url), logo: opt(imageUrl) }).map(defined),
          ),
          updated: opt(span(zone.offset).map((s) => s.start)),
          industries: opt(
            fc.tuple(...industryIds.map((id) => industry.map((r) => ({ id, ...r })))),
          ),
          employers: opt(fc.tuple(...employerIds.map(employer))),
          series: opt(
            fc.tuple(
              ...seriesIds.map((id) =>
                fc
                  .record({
                    id: fc.constant(id),
                    title: text,
                    description: opt(text),
                    url: opt(url),
                  })
                  .map(defined),
              ),
            ),
          ),
          fairs: opt(fc.tuple(...fairIds.map(fair))),
          activities: opt(fc.tuple(...activityIds.map(activity))),
          placement: opt(fc.array(placement, { maxLength: 4 })),
        })
        .map((feed) => {
          const out = defined(feed);
          // References are only valid when the list they point into is there.
          // An industry id without `industries` is still valid: it reads as an industry name.
          if (!out.employers) stripRefs(out, ['employer']);
          if (!out.series) stripRefs(out, ['series']);
          if (!out.fairs) stripRefs(out, ['fair']);
          return out;
        });
    });
}

/** Deletes reference fields from activities and booths, and employer lists from fairs. */
function stripRefs(feed: JsonObject, keys: string[]): void {
  const lists: Json[] = [];
  if (Array.isArray(feed.activities)) lists.push(...feed.activities);
  if (Array.isArray(feed.fairs)) {
    for (const fair of feed.fairs as JsonObject[]) {
      if (Array.isArray(fair.booths)) lists.push(...fair.booths);
      if (keys.includes('employer')) delete fair.employers;
    }
  }
  for (const item of lists as JsonObject[]) for (const key of keys) delete item[key];
}

/** The paths of every value in a JSON tree, for corrupting one of them. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  }
  return out;
}

/** A valid feed with a few values replaced by `replacement` values (or deleted). */
export function corruptedFeed(
  replacement: fc.Arbitrary<unknown> = fc.anything(),
): fc.Arbitrary<unknown> {
  const value = fc.oneof(
    replacement,
    fc.constantFrom(
      undefined,
      null,
      '',
      'javascript:alert(1)',
      '2024-02-30',
      '2000-01-01',
      '25:00',
      -1,
      0,
      55,
      1e308,
      '__proto__',
      [],
      {},
    ),
  );
  return fc
    .tuple(validFeed(), fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 4 }))
    .map(([generated, edits]) => {
      // fast-check may hand the same value to several runs: edit a copy.
      const feed = JSON.parse(JSON.stringify(generated)) as Json;
      const all = paths(feed).filter((p) => p.length > 0);
      const edited: string[] = [];
      for (const [n, replacementValue] of edits) {
        const path = all[n % Math.max(all.length, 1)];
        if (!path) continue;
        const key = JSON.stringify(path);
        // Never edit inside a value put in by an earlier edit (it could become cyclic).
        if (edited.some((done) => key.startsWith(done.slice(0, -1)))) continue;
        edited.push(key);
        let parent: unknown = feed;
        for (const step of path.slice(0, -1)) {
          parent = (parent as Record<string | number, unknown>)[step];
        }
        const last = path[path.length - 1] as string | number;
        const target = parent as Record<string | number, unknown>;
        if (replacementValue === undefined) delete target[last];
        else target[last] = replacementValue;
      }
      return feed;
    });
}
