import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { drawGrid } from '../../../src/cli/layout.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { fairkit, hallA, readJson, scratch, type RawFeed } from './helpers.js';

const layout = (...args: string[]) => ['layout', ...args];
const GRID = layout(
  '--hall',
  'A',
  '--rows',
  '20',
  '--cols',
  '30',
  '--aisle-every',
  '5',
  '--booth',
  '3x2',
);

describe('fairkit layout', () => {
  test('prints a feed with one hall of rows × cols booths numbered A-001 onwards', async () => {
    const run = await fairkit(GRID);
    assert.equal(run.code, 0, run.err);
    const feed = JSON.parse(run.out) as RawFeed;
    const booths = feed.fairs[0]!.booths;
    assert.equal(booths.length, 600);
    assert.deepEqual([booths[0]!.id, booths[1]!.id, booths[599]!.id], ['A-001', 'A-002', 'A-600']);
    assert.deepEqual(feed.fairs[0]!.halls[0]!.name, { 'zh-CN': 'A馆', en: 'Hall A' });
  });

  test('draws booths that parseFeed finds inside the hall and never overlapping', async () => {
    const run = await fairkit(GRID);
    const { issues } = parseFeed(run.out);
    assert.deepEqual(issues, []);
  });

  test('leaves a cross aisle after every --aisle-every booths', async () => {
    const run = await fairkit(GRID);
    const booths = (JSON.parse(run.out) as RawFeed).fairs[0]!.booths;
    const xs = booths.slice(0, 7).map((b) => b.x);
    assert.deepEqual(xs, [3, 6, 9, 12, 15, 21, 24]);
  });

  test('puts rows back to back in pairs with an aisle between pairs', async () => {
    const run = await fairkit(GRID);
    const booths = (JSON.parse(run.out) as RawFeed).fairs[0]!.booths;
    const ys = [0, 30, 60, 90].map((i) => booths[i]!.y);
    assert.deepEqual(ys, [3, 5, 10, 12]);
  });

  test('says what it drew on standard error', async () => {
    const run = await fairkit(GRID);
    assert.match(run.err, /^Hall A: 20 rows × 30 = 600 booths \(A-001 … A-600\), 111 × 73 m$/m);
  });

  test('numbers with four digits when a hall has more than 999 booths', async () => {
    const run = await fairkit(layout('--hall', 'B', '--rows', '40', '--cols', '30'));
    const booths = (JSON.parse(run.out) as RawFeed).fairs[0]!.booths;
    assert.deepEqual([booths[0]!.id, booths.at(-1)!.id], ['B-0001', 'B-1200']);
  });

  test('writes into --into and adds a second hall next to the first', async () => {
    const dir = scratch();
    await hallA(dir);
    const run = await fairkit(
      layout('--hall', 'B', '--rows', '2', '--cols', '5', '--floor', '2', '--into', 'feed.json'),
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
    const fair = readJson(dir, 'feed.json').fairs[0]!;
    assert.deepEqual(
      fair.halls.map((h) => [h.id, h.floor]),
      [
        ['A', undefined],
        ['B', 2],
      ],
    );
    assert.equal(fair.booths.length, 50);
  });

  test('refuses to draw a hall the fair already has without --replace, and exits 2', async () => {
    const dir = scratch();
    await hallA(dir);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const run = await fairkit(
      layout('--hall', 'A', '--rows', '2', '--cols', '2', '--into', 'feed.json'),
      {
        cwd: dir,
      },
    );
    assert.equal(run.code, 2);
    assert.match(run.err, /Fair "spring" already has hall "A" \(40 booths\)\. Pass --replace/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  });

  test('keeps employers on their booth numbers with --replace and names those left without one', async () => {
    const dir = scratch(true);
    await hallA(dir);
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const run = await fairkit(
      layout('--hall', 'A', '--rows', '1', '--cols', '12', '--into', 'feed.json', '--replace'),
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /Kept the employers of 12 booths/);
    assert.match(
      run.err,
      /not in the new layout, so their employers have no booth now: A-013, A-014, A-015, A-016/,
    );
    const feed = readJson(dir, 'feed.json');
    assert.equal(feed.fairs[0]!.booths.length, 12);
    assert.ok(feed.fairs[0]!.booths.every((b) => b.employer));
  });

  test('creates the fair named by --fair with --title and --start', async () => {
    const run = await fairkit(
      layout(
        '--hall',
        'A',
        '--rows',
        '1',
        '--cols',
        '1',
        '--fair',
        'spring-2027',
        '--title',
        '春季双选会',
        '--start',
        '2027-03-22',
      ),
    );
    const fair = (JSON.parse(run.out) as RawFeed).fairs[0]!;
    assert.deepEqual(
      [fair.id, fair.title, fair.start],
      ['spring-2027', '春季双选会', '2027-03-22'],
    );
    assert.doesNotMatch(run.err, /Created fair/);
  });

  test('says so when it creates a fair starting today because no --start was given', async () => {
    const run = await fairkit(layout('--hall', 'A', '--rows', '1', '--cols', '1'));
    assert.match(
      run.err,
      /Created fair "fair" starting \d{4}-\d{2}-\d{2}; change it in the feed, or pass --start/,
    );
  });

  for (const [args, message] of [
    [['--rows', '2', '--cols', '2'], /Missing required option --hall/],
    [['--hall', 'A', '--cols', '2'], /Missing required option --rows/],
    [
      ['--hall', 'A', '--rows', 'two', '--cols', '2'],
      /--rows must be a whole number from 1 to 1,000, not two/,
    ],
    [
      ['--hall', 'A', '--rows', '2', '--cols', '0'],
      /--cols must be a whole number from 1 to 1,000, not 0/,
    ],
    [
      ['--hall', 'A', '--rows', '2', '--cols', '2', '--booth', '3by2'],
      /--booth must be WIDTHxDEPTH such as 3x2, not 3by2/,
    ],
    [
      ['--hall', 'A', '--rows', '2', '--cols', '2', '--aisle=-1'],
      /--aisle must be a number above 0, not -1/,
    ],
    [
      ['--hall', 'A', '--rows', '1000', '--cols', '1000'],
      /A hall has at most 20,000 booths; this one would have 1,000,000/,
    ],
    [
      ['--hall', 'A', '--rows', '2', '--cols', '2', '--start', 'next week'],
      /--start must be a date or time/,
    ],
    [
      ['--hall', 'A', '--rows', '2', '--cols', '2', '--floor', 'ground'],
      /--floor must be a whole floor number, not ground/,
    ],
  ] as const) {
    test(`refuses ${args.join(' ')} with a message and exit 2`, async () => {
      const run = await fairkit(layout(...args));
      assert.equal(run.code, 2);
      assert.match(run.err, message);
      assert.equal(run.out, '');
    });
  }

  test('draws grids whose booths stay inside the hall and apart, for any size', () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 1, max: 12 }),
          cols: fc.integer({ min: 1, max: 12 }),
          aisleEvery: fc.integer({ min: 0, max: 6 }),
          boothW: fc.integer({ min: 1, max: 60 }).map((n) => n / 10),
          boothH: fc.integer({ min: 1, max: 60 }).map((n) => n / 10),
          aisle: fc.integer({ min: 1, max: 50 }).map((n) => n / 10),
        }),
        (grid) => {
          const { width, height, booths } = drawGrid('H', grid);
          const feed = {
            version: 1,
            fairs: [
              {
                id: 'f',
                title: 'f',
                start: '2027-03-22',
                halls: [{ id: 'H', name: 'H', width, height }],
                booths,
              },
            ],
          };
          const problems = parseFeed(feed).issues.filter((i) => i.severity !== 'notice');
          assert.deepEqual(problems, []);
          assert.equal(booths.length, grid.rows * grid.cols);
        },
      ),
      { numRuns: 200 },
    );
  });
});
