import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ClockController } from '../../core/clock.js';
import { emit } from '../../core/emit.js';
import { FeedController } from '../../core/feed-controller.js';
import { feedNotice, noFairText, staleNote } from '../../core/feed-status.js';
import {
  dateTimeFormat,
  langOf,
  LangController,
  numberFormat,
  t,
  type Message,
} from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { EMPLOYER_TYPES, vocabWord } from '../../core/vocab.js';
import { employerEntries, orderEntries, type EmployerEntry } from '../../feed/employers.js';
import {
  activitiesByEmployer,
  activityEnd,
  dayInZone,
  pickFair,
  talkStatus,
} from '../../feed/queries.js';
import type { Activity, Fair, Feed } from '../../feed/types.js';
import { styles } from './fair-employer-carousel.styles.js';

/** `detail` of `fair-employer-select`. */
export interface FairEmployerSelectDetail {
  employerId: string;
  /** The employer's (first) booth in the fair shown, `undefined` when it has none. */
  boothId: string | undefined;
}

/** `detail` of `fair-carousel-change`. */
export interface FairCarouselChangeDetail {
  /** The page shown now, from 1. */
  page: number;
  pages: number;
}

/** What a `fair-booth-map` offers the carousel (duck-typed: the map need not be defined yet). */
interface BoothMapLike extends HTMLElement {
  focusBooth?(id: string): void;
}

const M = {
  label: ['参展单位', 'Employers'],
  carousel: ['轮播', 'carousel'],
  slide: ['幻灯片', 'slide'],
  previous: ['上一页', 'Previous page'],
  next: ['下一页', 'Next page'],
  pageOf: ['第 {page} 页，共 {pages} 页', 'Page {page} of {pages}'],
  goTo: ['翻到第几页', 'Go to page'],
  stop: ['停止自动播放', 'Stop automatic slide show'],
  start: ['开始自动播放', 'Start automatic slide show'],
  positions: ['{count} 个岗位', '{count} position|{count} positions'],
  openings: ['招 {count} 人', '{count} opening|{count} openings'],
  booth: ['展位 {booth}', 'Booth {booth}'],
  showBooth: ['在展位图上查看展位 {booth}', 'Show booth {booth} on the floor plan'],
  apply: ['投递简历', 'Apply'],
  site: ['单位主页', 'Website'],
  video: ['视频介绍', 'Video'],
  closeVideo: ['关闭视频', 'Close video'],
  openVideo: ['在新窗口打开视频', 'Open the video in a new window'],
  live: ['直播中', 'Live now'],
  talkAt: ['{time} 宣讲', 'Talk at {time}'],
  none: ['没有符合条件的参展单位', 'No employers match'],
  empty: ['还没有参展单位', 'No employers yet'],
} satisfies Record<string, Message>;

/** Seconds between slides when `autoplay` is given without a number. */
const DEFAULT_INTERVAL = 5;
/** Rows of the logo wall (`layout="grid"`); its columns, like the carousel's slides per view, come from the CSS. */
const GRID_ROWS = 3;

let motionQuery: MediaQueryList | undefined;
const reducedMotion = (): boolean =>
  (motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;

/** Right to left, from the `dir` of the element or its ancestors (no style read, unlike `direction`). */
function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(el).direction === 'rtl';
  }
}

