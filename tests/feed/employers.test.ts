import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  FRONT_PAGE,
  employerEntries,
  orderEntries,
  type EmployerEntry,
  type EmployerFilter,
} from '../../src/feed/employers.js';
import { parseFeed } from '../../src/feed/parse.js';
import {
  activitiesByEmployer,
  activityEnd,
  activityPhase,
  dayInZone,
  talkStatus,
} from '../../src/feed/queries.js';
import type { Activity, Fair } from '../../src/feed/types.js';
import { validFeed } from './arbitraries.js';
import { RUNS, feedOf } from './helpers.js';

const DAY = 86_400_000;

const at = (iso: string): number => Date.parse(iso);

/** A booth of 3 × 2 units in hall `H` unless told otherwise. */
const booth = (id: string, x: number, extra: object = {}) => ({
  id,
  hall: 'H',
  x,
  y: 0,
  w: 3,
  h: 2,
  ...extra,
});

/** Five employers: two with booths in fair `f`, one taking part without one, two not at all. */
const feed = feedOf({
  industries: [
    { id: 'it', name: { 'zh-CN': '互联网', en: 'Internet' } },
    { id: 'fin', name: { 'zh-CN': '金融', en: 'Finance' } },
  ],
  employers: [
    {
      id: 'e1',
      name: { 'zh-CN': '岚拓微电子股份有限公司', en: 'Lantuo Microelectronics Inc.' },
      shortName: { 'zh-CN': '岚拓', en: 'Lantuo' },
      industry: 'it',
      type: 'private',
      region: { 'zh-CN': '北京', en: 'Beijing' },
      tags: [{ 'zh-CN': '校园招聘', en: 'Campus Hiring' }, '双一流'],
      positions: [
        { title: '测试工程师', openings: 5 },
        { title: { 'zh-CN': '算法工程师', en: 'Algorithm Engineer' }, openings: 20 },
        { title: '产品经理' },
        { title: '运维工程师', openings: 20 },
      ],
    },
    {
      id: 'e2',
      name: '华东银行',
      industry: 'fin',
      type: 'central-soe',
      tags: ['金融科技'],
      positions: [{ title: '柜员' }],
    },
    { id: 'e3', name: 'acme consulting', industry: '咨询', type: 'private' },
    {
      id: 'e4',
      name: { 'zh-CN': '云端学院', en: 'Cloud Academy' },
      industry: { 'zh-CN': '教育', en: 'Education' },
      type: 'institution',
      tags: [{ 'zh-CN': '校园招聘', en: 'Campus Hiring' }],
    },
    { id: 'e5', name: '𠀀字研究所', type: 'private' },
  ],
  fairs: [
    {
      id: 'f',
      title: '双选会',
      start: '2027-03-22',
      halls: [
        { id: 'H', name: '一号馆', width: 100, height: 10 },
        { id: 'H2', name: '二号馆', width: 100, height: 10 },
      ],
      booths: [
        booth('A-01', 0, { employer: 'e1' }),
        booth('A-02', 5),
        booth('A-03', 10, { employer: 'e2' }),
        booth('b7', 0, { hall: 'H2', employer: 'e1', label: 'B-7' }),
      ],
      employers: ['e4', 'e1'],
    },
  ],
});
const fair = feed.fairs[0]!;

const ids = (filter: EmployerFilter, lang = 'zh-CN'): string[] =>
  employerEntries(feed, filter, lang).map((entry) => entry.employer.id);

const entryOf = (id: string, filter: EmployerFilter = {}, lang = 'zh-CN'): EmployerEntry =>
  employerEntries(feed, filter, lang).find((entry) => entry.employer.id === id)!;

