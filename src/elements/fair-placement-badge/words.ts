/**
 * What the placement badge says, in words: the figure, its label, its date and the comparison with
 * the same time last year, for the element and for its static SVG alike. Pure (Intl only, no DOM),
 * so `toSVG` runs in Node too.
 */
import { dateTimeFormat, isoDate, numberFormat, t, type Message } from '../../core/i18n.js';
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
  isoAsOf: string;
  /** Set only with a comparison. */
  trend?: Trend;
  /** "▲", "▼" or "=" (never the only sign of the trend: `points` and `comparison` say it too). */
  arrow: string;
  /** "+3.2", "−1.0", "0.0": percentage points, signed. */
  points: string;
  /** "+3.2 个百分点", "+3.2 points". */
  pointsText: string;
  /** "高于去年同期", "higher than the same time last year", "与去年同期持平". */
  direction: string;
  /** One sentence: "高于去年同期 3.2 个百分点", "3.2 points higher than the same time last year". */
  comparison: string;
  /** "去年同期（2023年3月18日）为 52.0%": the figure compared with. */
  against: string;
  /** Everything above in one sentence, for an accessible name or an SVG's `<title>`. */
  summary: string;
}

export const M = {
  label: ['{cohort}毕业生去向落实率', 'Class of {cohort} placement rate'],
  labelOf: ['{label}去向落实率', '{label} placement rate'],
  asOf: ['截至 {date}', 'as of {date}'],
  up: ['高于去年同期 {points} 个百分点', '{points} points higher than the same time last year'],
  down: ['低于去年同期 {points} 个百分点', '{points} points lower than the same time last year'],
  same: ['与去年同期持平', 'the same as at this time last year'],
  points: ['{points} 个百分点', '{points} points'],
  upWord: ['高于去年同期', 'higher than the same time last year'],
  downWord: ['低于去年同期', 'lower than the same time last year'],
  sameWord: ['与去年同期持平', 'the same as at this time last year'],
  thisSeason: ['本届', 'This year'],
  lastSeason: ['去年同期', 'Last year'],
  against: ['去年同期（{date}）为 {value}', 'A year earlier ({date}): {value}'],
  summary: ['{label}：{value}，{asOf}{comparison}', '{label}: {value}, {asOf}{comparison}'],
} satisfies Record<string, Message>;

/** The contract's scopes: what readers call the graduates each counts. */
const SCOPES: Readonly<Record<string, Message>> = {
  undergraduate: ['本科生', 'undergraduates'],
  bachelor: ['本科生', 'undergraduates'],
  associate: ['专科生', 'associate graduates'],
  graduate: ['研究生', 'postgraduates'],
  master: ['硕士研究生', 'master’s graduates'],
  doctoral: ['博士研究生', 'doctoral graduates'],
};

const ARROWS: Record<Trend, string> = { up: '▲', down: '▼', same: '=' };

/** "2024届" for cohort `2024` in Chinese, "2024" in English: the cohort as readers name it. */
const cohortName = (cohort: string, zh: boolean): string =>
  zh ? cohort.replace(/^\d+$/, '$&届') : cohort.replace(/届$/, '');

/**
 * The label of a figure: the page's own `label` when given; else the feed's `label` (taken as the
 * cohort's name, "2024届", unless it already names the rate: "…率" or "…rate"); else one made from
 * the cohort. A scope other than `overall` is added ("· 本科生").
 */
export function placementLabel(figure: PlacementFigure, lang: string, own?: string): string {
  if (own) return own;
  const { cohort, label, scope } = figure.entry;
  const zh = lang.toLowerCase().startsWith('zh');
  const named = label === undefined ? '' : resolveText(label, lang);
  const text = /率|rate/i.test(named)
    ? named
    : named
      ? t(lang, M.labelOf, { label: named })
      : t(lang, M.label, { cohort: cohortName(cohort, zh) });
  if (scope === 'overall') return text;
  return `${text} · ${Object.hasOwn(SCOPES, scope) ? t(lang, SCOPES[scope]!) : scope}`;
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
  const { entry, previous, diffPoints } = figure;
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const thisYear = isoDate(now, timeZone).slice(0, 4);
  const day = (at: Instant): string =>
    dateTimeFormat(lang, {
      timeZone,
      month: 'long',
      day: 'numeric',
      ...(isoDate(at, timeZone).startsWith(thisYear) ? {} : { year: 'numeric' }),
    }).format(at);
  const words: PlacementWords = {
    label: placementLabel(figure, lang, label),
    value: percent.format(entry.rate),
    asOf: t(lang, M.asOf, { date: day(entry.asOf) }),
    isoAsOf: isoDate(entry.asOf, timeZone),
    arrow: '',
    points: '',
    pointsText: '',
    direction: '',
    comparison: '',
    against: '',
    summary: '',
  };
  if (previous && diffPoints !== undefined) {
    const trend: Trend = diffPoints > 0 ? 'up' : diffPoints < 0 ? 'down' : 'same';
    const points = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    words.trend = trend;
    words.arrow = ARROWS[trend];
    words.points = numberFormat(lang, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(diffPoints);
    words.pointsText = t(lang, M.points, { points: words.points });
    words.direction = t(lang, M[`${trend}Word`]);
    words.comparison = t(lang, M[trend], { points: points.format(Math.abs(diffPoints)) });
    words.against = t(lang, M.against, {
      // Last year's date always with its year: it is never this year's.
      date: dateTimeFormat(lang, { timeZone, dateStyle: 'long' }).format(previous.asOf),
      value: percent.format(previous.rate),
    });
  }
  const zh = lang.toLowerCase().startsWith('zh');
  words.summary = t(lang, M.summary, {
    label: words.label,
    value: words.value,
    asOf: words.asOf,
    comparison: words.comparison ? (zh ? '，' : ', ') + words.comparison : '',
  });
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
  const now = figure.season.map((p) => [p.asOf, p.rate] as const);
  const last = figure.lastSeason.map((p) => [p.shifted, p.rate] as const);
  const times = [...now, ...last].map(([at]) => at);
  const from = Math.min(...times);
  const span = Math.max(...times) - from;
  const x = (at: number): number =>
    +(pad + (span ? ((at - from) / span) * (w - 2 * pad) : (w - 2 * pad) / 2)).toFixed(1);
  const y = (rate: number): number => +(h - pad - rate * (h - 2 * pad)).toFixed(1);
  const path = (points: (readonly [number, number])[]): string =>
    points.map(([at, rate], i) => `${i ? 'L' : 'M'}${x(at)} ${y(rate)}`).join('') +
    (points.length === 1 ? 'h0' : '');
  const [endAt, endRate] = now[now.length - 1]!;
  return { now: path(now), last: last.length ? path(last) : '', end: [x(endAt), y(endRate)] };
}