/**
 * The employers of a job fair (or of the whole feed) as a carousel or a logo wall, following the
 * WAI-ARIA APG carousel pattern: no rotation unless `autoplay` asks for it, and then a pause button
 * first in tab order; rotation stops on hover and on keyboard focus (and does not restart by
 * itself after focus), never runs with reduced motion; every slide is a labelled group
 * ("中国核工业集团 · 3 / 120"). Only the page shown is in the DOM, so 1,227 employers cost what 3 do.
 *
 * Each slide: logo on a neutral plate (a lettered placeholder when there is none or it fails),
 * names, industry, region and type, positions, booth, links, a video that is created and played only
 * on request, and "live now" / "talk at 14:00" from the employer's activities on the shared clock.
 *
 * @summary The employers, with logos, positions, videos and links.
 *
 * @fires {CustomEvent<FairEmployerSelectDetail>} fair-employer-select - A booth was chosen on a slide (`detail: { employerId, boothId }`).
 *   Cancelable: `preventDefault()` keeps the linked map (`map`) from showing it.
 * @fires {CustomEvent<FairCarouselChangeDetail>} fair-carousel-change - Another page is shown (`detail: { page, pages }`, from 1).
 * @fires {CustomEvent<FeedLoadEventDetail>} fair-feed-load - The feed loaded (`detail: { feed, issues, stale, url }`), from the feed controller.
 * @fires {CustomEvent<FeedErrorEventDetail>} fair-feed-error - The feed could not be loaded (`detail: { error, issues, url }`), from the feed controller.
 *
 * @slot - Fallback content shown before the feed arrives, when it fails, and without JavaScript.
 *
 * @csspart base - The carousel (`aria-roledescription="carousel"`); also `base--grid`.
 * @csspart controls - The row of rotation, previous, position and next controls.
 * @csspart rotation - The pause / play button (only with `autoplay`).
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart position - "12 / 409".
 * @csspart scrubber - The range input that goes to any page.
 * @csspart slides - The page of slides.
 * @csspart slide - One employer; also `slide--live` when one of its activities is live now.
 * @csspart logo - The plate behind the logo or the placeholder.
 * @csspart initial - The lettered placeholder of an employer without a (working) logo.
 * @csspart name - The employer's name (short name when it has one).
 * @csspart full-name - The full registered name, when a short name is shown.
 * @csspart meta - Industry, region and employer type.
 * @csspart positions - Number of positions and openings, and the top titles.
 * @csspart live - "直播中 / Live now", a link to the live stream.
 * @csspart talk - "14:00 宣讲 / Talk at 14:00".
 * @csspart links - The row of booth, apply, website and video actions.
 * @csspart booth - The booth number (a button when `map` names a booth map).
 * @csspart apply - The application link.
 * @csspart site - The website link.
 * @csspart video-button - The button that opens the video.
 * @csspart player - The video with its close button and link, in place of the logo.
 * @csspart video - The `<video>`, created when asked for.
 * @csspart video-link - "Open the video in a new window", for a video the browser cannot play.
 * @csspart empty - The note shown when no employer matches.
 * @csspart status - The loading note, or the note that the `fair` named is not in the feed.
 * @csspart error - The feed error message, with the feed's URL.
 * @csspart stale - The "cached copy" note shown when the feed could not be refreshed.
 *
 * @cssproperty --fair-employer-carousel-accent - Buttons, marks and focus (falls back to `--fair-accent`).
 * @cssproperty --fair-employer-carousel-text - Text colour (falls back to `--fair-text`).
 * @cssproperty --fair-employer-carousel-muted - Secondary text (falls back to `--fair-muted`).
 * @cssproperty --fair-employer-carousel-surface - Slide background (falls back to `--fair-surface`).
 * @cssproperty --fair-employer-carousel-border - Slide border (falls back to `--fair-border`).
 * @cssproperty --fair-employer-carousel-radius - Corner radius (falls back to `--fair-radius`).
 * @cssproperty --fair-employer-carousel-font - Font family (falls back to `--fair-font`).
 * @cssproperty --fair-employer-carousel-plate - Background of the logo plate.
 * @cssproperty --fair-employer-carousel-gap - Space between slides.
 */
