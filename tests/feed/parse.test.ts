import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedIssue, ParseResult } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

const fixture = (name: string): Json =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/feeds/${name}.json`, import.meta.url), 'utf8'),
  ) as Json;

const errors = (result: ParseResult): FeedIssue[] =>
  result.issues.filter((issue) => issue.severity === 'error');

const only = (result: ParseResult, code: string): FeedIssue => {
  const found = result.issues.filter((issue) => issue.code === code);
  assert.equal(found.length, 1, `one ${code} issue in ${JSON.stringify(result.issues, null, 1)}`);
  return found[0] as FeedIssue;
};

const fair = (extra: Json = {}): Json => ({
  id: 'f1',
  title: 'Fair',
  start: '2024-03-22 09:00',
  halls: [{ id: 'A', name: 'A', width: 100, height: 100 }],
  ...extra,
});

const feedWith = (extra: Json): Json => ({ version: 1, ...extra });

/** A feed of the size of a big city fair: 1,200 employers with 5 positions, 1,200 booths. */
export function bigFeed(employers = 1200, booths = 1200): Json {
  const list = Array.from({ length: employers }, (_, i) => ({
    id: `e${i}`,
    name: { 'zh-CN': `示例企业${i}有限公司`, en: `Example ${i} Ltd.` },
    logo: `logos/e${i}.png`,
    industry: i % 3 === 0 ? 'it' : '制造业',
    url: `https://e${i}.example.com/`,
    tags: ['五险一金'],
    positions: Array.from({ length: 5 }, (_, j) => ({
      title: `岗位${j}`,
      openings: j + 1,
      majors: ['计算机'],
      city: '北京',
    })),
  }));
  const perRow = 40;
  const boothList = Array.from({ length: booths }, (_, i) => ({
    id: `B${i}`,
    hall: i % 2 === 0 ? 'A' : 'B',
    x: (Math.floor(i / 2) % perRow) * 3,
    y: Math.floor(Math.floor(i / 2) / perRow) * 4,
    w: 3,
    h: 2,
    employer: `e${i % employers}`,
  }));
  return {
    version: 1,
    industries: [{ id: 'it', name: '信息技术' }],
    employers: list,
    fairs: [
      {
        id: 'big',
        title: 'Big fair',
        start: '2024-03-22 09:00',
        halls: [
          { id: 'A', name: 'A', width: 200, height: 200 },
          { id: 'B', name: 'B', width: 200, height: 200 },
        ],
        booths: boothList,
      },
    ],
  };
}

