import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { badgeSVG, estimateWidth } from '../../src/elements/fair-placement-badge/svg.js';
import { placementWords, sparkPaths } from '../../src/elements/fair-placement-badge/words.js';
import { placementFigure, type PlacementFigure } from '../../src/feed/placement.js';
import { placementSVG } from '../../src/placement-svg.js';
import { corruptedFeed, validFeed } from './arbitraries.js';
import { RUNS, feedOf } from './helpers.js';

const ZONE = 'Asia/Shanghai';
/** A moment in 2024 in Shanghai: dates of 2024 are shown without their year. */
const NOW_2024 = Date.parse('2024-05-01T12:00:00+08:00');

const fig = (cohort: string, asOf: string, rate: number, extra: object = {}) => ({
  cohort,
  asOf,
  rate,
  ...extra,
});

const SPRING = [
  fig('2023', '2023-01-10', 0.3),
  fig('2023', '2023-03-18', 0.52, { graduates: 8000, placed: 4160 }),
  fig('2024', '2024-01-12', 0.33),
  fig('2024', '2024-03-20', 0.552, { graduates: 8412, placed: 4643 }),
];

function figureOf(placement: object[], query = {}): PlacementFigure {
  const result = placementFigure(feedOf({ placement }), query);
  assert.ok(!('problem' in result));
  return result;
}

const words = (placement: object[], lang = 'zh-CN', query = {}, label?: string) =>
  placementWords(figureOf(placement, query), lang, ZONE, NOW_2024, label);

