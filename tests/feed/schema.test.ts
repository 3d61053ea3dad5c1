/**
 * The JSON Schema and parseFeed must agree: a document is schema-valid exactly when parseFeed
 * reports no error.
 *
 * JSON Schema cannot express some of the contract, so those parser errors are left out of the
 * comparison (PARSER_ONLY below), each on purpose:
 * - `duplicate-id`: ids unique within a list of objects (`uniqueItems` compares whole items);
 * - `unknown-reference`: a reference naming an id of another list;
 * - `end-before-start`: comparing two fields;
 * - `invalid-time-zone`: whether the runtime knows a zone name (the schema checks for a string);
 * - `unsafe-url` for a string whose scheme is fine but that the URL parser refuses (`//`,
 *   `https://exa mple.com`): the schema checks the scheme and control characters, not host syntax.
 * Everything else (types, required fields, enumerations, ranges, the time syntax including the
 * length of months and leap years, URL schemes) must agree exactly.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedIssue } from '../../src/feed/types.js';
import { corruptedFeed, validFeed } from './arbitraries.js';

type Json = Record<string, unknown>;

const schemaUrl = new URL('../../schema/feed-v1.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as {
  $defs: Record<string, { pattern?: string }>;
};
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

const PARSER_ONLY = new Set([
  'duplicate-id',
  'unknown-reference',
  'end-before-start',
  'invalid-time-zone',
]);
const IMAGE_FIELDS = new Set(['logo', 'image']);
const urlPattern = new RegExp(schema.$defs.url?.pattern ?? '', 'u');
const imagePattern = new RegExp(schema.$defs.imageUrl?.pattern ?? '', 'u');

/** The value at an issue path such as `fairs[0].booths[2].x` or `employers[1]["a b"]`. */
function valueAt(root: unknown, path: string): unknown {
  const steps = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let value = root;
  for (const [, name, index, quoted] of path.matchAll(steps)) {
    const key =
      name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted ?? '""') as string));
    value = (value as Record<string | number, unknown> | undefined)?.[key];
  }
  return value;
}

function isParserOnly(input: unknown, issue: FeedIssue): boolean {
  if (PARSER_ONLY.has(issue.code)) return true;
  if (issue.code !== 'unsafe-url') return false;
  const field = /(\w+)$/.exec(issue.path)?.[1] ?? '';
  const value = valueAt(input, issue.path);
  const pattern = IMAGE_FIELDS.has(field) ? imagePattern : urlPattern;
  return typeof value === 'string' && pattern.test(value);
}

