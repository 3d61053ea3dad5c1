import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import {
  placementFigure,
  type PlacementFigure,
  type PlacementProblem,
  type PlacementQuery,
} from '../../src/feed/placement.js';
import { dayInZone } from '../../src/feed/queries.js';
import { RUNS, feedOf } from './helpers.js';

/** A placement figure as a webmaster writes it; `asOf` is a date in the feed's zone. */
const fig = (cohort: string, asOf: string, rate: number, extra: object = {}) => ({
  cohort,
  asOf,
  rate,
  ...extra,
});

/** The start of a date in Asia/Shanghai, the zone of every feed here unless told otherwise. */
const day = (date: string): number => Date.parse(`${date}T00:00:00+08:00`);

function figure(placement: object[], query: PlacementQuery = {}, timeZone?: string) {
  const result = placementFigure(feedOf({ placement }), query, timeZone);
  assert.ok(!('problem' in result), `unexpected problem ${JSON.stringify(result)}`);
  return result;
}

function problem(placement: object[], query: PlacementQuery = {}): PlacementProblem {
  const result = placementFigure(feedOf({ placement }), query);
  assert.ok('problem' in result, 'expected a problem');
  return result;
}

/** Whether `previous` is shown for this year's figure on `date` and last year's on `before`. */
const compared = (date: string, before: string, windowDays?: number): boolean =>
  figure([fig('2023', before, 0.5), fig('2024', date, 0.6)], { windowDays }).previous !== undefined;

describe('the figure shown', () => {
  test('without a cohort, the latest cohort is shown', () => {
    const { entry } = figure([
      fig('2023', '2023-06-01', 0.8),
      fig('2024', '2024-03-20', 0.55),
      fig('2022', '2022-06-01', 0.7),
    ]);
    assert.equal(entry.cohort, '2024');
  });

  test('numeric cohorts are ordered by value, so 10 is later than 9', () => {
    const { entry } = figure([fig('10', '2024-03-20', 0.5), fig('9', '2023-03-20', 0.4)]);
    assert.equal(entry.cohort, '10');
  });

  test('without a scope, the overall figure is shown, including figures written without one', () => {
    const { entry } = figure([
      fig('2024', '2024-03-20', 0.7, { scope: 'master' }),
      fig('2024', '2024-03-20', 0.55),
    ]);
    assert.equal(entry.scope, 'overall');
    assert.equal(entry.rate, 0.55);
  });

  test('an explicit cohort and scope are shown even when later ones exist', () => {
    const { entry } = figure(
      [
        fig('2023', '2023-03-20', 0.6, { scope: 'master' }),
        fig('2023', '2023-03-20', 0.5),
        fig('2024', '2024-03-20', 0.7, { scope: 'master' }),
      ],
      { cohort: '2023', scope: 'master' },
    );
    assert.deepEqual([entry.cohort, entry.scope, entry.rate], ['2023', 'master', 0.6]);
  });

  test('blank cohort and scope mean the defaults', () => {
    const { entry } = figure(
      [fig('2023', '2023-03-20', 0.5), fig('2024', '2024-03-20', 0.6, { scope: 'master' })],
      { cohort: '', scope: '' },
    );
    assert.deepEqual([entry.cohort, entry.scope], ['2023', 'overall']);
  });

  test('the figure with the latest asOf is shown, whatever the feed order', () => {
    const { entry } = figure([
      fig('2024', '2024-01-10', 0.3),
      fig('2024', '2024-03-20', 0.55),
      fig('2024', '2024-02-15', 0.45),
    ]);
    assert.equal(entry.asOf, day('2024-03-20'));
  });

  test('of several figures on the same asOf, the last in feed order is shown', () => {
    const { entry } = figure([fig('2024', '2024-03-20', 0.5), fig('2024', '2024-03-20', 0.55)]);
    assert.equal(entry.rate, 0.55);
  });
});

