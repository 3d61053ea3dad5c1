import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIssue } from '../../src/feed/messages.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedIssue } from '../../src/feed/types.js';

const issue = (code: string, path: string, params: FeedIssue['params'] = {}): FeedIssue => ({
  path,
  severity: 'error',
  code,
  params,
  message: 'fallback message',
});

/** One issue of every code the parser reports, from small broken feeds. */
function everyCode(): FeedIssue[] {
  const fair = (extra: object) => ({
    id: 'f',
    title: 'F',
    start: '2024-03-22',
    halls: [{ id: 'A', name: 'A', width: 10, height: 10 }],
    ...extra,
  });
  const feeds: unknown[] = [
    '<html>',
    '',
    '{',
    [],
    { version: 2 },
    {},
    {
      version: 1,
      timeZone: 'Mars/Base',
      surprise: 1,
      organizer: 'us',
      employers: [
        { id: '', name: 'x' },
        { id: 'e', name: 'E', url: 'javascript:x', type: 5 },
        { id: 'e', name: 'E' },
      ],
      placement: [
        { cohort: '2024', rate: 55, asOf: '2024-08-31' },
        { cohort: '2024', rate: 500, asOf: '2024-08-31' },
        { cohort: '2024', rate: 0.5, asOf: '2024-02-30' },
      ],
      fairs: [
        fair({
          status: 'x',
          online: 'yes',
          end: '2024-03-21',
          stats: { employers: -1 },
          halls: [
            { id: 'A', name: 'A', width: 10, height: 10 },
            { id: 'B', name: {}, width: 0, height: 1 },
          ],
          booths: [
            { id: 'b1', hall: 'A', x: 0, y: 0, w: 2, h: 2 },
            { id: 'b2', hall: 'A', x: 1, y: 1, w: 20, h: 2 },
            { id: 'b3', hall: 'A', x: '1', y: 1, w: 2 },
            { id: 'b4', hall: 'Z', x: 1, y: 1, w: 2, h: 2 },
          ],
          landmarks: 'none',
        }),
      ],
    },
  ];
  return feeds.flatMap((feed) => parseFeed(feed).issues);
}

describe('formatIssue', () => {
  const issues = everyCode();
  const codes = [...new Set(issues.map((i) => i.code))].sort();

  test('the broken feeds above produce every code the parser knows', () => {
    assert.deepEqual(codes, [
      'booth-overlap',
      'duplicate-id',
      'empty-id',
      'end-before-start',
      'expected-array',
      'expected-boolean',
      'expected-non-negative',
      'expected-number',
      'expected-object',
      'expected-one-of',
      'expected-positive',
      'expected-string',
      'expected-text',
      'invalid-time',
      'invalid-time-zone',
      'missing-field',
      'not-feed',
      'not-json',
      'outside-hall',
      'rate-out-of-range',
      'rate-percentage',
      'unknown-field',
      'unknown-reference',
      'unsafe-url',
      'unsupported-version',
    ]);
  });

  test('every issue has an English and a Chinese sentence that start with its path', () => {
    for (const i of issues) {
      const en = formatIssue(i, 'en');
      const zh = formatIssue(i, 'zh-CN');
      const prefix = i.path === '' ? '' : `${i.path}: `;
      assert.ok(en.startsWith(prefix) && zh.startsWith(prefix), `${en}\n${zh}`);
      assert.match(en, /[.?]$/, en);
      assert.match(zh, /[。？]$/, zh);
      assert.notEqual(en, zh);
      assert.match(zh, /[\u4e00-\u9fff]/, zh);
      assert.doesNotMatch(`${en}${zh}`, /undefined|NaN|\[object/);
    }
  });

  test('the English sentence is the issue message', () => {
    for (const i of issues) assert.equal(formatIssue(i, 'en'), i.message);
  });

  test('any zh tag gives Chinese and any other tag gives English', () => {
    const i = issue('expected-number', 'fairs[0].booths[12].x', { found: '"12a"' });
    assert.equal(formatIssue(i, 'zh-TW'), formatIssue(i, 'zh'));
    assert.equal(formatIssue(i, 'zh-Hans-CN'), 'fairs[0].booths[12].x: 应为数字，实际是 "12a"。');
    assert.equal(formatIssue(i, 'fr'), 'fairs[0].booths[12].x: expected a number, got "12a".');
    assert.equal(formatIssue(i, ''), formatIssue(i, 'en'));
  });

  test('says what was left out', () => {
    const i = issue('missing-field', 'fairs[0].start', { field: 'start', leftOut: 'fairs[0]' });
    assert.equal(
      formatIssue(i, 'en'),
      'fairs[0].start: the required field "start" is missing; fairs[0] is left out.',
    );
    assert.equal(
      formatIssue(i, 'zh-CN'),
      'fairs[0].start: 缺少必填字段 "start"；已略去 fairs[0]。',
    );
  });

  test('the percentage hint is built from its params', () => {
    const i = issue('rate-percentage', 'placement[0].rate', { found: 73.5, hint: 0.735 });
    assert.equal(
      formatIssue(i, 'en'),
      'placement[0].rate: 73.5 looks like a percentage: write 0.735.',
    );
    assert.match(formatIssue(i, 'zh-CN'), /73\.5 看起来是百分数：请写作 0\.735/);
  });

  test('an unknown code falls back to the issue message', () => {
    assert.equal(formatIssue(issue('from-the-future', 'x'), 'zh-CN'), 'fallback message');
  });
});
