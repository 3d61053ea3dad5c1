/**
 * What the placement badge says, in words: the figure, its label, its date and the comparison with
 * the same time last year, for the element and for its static SVG alike. Pure (Intl only, no DOM),
 * so `toSVG` runs in Node too.
 */
import {
  catalogLang,
  dateTimeFormat,
  isoDate,
  numberFormat,
  t,
  type Message,
} from '../../core/i18n.js';
import type { PlacementFigure } from '../../feed/placement.js';
import { resolveText } from '../../feed/text.js';
import type { Instant } from '../../feed/types.js';

/** Which way the figure moved since the same time last year. */
export type Trend = 'up' | 'down' | 'same';

/** The badge's texts in one language. */
export interface PlacementWords {
  /** "2024届毕业生去向落实率", "Class of 2024 placement rate" (with the scope when not overall). */
  label: string;
  /** "55.2%": the rate with at most one decimal. */
  value: string;
  /** "截至 3月20日", "as of March 20" (with the year when it is not this year). */
  asOf: string;
  /** `2024-03-20`, for `<time datetime>`. */
  iso: string;
  /** Set only with a comparison. */
  trend?: Trend;
  /** "▲", "▼" or "=" (never the only sign of the trend: `points` and `change` say it too). */
  arrow: string;
  /** "+3.2", "-1.0", "0.0": percentage points, signed. */
  points: string;
  /** "+3.2 个百分点 · 高于去年同期": signed points and words, as shown. */
  change: string;
  /** One sentence: "高于去年同期 3.2 个百分点", "3.2 points higher than the same time last year". */
  comparison: string;
  /** "去年同期（2023年3月18日）为 52%": the figure compared with (at most one decimal). */
  against: string;
  /** The label, figure, date and comparison in one sentence (accessible names, the SVG's title). */
  summary: string;
}

export const M = {
  label: ['{c}毕业生去向落实率', 'Class of {c} placement rate'],
  named: ['{c}去向落实率', '{c} placement rate'],
  asOf: ['截至 {d}', 'as of {d}'],
  up: ['高于去年同期', 'higher than the same time last year'],
  down: ['低于去年同期', 'lower than the same time last year'],
  same: ['与去年同期持平', 'the same as at this time last year'],
  points: ['{p} 个百分点', '{p} points'],
  sentence: ['{d} {p}', '{p} {d}'],
  against: ['去年同期（{d}）为 {v}', 'A year earlier ({d}): {v}'],
  head: ['{l}：', '{l}: '],
  comma: ['，', ', '],
  now: ['本届', 'This year'],
  last: ['去年同期', 'Last year'],
} satisfies Record<string, Message>;

/** The contract's scopes: what readers call the graduates each counts. */
const SCOPES: Readonly<Record<string, Message>> = {
  undergraduate: ['本科生', 'undergraduates'],
  associate: ['专科生', 'associate graduates'],
  master: ['硕士研究生', 'master’s graduates'],
  doctoral: ['博士研究生', 'doctoral graduates'],
};

const ARROWS = { up: '▲', down: '▼', same: '=' };

/**
 * The label of a figure: the page's own `label` when given; else the feed's `label` (taken as the
 * cohort's name, "2024届", unless it already names the rate: "…率" or "…rate"); else one made from
 * the cohort ("2024届" in Chinese, "Class of 2024" in English). A scope other than `overall` is
 * added ("· 本科生").
 */
function labelOf({ cohort, label, scope }: PlacementFigure['entry'], lang: string, own?: string) {
  if (own) return own;
  const zh = catalogLang(lang) === 'zh';
  const named = label === undefined ? '' : resolveText(label, lang);
  const text = /率|rate/i.test(named)
    ? named
    : named
      ? t(lang, M.named, { c: named })
      : t(lang, M.label, { c: zh ? cohort.replace(/^\d+$/, '$&届') : cohort.replace(/届$/, '') });
  return scope === 'overall'
    ? text
    : `${text} · ${Object.hasOwn(SCOPES, scope) ? t(lang, SCOPES[scope]!) : scope}`;
}

