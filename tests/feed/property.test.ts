import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatIssue } from '../../src/feed/messages.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { corruptedFeed, validFeed } from './arbitraries.js';
import { RUNS } from './helpers.js';

type Json = Record<string, unknown>;

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Asserts that every item of the input made it into the parsed feed. */
function assertKeepsEverything(input: Json, feed: Feed): void {
  assert.equal(feed.employers.length, list(input.employers).length, 'employers');
  assert.equal(feed.industries.length, list(input.industries).length, 'industries');
  assert.equal(feed.series.length, list(input.series).length, 'series');
  assert.equal(feed.activities.length, list(input.activities).length, 'activities');
  assert.equal(feed.placement.length, list(input.placement).length, 'placement');
  assert.equal(feed.fairs.length, list(input.fairs).length, 'fairs');
  list(input.employers).forEach((employer, i) => {
    assert.equal(feed.employers[i]?.positions.length, list(employer.positions).length, 'positions');
    assert.equal(feed.employers[i]?.tags.length, list(employer.tags).length, 'tags');
  });
  for (const fair of list(input.fairs)) {
    const parsed = feed.fairs.find((f) => f.id === fair.id);
    assert.ok(parsed, `fair ${String(fair.id)}`);
    assert.equal(parsed.halls.length, list(fair.halls).length, 'halls');
    assert.equal(parsed.booths.length, list(fair.booths).length, 'booths');
    assert.equal(parsed.landmarks.length, list(fair.landmarks).length, 'landmarks');
    for (const id of list(fair.employers))
      assert.ok(parsed.employers.includes(id as unknown as string));
  }
  for (const activity of list(input.activities)) {
    const parsed = feed.activities.find((a) => a.id === activity.id);
    for (const key of ['series', 'fair', 'employer', 'url', 'image', 'end'] as const) {
      assert.equal(key in (parsed ?? {}), key in activity, `activity ${key}`);
    }
  }
}

describe('parseFeed properties', () => {
  test('never throws on any value', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const result = parseFeed(value);
        assert.ok(Array.isArray(result.issues));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('never throws on any value wrapped in a version 1 document', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), anything), (fields) => {
        parseFeed({ ...fields, version: 1 });
        parseFeed({ version: 1, fairs: [fields], employers: [fields], placement: [fields] });
      }),
      { numRuns: RUNS },
    );
  });

  test('never throws on JSON text, nor on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const result = parseFeed(text);
        assert.ok(result.feed !== null || result.issues.some((i) => i.path === ''));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('never throws on a corrupted valid feed, and still returns a feed', () => {
    fc.assert(
      fc.property(corruptedFeed(), (input) => {
        const result = parseFeed(input);
        const json = input as Json;
        if (json && typeof json === 'object' && json.version === 1) assert.ok(result.feed);
      }),
      { numRuns: RUNS },
    );
  });

  test('every issue of a corrupted feed has a path-led message in English and Chinese', () => {
    fc.assert(
      fc.property(corruptedFeed(), (input) => {
        for (const issue of parseFeed(input).issues) {
          assert.ok(['error', 'warning', 'notice'].includes(issue.severity));
          assert.match(issue.code, /^[a-z-]+$/);
          const prefix = issue.path === '' ? '' : `${issue.path}: `;
          for (const lang of ['en', 'zh-CN']) {
            const sentence = formatIssue(issue, lang);
            assert.ok(sentence.startsWith(prefix), sentence);
            assert.doesNotMatch(sentence, /undefined|\[object Object\]/, sentence);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a valid feed parses with no error and keeps every item', () => {
    fc.assert(
      fc.property(validFeed(), (input) => {
        const result = parseFeed(input);
        assert.deepEqual(
          result.issues.filter((i) => i.severity === 'error'),
          [],
        );
        assert.ok(result.feed);
        assertKeepsEverything(input, result.feed);
      }),
      { numRuns: RUNS },
    );
  });

  test('a valid feed gives the same result as JSON text and as a value', () => {
    fc.assert(
      fc.property(validFeed(), (input) => {
        assert.deepEqual(parseFeed(JSON.stringify(input)), parseFeed(input));
      }),
      { numRuns: RUNS / 3 },
    );
  });

  test('parsing does not change its input', () => {
    fc.assert(
      fc.property(corruptedFeed(), (input) => {
        let before: string;
        try {
          before = JSON.stringify(input);
        } catch {
          return;
        }
        parseFeed(input);
        assert.equal(JSON.stringify(input), before);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  test('fairs come out sorted by start and every booth employer takes part in its fair', () => {
    fc.assert(
      fc.property(validFeed(), (input) => {
        const feed = parseFeed(input).feed;
        assert.ok(feed);
        for (let i = 1; i < feed.fairs.length; i++) {
          assert.ok((feed.fairs[i - 1]?.start ?? 0) <= (feed.fairs[i]?.start ?? 0));
        }
        for (const fair of feed.fairs) {
          assert.ok(fair.end >= fair.start);
          for (const booth of fair.booths) {
            if (booth.employer) assert.ok(fair.employers.includes(booth.employer));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