describe('the comparison with the same time last year', () => {
  test('a figure of last year on the same date is the comparison', () => {
    const { previous } = figure([fig('2023', '2023-03-20', 0.52), fig('2024', '2024-03-20', 0.55)]);
    assert.equal(previous?.asOf, day('2023-03-20'));
  });

  test('a figure 20 days from the same date is the comparison', () => {
    assert.equal(compared('2024-03-21', '2023-03-01'), true);
  });

  test('a figure 21 days from the same date is the comparison by default', () => {
    assert.equal(compared('2024-03-22', '2023-03-01'), true);
  });

  test('a figure 22 days from the same date is hidden by default', () => {
    assert.equal(compared('2024-03-23', '2023-03-01'), false);
  });

  test('a wider window shows a figure 22 days away', () => {
    assert.equal(compared('2024-03-23', '2023-03-01', 30), true);
  });

  test('a window of 0 days shows only the same date', () => {
    assert.equal(compared('2024-03-20', '2023-03-20', 0), true);
    assert.equal(compared('2024-03-21', '2023-03-20', 0), false);
  });

  test('a window that is not a number of at least 0 days is 21 days', () => {
    assert.equal(compared('2024-03-22', '2023-03-01', NaN), true);
    assert.equal(compared('2024-03-23', '2023-03-01', -1), false);
  });

  test('Jan 3 and Dec 30 of the year before are 4 days apart', () => {
    assert.equal(compared('2024-01-03', '2022-12-30', 4), true);
    assert.equal(compared('2024-01-03', '2022-12-30', 3), false);
  });

  test('Dec 30 and Jan 3 of the same year are 4 days apart', () => {
    assert.equal(compared('2024-12-30', '2023-01-03', 4), true);
    assert.equal(compared('2024-12-30', '2023-01-03', 3), false);
  });

  test('Feb 29 is 1 day from Feb 28 of the year before', () => {
    assert.equal(compared('2024-02-29', '2023-02-28', 1), true);
    assert.equal(compared('2024-02-29', '2023-02-28', 0), false);
  });

  test('Feb 29 of last year counts as Feb 28 this year', () => {
    const placement = [fig('2024', '2024-02-29', 0.5), fig('2025', '2025-02-28', 0.6)];
    assert.ok(figure(placement, { windowDays: 0 }).previous);
  });

  test('the nearest figure of last year is the comparison', () => {
    const { previous } = figure([
      fig('2023', '2023-03-01', 0.4),
      fig('2023', '2023-03-18', 0.45),
      fig('2023', '2023-04-01', 0.5),
      fig('2024', '2024-03-20', 0.55),
    ]);
    assert.equal(previous?.asOf, day('2023-03-18'));
  });

  test('of two figures as near, the earlier is the comparison', () => {
    const { previous } = figure([
      fig('2023', '2023-03-22', 0.5),
      fig('2023', '2023-03-18', 0.45),
      fig('2024', '2024-03-20', 0.55),
    ]);
    assert.equal(previous?.asOf, day('2023-03-18'));
  });

  test('only a figure of the same scope is the comparison', () => {
    const { previous } = figure([
      fig('2023', '2023-03-20', 0.5, { scope: 'master' }),
      fig('2024', '2024-03-20', 0.55),
    ]);
    assert.equal(previous, undefined);
  });

  test('without last year\u2019s cohort there is no comparison, not an older one', () => {
    const result = figure([fig('2022', '2022-03-20', 0.5), fig('2024', '2024-03-20', 0.55)]);
    assert.equal(result.previous, undefined);
    assert.equal(result.diffPoints, undefined);
    assert.deepEqual(result.lastSeason, []);
  });

  test('the previous cohort of 2024届 is 2023届', () => {
    const { previous } = figure([
      fig('2022届', '2022-03-20', 0.4),
      fig('2023届', '2023-03-20', 0.5),
      fig('2024届', '2024-03-20', 0.55),
    ]);
    assert.equal(previous?.cohort, '2023届');
  });

  test('the previous cohort of 2023-2024 is 2022-2023', () => {
    const { previous } = figure([
      fig('2022-2023', '2023-03-20', 0.5),
      fig('2023-2024', '2024-03-20', 0.55),
    ]);
    assert.equal(previous?.cohort, '2022-2023');
  });

  test('the previous cohort of a cohort without digits is the one before it in order', () => {
    const { entry, previous } = figure([fig('B', '2024-03-20', 0.55), fig('A', '2023-03-20', 0.5)]);
    assert.deepEqual([entry.cohort, previous?.cohort], ['B', 'A']);
  });

  test('days are counted in the feed\u2019s zone', () => {
    const placement = [
      fig('2023', '2023-03-20T02:00:00+08:00', 0.5),
      fig('2024', '2024-03-20T12:00:00+08:00', 0.55),
    ];
    assert.ok(figure(placement, { windowDays: 0 }).previous);
  });

  test('days are counted in the zone given instead of the feed\u2019s', () => {
    const placement = [
      fig('2023', '2023-03-20T02:00:00+08:00', 0.5),
      fig('2024', '2024-03-20T12:00:00+08:00', 0.55),
    ];
    assert.equal(figure(placement, { windowDays: 0 }, 'UTC').previous, undefined);
  });
});

