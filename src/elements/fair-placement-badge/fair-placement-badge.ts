import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { FeedController } from '../../core/feed-controller.js';
import { feedNotice, staleNote } from '../../core/feed-status.js';
import {
  LangController,
  catalogLang,
  dateTimeFormat,
  langOf,
  listFormat,
  numberFormat,
  t,
  type Message,
} from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import {
  placementFigure,
  type PlacementFigure,
  type PlacementProblem,
} from '../../feed/placement.js';
import { resolveText } from '../../feed/text.js';
import type { FeedIssue, Placement } from '../../feed/types.js';
import { styles } from './fair-placement-badge.styles.js';
import { badgeSVG, type BadgeColors, type BadgeVariant } from './svg.js';
import { M as W, placementWords, sparkPaths, type PlacementWords } from './words.js';

/** What the element shows. */
export type PlacementView = 'loading' | 'error' | 'problem' | 'ready';

const VARIANTS: readonly BadgeVariant[] = ['badge', 'ring', 'card'];

const M = {
  'no-placement': [
    '数据中没有去向落实率（placement）。',
    'The feed has no placement figures (placement).',
  ],
  missing: [
    '数据中没有{what}为“{value}”的去向落实率（有：{list}），请检查 {attr} 属性。',
    'The feed has no placement figures for the {attr} “{value}” (it has: {list}). Check the {attr} attribute.',
  ],
  leftOut: ['以下数据有误，未采用：', 'These figures are invalid and were left out:'],
  about: ['数据说明', 'About this figure'],
  meaning: [
    '去向落实率是已落实毕业去向（就业、升学等）的毕业生占毕业生总数的比例。',
    'The placement rate is the share of graduates with a confirmed destination (a job, further study and so on).',
  ],
  counts: [
    '已落实 {placed} 人，毕业生共 {graduates} 人',
    '{placed} of {graduates} graduates placed',
  ],
  placed: ['已落实 {placed} 人', '{placed} graduates placed'],
  graduates: ['毕业生共 {graduates} 人', '{graduates} graduates'],
  compared: ['{comparison}。{against}', '{comparison}. {against}'],
  source: ['来源：', 'Source: '],
  noComparison: [
    '暂无去年同期数据可比较',
    'No figure from the same time last year to compare with',
  ],
} satisfies Record<string, Message>;

/** Chinese for the issues a webmaster is most likely to meet; English uses the parser's sentence. */
const ZH_ISSUES: Record<string, string> = {
  'rate-percentage': '{found} 看起来是百分数，请写作 {hint}',
  'rate-out-of-range': '比率应在 0 到 1 之间，实际是 {found}',
};

