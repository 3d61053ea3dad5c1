import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  SAMPLE_LIMITS,
  checkSampleOptions,
  formatSample,
  sampleFeed,
  type SampleOptions,
} from '../../../src/cli/sample.js';
import { parseFeed } from '../../../src/feed/parse.js';

interface Box {
  id: string;
  hall: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Booth extends Box {
  employer?: string;
}
interface Hall {
  id: string;
  name: unknown;
  width: number;
  height: number;
}
interface MainFair {
  halls: Hall[];
  booths: Booth[];
  landmarks: Box[];
  stats: Record<string, number>;
}
interface Employer {
  id: string;
  name: Record<string, string>;
  industry: string;
  region: Record<string, string>;
  positions: { openings: number }[];
}

/** The parts of a sample feed these tests look at. */
function generate(options: SampleOptions = {}): { main: MainFair; employers: Employer[] } {
  const feed = sampleFeed(options) as { fairs: MainFair[]; employers: Employer[] };
  return { main: feed.fairs[0]!, employers: feed.employers };
}

/** Codes of the parser's errors and warnings, with how often each came. */
function problems(options: SampleOptions, codes?: string[]): Record<string, number> {
  const found: Record<string, number> = {};
  for (const { severity, code } of parseFeed(sampleFeed(options)).issues) {
    if (severity === 'notice' || (codes && !codes.includes(code))) continue;
    found[`${severity} ${code}`] = (found[`${severity} ${code}`] ?? 0) + 1;
  }
  return found;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const SIZES: Required<Pick<SampleOptions, 'employers' | 'halls'>>[] = [
  { employers: 1, halls: 1 },
  { employers: 1, halls: 3 },
  { employers: 7, halls: 1 },
  { employers: 7, halls: 2 },
  { employers: 7, halls: 3 },
  { employers: 1227, halls: 1 },
  { employers: 1227, halls: 3 },
  { employers: 1700, halls: 3 },
  { employers: 5000, halls: 4 },
  { employers: 5000, halls: 1 },
  { employers: 3000, halls: 26 },
];

test('the defaults give tests/fixtures/spring-fair.json byte for byte', () => {
  const fixture = readFileSync(new URL('../../fixtures/spring-fair.json', import.meta.url), 'utf8');
  assert.equal(formatSample(sampleFeed()), fixture);
});

test('the same options give the same feed', () => {
  const options = { employers: 300, halls: 3, seed: 7 };
  assert.equal(formatSample(sampleFeed(options)), formatSample(sampleFeed({ ...options })));
});

test('another seed gives another feed', () => {
  const { employers: a } = generate({ employers: 50, seed: 1 });
  const { employers: b } = generate({ employers: 50, seed: 2 });
  assert.notDeepEqual(
    a.map((e) => e.name),
    b.map((e) => e.name),
  );
});

for (const size of SIZES) {
  const feed = `${plural(size.employers, 'employer')} in ${plural(size.halls, 'hall')}`;
  test(`a feed of ${feed} parses with no error or warning`, () => {
    assert.deepEqual(problems(size), {});
  });
}

test('every booth lies inside its hall and no two booths overlap, at any size', () => {
  for (const size of SIZES) {
    assert.deepEqual(
      problems(size, ['outside-hall', 'booth-overlap']),
      {},
      `${size.employers} in ${size.halls}`,
    );
  }
});

test('no landmark stands on a booth', () => {
  for (const size of SIZES) {
    const { main } = generate(size);
    for (const l of main.landmarks) {
      const covered = main.booths.find(
        (b) =>
          b.hall === l.hall &&
          b.x < l.x + l.w &&
          l.x < b.x + b.w &&
          b.y < l.y + l.h &&
          l.y < b.y + b.h,
      );
      assert.equal(
        covered,
        undefined,
        `${l.id} over ${covered?.id} (${size.employers} in ${size.halls})`,
      );
    }
  }
});

test('there are as many employers as asked, each at one booth, with about 1.6 % of booths free', () => {
  for (const size of SIZES) {
    const { main, employers } = generate(size);
    assert.equal(employers.length, size.employers);
    const taken = main.booths.flatMap((b) => (b.employer ? [b.employer] : []));
    assert.deepEqual(taken.toSorted(), employers.map((e) => e.id).toSorted());
    assert.equal(main.booths.length - taken.length, Math.round((size.employers * 20) / 1227));
  }
});

test('there are as many halls as asked, lettered A, B, C …', () => {
  const { main } = generate({ employers: 100, halls: 26 });
  assert.deepEqual(main.halls.map((h) => h.id).join(''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  assert.deepEqual(main.halls[2]!.name, { 'zh-CN': 'C馆', en: 'Hall C' });
  assert.ok(main.halls.every((h) => main.landmarks.some((l) => l.hall === h.id)));
});

test('booth numbers are padded to the width of the largest number in their hall', () => {
  assert.equal(generate({ employers: 7 }).main.booths[0]!.id, 'A-001');
  const { main } = generate({ employers: 1227, halls: 1 });
  assert.deepEqual(
    [main.booths[0]!.id, main.booths.at(-1)!.id],
    ['A-0001', `A-${main.booths.length}`],
  );
});

test("the main fair's stats count its employers, openings, provinces and industries", () => {
  for (const size of [{ employers: 5 }, { employers: 1227 }, { employers: 4000, halls: 3 }]) {
    const { main, employers } = generate(size);
    const openings = employers.flatMap((e) => e.positions).reduce((s, p) => s + p.openings, 0);
    assert.equal(main.stats.employers, employers.length);
    assert.equal(main.stats.positions, openings);
    assert.equal(main.stats.provinces, new Set(employers.map((e) => e.region.en)).size);
    assert.equal(main.stats.industries, new Set(employers.map((e) => e.industry)).size);
  }
});

test('openings are topped up in proportion to the employers', () => {
  assert.equal(generate().main.stats.positions, 70368);
  assert.ok(generate({ employers: 12270 }).main.stats.positions! >= 703680);
});

test('50,000 employers take less than 5 seconds', () => {
  const start = performance.now();
  const { employers } = generate({ employers: SAMPLE_LIMITS.employers.max });
  const ms = performance.now() - start;
  assert.equal(employers.length, 50_000);
  assert.ok(ms < 5000, `${Math.round(ms)} ms`);
});

test('employer names stay unique at 50,000 employers', () => {
  const { employers } = generate({ employers: 50_000, halls: 5, seed: 3 });
  assert.equal(new Set(employers.map((e) => e.name['zh-CN'])).size, 50_000);
});

test('out-of-range options are rejected with a RangeError that names the option', () => {
  const bad: [SampleOptions, string][] = [
    [{ employers: 0 }, 'employers must be a whole number from 1 to 50000, not 0.'],
    [{ employers: 50_001 }, 'employers must be a whole number from 1 to 50000, not 50001.'],
    [{ employers: 1.5 }, 'employers must be a whole number from 1 to 50000, not 1.5.'],
    [{ employers: NaN }, 'employers must be a whole number from 1 to 50000, not NaN.'],
    [{ halls: 0 }, 'halls must be a whole number from 1 to 26, not 0.'],
    [{ halls: 27 }, 'halls must be a whole number from 1 to 26, not 27.'],
    [{ seed: -1 }, 'seed must be a whole number from 0 to 4294967295, not -1.'],
    [{ halls: '3' as unknown as number }, 'halls must be a whole number from 1 to 26, not "3".'],
  ];
  for (const [options, message] of bad) {
    assert.equal(checkSampleOptions(options), message);
    assert.throws(() => sampleFeed(options), { name: 'RangeError', message });
  }
  assert.equal(checkSampleOptions({ employers: 1, halls: 26, seed: 0xffffffff }), null);
});

test('any size up to 3,000 employers in up to 6 halls parses cleanly with every employer at a booth', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 3000 }),
      fc.integer({ min: 1, max: 6 }),
      fc.nat(),
      (employers, halls, seed) => {
        const feed = sampleFeed({ employers, halls, seed });
        const { feed: parsed, issues } = parseFeed(feed);
        assert.deepEqual(
          issues.filter((i) => i.severity !== 'notice').map((i) => `${i.code} at ${i.path}`),
          [],
        );
        const main = parsed!.fairs.find((f) => f.id === 'spring-2027')!;
        assert.equal(main.employers.length, employers);
        assert.equal(main.halls.length, halls);
      },
    ),
    { numRuns: 20 },
  );
});