describe('employerEntries', () => {
  test('lists every employer of the feed in feed order without a fair', () => {
    assert.deepEqual(ids({}), ['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  test('filters by industry id', () => {
    assert.deepEqual(ids({ industry: 'fin' }), ['e2']);
  });

  test('filters by the industry’s Chinese name', () => {
    assert.deepEqual(ids({ industry: '互联网' }), ['e1']);
  });

  test('filters by the industry’s English name whatever the language of the entries', () => {
    assert.deepEqual(ids({ industry: 'Internet' }, 'zh-CN'), ['e1']);
  });

  test('filters by industry ignoring case and surrounding spaces', () => {
    assert.deepEqual(ids({ industry: '  FINANCE ' }), ['e2']);
    assert.deepEqual(ids({ industry: ' IT' }), ['e1']);
  });

  test('filters by the employer’s own industry text in any of its languages', () => {
    assert.deepEqual(ids({ industry: 'education' }), ['e4']);
    assert.deepEqual(ids({ industry: '咨询' }), ['e3']);
  });

  test('filters by exact employer type', () => {
    assert.deepEqual(ids({ type: 'private' }), ['e1', 'e3', 'e5']);
    assert.deepEqual(ids({ type: 'central-soe' }), ['e2']);
    assert.deepEqual(ids({ type: 'soe' }), []);
  });

  test('filters by a tag in either language, ignoring case and spaces', () => {
    assert.deepEqual(ids({ tag: '校园招聘' }), ['e1', 'e4']);
    assert.deepEqual(ids({ tag: ' campus hiring' }), ['e1', 'e4']);
    assert.deepEqual(ids({ tag: '双一流' }), ['e1']);
  });

  test('keeps only employers passing every filter given', () => {
    assert.deepEqual(ids({ tag: 'Campus Hiring', type: 'institution' }), ['e4']);
    assert.deepEqual(ids({ tag: 'Campus Hiring', industry: 'it', fair }), ['e1']);
    assert.deepEqual(ids({ tag: 'Campus Hiring', industry: 'fin' }), []);
  });

  test('with boothsOf and no fair, lists every employer with its booths in that fair', () => {
    assert.deepEqual(ids({ boothsOf: fair }), ['e1', 'e2', 'e3', 'e4', 'e5']);
    assert.deepEqual(
      entryOf('e1', { boothsOf: fair }).booths.map((b) => b.id),
      ['A-01', 'b7'],
    );
  });

  test('treats blank filters as any', () => {
    assert.deepEqual(ids({ industry: ' ', tag: '', type: '' }), ['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  test('lists booth holders and the fair’s employers each once, in feed order', () => {
    assert.deepEqual(ids({ fair }), ['e1', 'e2', 'e4']);
  });

  test('leaves out an employer neither holding a booth nor listed by the fair', () => {
    assert.ok(!ids({ fair }).includes('e3'));
  });

  test('counts booth holders even when the fair does not list them', () => {
    assert.deepEqual(ids({ fair: { ...fair, employers: [] } }), ['e1', 'e2']);
  });

  test('ignores an unknown employer id in the fair', () => {
    assert.deepEqual(ids({ fair: { ...fair, employers: ['ghost', 'e4'] } }), ['e1', 'e2', 'e4']);
  });

  test('lists the fair’s booths of an employer with labels and halls, in feed order', () => {
    assert.deepEqual(entryOf('e1', { fair }).booths, [
      { id: 'A-01', label: 'A-01', hall: 'H' },
      { id: 'b7', label: 'B-7', hall: 'H2' },
    ]);
    assert.deepEqual(entryOf('e4', { fair }).booths, []);
  });

  test('lists no booths without a fair filter', () => {
    assert.deepEqual(entryOf('e1').booths, []);
  });

  test('resolves name, short name, industry and region in the language asked for', () => {
    const { name, shortName, industry, region } = entryOf('e1', {}, 'en');
    assert.deepEqual(
      { name, shortName, industry, region },
      {
        name: 'Lantuo Microelectronics Inc.',
        shortName: 'Lantuo',
        industry: 'Internet',
        region: 'Beijing',
      },
    );
    assert.equal(entryOf('e4', {}, 'en').industry, 'Education');
    assert.equal(entryOf('e1', {}, 'zh-CN').industry, '互联网');
  });

  test('gives empty short name, industry and region when the employer has none', () => {
    const { shortName, industry, region } = entryOf('e5');
    assert.deepEqual({ shortName, industry, region }, { shortName: '', industry: '', region: '' });
  });

  test('counts positions and sums the openings given', () => {
    const { count, openings } = entryOf('e1').positions;
    assert.deepEqual({ count, openings }, { count: 4, openings: 45 });
  });

  test('gives undefined openings when no position gives any', () => {
    assert.equal(entryOf('e2').positions.count, 1);
    assert.equal(entryOf('e2').positions.openings, undefined);
    assert.deepEqual(entryOf('e3').positions, { count: 0, openings: undefined, titles: [] });
  });

  test('gives three titles in the language, most openings first, ties in feed order', () => {
    assert.deepEqual(entryOf('e1', {}, 'en').positions.titles, [
      'Algorithm Engineer',
      '运维工程师',
      '测试工程师',
    ]);
  });

  test('takes a CJK initial from the short name, else the name', () => {
    assert.equal(entryOf('e1').initial, '岚');
    assert.equal(entryOf('e2').initial, '华');
  });

  test('takes a whole character outside the Basic Multilingual Plane as the initial', () => {
    assert.equal(entryOf('e5').initial, '𠀀');
  });

  test('upper-cases a Latin initial', () => {
    assert.equal(entryOf('e3').initial, 'A');
    assert.equal(entryOf('e1', {}, 'en').initial, 'L');
  });

  test('gives ? as the initial of an employer without a name', () => {
    const nameless = { ...feed, employers: [{ ...feed.employers[4]!, name: ' ' }] };
    assert.equal(employerEntries(nameless, {}, 'zh-CN')[0]!.initial, '?');
  });

  test('gives nothing, without throwing, for an empty feed or a bare fair', () => {
    const empty = feedOf({});
    assert.deepEqual(employerEntries(empty, {}, 'zh-CN'), []);
    const bare = { id: 'x' } as unknown as Fair;
    assert.deepEqual(employerEntries(empty, { fair: bare, industry: 'it', tag: 'x' }, 'en'), []);
  });

  test('never throws on any generated feed and lists each employer once', () => {
    const filter = fc.record(
      {
        industry: fc.string({ maxLength: 3 }),
        type: fc.string({ maxLength: 3 }),
        tag: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(validFeed(), filter, fc.constantFrom('zh-CN', 'en', ''), (input, f, lang) => {
        const { feed } = parseFeed(input);
        for (const fair of [undefined, ...feed!.fairs]) {
          const entries = employerEntries(feed!, { ...f, fair }, lang);
          const keys = entries.map((entry) => entry.employer.id);
          assert.equal(new Set(keys).size, keys.length);
          if (fair) assert.ok(keys.every((id) => fair.employers.includes(id)));
          for (const entry of entries) assert.ok(entry.positions.titles.length <= 3);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

const many = new Map<number, EmployerEntry[]>();

/** The entries of a feed of `n` employers named `e0` … (memoized). */
function entriesOf(n: number): EmployerEntry[] {
  let entries = many.get(n);
  if (!entries) {
    const employers = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: `e${i}` }));
    entries = employerEntries(feedOf({ employers }), {}, 'en');
    many.set(n, entries);
  }
  return entries;
}

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A day from 1900 to 2200, as milliseconds of its start (UTC). */
const dayMs = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2200, 0, 1) / DAY })
  .map((d) => d * DAY);

const names = (entries: EmployerEntry[]): string[] => entries.map((entry) => entry.name);

describe('orderEntries', () => {
  const options = { lang: 'zh-CN', day: '2027-03-22' };

  test('keeps the feed order in a new array', () => {
    const entries = entriesOf(5);
    const ordered = orderEntries(entries, 'feed', options);
    assert.notEqual(ordered, entries);
    assert.deepEqual(ordered, entries);
  });

  test('keeps the feed order for an unknown or missing order', () => {
    assert.deepEqual(orderEntries(entriesOf(5), 'random', options), entriesOf(5));
    assert.deepEqual(orderEntries(entriesOf(5), undefined, options), entriesOf(5));
  });

  test('sorts by name in pinyin order for zh-CN', () => {
    const zh = feedOf({
      employers: ['中国银行', '北京大学', '阿里巴巴', '华为'].map((name, i) => ({
        id: `${i}`,
        name,
      })),
    });
    const ordered = orderEntries(employerEntries(zh, {}, 'zh-CN'), 'name', options);
    assert.deepEqual(names(ordered), ['阿里巴巴', '北京大学', '华为', '中国银行']);
  });

  test('sorts by name ignoring case for en', () => {
    const en = feedOf({
      employers: ['cherry', 'Banana', 'apple'].map((name, i) => ({ id: `${i}`, name })),
    });
    const ordered = orderEntries(employerEntries(en, {}, 'en'), 'name', { ...options, lang: 'en' });
    assert.deepEqual(names(ordered), ['apple', 'Banana', 'cherry']);
  });

  test('sorts by name even for an invalid language tag', () => {
    const ordered = orderEntries(entriesOf(3).toReversed(), 'name', { ...options, lang: '!!' });
    assert.deepEqual(names(ordered), ['e0', 'e1', 'e2']);
  });

  test('shuffles into the same order all day', () => {
    fc.assert(
      fc.property(fc.nat(40), dayMs, fc.string(), (n, day, seed) => {
        const once = orderEntries(entriesOf(n), 'shuffle', { ...options, day: dayOf(day), seed });
        const again = orderEntries([...entriesOf(n)], 'shuffle', {
          lang: 'en',
          day: dayOf(day),
          seed,
        });
        assert.deepEqual(names(again), names(once));
      }),
      { numRuns: RUNS },
    );
  });

  test('shuffles into a permutation, losing and repeating nothing', () => {
    fc.assert(
      fc.property(fc.nat(40), dayMs, fc.option(fc.string()), (n, day, seed) => {
        const shuffled = orderEntries(entriesOf(n), 'shuffle', {
          ...options,
          day: dayOf(day),
          seed: seed ?? undefined,
        });
        assert.deepEqual(names(shuffled).sort(), names(entriesOf(n)).sort());
      }),
      { numRuns: RUNS },
    );
  });

  test('shuffles into another order the next day when there are more than a page of cards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FRONT_PAGE + 1, max: 60 }),
        dayMs,
        fc.string(),
        (n, day, seed) => {
          const today = orderEntries(entriesOf(n), 'shuffle', {
            ...options,
            day: dayOf(day),
            seed,
          });
          const next = orderEntries(entriesOf(n), 'shuffle', {
            ...options,
            day: dayOf(day + DAY),
            seed,
          });
          assert.notDeepEqual(names(next), names(today));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('puts every card on the front page within ceil(n / FRONT_PAGE) consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), dayMs, fc.string(), (n, first, seed) => {
        const seen = new Set<string>();
        for (let d = 0; d < Math.ceil(n / FRONT_PAGE); d++) {
          const day = dayOf(first + d * DAY);
          const order = orderEntries(entriesOf(n), 'shuffle', { ...options, day, seed });
          for (const entry of order.slice(0, FRONT_PAGE)) seen.add(entry.name);
        }
        assert.equal(seen.size, n);
      }),
      { numRuns: RUNS },
    );
  });

  test('shuffles differently for another seed', () => {
    const a = orderEntries(entriesOf(30), 'shuffle', { ...options, seed: 'a' });
    const b = orderEntries(entriesOf(30), 'shuffle', { ...options, seed: 'b' });
    assert.notDeepEqual(names(a), names(b));
  });

  test('shuffles without throwing for an unreadable day or no entries', () => {
    assert.equal(orderEntries(entriesOf(20), 'shuffle', { ...options, day: '' }).length, 20);
    assert.deepEqual(orderEntries([], 'shuffle', options), []);
  });
});

/** A feed of activities held by employer `e` (unless told otherwise) in a zone. */
function activities(timeZone: string, list: object[]): Activity[] {
  const input = { timeZone, employers: [{ id: 'e', name: 'e' }], activities: list };
  return feedOf(input).activities;
}

const talk = (id: string, start: string, extra: object = {}) => ({
  id,
  title: id,
  start,
  employer: 'e',
  liveUrl: 'https://live.example/',
  ...extra,
});

describe('activityEnd', () => {
  test('is the activity’s end when it has one', () => {
    const [a] = activities('Asia/Shanghai', [
      talk('a', '2024-03-22 19:00', { end: '2024-03-22 20:30' }),
    ]);
    assert.equal(activityEnd(a!, 'Asia/Shanghai'), at('2024-03-22T20:30:00+08:00'));
  });

  test('is the end of the start’s day in the zone without an end', () => {
    const [a] = activities('Asia/Shanghai', [talk('a', '2024-03-22 19:00')]);
    assert.equal(activityEnd(a!, 'Asia/Shanghai'), at('2024-03-22T23:59:59.999+08:00'));
  });

  test('ends a day when clocks go forward at its last millisecond in that zone', () => {
    const [a] = activities('America/Los_Angeles', [talk('a', '2024-03-10 01:00')]);
    assert.equal(activityEnd(a!, 'America/Los_Angeles'), at('2024-03-10T23:59:59.999-07:00'));
  });
});

describe('activityPhase', () => {
  const zone = 'Asia/Shanghai';
  const [a] = activities(zone, [talk('a', '2024-03-22 19:00', { end: '2024-03-22 20:00' })]);
  const start = at('2024-03-22T19:00:00+08:00');
  const end = at('2024-03-22T20:00:00+08:00');

  test('is upcoming until just before the start', () => {
    assert.equal(activityPhase(a!, start - 1, zone), 'upcoming');
  });

  test('is live from the start, included', () => {
    assert.equal(activityPhase(a!, start, zone), 'live');
  });

  test('is live until just before the end', () => {
    assert.equal(activityPhase(a!, end - 1, zone), 'live');
  });

  test('is ended from the end, excluded from live', () => {
    assert.equal(activityPhase(a!, end, zone), 'ended');
  });
});

describe('activitiesByEmployer', () => {
  test('groups activities by employer, sorted by start, ties in feed order', () => {
    const feed = feedOf({
      employers: [
        { id: 'e', name: 'e' },
        { id: 'f', name: 'f' },
      ],
      activities: [
        talk('late', '2024-03-23 10:00'),
        talk('other', '2024-03-22 10:00', { employer: 'f' }),
        talk('early', '2024-03-22 10:00'),
        talk('tie', '2024-03-22 10:00'),
        { id: 'none', title: 'none', start: '2024-03-21' },
      ],
    });
    const byEmployer = activitiesByEmployer(feed);
    assert.deepEqual([...byEmployer.keys()].sort(), ['e', 'f']);
    assert.deepEqual(
      byEmployer.get('e')!.map((a) => a.id),
      ['early', 'tie', 'late'],
    );
    assert.deepEqual(
      byEmployer.get('f')!.map((a) => a.id),
      ['other'],
    );
  });

  test('gives an empty map for an empty feed', () => {
    assert.equal(activitiesByEmployer(feedOf({})).size, 0);
  });
});

describe('dayInZone', () => {
  test('gives the calendar day in the zone, not in UTC', () => {
    assert.equal(dayInZone(at('2024-03-22T16:30:00Z'), 'Asia/Shanghai'), '2024-03-23');
    assert.equal(dayInZone(at('2024-03-22T16:30:00Z'), 'UTC'), '2024-03-22');
    assert.equal(dayInZone(at('2024-03-11T06:30:00Z'), 'America/Los_Angeles'), '2024-03-10');
  });

  test('gives an empty string for an unknown zone or an invalid instant', () => {
    assert.equal(dayInZone(0, 'Mars/Olympus'), '');
    assert.equal(dayInZone(NaN, 'UTC'), '');
  });
});

describe('talkStatus', () => {
  const zone = 'Asia/Shanghai';
  const now = at('2024-03-22T19:30:00+08:00');
  const status = (list: object[], time = now, timeZone = zone) => {
    const { live, laterToday } = talkStatus(activities(timeZone, list), time, timeZone);
    return { live: live?.id, laterToday: laterToday?.id };
  };

  test('is live with a scheduled activity in progress that has a live URL', () => {
    assert.equal(status([talk('a', '2024-03-22 19:00', { end: '2024-03-22 20:00' })]).live, 'a');
  });

  test('is not live without a live URL', () => {
    const silent = { id: 'a', title: 'a', start: '2024-03-22 19:00', end: '2024-03-22 20:00' };
    assert.equal(status([{ ...silent, employer: 'e' }]).live, undefined);
  });

  test('ignores cancelled and postponed activities for live', () => {
    const list = [
      talk('c', '2024-03-22 19:00', { status: 'cancelled' }),
      talk('p', '2024-03-22 19:00', { status: 'postponed' }),
    ];
    assert.equal(status(list).live, undefined);
  });

  test('is not live before the start or after the end', () => {
    const list = [
      talk('over', '2024-03-22 18:00', { end: '2024-03-22 19:30' }),
      talk('soon', '2024-03-22 19:31', { end: '2024-03-22 20:00' }),
    ];
    assert.equal(status(list).live, undefined);
  });

  test('gives the first scheduled activity starting later today', () => {
    const list = [
      talk('now', '2024-03-22 19:00', { end: '2024-03-22 20:00' }),
      talk('cancelled', '2024-03-22 20:00', { status: 'cancelled' }),
      talk('later', '2024-03-22 21:00'),
      talk('latest', '2024-03-22 22:00'),
    ];
    assert.deepEqual(status(list), { live: 'now', laterToday: 'later' });
  });

  test('does not count an activity tomorrow as later today, in a zone ahead of UTC', () => {
    const late = at('2024-03-22T23:00:00+08:00');
    // 00:30 in Shanghai is still 2024-03-22 in UTC.
    assert.equal(status([talk('t', '2024-03-23 00:30')], late).laterToday, undefined);
    assert.equal(status([talk('t', '2024-03-22 23:30')], late).laterToday, 't');
  });

  test('does not count an activity tomorrow as later today on a day clocks go forward', () => {
    const la = 'America/Los_Angeles';
    const late = at('2024-03-10T23:30:00-07:00');
    // 00:15 PDT on the 11th would be 23:15 on the 10th at the morning's PST offset.
    assert.equal(status([talk('t', '2024-03-11 00:15')], late, la).laterToday, undefined);
    assert.equal(status([talk('t', '2024-03-10 23:45')], late, la).laterToday, 't');
  });

  test('does not count an activity tomorrow as later today on a day clocks go back', () => {
    const la = 'America/Los_Angeles';
    const late = at('2024-11-03T23:30:00-08:00');
    assert.equal(status([talk('t', '2024-11-04 00:15')], late, la).laterToday, undefined);
    assert.equal(status([talk('t', '2024-11-03 23:45')], late, la).laterToday, 't');
  });

  test('gives nothing for no activities', () => {
    assert.deepEqual(talkStatus([], now, zone), { live: undefined, laterToday: undefined });
  });
});