/**
 * The placement rate (去向落实率) of a graduating class, read from a fairkit feed, and how it compares
 * with the same time last year.
 *
 * Shows the rate of `cohort` (default: the latest) and `scope` (default: `overall`) at its latest
 * date, formatted for the element's language, with its label and date. The comparison is the one
 * the feed contract defines: the previous cohort's same-scope figure nearest the same day of the
 * year, at most `compare-window` days away (21 by default), else none (never an invented one). It
 * is shown as an arrow, signed points and words, never by colour alone. What the figure means, its
 * source and counts are in a disclosure button reachable by keyboard (its content is made only when opened,
 * and Escape closes it). `toSVG()` gives the badge as a
 * standalone picture. No timers.
 *
 * @summary The placement rate, and how it compares with last year.
 *
 * @fires {CustomEvent<FeedLoadEventDetail>} fair-feed-load - The feed loaded (`detail: { feed, issues, stale, url }`), from the feed controller.
 * @fires {CustomEvent<FeedErrorEventDetail>} fair-feed-error - The feed could not be loaded (`detail: { error, issues, url }`), from the feed controller.
 *
 * @slot - Fallback content shown before the feed arrives, when it fails, and without JavaScript
 *   (e.g. the figure as plain text).
 *
 * @csspart base - The wrapper; also `base--<variant>` (`base--badge`, `base--ring`, `base--card`).
 * @csspart pill - The badge variant's pill.
 * @csspart meter - The ring variant's `role="meter"`.
 * @csspart ring - The ring's drawing; `ring-fill` is its filled arc.
 * @csspart label - "2024届毕业生去向落实率".
 * @csspart value - The rate, "55.2%".
 * @csspart date - "截至 3月20日".
 * @csspart change - The comparison: arrow, signed points and words; also `change--up`, `change--down`, `change--same`.
 * @csspart arrow - "▲", "▼" or "=".
 * @csspart trend - The card's sparkline with its legend.
 * @csspart sparkline - The sparkline's drawing.
 * @csspart details - The "数据说明 / About this figure" disclosure.
 * @csspart summary - The disclosure's button (`aria-expanded`).
 * @csspart about - What the disclosure shows when open: the figure, counts, the comparison, the source.
 * @csspart source - The source of the figure (a link when it has a URL).
 * @csspart issues - Figures of the feed left out as invalid, with what to write instead.
 * @csspart problem - Why there is no figure to show (no placement, unknown cohort or scope).
 * @csspart status - The loading note.
 * @csspart error - The feed error message, with the feed's URL.
 * @csspart stale - The "cached copy" note shown when the feed could not be refreshed.
 *
 * @cssproperty --fair-placement-badge-accent - The figure's highlight: ring, pill, sparkline (falls back to `--fair-accent`).
 * @cssproperty --fair-placement-badge-text - Text colour (falls back to `--fair-text`).
 * @cssproperty --fair-placement-badge-muted - Dates and notes (falls back to `--fair-muted`).
 * @cssproperty --fair-placement-badge-surface - Background (falls back to `--fair-surface`).
 * @cssproperty --fair-placement-badge-border - Border and the ring's track (falls back to `--fair-border`).
 * @cssproperty --fair-placement-badge-radius - Corner radius of the card (falls back to `--fair-radius`).
 * @cssproperty --fair-placement-badge-font - Font family (falls back to `--fair-font`).
 * @cssproperty --fair-placement-badge-value-size - Size of the figure (card: 2.5em, ring: 1.6em).
 * @cssproperty --fair-placement-badge-ring-size - Diameter of the ring (8em).
 */