describe('parseFeed: the whole document', () => {
  test('text that is not JSON is one error at the root, and no feed', () => {
    const result = parseFeed('{"version": 1,}');
    assert.equal(result.feed, null);
    assert.equal(result.issues.length, 1);
    const issue = only(result, 'not-json');
    assert.equal(issue.path, '');
    assert.equal(issue.severity, 'error');
    assert.match(issue.message, /not valid JSON.*line 1, column 15/);
  });

  test('an HTML page instead of JSON is named as such', () => {
    const issue = only(parseFeed('<!DOCTYPE html><html>404</html>'), 'not-json');
    assert.equal(issue.params.received, 'html');
    assert.match(issue.message, /HTML page/);
  });

  test('an empty response is named as such', () => {
    assert.equal(only(parseFeed('  \n'), 'not-json').params.received, 'empty');
  });

  test('a JSON value that is not an object is not a feed', () => {
    for (const input of ['[]', 'null', '42', '"feed"', [], null, 42, true, undefined]) {
      const result = parseFeed(input);
      assert.equal(result.feed, null);
      assert.equal(only(result, 'not-feed').path, '');
    }
  });

  test('a missing or different version is unsupported', () => {
    for (const version of [undefined, '1', 2, 1.5, null]) {
      const result = parseFeed(version === undefined ? {} : { version });
      assert.equal(result.feed, null);
      assert.equal(only(result, 'unsupported-version').path, '');
    }
    assert.match(only(parseFeed({ version: '1' }), 'unsupported-version').message, /not a string/);
  });

  test('JSON text and the parsed value give the same result', () => {
    const value = fixture('valid-full');
    assert.deepEqual(parseFeed(JSON.stringify(value)), parseFeed(value));
  });

  test('a byte order mark before the JSON is accepted', () => {
    assert.notEqual(parseFeed('\uFEFF{"version": 1}').feed, null);
  });

  test('a minimal feed gets the default zone and empty lists', () => {
    assert.deepEqual(parseFeed({ version: 1 }), {
      feed: {
        version: 1,
        timeZone: 'Asia/Shanghai',
        fairs: [],
        employers: [],
        industries: [],
        series: [],
        activities: [],
        placement: [],
      },
      issues: [],
    });
  });

  test('a full valid feed has no issues and keeps every field', () => {
    const result = parseFeed(fixture('valid-full'), {
      baseUrl: 'https://career.example.edu.cn/feeds/feed.json',
    });
    assert.deepEqual(result.issues, []);
    const feed = result.feed;
    assert.ok(feed);
    assert.equal(feed.organizer?.logo, 'https://career.example.edu.cn/feeds/img/logo.png');
    assert.equal(feed.updated, Date.parse('2024-03-01T02:00:00Z'));
    const [f] = feed.fairs;
    assert.ok(f);
    assert.equal(f.start, Date.parse('2024-03-22T01:00:00Z'));
    assert.equal(f.end, Date.parse('2024-03-22T08:00:00Z'));
    assert.equal(f.allDay, false);
    assert.equal(f.registrationUrl, 'https://career.example.edu.cn/register');
    assert.deepEqual(f.booths[1], {
      id: 'A02',
      hall: 'A',
      x: 5,
      y: 2,
      w: 3,
      h: 2,
      employer: 'e2',
      label: '2',
    });
    assert.equal(f.booths[0]?.label, 'A01');
    assert.equal(feed.employers[0]?.applyUrl, 'https://jobs.example.com/apply');
    assert.equal(feed.employers[0]?.positions[0]?.openings, 5);
    assert.deepEqual(feed.employers[1]?.positions, []);
    assert.equal(feed.placement[0]?.asOf, Date.parse('2024-05-30T16:00:00Z'));
    assert.equal(feed.activities[0]?.employer, 'e1');
  });
});

