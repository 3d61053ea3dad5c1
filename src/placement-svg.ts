/**
 * The placement badge as a static SVG, from a feed, without a browser: for a build step or a
 * command that writes `badge.svg` for a WeChat article, an e-mail or a PDF. The element's
 * `toSVG()` draws the same picture with the browser's text layout; here text widths are the
 * documented estimate of `estimateWidth` (or a `measure` of your own), and every text is fitted to
 * its width with `textLength`.
 *
 * @example
 * import { placementSVG } from 'fairkit/placement-svg.js';
 * const { svg, issues } = placementSVG(JSON.parse(text), { cohort: '2024', lang: 'zh-CN' });
 */
import { parseFeed } from './feed/parse.js';
import { placementFigure, type PlacementProblem, type PlacementQuery } from './feed/placement.js';
import type { FeedIssue } from './feed/types.js';
import { badgeSVG, type BadgeSVGOptions } from './elements/fair-placement-badge/svg.js';
import { M, placementWords } from './elements/fair-placement-badge/words.js';
import { t } from './core/i18n.js';

export {
  badgeSVG,
  estimateWidth,
  LIGHT,
  type BadgeColors,
  type BadgeSVGOptions,
  type BadgeVariant,
  type TextMeasure,
} from './elements/fair-placement-badge/svg.js';
export { placementWords, type PlacementWords } from './elements/fair-placement-badge/words.js';
export {
  placementFigure,
  type PlacementFigure,
  type PlacementProblem,
  type PlacementQuery,
} from './feed/placement.js';

/** Options of {@link placementSVG}: what to show, how, and in which language. */
export interface PlacementSVGOptions extends PlacementQuery, BadgeSVGOptions {
  /** The language of the texts; `zh-CN` by default. */
  lang?: string;
  /** The label instead of the feed's. */
  label?: string;
  /** "Now", which decides whether dates need their year; the current time by default. */
  now?: number;
  /** The feed's own URL, for its relative URLs. */
  baseUrl?: string;
}

/** What {@link placementSVG} made: the picture, or why there is none, and what the feed got wrong. */
export interface PlacementSVGResult {
  /** The SVG document, `null` when there is no figure to draw. */
  svg: string | null;
  /** Why there is no figure (no feed, no placement, unknown cohort or scope). */
  problem?: PlacementProblem['problem'] | 'not-feed';
  /** Every issue `parseFeed` found in the feed. */
  issues: FeedIssue[];
}

/**
 * The placement badge of a feed as an SVG string. Never throws on any input.
 *
 * @param input - the feed: JSON text or the parsed object
 * @param options - cohort, scope, window, variant, language, label
 */
export function placementSVG(
  input: unknown,
  options: PlacementSVGOptions = {},
): PlacementSVGResult {
  const { feed, issues } = parseFeed(input, { baseUrl: options.baseUrl });
  if (!feed) return { svg: null, problem: 'not-feed', issues };
  const lang = options.lang || 'zh-CN';
  const figure = placementFigure(feed, options);
  if ('problem' in figure) return { svg: null, problem: figure.problem, issues };
  const words = placementWords(
    figure,
    lang,
    feed.timeZone,
    options.now ?? Date.now(),
    options.label,
  );
  return {
    svg: badgeSVG(figure, words, {
      legend: [t(lang, M.now), t(lang, M.last)],
      ...options,
    }),
    issues,
  };
}