describe('the difference in points', () => {
  const diff = (now: number, before: number): number | undefined =>
    figure([fig('2023', '2023-03-20', before), fig('2024', '2024-03-20', now)]).diffPoints;

  test('a higher rate is a positive difference rounded to 0.1 points', () => {
    assert.equal(diff(0.552, 0.52), 3.2);
  });

  test('a lower rate is a negative difference', () => {
    assert.equal(diff(0.52, 0.552), -3.2);
  });

  test('an equal rate is a difference of 0, not -0', () => {
    assert.ok(Object.is(diff(0.55, 0.55), 0));
    assert.ok(Object.is(diff(0.5501, 0.5502), 0));
  });

  test('half a tenth rounds away from zero despite float error', () => {
    assert.equal(diff(0.5525, 0.52), 3.3);
    assert.equal(diff(0.52, 0.5525), -3.3);
  });
});

describe('the seasons', () => {
  const placement = [
    fig('2024', '2024-03-20', 0.55),
    fig('2023', '2023-06-01', 0.8),
    fig('2024', '2023-12-01', 0.2),
    fig('2023', '2022-12-01', 0.18),
    fig('2024', '2024-03-20', 0.56),
    fig('2023', '2023-03-20', 0.52),
    fig('2024', '2024-01-15', 0.35, { scope: 'master' }),
  ];

  test('this cohort\u2019s figures of the scope are in asOf order, one per asOf', () => {
    const { season } = figure(placement);
    assert.deepEqual(
      season.map(({ asOf, rate }) => ({ asOf, rate })),
      [
        { asOf: day('2023-12-01'), rate: 0.2 },
        { asOf: day('2024-03-20'), rate: 0.56 },
      ],
    );
  });

  test('last year\u2019s figures are in asOf order, each shifted to the same date a year later', () => {
    const { lastSeason } = figure(placement);
    assert.deepEqual(
      lastSeason.map(({ asOf, rate, shifted }) => ({ asOf, rate, shifted })),
      [
        { asOf: day('2022-12-01'), rate: 0.18, shifted: day('2023-12-01') },
        { asOf: day('2023-03-20'), rate: 0.52, shifted: day('2024-03-20') },
        { asOf: day('2023-06-01'), rate: 0.8, shifted: day('2024-06-01') },
      ],
    );
  });

  test('last year\u2019s Feb 29 is shifted to Feb 28', () => {
    const { lastSeason } = figure([fig('2024', '2024-02-29', 0.5), fig('2025', '2025-03-01', 0.6)]);
    assert.equal(lastSeason[0]?.shifted, day('2025-02-28'));
  });

  test('last year\u2019s season is given even when no figure is near enough to compare', () => {
    const result = figure([fig('2023', '2023-06-01', 0.8), fig('2024', '2024-03-20', 0.55)]);
    assert.equal(result.previous, undefined);
    assert.equal(result.lastSeason.length, 1);
  });
});