/**
 * The badge's texts.
 *
 * @param figure - from `placementFigure`
 * @param lang - the language to speak
 * @param timeZone - the feed's zone: dates are calendar dates there
 * @param now - to tell whether a date needs its year
 * @param label - the page's own label, if any
 */
export function placementWords(
  figure: PlacementFigure,
  lang: string,
  timeZone: string,
  now: Instant,
  label?: string,
): PlacementWords {
  const { entry, previous, diffPoints = 0 } = figure;
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const iso = isoDate(entry.asOf, timeZone);
  const trend: Trend | undefined =
    previous && (diffPoints > 0 ? 'up' : diffPoints < 0 ? 'down' : 'same');
  const words = {
    label: labelOf(entry, lang, label),
    value: percent.format(entry.rate),
    asOf: t(lang, M.asOf, {
      d: dateTimeFormat(lang, {
        timeZone,
        month: 'long',
        day: 'numeric',
        // The year only when it is not this year's.
        year: iso.startsWith(isoDate(now, timeZone).slice(0, 4)) ? undefined : 'numeric',
      }).format(entry.asOf),
    }),
    iso,
    trend,
    arrow: '',
    points: '',
    change: '',
    comparison: '',
    against: '',
    summary: '',
  };
  if (trend) {
    const direction = t(lang, M[trend]);
    words.arrow = ARROWS[trend];
    words.points = numberFormat(lang, { ...decimal, signDisplay: 'exceptZero' }).format(diffPoints);
    words.change = `${t(lang, M.points, { p: words.points })} · ${direction}`;
    words.comparison =
      trend === 'same'
        ? direction
        : t(lang, M.sentence, {
            d: direction,
            p: t(lang, M.points, { p: numberFormat(lang, decimal).format(Math.abs(diffPoints)) }),
          });
    words.against = t(lang, M.against, {
      // Last year's date always with its year.
      d: dateTimeFormat(lang, { timeZone, dateStyle: 'long' }).format(previous!.asOf),
      v: percent.format(previous!.rate),
    });
  }
  words.summary =
    t(lang, M.head, { l: words.label }) +
    [words.value, words.asOf, words.comparison].filter(Boolean).join(t(lang, M.comma));
  return words;
}

/** Paths of a sparkline: this season's figures and last season's (moved a year on), in `w × h`. */
export interface SparkPaths {
  /** `M x y L x y …` of this season; a single figure is a point (`M x y h0`). */
  now: string;
  /** The same for last season, `''` without one. */
  last: string;
  /** Where this season's last figure is, for a dot. */
  end: [number, number];
}

/**
 * The sparkline of a figure's season against last year's, on one calendar (last year's dates moved
 * a year on) and an honest scale: 0% at the bottom, 100% at the top.
 *
 * @param figure - from `placementFigure`
 * @param w - width of the drawing
 * @param h - height of the drawing
 * @param pad - room kept free at each edge (for the line's width and the dot)
 */
export function sparkPaths(figure: PlacementFigure, w: number, h: number, pad = 3): SparkPaths {
  const now = figure.season.map((p) => [p.asOf, p.rate]);
  const last = figure.lastSeason.map((p) => [p.shifted, p.rate]);
  const times = [...now, ...last].map(([at]) => at!);
  const from = Math.min(...times);
  const span = Math.max(...times) - from;
  const point = ([at, rate]: number[]): [number, number] => [
    +(pad + (span ? (at! - from) / span : 0.5) * (w - 2 * pad)).toFixed(1),
    +(h - pad - rate! * (h - 2 * pad)).toFixed(1),
  ];
  const path = (points: number[][]): string =>
    points.map((p, i) => (i ? 'L' : 'M') + point(p).join(' ')).join('') +
    (points.length === 1 ? 'h0' : '');
  return { now: path(now), last: last.length ? path(last) : '', end: point(now[now.length - 1]!) };
}