export class FairPlacementBadge extends LitElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cohort: {},
    scope: {},
    compareWindow: { attribute: 'compare-window' },
    variant: { reflect: true },
    label: {},
  };

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  declare src?: string;

  /** The feed as an object, instead of `src`. */
  declare feed?: unknown;

  /** The cohort shown (`2024`); by default the latest one with a figure for `scope`. */
  declare cohort?: string;

  /** The scope shown: `overall` (default), `undergraduate`, `master`, `doctoral` … as in the feed. */
  declare scope?: string;

  /** How many days last year's figure may be from the same date and still be compared (21 by default). */
  declare compareWindow?: string;

  /** `badge` (default), a compact pill; `ring`, a progress ring; `card`, the figure with a sparkline. */
  declare variant: string;

  /** The label shown instead of the one from the feed ("2024届毕业生去向落实率"). */
  declare label?: string;

  readonly #feed = new FeedController(this);

  /* Derived in willUpdate. */
  #lang = 'zh-CN';
  #view: PlacementView = 'loading';
  #variant: BadgeVariant = 'badge';
  #timeZone = 'Asia/Shanghai';
  #figure: PlacementFigure | undefined;
  #problem: PlacementProblem | undefined;
  #words: PlacementWords | undefined;
  #issues: FeedIssue[] = [];
  /** Whether "about this figure" is open: its content is made only then (a page of 100 badges). */
  #open = false;

  constructor() {
    super();
    this.variant = 'badge';
    new LangController(this);
  }

  protected override willUpdate(): void {
    const { status, feed } = this.#feed;
    this.#lang = langOf(this);
    this.#variant = VARIANTS.find((v) => v === this.variant) ?? 'badge';
    this.#figure = this.#problem = this.#words = undefined;
    this.#issues = [];
    if (status !== 'ready' || !feed) {
      this.#view = status === 'error' ? 'error' : 'loading';
      return;
    }
    this.#timeZone = feed.timeZone;
    this.#issues = this.#feed.issues.filter(
      (issue) => issue.severity === 'error' && issue.path.startsWith('placement['),
    );
    const found = placementFigure(feed, {
      cohort: this.cohort?.trim(),
      scope: this.scope?.trim(),
      windowDays: this.compareWindow?.trim() ? Number(this.compareWindow) : undefined,
    });
    if ('problem' in found) {
      this.#view = 'problem';
      this.#problem = found;
      return;
    }
    this.#view = 'ready';
    this.#figure = found;
    this.#words = placementWords(found, this.#lang, this.#timeZone, Date.now(), this.label);
  }

  /**
   * The badge as it looks now, as a standalone SVG document string (for WeChat articles, e-mails,
   * PDFs); `null` while there is no figure to show. Text is measured in the element's own font and
   * colours come from its current theme (dark mode included). Node code can make the same picture
   * with `placementSVG` from `fairkit/placement-svg.js`.
   *
   * @param variant - another variant than the element's own
   */
  toSVG(variant: BadgeVariant = this.#variant): string | null {
    const base = this.renderRoot.querySelector('div');
    if (!this.#figure || !base) return null;
    // Each colour as the browser resolves it (light-dark(), the page's tokens), on a probe.
    const probe = base.appendChild(document.createElement('i'));
    const colors = {} as BadgeColors;
    for (const name of ['accent', 'text', 'muted', 'surface', 'tint', 'border'] as const) {
      probe.style.color = `var(--_${name})`;
      colors[name] = getComputedStyle(probe).color;
    }
    probe.remove();
    const font = getComputedStyle(base).fontFamily;
    const context = document.createElement('canvas').getContext('2d')!;
    return badgeSVG(this.#figure, this.#words!, {
      variant,
      colors,
      font,
      legend: [t(this.#lang, W.now), t(this.#lang, W.last)],
      measure: (text, size, weight) => {
        context.font = `${weight} ${size}px ${font}`;
        return context.measureText(text).width;
      },
    });
  }

  override render(): TemplateResult {
    const view = this.#view;
    return html`<div
      part="base base--${this.#variant} base--${view}"
      lang=${this.#lang}
      @keydown=${this.#onKeydown}
    >
      ${
        view === 'ready'
          ? this.#renderFigure(this.#figure!, this.#words!)
          : view === 'problem'
            ? this.#renderProblem(this.#problem!)
            : feedNotice(this.#feed, this.#lang, this.src)
      }
      ${staleNote(this.#feed, this.#lang)}
    </div>`;
  }

  #renderFigure(figure: PlacementFigure, w: PlacementWords): TemplateResult {
    const variant = this.#variant;
    const percent = +(figure.entry.rate * 100).toFixed(2);
    const details = this.#renderDetails(figure, w);
    if (variant === 'badge') {
      return html`<span part="pill"
          ><span part="label">${w.label}</span> <strong part="value">${w.value}</strong>
          ${
            w.trend
              ? html`<span part="change change--${w.trend}"
                  ><span aria-hidden="true"><span part="arrow">${w.arrow}</span> ${w.points}</span
                  ><span class="visually-hidden">${w.comparison}</span></span
                >`
              : nothing
          }
          <span class="visually-hidden">${w.asOf}</span></span
        >
        ${details}`;
    }
    return html`${
        variant === 'ring'
          ? html`<div
              part="meter"
              role="meter"
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${percent}
              aria-valuetext=${[w.value, w.comparison].filter(Boolean).join(t(this.#lang, W.comma))}
              aria-label=${w.label}
            >
              <svg part="ring" viewBox="0 0 36 36" aria-hidden="true">
                <circle cx="18" cy="18" r="16"></circle>
                <circle
                  part="ring-fill"
                  cx="18"
                  cy="18"
                  r="16"
                  pathLength="100"
                  stroke-dasharray="${percent} 100"
                  transform="rotate(-90 18 18)"
                ></circle>
              </svg>
              <strong part="value">${w.value}</strong>
            </div>`
          : html`<p part="value">${w.value}</p>`
      }
      <p part="label">${w.label}</p>
      ${
        w.trend
          ? html`<p part="change change--${w.trend}">
              <span part="arrow" aria-hidden="true">${w.arrow}</span> ${w.change}
            </p>`
          : nothing
      }
      <p><time part="date" datetime=${w.iso}>${w.asOf}</time></p>
      ${variant === 'card' ? this.#renderTrend(figure) : nothing} ${details}`;
  }

  /** The card's sparkline of the season against last year's, described in words for screen readers. */
  #renderTrend(figure: PlacementFigure): TemplateResult | typeof nothing {
    if (!figure.season[1] && !figure.lastSeason[1]) return nothing;
    const lang = this.#lang;
    const paths = sparkPaths(figure, 200, 48);
    const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const day = dateTimeFormat(lang, { timeZone: this.#timeZone, month: 'short', day: 'numeric' });
    const comma = t(lang, W.comma);
    const series = (which: Message, points: Placement[]): string =>
      t(lang, W.head, { l: t(lang, which) }) +
      points.map((p) => `${day.format(p.asOf)} ${percent.format(p.rate)}`).join(comma);
    return html`<figure part="trend">
      <svg
        part="sparkline"
        viewBox="0 0 200 48"
        preserveAspectRatio="none"
        role="img"
        aria-label=${[
          series(W.now, figure.season),
          ...(paths.last ? [series(W.last, figure.lastSeason)] : []),
        ].join(catalogLang(lang) === 'zh' ? '；' : '; ')}
      >
        ${paths.last ? svg`<path class="last" d=${paths.last}></path>` : nothing}
        <path d=${paths.now}></path>
      </svg>
      <figcaption aria-hidden="true">
        <span class="key">${t(lang, W.now)}</span>
        ${paths.last ? html`<span class="key last">${t(lang, W.last)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  /** What the figure means: the figure again, counts, the figure compared with, source, definition. */
  #renderDetails({ entry }: PlacementFigure, w: PlacementWords): TemplateResult {
    const lang = this.#lang;
    const { placed, graduates } = entry;
    const count = (n?: number) => (n === undefined ? '' : numberFormat(lang).format(n));
    const counts = t(
      lang,
      M[placed === undefined ? 'graduates' : graduates === undefined ? 'placed' : 'counts'],
      { placed: count(placed), graduates: count(graduates) },
    );
    const compared = w.against
      ? t(lang, M.compared, { comparison: w.comparison, against: w.against })
      : t(lang, M.noComparison);
    const source = entry.source === undefined ? '' : resolveText(entry.source, lang);
    const url = entry.sourceUrl;
    return html`<div part="details">
      <button
        part="summary"
        type="button"
        aria-expanded=${this.#open}
        aria-controls="about"
        @click=${this.#onToggle}
      >
        ${
          this.#variant === 'badge'
            ? html`<span class="info" aria-hidden="true">i</span
                ><span class="visually-hidden">${t(lang, M.about)}</span>`
            : t(lang, M.about)
        }
      </button>
      ${
        this.#open
          ? html`<div class="about" id="about" part="about">
              <p>${t(lang, W.head, { l: w.label })}${w.value}${t(lang, W.comma)}${w.asOf}</p>
              ${placed === undefined && graduates === undefined ? nothing : html`<p>${counts}</p>`}
              <p>${compared}</p>
              <p>${t(lang, M.meaning)}</p>
              ${
                source || url
                  ? html`<p part="source">
                      ${t(lang, M.source)}${url ? html`<a href=${url}>${source || url}</a>` : source}
                    </p>`
                  : nothing
              }
              ${this.#renderIssues()}
            </div>`
          : nothing
      }
    </div>`;
  }

  #onToggle = (): void => {
    this.#open = !this.#open;
    this.requestUpdate();
  };

  /** Escape closes "about this figure" (the badge's floats over the page) and keeps the focus. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#open) return;
    this.#open = false;
    this.requestUpdate();
    this.renderRoot.querySelector('button')?.focus();
  };

  #renderProblem({ problem, cohorts, scopes }: PlacementProblem): TemplateResult {
    const lang = this.#lang;
    const attr = problem === 'no-cohort' ? 'cohort' : 'scope';
    return html`<div part="problem">
        <p>
          ${t(lang, problem === 'no-placement' ? M[problem] : M.missing, {
            attr,
            what: attr === 'cohort' ? '届别' : '范围',
            value: this[attr]?.trim() ?? '',
            list: listFormat(lang).format(
              (attr === 'cohort' ? cohorts : scopes).map((s) => `“${s}”`),
            ),
          })}
        </p>
        ${this.#renderIssues()}
      </div>
      <slot></slot>`;
  }

  /** The feed's placement figures left out, each with what to write instead where that is known. */
  #renderIssues(): TemplateResult | typeof nothing {
    const lang = this.#lang;
    const zh = catalogLang(lang) === 'zh';
    return this.#issues[0]
      ? html`<div part="issues">
          <p>${t(lang, M.leftOut)}</p>
          <ul>
            ${this.#issues.map(
              ({ code, path, params, message }) =>
                html`<li>
                  ${path}${zh ? '：' : ': '}${
                    zh ? t(lang, [ZH_ISSUES[code] ?? '数据有误，未采用', ''], params) : message
                  }
                </li>`,
            )}
          </ul>
        </div>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-placement-badge': FairPlacementBadge;
  }
}