describe('parseFeed: fields', () => {
  test('a wrong type is reported with its path and the value found, like the contract says', () => {
    const result = parseFeed(
      feedWith({
        fairs: [fair({ booths: [{ id: 'A1', hall: 'A', x: '12a', y: 0, w: 1, h: 1 }] })],
      }),
    );
    const issue = only(result, 'expected-number');
    assert.equal(issue.path, 'fairs[0].booths[0].x');
    assert.deepEqual(issue.params, { found: '"12a"', leftOut: 'fairs[0].booths[0]' });
    assert.match(issue.message, /^fairs\[0\]\.booths\[0\]\.x: expected a number, got "12a"/);
  });

  test('one bad booth among 100 leaves the other 99', () => {
    const booths = Array.from({ length: 100 }, (_, i) => ({
      id: `b${i}`,
      hall: 'A',
      x: i === 42 ? '12a' : (i % 10) * 10,
      y: Math.floor(i / 10) * 10,
      w: 5,
      h: 5,
    }));
    const result = parseFeed(feedWith({ fairs: [fair({ booths })] }));
    assert.equal(result.feed?.fairs[0]?.booths.length, 99);
    assert.equal(
      result.feed?.fairs[0]?.booths.some((b) => b.id === 'b42'),
      false,
    );
    assert.equal(errors(result).length, 1);
  });

  test('a missing required field leaves out its item and names the field', () => {
    const result = parseFeed(feedWith({ employers: [{ id: 'e1' }, { id: 'e2', name: 'B' }] }));
    const issue = only(result, 'missing-field');
    assert.equal(issue.path, 'employers[0].name');
    assert.equal(issue.params.field, 'name');
    assert.deepEqual(
      result.feed?.employers.map((e) => e.id),
      ['e2'],
    );
  });

  test('an invalid optional field leaves out only that field', () => {
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: 'A', region: 3, url: 'https://a.cn/' }] }),
    );
    assert.equal(only(result, 'expected-text').path, 'employers[0].region');
    assert.deepEqual(result.feed?.employers[0], {
      id: 'e1',
      name: 'A',
      url: 'https://a.cn/',
      tags: [],
      positions: [],
    });
  });

  test('a bad entry in an optional list leaves out only that entry', () => {
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: 'A', tags: ['a', 7, 'b'] }] }),
    );
    assert.equal(only(result, 'expected-text').path, 'employers[0].tags[1]');
    assert.deepEqual(result.feed?.employers[0]?.tags, ['a', 'b']);
  });

  test('a text entry that is not a string is left out of the text', () => {
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: { 'zh-CN': '甲', en: 1 } }] }),
    );
    assert.equal(only(result, 'expected-string').path, 'employers[0].name.en');
    assert.deepEqual(result.feed?.employers[0]?.name, { 'zh-CN': '甲' });
  });

  test('an empty text object is not a text', () => {
    const result = parseFeed(feedWith({ employers: [{ id: 'e1', name: {} }] }));
    assert.equal(only(result, 'expected-text').path, 'employers[0].name');
    assert.deepEqual(result.feed?.employers, []);
  });

  test('an unsafe URL is an error and the field is left out', () => {
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: 'A', url: 'javascript:alert(1)' }] }),
    );
    const issue = only(result, 'unsafe-url');
    assert.equal(issue.path, 'employers[0].url');
    assert.equal(result.feed?.employers[0]?.url, undefined);
    assert.equal(result.feed?.employers.length, 1);
  });

  test('data:image is accepted for logos and images only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: 'A', logo: png, video: png }] }),
    );
    assert.equal(result.feed?.employers[0]?.logo, png);
    assert.equal(only(result, 'unsafe-url').path, 'employers[0].video');
  });

  test('relative URLs stay relative without a base URL', () => {
    const result = parseFeed(
      feedWith({ employers: [{ id: 'e1', name: 'A', logo: 'logos/a.png' }] }),
    );
    assert.equal(result.feed?.employers[0]?.logo, 'logos/a.png');
  });

  test('an empty id is an error and leaves out the item', () => {
    const result = parseFeed(feedWith({ employers: [{ id: '', name: 'A' }] }));
    assert.equal(only(result, 'empty-id').path, 'employers[0].id');
    assert.deepEqual(result.feed?.employers, []);
  });

  test('a value outside an enumeration is an error listing the allowed values', () => {
    const result = parseFeed(feedWith({ fairs: [fair({ status: 'canceled' })] }));
    const issue = only(result, 'expected-one-of');
    assert.equal(issue.path, 'fairs[0].status');
    assert.equal(issue.params.allowed, 'scheduled, postponed, cancelled');
    assert.equal(result.feed?.fairs[0]?.status, 'scheduled');
  });

  test('sizes must be positive and counts not negative', () => {
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({ halls: [{ id: 'A', name: 'A', width: 0, height: 10 }], stats: { employers: -1 } }),
        ],
      }),
    );
    assert.equal(only(result, 'expected-positive').path, 'fairs[0].halls[0].width');
    assert.equal(only(result, 'expected-non-negative').path, 'fairs[0].stats.employers');
    assert.deepEqual(result.feed?.fairs[0]?.halls, []);
  });

  test('an invalid time is an error with the value found', () => {
    const result = parseFeed(feedWith({ fairs: [fair({ start: '2024-02-30 09:00' })] }));
    const issue = only(result, 'invalid-time');
    assert.equal(issue.path, 'fairs[0].start');
    assert.equal(issue.params.found, '"2024-02-30 09:00"');
    assert.deepEqual(result.feed?.fairs, []);
  });

  test('unknown fields are notices with a suggestion for near misses', () => {
    const result = parseFeed(
      feedWith({ fairs: [fair({ regstrationUrl: '/r', Title: 'x', 'a b': 1 })] }),
    );
    const notices = result.issues.filter((issue) => issue.code === 'unknown-field');
    assert.deepEqual(
      notices.map((n) => [n.path, n.severity, n.params.suggestion]),
      [
        ['fairs[0].regstrationUrl', 'notice', 'registrationUrl'],
        ['fairs[0].Title', 'notice', 'title'],
        ['fairs[0]["a b"]', 'notice', undefined],
      ],
    );
    assert.equal(errors(result).length, 0);
    assert.equal(result.feed?.fairs.length, 1);
  });

  test('an industry is an id from industries or a text', () => {
    const result = parseFeed(
      feedWith({
        industries: [{ id: 'it', name: 'IT' }],
        employers: [
          { id: 'a', name: 'A', industry: 'it' },
          { id: 'b', name: 'B', industry: { 'zh-CN': '能源' } },
          { id: 'c', name: 'C', industry: 5 },
        ],
      }),
    );
    assert.deepEqual(
      result.feed?.employers.map((e) => e.industry),
      ['it', { 'zh-CN': '能源' }, undefined],
    );
    assert.equal(only(result, 'expected-text').path, 'employers[2].industry');
  });
});

