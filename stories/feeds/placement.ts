/**
 * Feeds for the placement badge's stories, built in code: a fictional university's placement
 * figures (去向落实率) for the classes of 2023 and 2024, with counts behind every rate and the
 * bulletin each was published in. Dates are fixed calendar dates in Asia/Shanghai, never relative
 * to today: a placement figure is history, and the comparison depends only on the two dates.
 */

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One published figure: `[asOf, rate, graduates]`; `placed` is worked out from the rate. */
type Row = [asOf: string, rate: number, graduates: number];

const SOURCE = {
  'zh-CN': '就业指导中心 毕业去向落实情况通报',
  en: 'Career Centre placement bulletin',
};

/** The class of 2024 in March: 55.2% overall, as the brief for the badge has it. */
const LATEST: Row = ['2024-03-20', 0.552, 7865];

/** The class of 2023 two days from the same date a year earlier: 52.0%, so +3.2 points. */
const YEAR_BEFORE: Row = ['2023-03-18', 0.52, 7512];

/** The class of 2023 five weeks from the same date: outside the default 21-day window. */
const TOO_EARLY: Row = ['2023-02-16', 0.38, 7512];

/** The class of 2024's season, roughly monthly bulletins from October to March. */
const SEASON_2024: Row[] = [
  ['2023-10-19', 0.096, 7865],
  ['2023-11-16', 0.172, 7865],
  ['2023-12-21', 0.248, 7865],
  ['2024-01-18', 0.331, 7865],
  ['2024-02-22', 0.41, 7865],
  LATEST,
];

/** The class of 2023's whole season, October to the end of August. */
const SEASON_2023: Row[] = [
  ['2022-10-20', 0.088, 7512],
  ['2022-11-17', 0.16, 7512],
  ['2022-12-15', 0.231, 7512],
  ['2023-01-19', 0.305, 7512],
  TOO_EARLY,
  YEAR_BEFORE,
  ['2023-04-20', 0.611, 7512],
  ['2023-05-18', 0.702, 7512],
  ['2023-06-30', 0.834, 7512],
  ['2023-08-31', 0.903, 7512],
];

/** The other scopes on the two March dates: `[scope, rate 2024, graduates 2024, rate 2023, graduates 2023]`. */
const SCOPES: [string, number, number, number, number][] = [
  ['undergraduate', 0.531, 5127, 0.507, 4986],
  ['master', 0.589, 2738, 0.548, 2526],
];

/** One `placement` entry. */
function entry(cohort: string, [asOf, rate, graduates]: Row, scope = 'overall'): Raw {
  return {
    cohort,
    label: { 'zh-CN': `${cohort}届`, en: `Class of ${cohort}` },
    scope,
    rate,
    asOf,
    graduates,
    placed: Math.round(rate * graduates),
    source: SOURCE,
    sourceUrl: `https://career.example.edu.cn/placement/${cohort}/${asOf}`,
  };
}

/** What {@link placementFeed} puts in the feed. */
export interface PlacementFeedOptions {
  /**
   * The class of 2023's figures: `comparable` (default), one two days from the same date, so there
   * is a comparison; `outside-window`, one five weeks away, so there is none within 21 days;
   * `none`, no class of 2023 at all.
   */
  lastYear?: 'comparable' | 'outside-window' | 'none';
  /** Monthly figures for both classes (a sparkline on the card), not only the March ones. */
  season?: boolean;
  /** Undergraduate and master's figures as well as overall ones (on the March dates). */
  scopes?: boolean;
  /** The class of 2024's latest figure written as a percentage, `55` where `0.55` is meant. */
  percentage?: boolean;
}

/** A feed with the placement figures described by `options` and nothing else. */
export function placementFeed(options: PlacementFeedOptions = {}): Raw {
  const { lastYear = 'comparable', season = false, scopes = false, percentage = false } = options;
  const now = season ? SEASON_2024 : [LATEST];
  const before =
    lastYear === 'none'
      ? []
      : season
        ? SEASON_2023.filter((row) => lastYear === 'comparable' || row !== YEAR_BEFORE)
        : [lastYear === 'comparable' ? YEAR_BEFORE : TOO_EARLY];
  const placement = [
    ...before.map((row) => entry('2023', row)),
    ...now.map((row) => entry('2024', row)),
  ];
  if (scopes) {
    for (const [scope, rate, graduates, rateBefore, graduatesBefore] of SCOPES) {
      if (lastYear !== 'none') {
        const [asOf] = lastYear === 'comparable' ? YEAR_BEFORE : TOO_EARLY;
        placement.push(entry('2023', [asOf, rateBefore, graduatesBefore], scope));
      }
      placement.push(entry('2024', [LATEST[0], rate, graduates], scope));
    }
  }
  if (percentage) {
    // The mistake the parser names: 55 for 55%, on the newest overall figure.
    const latest = placement.findLast((p) => p.cohort === '2024' && p.scope === 'overall')!;
    latest.rate = 55;
    latest.placed = Math.round(0.55 * latest.graduates);
  }
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    organizer: {
      name: { 'zh-CN': '华东理工科技大学就业指导中心', en: 'Career Centre, East China Tech' },
      url: 'https://career.example.edu.cn/',
    },
    updated: '2024-03-21T10:00:00+08:00',
    placement,
  };
}