/** Compares the schema's verdict with the parser's, on the part of the contract both express. */
function agreement(input: unknown): { schema: boolean; parser: boolean; errors: string[] } {
  const result = parseFeed(input);
  const errors = result.issues.filter((i) => i.severity === 'error' && !isParserOnly(input, i));
  const schemaValid = validate(input);
  return {
    schema: schemaValid,
    parser: errors.length === 0,
    errors: [
      ...errors.map((e) => `parser: ${e.message}`),
      ...(validate.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message ?? ''}`),
    ],
  };
}

const fixturesDir = new URL('../fixtures/feeds/', import.meta.url);
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name: name.replace(/\.json$/, ''),
    data: JSON.parse(readFileSync(new URL(name, fixturesDir), 'utf8')) as unknown,
  }));

describe('JSON Schema and parseFeed agree', () => {
  test('there are a dozen or more hand-written feeds to compare', () => {
    assert.ok(fixtures.length >= 12);
  });

  for (const { name, data } of fixtures) {
    if (name.startsWith('parser-only-')) {
      test(`${name}: the schema accepts it and only the parser reports the error`, () => {
        assert.equal(validate(data), true, JSON.stringify(validate.errors));
        const errors = parseFeed(data).issues.filter((i) => i.severity === 'error');
        assert.ok(errors.length > 0);
        assert.ok(
          errors.every((e) => isParserOnly(data, e)),
          JSON.stringify(errors),
        );
      });
      continue;
    }
    const expected = name.startsWith('valid-');
    test(`${name}: the schema and the parser both ${expected ? 'accept' : 'reject'} it`, () => {
      const { schema: s, parser: p, errors } = agreement(data);
      assert.equal(s, expected, errors.join('\n'));
      assert.equal(p, expected, errors.join('\n'));
    });
  }

  test('generated valid feeds are schema-valid and parse without errors', () => {
    fc.assert(
      fc.property(validFeed(), (input) => {
        assert.equal(validate(input), true, JSON.stringify(validate.errors));
        assert.deepEqual(
          parseFeed(input).issues.filter((i) => i.severity === 'error'),
          [],
        );
      }),
      { numRuns: 300 },
    );
  });

  test('randomly corrupted feeds get the same verdict from both', () => {
    fc.assert(
      fc.property(corruptedFeed(fc.jsonValue()), (corrupted) => {
        // What the schema describes is JSON, so compare on what JSON can carry.
        const input = JSON.parse(JSON.stringify(corrupted)) as unknown;
        const { schema: s, parser: p, errors } = agreement(input);
        assert.equal(s, p, errors.join('\n'));
      }),
      { numRuns: 1000 },
    );
  });

  const base = fixtures.find((f) => f.name === 'valid-full')?.data as Json;
  const edits: [string, (feed: Json) => void][] = [
    ['version 2', (f) => (f.version = 2)],
    ['fairs not a list', (f) => (f.fairs = {})],
    ['timeZone a number', (f) => (f.timeZone = 8)],
    ['organizer without a name', (f) => delete (f.organizer as Json).name],
    ['fair id empty', (f) => (fair(f).id = '')],
    ['fair id a number', (f) => (fair(f).id = 1)],
    ['fair title null', (f) => (fair(f).title = null)],
    ['fair title a list', (f) => (fair(f).title = ['a'])],
    ['fair title text with a number', (f) => (fair(f).title = { en: 1 })],
    ['fair start without a date', (f) => (fair(f).start = '09:00')],
    ['fair start 2023-02-29', (f) => (fair(f).start = '2023-02-29')],
    ['fair start 1900-02-29', (f) => (fair(f).start = '1900-02-29')],
    ['fair start 2024-04-31', (f) => (fair(f).start = '2024-04-31')],
    ['fair start 24:00', (f) => (fair(f).start = '2024-03-22T24:00')],
    ['fair start offset +25:00', (f) => (fair(f).start = '2024-03-22T09:00+25:00')],
    ['fair start lowercase z', (f) => (fair(f).start = '2024-03-22T09:00z')],
    ['fair end with slashes', (f) => (fair(f).end = '2024/03/22')],
    ['fair status unknown', (f) => (fair(f).status = 'canceled')],
    ['fair online a string', (f) => (fair(f).online = 'true')],
    ['fair url javascript', (f) => (fair(f).url = 'javascript:alert(1)')],
    ['fair url with a tab', (f) => (fair(f).url = 'java\tscript:alert(1)')],
    ['fair url with a leading control', (f) => (fair(f).url = '\u0001https://a.cn/')],
    ['fair url data:image', (f) => (fair(f).url = 'data:image/png;base64,AA==')],
    ['fair url vbscript', (f) => (fair(f).url = 'VBScript:x')],
    ['fair url empty', (f) => (fair(f).url = '')],
    ['fair url blank', (f) => (fair(f).url = '   ')],
    ['fair url colon in first segment', (f) => (fair(f).url = 'a:b')],
    ['venue without a name', (f) => (fair(f).venue = {})],
    ['hall width 0', (f) => (hall(f).width = 0)],
    ['hall height negative', (f) => (hall(f).height = -3)],
    ['hall floor a string', (f) => (hall(f).floor = '1F')],
    ['booth x a string', (f) => (booth(f).x = '12a')],
    ['booth without h', (f) => delete booth(f).h],
    ['booth label a number', (f) => (booth(f).label = 12)],
    ['booth employer empty', (f) => (booth(f).employer = '')],
    ['landmark kind unknown', (f) => (landmark(f).kind = 'door')],
    ['fair employers with a number', (f) => (fair(f).employers = [1])],
    ['stats negative', (f) => (fair(f).stats = { employers: -1 })],
    ['stats a list', (f) => (fair(f).stats = [])],
    ['employer logo data:text', (f) => (employer(f).logo = 'data:text/html,<b>')],
    ['employer tags a string', (f) => (employer(f).tags = 'a')],
    ['position without a title', (f) => ((employer(f).positions as Json[])[0] = {})],
    [
      'position openings negative',
      (f) => (((employer(f).positions as Json[])[0] as Json).openings = -1),
    ],
    ['industry without a name', (f) => ((f.industries as Json[])[0] = { id: 'x' })],
    ['series url file', (f) => (((f.series as Json[])[0] as Json).url = 'file:///etc/passwd')],
    ['activity kind unknown', (f) => (activity(f).kind = 'party')],
    ['activity image svg text', (f) => (activity(f).image = 'data:text/xml,<svg/>')],
    ['placement rate 1.01', (f) => (placement(f).rate = 1.01)],
    ['placement rate 55', (f) => (placement(f).rate = 55)],
    ['placement rate negative', (f) => (placement(f).rate = -0.5)],
    ['placement cohort a number', (f) => (placement(f).cohort = 2024)],
    ['placement without asOf', (f) => delete placement(f).asOf],
  ];
  const fair = (f: Json): Json => (f.fairs as Json[])[0] as Json;
  const hall = (f: Json): Json => (fair(f).halls as Json[])[0] as Json;
  const booth = (f: Json): Json => (fair(f).booths as Json[])[0] as Json;
  const landmark = (f: Json): Json => (fair(f).landmarks as Json[])[0] as Json;
  const employer = (f: Json): Json => (f.employers as Json[])[0] as Json;
  const activity = (f: Json): Json => (f.activities as Json[])[0] as Json;
  const placement = (f: Json): Json => (f.placement as Json[])[0] as Json;

  test('targeted invalid edits are rejected by both', () => {
    for (const [name, edit] of edits) {
      const feed = structuredClone(base);
      edit(feed);
      const { schema: s, parser: p, errors } = agreement(feed);
      assert.equal(s, false, `${name}: schema accepts it`);
      assert.equal(p, false, `${name}: parser accepts it\n${errors.join('\n')}`);
    }
  });

  test('edge cases the contract allows are accepted by both', () => {
    const accepted: [string, (feed: Json) => void][] = [
      ['leap day 2000-02-29', (f) => (fair(f).start = '2000-02-29')],
      ['offset without a colon', (f) => (fair(f).start = '2024-03-22T09:00:00.123+0800')],
      ['space between date and time', (f) => (fair(f).start = '2024-03-22 09:00:30')],
      ['URL with surrounding spaces', (f) => (fair(f).url = ' https://a.cn/x ')],
      ['URL in capitals', (f) => (fair(f).url = 'HTTPS://A.CN/')],
      ['protocol-relative URL', (f) => (fair(f).url = '//cdn.a.cn/x')],
      ['query-only URL', (f) => (fair(f).url = '?page=2')],
      ['SVG data logo', (f) => (employer(f).logo = 'data:image/svg+xml,%3Csvg%2F%3E')],
      [
        'unknown fields everywhere',
        (f) => ((f.extra = 1), (fair(f).extra = {}), (booth(f).color = 'red')),
      ],
      [
        'rate exactly 0 and 1',
        (f) => (
          (placement(f).rate = 0),
          (f.placement as Json[]).push({ cohort: '2023', rate: 1, asOf: '2023-08-31' })
        ),
      ],
      ['negative booth position', (f) => (booth(f).x = -5)],
      ['empty strings as texts', (f) => ((fair(f).title = ''), (employer(f).name = { en: '' }))],
      [
        '$schema at the top',
        (f) => (f.$schema = 'https://unpkg.com/fairkit/schema/feed-v1.schema.json'),
      ],
    ];
    for (const [name, edit] of accepted) {
      const feed = structuredClone(base);
      edit(feed);
      const { schema: s, parser: p, errors } = agreement(feed);
      assert.equal(s, true, `${name}: schema rejects it\n${errors.join('\n')}`);
      assert.equal(p, true, `${name}: parser rejects it\n${errors.join('\n')}`);
    }
  });
});