describe('parseFeed: ids and references', () => {
  test('a duplicated id is an error and the first item stays', () => {
    const result = parseFeed(
      feedWith({
        employers: [
          { id: 'e1', name: 'First' },
          { id: 'e1', name: 'Second' },
        ],
      }),
    );
    const issue = only(result, 'duplicate-id');
    assert.equal(issue.path, 'employers[1].id');
    assert.equal(issue.params.first, 'employers[0]');
    assert.deepEqual(
      result.feed?.employers.map((e) => e.name),
      ['First'],
    );
  });

  test('booth ids are unique within their fair, not across fairs', () => {
    const booth = { id: 'A1', hall: 'A', x: 0, y: 0, w: 1, h: 1 };
    const result = parseFeed(
      feedWith({ fairs: [fair({ booths: [booth] }), fair({ id: 'f2', booths: [booth, booth] })] }),
    );
    assert.equal(only(result, 'duplicate-id').path, 'fairs[1].booths[1].id');
  });

  test('a booth in an unknown hall is left out', () => {
    const result = parseFeed(
      feedWith({ fairs: [fair({ booths: [{ id: 'b', hall: 'Z', x: 0, y: 0, w: 1, h: 1 }] })] }),
    );
    const issue = only(result, 'unknown-reference');
    assert.equal(issue.path, 'fairs[0].booths[0].hall');
    assert.equal(issue.params.leftOut, 'fairs[0].booths[0]');
    assert.deepEqual(result.feed?.fairs[0]?.booths, []);
  });

  test('a booth with an unknown employer stays, without the employer', () => {
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({ booths: [{ id: 'b', hall: 'A', x: 0, y: 0, w: 1, h: 1, employer: 'nope' }] }),
        ],
      }),
    );
    assert.equal(only(result, 'unknown-reference').path, 'fairs[0].booths[0].employer');
    assert.equal(result.feed?.fairs[0]?.booths[0]?.employer, undefined);
  });

  test('a landmark in an unknown hall is left out', () => {
    const result = parseFeed(
      feedWith({
        fairs: [fair({ landmarks: [{ id: 'in', hall: 'Z', kind: 'entrance', x: 0, y: 0 }] })],
      }),
    );
    assert.equal(only(result, 'unknown-reference').path, 'fairs[0].landmarks[0].hall');
    assert.deepEqual(result.feed?.fairs[0]?.landmarks, []);
  });

  test("an activity's unknown series, fair and employer are each left out", () => {
    const result = parseFeed(
      feedWith({
        activities: [
          { id: 'a', title: 'T', start: '2024-03-01', series: 's', fair: 'f', employer: 'e' },
        ],
      }),
    );
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.path]),
      [
        ['unknown-reference', 'activities[0].series'],
        ['unknown-reference', 'activities[0].fair'],
        ['unknown-reference', 'activities[0].employer'],
      ],
    );
    assert.deepEqual(Object.keys(result.feed?.activities[0] ?? {}).sort(), [
      'allDay',
      'id',
      'start',
      'status',
      'title',
    ]);
  });

  test("an unknown id in a fair's employers is left out of the list", () => {
    const result = parseFeed(
      feedWith({
        employers: [{ id: 'e1', name: 'A' }],
        fairs: [fair({ employers: ['e1', 'e9'] })],
      }),
    );
    assert.equal(only(result, 'unknown-reference').path, 'fairs[0].employers[1]');
    assert.deepEqual(result.feed?.fairs[0]?.employers, ['e1']);
  });

  test("a fair's employers include the employers of its booths, once each", () => {
    const result = parseFeed(
      feedWith({
        employers: ['e1', 'e2', 'e3'].map((id) => ({ id, name: id })),
        fairs: [
          fair({
            employers: ['e3', 'e1'],
            booths: [
              { id: 'b1', hall: 'A', x: 0, y: 0, w: 1, h: 1, employer: 'e2' },
              { id: 'b2', hall: 'A', x: 2, y: 0, w: 1, h: 1, employer: 'e1' },
            ],
          }),
        ],
      }),
    );
    assert.deepEqual(result.feed?.fairs[0]?.employers, ['e3', 'e1', 'e2']);
  });

  test('a reference to an item that was left out is an unknown reference', () => {
    const result = parseFeed(
      feedWith({
        employers: [{ id: 'e1' }],
        fairs: [fair({ booths: [{ id: 'b', hall: 'A', x: 0, y: 0, w: 1, h: 1, employer: 'e1' }] })],
      }),
    );
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ['missing-field', 'unknown-reference'],
    );
  });
});