/**
 * Checks that `xml` is well-formed enough to be an SVG file: tags nest and close, attribute values
 * are quoted, and text holds no raw `<` or stray `&`.
 */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(xml))) {
    at = token.lastIndex;
    const [, close, name, , selfClose, text] = m;
    if (text !== undefined) {
      assert.doesNotMatch(text, /&(?!#\d+;|amp;|lt;|gt;|quot;)/, `stray & in ${text}`);
      continue;
    }
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the wrong tag`);
    else if (!selfClose) stack.push(name!);
  }
  assert.equal(at, xml.length, `not well-formed at ${xml.slice(at, at + 40)}`);
  assert.deepEqual(stack, [], 'unclosed tags');
}

describe('what the badge says', () => {
  test('the rate is a percentage with at most one decimal', () => {
    assert.equal(words(SPRING).value, '55.2%');
  });

  test('the label names the cohort in Chinese', () => {
    assert.equal(words(SPRING).label, '2024届毕业生去向落实率');
  });

  test('the label names the class in English', () => {
    assert.equal(words(SPRING, 'en').label, 'Class of 2024 placement rate');
  });

  test("the feed's label stands for the cohort", () => {
    assert.equal(
      words([fig('2024', '2024-03-20', 0.5, { label: '2024届' })]).label,
      '2024届去向落实率',
    );
  });

  test('a feed label that names the rate is shown as written', () => {
    const label = { 'zh-CN': '本科毕业生就业率', en: 'Graduate employment rate' };
    const placement = [fig('2024', '2024-03-20', 0.5, { label })];
    assert.equal(words(placement).label, '本科毕业生就业率');
    assert.equal(words(placement, 'en').label, 'Graduate employment rate');
  });

  test("the page's label wins over the feed's", () => {
    assert.equal(words(SPRING, 'zh-CN', {}, '今年的落实率').label, '今年的落实率');
  });

  test('a scope other than overall is named', () => {
    const placement = [fig('2024', '2024-03-20', 0.5, { scope: 'undergraduate' })];
    assert.equal(
      words(placement, 'zh-CN', { scope: 'undergraduate' }).label,
      '2024届毕业生去向落实率 · 本科生',
    );
    assert.equal(
      words(placement, 'en', { scope: 'undergraduate' }).label,
      'Class of 2024 placement rate · undergraduates',
    );
  });

  test('an unknown scope is shown as the feed writes it', () => {
    const placement = [fig('2024', '2024-03-20', 0.5, { scope: '医学院' })];
    assert.match(words(placement, 'zh-CN', { scope: '医学院' }).label, / · 医学院$/);
  });

  test('a date of this year is shown without its year', () => {
    assert.equal(words(SPRING).asOf, '截至 3月20日');
    assert.equal(words(SPRING, 'en').asOf, 'as of March 20');
  });

  test('a date of another year is shown with its year', () => {
    const w = placementWords(
      figureOf(SPRING),
      'zh-CN',
      ZONE,
      Date.parse('2025-02-01T00:00:00+08:00'),
    );
    assert.equal(w.asOf, '截至 2024年3月20日');
  });

  test('the date is a calendar date in the feed’s zone', () => {
    assert.equal(words(SPRING).iso, '2024-03-20');
  });

  test('a higher rate than last year is said with an arrow, a sign and words', () => {
    const w = words(SPRING);
    assert.equal(w.trend, 'up');
    assert.equal(w.arrow, '▲');
    assert.equal(w.points, '+3.2');
    assert.equal(w.change, '+3.2 个百分点 · 高于去年同期');
    assert.equal(w.comparison, '高于去年同期 3.2 个百分点');
  });

  test('a lower rate than last year is said in English too', () => {
    const w = words([fig('2023', '2023-03-20', 0.6), fig('2024', '2024-03-20', 0.59)], 'en');
    assert.equal(w.trend, 'down');
    assert.equal(w.arrow, '▼');
    assert.equal(w.points, '-1.0');
    assert.equal(w.comparison, '1.0 points lower than the same time last year');
  });

  test('the same rate as last year is said as such', () => {
    const w = words([fig('2023', '2023-03-20', 0.5), fig('2024', '2024-03-20', 0.5)]);
    assert.equal(w.trend, 'same');
    assert.equal(w.points, '0.0');
    assert.equal(w.comparison, '与去年同期持平');
  });

  test('the figure compared with is named with its date and rate', () => {
    assert.equal(words(SPRING).against, '去年同期（2023年3月18日）为 52%');
  });

  test('without last year there are no comparison words at all', () => {
    const w = words([fig('2024', '2024-03-20', 0.5)]);
    assert.equal(w.trend, undefined);
    assert.equal(w.comparison + w.arrow + w.points + w.against, '');
    assert.equal(w.summary, '2024届毕业生去向落实率：50%，截至 3月20日');
  });

  test('the summary says everything in one sentence', () => {
    assert.equal(
      words(SPRING).summary,
      '2024届毕业生去向落实率：55.2%，截至 3月20日，高于去年同期 3.2 个百分点',
    );
  });

  test('any language gets Intl’s digits and the English words', () => {
    const w = words(SPRING, 'ar-EG');
    assert.equal(
      w.value,
      new Intl.NumberFormat('ar-EG', { style: 'percent', maximumFractionDigits: 1 }).format(0.552),
    );
    assert.match(w.comparison, /points higher/);
  });
});

describe('the sparkline', () => {
  test('0% is at the bottom and 100% at the top', () => {
    const f = figureOf([fig('2024', '2024-01-01', 0), fig('2024', '2024-03-01', 1)]);
    assert.equal(sparkPaths(f, 100, 50, 0).now, 'M0 50L100 0');
  });

  test('last year is drawn on this year’s calendar', () => {
    const f = figureOf([
      fig('2023', '2023-03-01', 0.5),
      fig('2024', '2024-01-01', 0.2),
      fig('2024', '2024-03-01', 0.6),
    ]);
    const { last, now } = sparkPaths(f, 100, 10, 0);
    assert.equal(now, 'M0 8L100 4');
    // Last year's March 1 is this year's: the same x as this year's last figure.
    assert.equal(last, 'M100 5h0');
  });

  test('a single figure is a point in the middle', () => {
    const { now, end } = sparkPaths(figureOf([fig('2024', '2024-03-01', 0.5)]), 100, 10, 0);
    assert.equal(now, 'M50 5h0');
    assert.deepEqual(end, [50, 5]);
  });
});

describe('text widths without a layout', () => {
  test('an ideograph is one em wide', () => {
    assert.equal(estimateWidth('去向落实率', 10, 400), 50);
  });

  test('Latin text is narrower than as many ideographs', () => {
    assert.ok(estimateWidth('rate', 10, 400) < estimateWidth('落实率啊', 10, 400));
  });

  test('bold text is wider', () => {
    assert.ok(estimateWidth('55.2%', 10, 700) > estimateWidth('55.2%', 10, 400));
  });
});

describe('the badge as SVG', () => {
  const spring = figureOf(SPRING);
  const springWords = words(SPRING);

  for (const variant of ['badge', 'ring', 'card'] as const) {
    test(`the ${variant} is a well-formed SVG document with its size`, () => {
      const svg = badgeSVG(spring, springWords, { variant });
      assertWellFormed(svg);
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/,
      );
    });

    test(`the ${variant} says what the element says, in its title`, () => {
      const svg = badgeSVG(spring, springWords, { variant });
      assert.ok(svg.includes(`<title>${springWords.summary}</title>`));
      assert.ok(svg.includes('role="img"'));
      assert.ok(svg.includes('>55.2%</text>'));
    });
  }

  test('every text is fitted to the width measured for it', () => {
    const svg = badgeSVG(spring, springWords, { measure: () => 42 });
    const lengths = [...svg.matchAll(/textLength="(\d+)"/g)].map((m) => m[1]);
    assert.ok(lengths.length >= 2);
    assert.ok(lengths.every((n) => n === '42'));
  });

  test('a longer label makes a wider badge', () => {
    const width = (label: string) =>
      Number(/width="(\d+)"/.exec(badgeSVG(spring, { ...springWords, label }))![1]);
    assert.ok(width('2024届本科毕业生去向落实率（全校）') > width('2024届'));
  });

  test('the card draws this season and last season', () => {
    const svg = badgeSVG(spring, springWords, { variant: 'card', legend: ['本届', '去年同期'] });
    const plot = /<g transform="translate\(16 \d+\)">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    assert.equal(plot.match(/<path /g)?.length, 2);
    assert.equal(plot.match(/stroke-dasharray="3 3"/g)?.length, 1);
    assert.ok(svg.includes('>本届</text>') && svg.includes('>去年同期</text>'));
  });

  test('the ring is filled as far as the rate', () => {
    assert.ok(
      badgeSVG(spring, springWords, { variant: 'ring' }).includes('stroke-dasharray="55.2 100"'),
    );
  });

  test('text from the feed stays text', () => {
    const hostile = words([
      fig('2024', '2024-03-20', 0.5, { label: '<script>alert(1)</script> & "x" 率' }),
    ]);
    const svg = badgeSVG(figureOf([fig('2024', '2024-03-20', 0.5)]), hostile, { variant: 'card' });
    assertWellFormed(svg);
    assert.ok(!svg.includes('<script'));
    assert.ok(svg.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34; 率'));
  });

  test('colours of the element’s theme are used', () => {
    const svg = badgeSVG(spring, springWords, { colors: { accent: 'rgb(1, 2, 3)' } });
    assert.ok(svg.includes('fill="rgb(1, 2, 3)"'));
  });
});

describe('placementSVG, from a feed in Node', () => {
  const feed = { version: 1, placement: SPRING };

  test('JSON text makes the badge', () => {
    const { svg, problem, issues } = placementSVG(JSON.stringify(feed), { now: NOW_2024 });
    assert.equal(problem, undefined);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
    assert.ok(svg?.includes('>2024届毕业生去向落实率</text>'));
  });

  test('the language, cohort and variant are the caller’s', () => {
    const { svg } = placementSVG(feed, {
      lang: 'en',
      cohort: '2023',
      variant: 'ring',
      now: NOW_2024,
    });
    assert.ok(svg?.includes('>Class of 2023 placement rate</text>'));
    assert.ok(svg?.includes('<circle'));
  });

  test('something that is not a feed makes no picture and says so', () => {
    const result = placementSVG('{"version": 2}');
    assert.equal(result.svg, null);
    assert.equal(result.problem, 'not-feed');
    assert.ok(result.issues.length > 0);
  });

  test('an unknown cohort makes no picture and says so', () => {
    assert.deepEqual(
      { ...placementSVG(feed, { cohort: '1999' }), issues: [] },
      { svg: null, problem: 'no-cohort', issues: [] },
    );
  });

  test('a rate written as a percentage is reported and not drawn', () => {
    const { svg, issues } = placementSVG({
      version: 1,
      placement: [fig('2024', '2024-03-20', 55)],
    });
    assert.equal(svg, null);
    assert.equal(issues[0]?.code, 'rate-percentage');
  });

  test('any feed gives a well-formed picture or none, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(validFeed(), corruptedFeed()),
        fc.constantFrom('badge', 'ring', 'card'),
        (input, variant) => {
          const { svg } = placementSVG(input, { variant: variant as 'badge' });
          if (svg) assertWellFormed(svg);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