describe('the problems', () => {
  test('a feed without figures is a no-placement problem', () => {
    assert.deepEqual(problem([]), { problem: 'no-placement', cohorts: [], scopes: [] });
  });

  test('an unknown cohort is a no-cohort problem listing the scope\u2019s cohorts', () => {
    const placement = [
      fig('2024', '2024-03-20', 0.55),
      fig('2022', '2022-03-20', 0.5),
      fig('2021', '2021-03-20', 0.5, { scope: 'master' }),
    ];
    assert.deepEqual(problem(placement, { cohort: '2025' }), {
      problem: 'no-cohort',
      cohorts: ['2022', '2024'],
      scopes: ['master', 'overall'],
    });
  });

  test('an unknown scope is a no-scope problem listing every cohort and scope', () => {
    const placement = [
      fig('2024', '2024-03-20', 0.55, { scope: 'undergraduate' }),
      fig('2023', '2023-03-20', 0.5, { scope: 'master' }),
    ];
    assert.deepEqual(problem(placement, { scope: 'doctoral', cohort: '2024' }), {
      problem: 'no-scope',
      cohorts: ['2023', '2024'],
      scopes: ['master', 'undergraduate'],
    });
  });
});

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Nowhere/City'];

/** Placement figures as written in a feed, over a few years, cohorts and scopes. */
const placements = fc.array(
  fc.record({
    cohort: fc.constantFrom('2022', '2023', '2024', '2023届', '2024届', 'A', 'B', '2023-2024'),
    scope: fc.constantFrom('overall', 'master', undefined),
    rate: fc.double({ min: 0, max: 1, noNaN: true }),
    asOf: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  }),
  { maxLength: 12 },
);

const queries = fc.record({
  cohort: fc.option(fc.constantFrom('2023', '2024', '2024届', 'B', '', 'x'), { nil: undefined }),
  scope: fc.option(fc.constantFrom('overall', 'master', '', 'x'), { nil: undefined }),
  windowDays: fc.option(fc.oneof(fc.integer({ min: -3, max: 400 }), fc.constant(NaN)), {
    nil: undefined,
  }),
});

/** The month and day of an instant in a zone, `MM-DD`. */
const monthDay = (instant: number, zone: string): string => dayInZone(instant, zone).slice(5);

/**
 * Whether `before`'s month and day falls within `days` days of `now`'s date (Feb 29 counting as
 * Feb 28 in a year without it), by walking the calendar day by day.
 */
function within(now: number, before: number, days: number, zone: string): boolean {
  const target = monthDay(before, zone);
  const start = Date.parse(dayInZone(now, zone));
  for (let k = -days; k <= days; k++) {
    const date = new Date(start + k * 86_400_000);
    const y = date.getUTCFullYear();
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const want = target === '02-29' && !leap ? '02-28' : target;
    if (date.toISOString().slice(5, 10) === want) return true;
  }
  return false;
}

describe('properties', () => {
  test('never throws on any placement list, query or zone', () => {
    fc.assert(
      fc.property(
        fc.oneof(placements, fc.array(fc.anything())),
        queries,
        fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
        (placement, query, zone) => {
          const { feed } = parseFeed({ version: 1, placement });
          assert.ok(feed);
          placementFigure(feed, query, zone);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('the difference has the sign of the rates\u2019 difference, or is 0', () => {
    fc.assert(
      fc.property(placements, queries, (placement, query) => {
        const result = placementFigure(feedOf({ placement }), query);
        if ('problem' in result || !result.previous) return;
        const { entry, previous, diffPoints } = result as Required<PlacementFigure>;
        const sign = Math.sign(diffPoints);
        assert.ok(sign === 0 || sign === Math.sign(entry.rate - previous.rate));
        assert.ok(Math.abs(diffPoints - (entry.rate - previous.rate) * 100) <= 0.05 + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  test('the comparison is always of the same scope and within the window', () => {
    fc.assert(
      fc.property(
        placements,
        queries,
        fc.constantFrom(...ZONES.slice(0, 4)),
        (placement, query, zone) => {
          const result = placementFigure(feedOf({ placement }), query, zone);
          if ('problem' in result || !result.previous) return;
          const { entry, previous } = result;
          const days = query.windowDays! >= 0 ? query.windowDays! : 21;
          assert.equal(previous.scope, entry.scope);
          assert.notEqual(previous.cohort, entry.cohort);
          assert.ok(within(entry.asOf, previous.asOf, Math.min(days, 366), zone));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