describe('parseFeed: geometry', () => {
  test('a booth outside its hall is a warning and is kept', () => {
    const result = parseFeed(
      feedWith({ fairs: [fair({ booths: [{ id: 'b', hall: 'A', x: 98, y: 0, w: 5, h: 1 }] })] }),
    );
    const issue = only(result, 'outside-hall');
    assert.equal(issue.severity, 'warning');
    assert.equal(issue.path, 'fairs[0].booths[0]');
    assert.equal(result.feed?.fairs[0]?.booths.length, 1);
  });

  test('overlapping booths are a warning and both are kept', () => {
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({
            booths: [
              { id: 'b1', hall: 'A', x: 0, y: 0, w: 4, h: 4 },
              { id: 'b2', hall: 'A', x: 4, y: 0, w: 4, h: 4 },
              { id: 'b3', hall: 'A', x: 1, y: 1, w: 2, h: 2 },
            ],
          }),
        ],
      }),
    );
    const issue = only(result, 'booth-overlap');
    assert.equal(issue.severity, 'warning');
    assert.equal(issue.path, 'fairs[0].booths[2]');
    assert.equal(issue.params.other, 'b1');
    assert.equal(result.feed?.fairs[0]?.booths.length, 3);
  });

  test('booths that only touch do not overlap, and halls are checked separately', () => {
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({
            halls: [
              { id: 'A', name: 'A', width: 10, height: 10 },
              { id: 'B', name: 'B', width: 10, height: 10 },
            ],
            booths: [
              { id: 'b1', hall: 'A', x: 0, y: 0, w: 2, h: 2 },
              { id: 'b2', hall: 'A', x: 2, y: 0, w: 2, h: 2 },
              { id: 'b3', hall: 'A', x: 0, y: 2, w: 2, h: 2 },
              { id: 'b4', hall: 'B', x: 0, y: 0, w: 2, h: 2 },
            ],
          }),
        ],
      }),
    );
    assert.deepEqual(result.issues, []);
  });

  test('booths that touch at decimal coordinates do not overlap or leave a hall edge they meet', () => {
    // 0.8 + 0.4 is 1.2000000000000002 and 0.1 + 0.2 is 0.30000000000000004 in floating point.
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({
            halls: [{ id: 'A', name: 'A', width: 0.3, height: 1.6 }],
            booths: [
              { id: 'b1', hall: 'A', x: 0, y: 0.8, w: 0.1, h: 0.4 },
              { id: 'b2', hall: 'A', x: 0, y: 1.2, w: 0.1, h: 0.4 },
              { id: 'b3', hall: 'A', x: 0.1, y: 0.8, w: 0.2, h: 0.4 },
            ],
          }),
        ],
      }),
    );
    assert.deepEqual(result.issues, []);
  });

  test('overlap detection stays fast for thousands of booths in one hall', () => {
    const booths = Array.from({ length: 5000 }, (_, i) => ({
      id: `b${i}`,
      hall: 'A',
      x: (i % 100) * 2,
      y: Math.floor(i / 100) * 2,
      w: 2,
      h: 2,
    }));
    const input = feedWith({
      fairs: [fair({ halls: [{ id: 'A', name: 'A', width: 200, height: 100 }], booths })],
    });
    const started = performance.now();
    const result = parseFeed(input);
    const elapsed = performance.now() - started;
    assert.deepEqual(result.issues, []);
    assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
  });
});