export class FairEmployerCarousel extends LitElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    fair: {},
    industry: {},
    type: {},
    tag: {},
    order: {},
    layout: { reflect: true },
    autoplay: {},
    map: {},
    label: {},
  };

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  declare src?: string;

  /** The feed as an object, instead of `src`. */
  declare feed?: unknown;

  /**
   * `id` of the fair whose employers are shown; without it, every employer of the feed, with their
   * booths in the fair that is running or next (the one a booth map shows by default).
   */
  declare fair?: string;

  /** Only employers of this industry (its id, or its name in any language). */
  declare industry?: string;

  /** Only employers of this type (`central-soe`, `soe`, `private`, `foreign`, …). */
  declare type?: string;

  /** Only employers with this tag (in any language). */
  declare tag?: string;

  /** `feed` (default), `name`, or `shuffle` (a new order each day, the same all day). */
  declare order: string;

  /** `carousel` (default) or `grid`, a paged logo wall. */
  declare layout: string;

  /** Seconds between pages; rotation is off without it (and always with reduced motion). */
  declare autoplay?: string;

  /** `id` of a `<fair-booth-map>` on the page: a slide's booth number then shows the booth there. */
  declare map?: string;

  /** The carousel's accessible name, when a page has more than one ("参展单位 / Employers" by default). */
  declare label?: string;

  readonly #feed = new FeedController(this);
  /** Seconds while rotating; minutes while a slide shows a live or later-today mark; else off. */
  readonly #clock = new ClockController(this, undefined, (now) => this.#onTick(now));

  /* Derived in willUpdate. */
  #lang = 'zh-CN';
  #data: Feed | undefined;
  #fairOf: Fair | undefined;
  #entries: EmployerEntry[] = [];
  #entriesFor: unknown[] = [];
  #talks = new Map<string, Activity[]>();
  #talksFor: Feed | undefined;
  /** When the last employer activity ends: the marks need the clock until then. */
  #talksUntil = 0;

  /** The first entry shown: the page follows it when the number per page changes. */
  #first = 0;
  /** Slides per page, from the CSS (`--_per-view` × rows). */
  #perPage = 3;
  #resize: ResizeObserver | undefined;
  /** The slides element measured last. */
  #slides: Element | null = null;
  #frame = 0;

  /* Rotation (APG): `playing` unless stopped by the visitor, by keyboard focus or reduced motion. */
  #playing = false;
  #hovered = false;
  #elapsed = 0;
  #playingFor: string | undefined;
  /** Started by the visitor (button or `play()`), so reduced motion does not stop it. */
  #byVisitor = false;
  /** The minute the live and later-today marks were drawn for. */
  #minute = 0;

  /* Logos that failed to load, the employer whose video is open, where a swipe began. */
  #failed = new Set<string>();
  #video: string | undefined;
  #swipe: { x: number; y: number } | undefined;

  constructor() {
    super();
    this.order = 'feed';
    this.layout = 'carousel';
    // Not ticking by itself, it hears of a page's language switch this way.
    new LangController(this);
  }

  /** The page shown, from 1. */
  get page(): number {
    return Math.floor(this.#first / this.#perPage) + 1;
  }

  /** How many pages there are. */
  get pages(): number {
    return Math.max(1, Math.ceil(this.#entries.length / this.#perPage));
  }

  /** Shows page `page` (from 1; clamped). */
  goTo(page: number): void {
    const target = Math.min(Math.max(1, Math.round(page) || 1), this.pages);
    if (target === this.page) return;
    this.#first = (target - 1) * this.#perPage;
    this.#elapsed = 0;
    // A video open on the page turned away closes (and no longer holds the rotation).
    this.#video = undefined;
    this.requestUpdate();
    emit<FairCarouselChangeDetail>(this, 'fair-carousel-change', {
      page: target,
      pages: this.pages,
    });
  }

  /** The next page (after the last, the first). */
  next(): void {
    this.goTo(this.page >= this.pages ? 1 : this.page + 1);
  }

  /** The previous page (before the first, the last). */
  previous(): void {
    this.goTo(this.page <= 1 ? this.pages : this.page - 1);
  }

  /** Starts the rotation (even with reduced motion: the visitor asked for it). */
  play(): void {
    this.#playing = this.#byVisitor = true;
    this.#elapsed = 0;
    this.requestUpdate();
  }

  /** Stops the rotation until `play()` or the rotation button. */
  pause(): void {
    this.#playing = false;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured in the next frame: a new page size changes the height, which inside the
    // observer's own callback would be reported as a ResizeObserver loop.
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#measure());
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    cancelAnimationFrame(this.#frame);
    this.#hovered = false;
  }

  get #interval(): number {
    return Number(this.autoplay) > 0 ? Number(this.autoplay) : DEFAULT_INTERVAL;
  }

  protected override willUpdate(): void {
    this.#lang = langOf(this);
    const { status, feed } = this.#feed;
    const data = status === 'ready' && feed ? feed : undefined;
    this.#data = data;
    this.#fairOf = data && this.fair ? data.fairs.find((fair) => fair.id === this.fair) : undefined;
    const now = Date.now();
    const day = data ? dayInZone(now, data.timeZone) : '';
    const boothsOf = data && !this.fair ? pickFair(data, now) : undefined;
    const inputs = [
      data,
      this.#fairOf,
      boothsOf,
      this.industry,
      this.type,
      this.tag,
      this.order,
      day,
      this.#lang,
    ];
    if (inputs.some((input, i) => input !== this.#entriesFor[i])) {
      // Another feed, fair, filter or order starts again at the first page; a new day's shuffle
      // or another language keeps the page shown.
      if (inputs.slice(0, 7).some((input, i) => input !== this.#entriesFor[i])) this.#first = 0;
      this.#entriesFor = inputs;
      this.#entries = data
        ? orderEntries(
            employerEntries(
              data,
              {
                fair: this.#fairOf,
                boothsOf,
                industry: this.industry,
                type: this.type,
                tag: this.tag,
              },
              this.#lang,
            ),
            this.order,
            { lang: this.#lang, day, seed: this.fair ?? '' },
          )
        : [];
    }
    if (this.#first >= this.#entries.length) this.#first = 0;
    if (data !== this.#talksFor) {
      this.#talksFor = data;
      this.#talks = data ? activitiesByEmployer(data) : new Map();
      this.#talksUntil = Math.max(
        0,
        ...[...this.#talks.values()]
          .flat()
          .map((activity) => activityEnd(activity, data!.timeZone)),
      );
    }

    // Autoplay: on when asked for (and motion is welcome), once per value of the attribute.
    const wanted =
      this.autoplay != null && this.autoplay !== 'false' ? String(this.autoplay) : undefined;
    if (wanted !== this.#playingFor) {
      this.#playingFor = wanted;
      this.#playing = wanted !== undefined && !reducedMotion();
    }
    this.#minute = Math.floor(now / 60_000);
    this.#clock.unit = this.#rotating ? 'second' : now < this.#talksUntil ? 'minute' : undefined;
  }

  get #rotating(): boolean {
    return this.#playing && !this.#hovered && this.#video === undefined && this.pages > 1;
  }

  #onTick(now: number): void {
    // Reduced motion switched on during the visit stops a rotation the visitor did not start.
    if (this.#rotating && !this.#byVisitor && reducedMotion()) this.pause();
    else if (this.#rotating && ++this.#elapsed >= this.#interval) this.next();
    // Live and later-today marks follow the clock, a minute at a time.
    else if (now < this.#talksUntil && Math.floor(now / 60_000) !== this.#minute)
      this.requestUpdate();
  }

  /** Slides per page from the CSS, read when the element's width changes. */
  #measure(): void {
    const slides = this.renderRoot.querySelector<HTMLElement>('[part~="slides"]');
    if (!slides) return;
    const perView = Math.max(
      1,
      parseInt(getComputedStyle(slides).getPropertyValue('--_per-view')) || 1,
    );
    const perPage = this.layout === 'grid' ? perView * GRID_ROWS : perView;
    if (perPage === this.#perPage) return;
    // Keep the first slide shown on the page shown.
    this.#first = Math.floor(this.#first / perPage) * perPage;
    this.#perPage = perPage;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Measured when the slides first appear (after loading, too) and when the layout changes;
    // not on every page turn, which would read styles each time.
    const slides = this.renderRoot.querySelector('[part~="slides"]');
    if (slides !== this.#slides || changed.has('layout')) {
      this.#slides = slides;
      this.#measure();
    }
  }

  // --- events -----------------------------------------------------------------------------

  #onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.matches?.('input, video')) return;
    const rtl = isRtl(this);
    const keys: Record<string, () => void> = {
      ArrowLeft: () => (rtl ? this.next() : this.previous()),
      ArrowRight: () => (rtl ? this.previous() : this.next()),
      Home: () => this.goTo(1),
      End: () => this.goTo(this.pages),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  /** Keyboard focus inside stops the rotation for good (APG); a mouse click does not count. */
  #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as Element;
    if (this.#playing && target.matches?.(':focus-visible')) this.pause();
  };

  #onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.#hovered = true;
    this.requestUpdate();
  };

  #onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.#hovered = false;
    this.requestUpdate();
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') this.#swipe = { x: event.clientX, y: event.clientY };
  };

  #onPointerUp = (event: PointerEvent): void => {
    const start = this.#swipe;
    this.#swipe = undefined;
    if (!start) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(event.clientY - start.y)) return;
    const forward = dx < 0 !== isRtl(this);
    if (forward) this.next();
    else this.previous();
  };

  #onPointerCancel = (): void => {
    this.#swipe = undefined;
  };

  #onPrevious = (): void => this.previous();
  #onNext = (): void => this.next();

  #onRotation = (): void => (this.#playing ? this.pause() : this.play());

  #onScrub = (event: Event): void => {
    this.goTo(Number((event.target as HTMLInputElement).value));
  };

  #onBooth(entry: EmployerEntry): void {
    const boothId = entry.booths[0]?.id;
    const proceed = emit<FairEmployerSelectDetail>(this, 'fair-employer-select', {
      employerId: entry.employer.id,
      boothId,
    });
    if (!proceed || !this.map) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const map = (root.getElementById?.(this.map) ??
      document.getElementById(this.map)) as BoothMapLike | null;
    if (!map) return;
    map.focusBooth?.(boothId ?? entry.employer.id);
    // The top of the map, where the plan shows the booth (its list may be far below).
    map.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  #openVideo(id: string): void {
    this.#video = id;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const video = this.renderRoot.querySelector<HTMLVideoElement>('video');
      video?.focus();
      // Asked for by a click: sound is welcome, but a browser may still refuse; controls remain.
      video?.play().catch(() => {});
    });
  }

  #closeVideo = async (): Promise<void> => {
    const id = this.#video;
    this.#video = undefined;
    this.requestUpdate();
    await this.updateComplete;
    // Focus back where the video was opened, not lost to the page.
    this.renderRoot
      .querySelector<HTMLElement>(`[part~='video-button'][data-id="${CSS.escape(id ?? '')}"]`)
      ?.focus();
  };

  // --- render -----------------------------------------------------------------------------

  override render(): TemplateResult {
    const lang = this.#lang;
    const notice = feedNotice(this.#feed, lang, this.src);
    if (notice) return html`<div part="base">${notice}</div>`;
    if (this.fair && !this.#fairOf) {
      return html`<div part="base">
        <p part="status status--no-fair">${noFairText(lang, this.fair)}</p>
      </div>`;
    }
    const entries = this.#entries;
    const grid = this.layout === 'grid';
    const page = this.page;
    const pages = this.pages;
    const shown = entries.slice(this.#first, this.#first + this.#perPage);
    const filtered = this.industry || this.type || this.tag;
    return html`
      <section
        part="base${grid ? ' base--grid' : ''}"
        aria-roledescription=${t(lang, M.carousel)}
        aria-label=${this.label || t(lang, M.label)}
        @keydown=${this.#onKeyDown}
        @focusin=${this.#onFocusIn}
        @pointerenter=${this.#onPointerEnter}
        @pointerleave=${this.#onPointerLeave}
      >
        ${pages > 1 ? this.#renderControls(page, pages) : nothing}
        <div
          part="slides"
          id="slides"
          aria-live=${this.#rotating ? 'off' : 'polite'}
          @pointerdown=${this.#onPointerDown}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerCancel}
        >
          ${shown.map((entry, i) => this.#renderSlide(entry, this.#first + i + 1, entries.length, page === 1))}
        </div>
        ${entries.length ? nothing : html`<p part="empty">${t(lang, filtered ? M.none : M.empty)}</p>`}
        ${staleNote(this.#feed, lang)}
      </section>
    `;
  }

  #renderControls(page: number, pages: number): TemplateResult {
    const lang = this.#lang;
    // "1 / 1,227": digits grouped (and in the language's own numerals) like every figure.
    const n = (value: number) => numberFormat(lang).format(value);
    const autoplay = this.#playingFor !== undefined;
    return html`<div part="controls">
      ${
        autoplay
          ? html`<button
              part="rotation"
              type="button"
              @click=${this.#onRotation}
              aria-label=${t(lang, this.#playing ? M.stop : M.start)}
            >
              <span aria-hidden="true">${this.#playing ? '❚❚' : '▶'}</span>
            </button>`
          : nothing
      }
      <button
        part="previous"
        type="button"
        aria-controls="slides"
        aria-label=${t(lang, M.previous)}
        @click=${this.#onPrevious}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <input
        part="scrubber"
        type="range"
        min="1"
        max=${pages}
        .value=${String(page)}
        aria-label=${t(lang, M.goTo)}
        aria-valuetext=${t(lang, M.pageOf, { page: n(page), pages: n(pages) })}
        aria-controls="slides"
        @input=${this.#onScrub}
      />
      <span part="position" aria-hidden="true">${n(page)} / ${n(pages)}</span>
      <button
        part="next"
        type="button"
        aria-controls="slides"
        aria-label=${t(lang, M.next)}
        @click=${this.#onNext}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  #renderSlide(
    entry: EmployerEntry,
    index: number,
    count: number,
    firstPage: boolean,
  ): TemplateResult {
    const lang = this.#lang;
    const { employer } = entry;
    const id = employer.id;
    const title = entry.shortName || entry.name;
    const now = Date.now();
    const { live, laterToday } = this.#data
      ? talkStatus(this.#talks.get(id) ?? [], now, this.#data.timeZone)
      : {};
    const type = employer.type ? vocabWord(EMPLOYER_TYPES, employer.type, lang) : '';
    const meta = [entry.industry, entry.region, type].filter(Boolean).join(' · ');
    const { count: positions, openings, titles } = entry.positions;
    const booth = entry.booths[0];
    const logo = employer.logo && !this.#failed.has(id) ? employer.logo : undefined;
    const video = this.#video === id;
    return html`<div
      part="slide${live ? ' slide--live' : ''}"
      role="group"
      aria-roledescription=${t(lang, M.slide)}
      aria-label=${`${title} · ${numberFormat(lang).format(index)} / ${numberFormat(lang).format(count)}`}
    >
      ${
        video && employer.video
          ? html`<div part="player">
              <video
                part="video"
                src=${employer.video}
                controls
                playsinline
                preload="metadata"
                aria-label=${title}
              ></video>
              <button type="button" part="video-button" @click=${this.#closeVideo}>
                ${t(lang, M.closeVideo)}
              </button>
              <a part="video-link" href=${employer.video} target="_blank" rel="noopener"
                >${t(lang, M.openVideo)}</a
              >
            </div>`
          : html`<div part="logo">
              ${
                logo
                  ? html`<img
                      src=${logo}
                      alt=""
                      loading=${firstPage ? 'eager' : 'lazy'}
                      decoding="async"
                      @error=${() => {
                        this.#failed.add(id);
                        this.requestUpdate();
                      }}
                    />`
                  : html`<span part="initial" aria-hidden="true">${entry.initial}</span>`
              }
            </div>`
      }
      <p part="name">${title}</p>
      ${entry.shortName && entry.shortName !== entry.name ? html`<p part="full-name">${entry.name}</p>` : nothing}
      ${meta ? html`<p part="meta">${meta}</p>` : nothing}
      ${
        positions
          ? html`<p part="positions">
              ${[
                t(lang, M.positions, { count: positions }),
                openings ? t(lang, M.openings, { count: openings }) : '',
              ]
                .filter(Boolean)
                .join(
                  ' · ',
                )}${titles.length ? html`<br /><span>${titles.join(' / ')}</span>` : nothing}
            </p>`
          : nothing
      }
      ${
        live?.liveUrl
          ? html`<a part="live" href=${live.liveUrl}>${t(lang, M.live)}</a>`
          : laterToday
            ? html`<p part="talk">
                ${t(lang, M.talkAt, {
                  time: dateTimeFormat(lang, {
                    timeZone: this.#data!.timeZone,
                    hour: 'numeric',
                    minute: '2-digit',
                  }).format(laterToday.start),
                })}
              </p>`
            : nothing
      }
      <div part="links">
        ${
          booth
            ? this.map
              ? html`<button
                  part="booth"
                  type="button"
                  aria-label=${t(lang, M.showBooth, { booth: booth.label })}
                  @click=${() => this.#onBooth(entry)}
                >
                  ${t(lang, M.booth, { booth: booth.label })}
                </button>`
              : html`<span part="booth">${t(lang, M.booth, { booth: booth.label })}</span>`
            : nothing
        }
        ${employer.applyUrl ? html`<a part="apply" href=${employer.applyUrl}>${t(lang, M.apply)}</a>` : nothing}
        ${employer.url ? html`<a part="site" href=${employer.url}>${t(lang, M.site)}</a>` : nothing}
        ${
          employer.video && !video
            ? html`<button
                part="video-button"
                type="button"
                data-id=${id}
                @click=${() => this.#openVideo(id)}
              >
                ${t(lang, M.video)}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-employer-carousel': FairEmployerCarousel;
  }
  interface HTMLElementEventMap {
    'fair-employer-select': CustomEvent<FairEmployerSelectDetail>;
    'fair-carousel-change': CustomEvent<FairCarouselChangeDetail>;
  }
}