describe('parseFeed: times and figures', () => {
  test("a fair's end defaults to the end of its start's day in the feed zone", () => {
    const result = parseFeed(feedWith({ fairs: [fair()] }));
    assert.equal(result.feed?.fairs[0]?.end, Date.parse('2024-03-22T15:59:59.999Z'));
  });

  test('a date alone as an end means the end of that day', () => {
    const result = parseFeed(
      feedWith({ fairs: [fair({ start: '2024-03-22', end: '2024-03-23' })] }),
    );
    assert.equal(result.feed?.fairs[0]?.allDay, true);
    assert.equal(result.feed?.fairs[0]?.end, Date.parse('2024-03-23T15:59:59.999Z'));
  });

  test('an end before the start is an error and the default end is used', () => {
    const result = parseFeed(feedWith({ fairs: [fair({ end: '2024-03-22 08:00' })] }));
    const issue = only(result, 'end-before-start');
    assert.equal(issue.path, 'fairs[0].end');
    assert.equal(result.feed?.fairs[0]?.end, Date.parse('2024-03-22T15:59:59.999Z'));
  });

  test("an activity's end before its start is left out", () => {
    const result = parseFeed(
      feedWith({ activities: [{ id: 'a', title: 'T', start: '2024-03-02', end: '2024-03-01' }] }),
    );
    assert.equal(only(result, 'end-before-start').path, 'activities[0].end');
    assert.equal(result.feed?.activities[0]?.end, undefined);
  });

  test('an unknown time zone is an error and Asia/Shanghai is used', () => {
    const result = parseFeed(feedWith({ timeZone: 'Asia/Beijing', fairs: [fair()] }));
    const issue = only(result, 'invalid-time-zone');
    assert.equal(issue.path, 'timeZone');
    assert.equal(issue.params.fallback, 'Asia/Shanghai');
    assert.equal(result.feed?.timeZone, 'Asia/Shanghai');
    assert.equal(result.feed?.fairs[0]?.start, Date.parse('2024-03-22T01:00:00Z'));
  });

  test('times without an offset use the feed zone', () => {
    const result = parseFeed(feedWith({ timeZone: 'Europe/Berlin', fairs: [fair()] }));
    assert.equal(result.feed?.fairs[0]?.start, Date.parse('2024-03-22T08:00:00Z'));
  });

  test('a rate written as a percentage gets a hint', () => {
    const result = parseFeed(
      feedWith({ placement: [{ cohort: '2024', rate: 55, asOf: '2024-08-31' }] }),
    );
    const issue = only(result, 'rate-percentage');
    assert.equal(issue.path, 'placement[0].rate');
    assert.match(issue.message, /55 looks like a percentage: write 0\.55/);
    assert.deepEqual(result.feed?.placement, []);
  });

  test('a rate below 0 or above 100 is out of range', () => {
    for (const rate of [-0.1, 150]) {
      const result = parseFeed(
        feedWith({ placement: [{ cohort: '2024', rate, asOf: '2024-08-31' }] }),
      );
      assert.equal(only(result, 'rate-out-of-range').params.found, rate);
    }
  });

  test('placement scope defaults to overall', () => {
    const result = parseFeed(
      feedWith({ placement: [{ cohort: '2024', rate: 1, asOf: '2024-08-31' }] }),
    );
    assert.equal(result.feed?.placement[0]?.scope, 'overall');
  });

  test('fairs are sorted by start and other lists keep their order', () => {
    const result = parseFeed(
      feedWith({
        employers: [
          { id: 'z', name: 'Z' },
          { id: 'a', name: 'A' },
        ],
        fairs: [
          fair({ id: 'late', start: '2024-05-01' }),
          fair({ id: 'early', start: '2024-03-01' }),
          fair({ id: 'mid', start: '2024-04-01' }),
        ],
      }),
    );
    assert.deepEqual(
      result.feed?.fairs.map((f) => f.id),
      ['early', 'mid', 'late'],
    );
    assert.deepEqual(
      result.feed?.employers.map((e) => e.id),
      ['z', 'a'],
    );
  });
});

describe('parseFeed: hostile input', () => {
  test('never throws on cyclic objects', () => {
    const cyclic: Json = { version: 1, fairs: [] };
    (cyclic.fairs as unknown[]).push(cyclic);
    cyclic.organizer = cyclic;
    const result = parseFeed(cyclic);
    assert.ok(result.feed);
    assert.ok(errors(result).length > 0);
  });

  test('a getter that throws costs only its item', () => {
    const bad = { id: 'e2' } as Json;
    Object.defineProperty(bad, 'name', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const result = parseFeed(feedWith({ employers: [{ id: 'e1', name: 'A' }, bad] }));
    assert.deepEqual(
      result.feed?.employers.map((e) => e.id),
      ['e1'],
    );
    assert.equal(only(result, 'unreadable').path, 'employers[1].name');
  });

  test('a getter that parses another feed leaves both results whole', () => {
    let inner: ParseResult | undefined;
    const employer = { id: 'e1' } as Json;
    Object.defineProperty(employer, 'name', {
      enumerable: true,
      get: () => {
        inner = parseFeed(feedWith({ timeZone: 'UTC', fairs: [{ id: 'x' }] }));
        return 'A';
      },
    });
    const outer = parseFeed(feedWith({ employers: [employer], fairs: [fair({ stat: 1 })] }));
    assert.equal(outer.feed?.timeZone, 'Asia/Shanghai');
    assert.equal(outer.feed?.fairs[0]?.start, Date.parse('2024-03-22T01:00:00Z'));
    assert.deepEqual(
      outer.issues.map((i) => [i.path, i.code]),
      [['fairs[0].stat', 'unknown-field']],
    );
    assert.deepEqual(
      inner?.issues.map((i) => [i.path, i.code]),
      [
        ['fairs[0].title', 'missing-field'],
        ['fairs[0].start', 'missing-field'],
      ],
    );
  });

  test('a proxy that throws on every access does not throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        has: () => {
          throw new Error('has');
        },
        ownKeys: () => {
          throw new Error('keys');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('descriptor');
        },
      },
    );
    assert.doesNotThrow(() => parseFeed(hostile));
    assert.doesNotThrow(() => parseFeed(feedWith({ employers: [hostile], fairs: hostile })));
    assert.equal(parseFeed(hostile).feed, null);
  });

  test('__proto__ keys neither pollute prototypes nor get lost in texts', () => {
    const input = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"employers":[{"id":"e","name":{"__proto__":"x","en":"E"},"__proto__":{"polluted":true}}]}',
    );
    const result = parseFeed(input);
    assert.equal(({} as Json).polluted, undefined);
    assert.deepEqual(Object.keys(result.feed?.employers[0]?.name ?? {}), ['__proto__', 'en']);
    assert.equal(Object.getPrototypeOf(result.feed?.employers[0]?.name), Object.prototype);
    assert.equal(result.issues.filter((i) => i.code === 'unknown-field').length, 2);
  });

  test('huge numbers, NaN, infinities and bigints are wrong numbers, not crashes', () => {
    const result = parseFeed(
      feedWith({
        fairs: [
          fair({
            booths: [
              { id: 'a', hall: 'A', x: Number.NaN, y: 0, w: 1, h: 1 },
              { id: 'b', hall: 'A', x: Infinity, y: 0, w: 1, h: 1 },
              { id: 'c', hall: 'A', x: 10n, y: 0, w: 1, h: 1 },
              { id: 'd', hall: 'A', x: 1e308, y: 1e308, w: 1e308, h: 1e308 },
            ],
          }),
        ],
      }),
    );
    assert.equal(result.issues.filter((i) => i.code === 'expected-number').length, 3);
    assert.equal(result.feed?.fairs[0]?.booths.length, 1);
    assert.equal(
      parseFeed(
        '{"version": 1, "placement": [{"cohort": "x", "rate": 1e999, "asOf": "2024-01-01"}]}',
      ).feed?.placement.length,
      0,
    );
  });

  test('every issue has a path, a severity, a code, params and a message that starts with the path', () => {
    const result = parseFeed(fixture('valid-with-notices-and-warnings'));
    assert.ok(result.issues.length >= 4);
    for (const issue of result.issues) {
      assert.deepEqual(Object.keys(issue).sort(), [
        'code',
        'message',
        'params',
        'path',
        'severity',
      ]);
      assert.ok(issue.message.startsWith(`${issue.path}: `), issue.message);
    }
  });
});

describe('parseFeed: speed', () => {
  test('a feed with 1,200 employers of 5 positions and 1,200 booths parses in well under 100 ms', (t) => {
    const input = bigFeed();
    const text = JSON.stringify(input);
    parseFeed(input);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const result = parseFeed(input);
      times.push(performance.now() - started);
      assert.equal(result.feed?.employers.length, 1200);
      assert.equal(result.feed?.fairs[0]?.booths.length, 1200);
      assert.deepEqual(result.issues, []);
    }
    const started = performance.now();
    parseFeed(text);
    const withJson = performance.now() - started;
    const median = times.sort((a, b) => a - b)[2] ?? Infinity;
    t.diagnostic(
      `parse ${median.toFixed(1)} ms (median of 5); with JSON.parse ${withJson.toFixed(1)} ms`,
    );
    assert.ok(median < 100, `${median.toFixed(1)} ms`);
  });
});
