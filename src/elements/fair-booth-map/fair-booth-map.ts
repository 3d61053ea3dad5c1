import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../core/emit.js';
import { FeedController } from '../../core/feed-controller.js';
import { feedNotice, noFairText, staleNote } from '../../core/feed-status.js';
import {
  langOf,
  LangController,
  listFormat,
  numberFormat,
  t,
  type Message,
} from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { DEGREES, EMPLOYER_TYPES, vocabWord } from '../../core/vocab.js';
import {
  boothIndex,
  facets,
  searchBooths,
  walkingOrder,
  type BoothEntry,
  type BoothIndex,
  type BoothMatch,
  type BoothQuery,
  type Facet,
} from '../../feed/booths.js';
import { pickFair } from '../../feed/queries.js';
import { resolveText } from '../../feed/text.js';
import type { Activity, Fair, Feed, Hall, Landmark } from '../../feed/types.js';
import { styles } from './fair-booth-map.styles.js';
import { createFloor, floorStyles, type Floor } from './floor.js';
import { ZoomPan } from './zoom.js';

/** `detail` of `fair-booth-select`. */
export interface FairBoothSelectDetail {
  /** The booth chosen, `undefined` for an employer without a booth. */
  boothId: string | undefined;
  /** Its employer, `undefined` for a free booth. */
  employerId: string | undefined;
}

const M = {
  map: ['展位图', 'Floor plan'],
  mapOf: ['展位图：{hall}', 'Floor plan: {hall}'],
  mapHelp: ['方向键移动，+ / − 缩放，0 显示全部', 'Arrow keys move, + / − zoom, 0 shows all'],
  halls: ['展馆', 'Halls'],
  floor: ['{floor} 层', 'Floor {floor}'],
  search: ['搜索', 'Search'],
  searchHint: [
    '单位名称、展位号、行业、岗位或专业',
    'Employer, booth number, industry, position or major',
  ],
  industry: ['行业', 'Industry'],
  type: ['单位性质', 'Employer type'],
  major: ['我的专业', 'My major'],
  majorHint: ['如：计算机', 'e.g. Computer Science'],
  degree: ['学历', 'Degree'],
  all: ['全部', 'All'],
  clear: ['清除筛选', 'Clear'],
  zoomIn: ['放大', 'Zoom in'],
  zoomOut: ['缩小', 'Zoom out'],
  fit: ['显示全部', 'Show all'],
  results: ['展位列表', 'Booths'],
  count: ['共 {count} 个展位', '{count} booth|{count} booths'],
  matches: ['找到 {count} 个结果', '{count} match|{count} matches'],
  none: ['没有找到匹配的单位或展位', 'No employer or booth matches'],
  more: ['再显示 {count} 个', 'Show {count} more'],
  free: ['空闲展位', 'Free booth'],
  noBooth: ['无展位', 'No booth'],
  booth: ['展位 {label}', 'Booth {label}'],
  noHalls: [
    '本场招聘会没有展位图，以下是参会单位列表。',
    'This fair has no floor plan; here is the list of employers.',
  ],
  close: ['关闭', 'Close'],
  region: ['地区', 'Region'],
  positions: ['招聘岗位', 'Positions'],
  openings: ['{count} 人', '{count} opening|{count} openings'],
  anyMajor: ['专业不限', 'Any major'],
  site: ['单位官网', 'Website'],
  apply: ['网申', 'Apply online'],
  video: ['宣传视频', 'Video'],
  live: ['空中宣讲', 'Live talk'],
  star: ['加入我的行程', 'Add to my plan'],
  starred: ['已加入行程', 'In my plan'],
  copy: ['复制链接', 'Copy link'],
  copied: ['链接已复制', 'Link copied'],
  copyFailed: ['无法复制，请手动复制：', 'Could not copy; copy it yourself:'],
  plan: ['我的行程', 'My plan'],
  planHint: ['按参观路线排序', 'In walking order'],
  remove: ['从行程中移除 {name}', 'Remove {name} from my plan'],
  print: ['打印行程', 'Print my plan'],
} satisfies Record<string, Message>;

/** Landmark kinds in words, for landmarks without a name. */
const LANDMARKS: Record<Landmark['kind'], Message> = {
  entrance: ['入口', 'Entrance'],
  exit: ['出口', 'Exit'],
  service: ['服务站', 'Service station'],
  stage: ['舞台', 'Stage'],
  info: ['咨询台', 'Information'],
  toilet: ['卫生间', 'Toilets'],
  stairs: ['楼梯', 'Stairs'],
  elevator: ['电梯', 'Lift'],
  other: ['设施', 'Facility'],
};

/** Rows of the list shown at first and added by "show more": a list of 10,000 buttons helps nobody. */
const PAGE = 50;
/** The polite live region speaks once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 600;
/** Screen pixels per hall unit when the map shows a chosen booth: enough to read its name. */
const FOCUS_BOOTH_PX = 90;
const STORAGE_PREFIX = 'fairkit:plan:';

/** A booth number, employer name or employer id in the page's `#booth=` hash. */
const hashBooth = (): string | undefined =>
  new URLSearchParams(location.hash.slice(1)).get('booth') ?? undefined;

/** The visitor's starred booths for a fair, as saved in this browser. */
function loadPlan(fairId: string): Set<string> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_PREFIX + fairId) ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function savePlan(fairId: string, plan: Set<string>): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + fairId, JSON.stringify([...plan]));
  } catch {
    // Private mode or a full storage: the plan lasts as long as the page.
  }
}

/**
 * The floor plan of a job fair (双选会): find an employer, a booth, an industry, a position or a
 * major among thousands of booths, on a phone in a crowded hall.
 *
 * Shows the halls of the selected fair (`fair`, else the one running or next) with booths to scale,
 * their numbers, employer names once zoomed in far enough to read, and landmarks. Search as you
 * type and filters (industry, employer type, major, degree) highlight matches on the map and list
 * them beside it (below it on narrow containers); choosing one shows the booth and its card.
 * Zoom and pan with Ctrl/⌘ + wheel or a trackpad pinch, a drag, two fingers on touch screens, the
 * buttons, or the keyboard on the focused map (arrows, + and −, 0 to show all); a plain wheel and
 * one finger scroll the page. Starred booths make "my plan", kept per fair in this browser, listed
 * in walking order and printable.
 *
 * @summary The venue floor plan: find an employer, a booth, an industry; zoom and pan.
 *
 * @fires {CustomEvent<FairBoothSelectDetail>} fair-booth-select - A booth or employer was chosen (`detail: { boothId, employerId }`).
 * @fires {CustomEvent<FeedLoadEventDetail>} fair-feed-load - The feed loaded (`detail: { feed, issues, stale, url }`), from the feed controller.
 * @fires {CustomEvent<FeedErrorEventDetail>} fair-feed-error - The feed could not be loaded (`detail: { error, issues, url }`), from the feed controller.
 *
 * @slot - Fallback content shown before the feed arrives, when it fails, and without JavaScript.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - Search, filters and hall switcher.
 * @csspart search - The search box.
 * @csspart filter - Each filter control; also `filter--industry`, `filter--type`, `filter--major`, `filter--degree`.
 * @csspart clear - The "clear" button, shown while a search or filter is active.
 * @csspart halls - The hall switcher; each button is part `hall`, the one shown also `hall--current`.
 * @csspart map - The map region (focusable; keyboard zoom and pan).
 * @csspart viewport - The clipped area the plan moves in.
 * @csspart zoom - The zoom buttons' group.
 * @csspart results - The list column: count, list, card.
 * @csspart count - "共 1,247 个展位" / "找到 12 个结果".
 * @csspart list - The list of booths or matches; each button is part `item`, the chosen one also `item--current`.
 * @csspart card - The chosen booth's card.
 * @csspart plan - "My plan".
 * @csspart note - A note such as "this fair has no floor plan".
 * @csspart stale - The "cached copy" note.
 * @csspart error - The feed error message.
 *
 * @cssproperty --fair-booth-map-accent - Highlights, buttons and the focus ring (falls back to `--fair-accent`).
 * @cssproperty --fair-booth-map-text - Text colour (falls back to `--fair-text`).
 * @cssproperty --fair-booth-map-muted - Secondary text and dimmed booths (falls back to `--fair-muted`).
 * @cssproperty --fair-booth-map-surface - Background (falls back to `--fair-surface`).
 * @cssproperty --fair-booth-map-border - Borders and booth outlines (falls back to `--fair-border`).
 * @cssproperty --fair-booth-map-radius - Corner radius (falls back to `--fair-radius`).
 * @cssproperty --fair-booth-map-font - Font family (falls back to `--fair-font`).
 * @cssproperty --fair-booth-map-height - Height of the map (default: the hall's shape at the map's width, from 16rem to 70% of the viewport or 40rem).
 * @cssproperty --fair-booth-map-list-height - Most the list of booths may take before it scrolls (default: 30rem below the map, the map's height beside it).
 */
export class FairBoothMap extends LitElement {
  static override styles = [baseStyles, floorStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    fair: {},
    hall: {},
    selected: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  /** URL of the feed (resolved against the page), or `#id` of an inline `<script type="application/json">`. */
  declare src?: string;

  /** The feed as an object, instead of `src`. */
  declare feed?: unknown;

  /** `id` of the fair to show; by default the running one, else the next, else the latest. */
  declare fair?: string;

  /** `id` of the hall shown first (default: the first hall, or the chosen booth's). */
  declare hall?: string;

  /** The chosen booth's `id` (or `employer:<id>` for an employer without a booth). */
  declare selected?: string;

  /** Keep the chosen booth in the page's URL hash (`#booth=A-012`) and open the map on it. */
  declare syncUrl: boolean;

  readonly #feed = new FeedController(this);

  /* What the visitor asked for. */
  #query: Required<BoothQuery> = {
    text: '',
    industry: '',
    type: '',
    major: '',
    degree: '',
  };
  #limit = PAGE;
  #hallId: string | undefined;
  #plan = new Set<string>();
  #planFor: string | undefined;
  #copyState: 'copied' | 'failed' | undefined;

  /* Derived in willUpdate, read by render. */
  #lang = 'zh-CN';
  #data: Feed | undefined;
  #fairOf: Fair | undefined;
  #index: BoothIndex | undefined;
  #result: { matches: BoothMatch[]; keys: Set<string> } | undefined;
  #facets: ReturnType<typeof facets> | undefined;
  #resultFor: unknown[] = [];

  /* The drawing: one floor per hall, built on first view, and the zoom of the viewport. */
  #floors = new Map<string, Floor>();
  #floorsFor: BoothIndex | undefined;
  #zoom: ZoomPan | undefined;
  #viewport: HTMLElement | undefined;
  #shownHall: string | undefined;

  /* A booth asked for before the feed was there (focusBooth, the URL hash). */
  #pending: string | undefined;
  /** After a choice: move focus to the card, and show the booth on the map. */
  #reveal: { focus: boolean } | undefined;

  #announcement = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.syncUrl = false;
    // It does not tick: this is how it hears of a page's language switch.
    new LangController(this);
  }

  /** Shows a booth: `id` is a booth id, a booth number, or an employer id. */
  focusBooth(id: string): void {
    const entry = this.#find(id);
    if (entry) this.#choose(entry, false);
    else this.#pending = id;
    this.requestUpdate();
  }

  /** Searches as if `text` had been typed in the search box. */
  search(text: string): void {
    this.#setQuery({ text });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the viewport gets its zoom back at the next update.
    if (this.hasUpdated) this.requestUpdate();
    if (this.syncUrl) {
      this.#pending ??= hashBooth();
      addEventListener('hashchange', this.#onHashChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
    this.#dropZoom();
    this.#viewport = undefined;
    this.#shownHall = undefined;
    for (const floor of this.#floors.values()) floor.destroy();
    this.#floors.clear();
    this.#floorsFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#lang = langOf(this);
    const { status, feed } = this.#feed;
    this.#data = status === 'ready' && feed ? feed : undefined;
    const fair = this.#data && pickFair(this.#data, Date.now(), this.fair || undefined);
    this.#fairOf = fair;
    if (changed.has('syncUrl') && this.syncUrl) this.#pending ??= hashBooth();

    const index =
      fair && this.#index?.fair === fair && this.#index.lang === this.#lang
        ? this.#index
        : fair && this.#data && boothIndex(this.#data, fair, this.#lang);
    this.#index = index;
    if (fair && this.#planFor !== fair.id) {
      this.#planFor = fair.id;
      this.#plan = loadPlan(fair.id);
    }

    const q = this.#query;
    const inputs = [index, q.text, q.industry, q.type, q.major, q.degree];
    if (inputs.some((input, i) => input !== this.#resultFor[i])) {
      this.#resultFor = inputs;
      this.#result = index && searchBooths(index, q);
      this.#facets = index && facets(index, q);
    }

    // A `selected` set by the page (attribute or property) is shown like a visitor's choice.
    if (changed.has('selected') && this.selected && !this.#reveal) this.#pending = this.selected;
    if (index && this.#pending !== undefined) {
      const entry = this.#find(this.#pending);
      this.#pending = undefined;
      if (entry) this.#choose(entry, false);
    }
  }

  protected override updated(): void {
    this.#syncFloor();
  }

  /** Finds an entry by booth id, booth number, entry key or employer id. */
  #find(id: string): BoothEntry | undefined {
    const index = this.#index;
    if (!index) return undefined;
    return (
      index.byBoothId.get(id) ??
      index.byKey.get(id) ??
      index.entries.find((entry) => entry.booth?.label === id) ??
      index.byEmployerId.get(id)?.[0]
    );
  }

  #isActive(): boolean {
    const q = this.#query;
    return Boolean(q.text.trim() || q.industry || q.type || q.major.trim() || q.degree);
  }

  #setQuery(change: Partial<BoothQuery>): void {
    this.#query = { ...this.#query, ...change };
    this.#limit = PAGE;
    this.requestUpdate();
    // Speak the count once typing pauses (the list itself is not a live region).
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      const count = this.#result?.keys.size ?? 0;
      this.#announcement = this.#isActive()
        ? count
          ? t(this.#lang, M.matches, { count })
          : t(this.#lang, M.none)
        : '';
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /** Chooses an entry: selects it, switches to its hall, and shows it once rendered. */
  #choose(entry: BoothEntry, focus: boolean): void {
    const changed = this.selected !== entry.key;
    this.selected = entry.key;
    if (entry.hall) this.#hallId = entry.hall.id;
    this.#reveal = { focus };
    this.#copyState = undefined;
    if (this.syncUrl && entry.booth) {
      // Keep what other elements keep in the hash (the timeline's `activity=`).
      const params = new URLSearchParams(location.hash.slice(1));
      params.set('booth', entry.booth.id);
      const hash = `#${params}`;
      if (location.hash !== hash) history.replaceState(history.state, '', hash);
    }
    // Never on first render: a booth opened from the URL or an attribute is not news to the page.
    if (changed && this.hasUpdated) {
      emit<FairBoothSelectDetail>(this, 'fair-booth-select', {
        boothId: entry.booth?.id,
        employerId: entry.employer?.id,
      });
    }
  }

  #onHashChange = (): void => {
    const id = hashBooth();
    if (id && id !== this.selected) this.focusBooth(id);
  };

  /** The hall shown: the visitor's choice, else the `hall` attribute, else the first. */
  #currentHall(): Hall | undefined {
    const halls = this.#fairOf?.halls ?? [];
    return (
      halls.find((hall) => hall.id === this.#hallId) ??
      halls.find((hall) => hall.id === this.hall) ??
      halls[0]
    );
  }

  /** Puts the current hall's floor into the viewport and brings it up to date. */
  #syncFloor(): void {
    const index = this.#index;
    const hall = this.#currentHall();
    const viewport = this.renderRoot.querySelector<HTMLElement>('[part~="viewport"]') ?? undefined;
    if (this.#floorsFor !== index) {
      for (const floor of this.#floors.values()) floor.destroy();
      this.#floors.clear();
      this.#floorsFor = index;
      this.#shownHall = undefined;
    }
    if (viewport !== this.#viewport) {
      this.#dropZoom();
      this.#viewport = viewport;
      this.#shownHall = undefined;
    }
    if (!index || !hall || !viewport) return;

    let floor = this.#floors.get(hall.id);
    if (!floor) {
      floor = this.#buildFloor(index, hall);
      this.#floors.set(hall.id, floor);
    }
    const content = viewport.firstElementChild as HTMLElement;
    const size = { width: hall.width, height: hall.height };
    if (!this.#zoom) {
      this.#zoom = new ZoomPan(viewport, content, size, {
        onChange: ({ scale }, visible) =>
          this.#floors.get(this.#shownHall ?? '')?.setDetail(scale, visible),
      });
      // A click or tap on a booth: a pointer shortcut, the list is the way by keyboard.
      viewport.addEventListener('click', this.#onMapClick);
    }
    if (this.#shownHall !== hall.id) {
      // The viewport's default height follows the hall's shape (CSSOM: allowed under a strict CSP).
      viewport.style.setProperty('--_ratio', String(hall.height / hall.width));
      content.replaceChildren(floor.element);
      this.#shownHall = hall.id;
      this.#zoom.setContentSize(size);
      this.#zoom.fit(false);
      floor.setDetail(this.#zoom.state.scale, this.#zoom.visible);
    }

    floor.setMatches(this.#isActive() ? this.#result!.keys : null);
    const entry = this.selected ? index.byKey.get(this.selected) : undefined;
    floor.setSelected(entry?.booth?.id);
    floor.setStarred(this.#plan);

    const reveal = this.#reveal;
    if (reveal) {
      this.#reveal = undefined;
      if (entry?.booth && entry.hall?.id === hall.id) {
        const { x, y, w, h } = entry.booth;
        this.#zoom.showRect({ x, y, w, h }, { minScale: FOCUS_BOOTH_PX / Math.max(w, 1) });
      }
      if (reveal.focus) {
        this.renderRoot.querySelector<HTMLElement>('[part~="card"] h3')?.focus();
      }
    }
  }

  #dropZoom(): void {
    this.#zoom?.destroy();
    this.#zoom = undefined;
    this.#viewport?.removeEventListener('click', this.#onMapClick);
  }

  #buildFloor(index: BoothIndex, hall: Hall): Floor {
    const lang = this.#lang;
    const floor = createFloor({
      hall,
      booths: index.entries
        .filter((entry) => entry.booth && entry.hall === hall)
        .map((entry) => ({
          booth: entry.booth!,
          name: entry.shortName || entry.name || undefined,
          free: !entry.employer,
        })),
      landmarks: index.fair.landmarks.filter((landmark) => landmark.hall === hall.id),
      landmarkName: (landmark) =>
        resolveText(landmark.name, lang) || t(lang, LANDMARKS[landmark.kind]),
    });
    const booths = index.entries.filter((entry) => entry.hall === hall && entry.booth).length;
    floor.element.setAttribute(
      'aria-label',
      `${this.#hallName(hall)} · ${t(lang, M.count, { count: booths })}`,
    );
    return floor;
  }

  #hallName(hall: Hall): string {
    const name = resolveText(hall.name, this.#lang) || hall.id;
    return hall.floor === undefined
      ? name
      : `${name} · ${t(this.#lang, M.floor, { floor: hall.floor })}`;
  }

  override render(): TemplateResult {
    const lang = this.#lang;
    const notice = feedNotice(this.#feed, lang, this.src);
    return html`<div part="base" lang=${lang}>
      ${notice ?? this.#renderContent()} ${staleNote(this.#feed, lang)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }

  #renderContent(): TemplateResult {
    const lang = this.#lang;
    const fair = this.#fairOf;
    const index = this.#index;
    if (!fair || !index) {
      return html`<p part="note">${noFairText(lang, this.fair)}</p>`;
    }
    const hall = this.#currentHall();
    return html`
      ${this.#renderToolbar(fair)}
      ${hall ? nothing : html`<p part="note">${t(lang, M.noHalls)}</p>`}
      <div part="body" class=${hall ? 'with-map' : 'list-only'}>
        ${hall ? this.#renderMap(hall) : nothing}
        <div part="results">${this.#renderCard()} ${this.#renderList()} ${this.#renderPlan()}</div>
      </div>
    `;
  }

  #renderToolbar(fair: Fair): TemplateResult {
    const lang = this.#lang;
    const q = this.#query;
    const f = this.#facets!;
    const active = this.#isActive();
    const option = (facet: Facet, selected: string, label = facet.label) =>
      html`<option value=${facet.value} ?selected=${facet.value === selected}>
        ${label} (${numberFormat(lang).format(facet.count)})
      </option>`;
    const select = (
      name: 'industry' | 'type' | 'degree',
      list: Facet[],
      label: (facet: Facet) => string,
    ) =>
      html`<label class="field">
        <span>${t(lang, M[name])}</span>
        <select
          part="filter filter--${name}"
          @change=${(event: Event) =>
            this.#setQuery({ [name]: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!q[name]}>${t(lang, M.all)}</option>
          ${list.map((facet) => option(facet, q[name], label(facet)))}
        </select>
      </label>`;
    const matchesIn = (hall: Hall) =>
      active ? this.#result!.matches.filter((m) => m.entry.hall === hall).length : undefined;
    return html`<div part="toolbar">
      <label class="field search">
        <span>${t(lang, M.search)}</span>
        <input
          part="search"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          placeholder=${t(lang, M.searchHint)}
          .value=${q.text}
          @input=${(event: Event) => this.#setQuery({ text: (event.target as HTMLInputElement).value })}
        />
      </label>
      <div class="filters">
        ${select('industry', f.industries, (facet) => facet.label)}
        ${select('type', f.types, (facet) => vocabWord(EMPLOYER_TYPES, facet.value, lang))}
        <label class="field">
          <span>${t(lang, M.major)}</span>
          <input
            part="filter filter--major"
            type="search"
            autocomplete="off"
            placeholder=${t(lang, M.majorHint)}
            .value=${q.major}
            @input=${(event: Event) =>
              this.#setQuery({ major: (event.target as HTMLInputElement).value })}
          />
        </label>
        ${select('degree', f.degrees, (facet) => vocabWord(DEGREES, facet.value, lang))}
        ${
          active
            ? html`<button part="clear" type="button" @click=${this.#clear}>
                ${t(lang, M.clear)}
              </button>`
            : nothing
        }
      </div>
      ${
        fair.halls.length > 1
          ? html`<div part="halls" role="group" aria-label=${t(lang, M.halls)}>
              ${fair.halls.map((hall) => {
                const count = matchesIn(hall);
                const current = hall === this.#currentHall();
                return html`<button
                  part=${current ? 'hall hall--current' : 'hall'}
                  type="button"
                  aria-pressed=${current ? 'true' : 'false'}
                  @click=${() => {
                    this.#hallId = hall.id;
                    this.requestUpdate();
                  }}
                >
                  ${this.#hallName(hall)}${
                    count === undefined
                      ? nothing
                      : html` <span class="badge">${numberFormat(lang).format(count)}</span>`
                  }
                </button>`;
              })}
            </div>`
          : nothing
      }
    </div>`;
  }

  #clear = (): void => {
    this.#setQuery({ text: '', industry: '', type: '', major: '', degree: '' });
  };

  #renderMap(hall: Hall): TemplateResult {
    const lang = this.#lang;
    return html`<section
      part="map"
      tabindex="0"
      aria-label=${t(lang, M.mapOf, { hall: this.#hallName(hall) })}
      aria-describedby="map-help"
      @keydown=${this.#onMapKey}
    >
      <div part="viewport"><div class="content"></div></div>
      <p id="map-help" class="help">${t(lang, M.mapHelp)}</p>
      <div part="zoom" role="group" aria-label=${t(lang, M.map)}>
        <button
          type="button"
          aria-label=${t(lang, M.zoomIn)}
          @click=${() => this.#zoom?.zoomBy(1.5)}
        >
          +
        </button>
        <button
          type="button"
          aria-label=${t(lang, M.zoomOut)}
          @click=${() => this.#zoom?.zoomBy(1 / 1.5)}
        >
          −
        </button>
        <button type="button" aria-label=${t(lang, M.fit)} @click=${() => this.#zoom?.fit(true)}>
          ⤢
        </button>
      </div>
    </section>`;
  }

  #onMapKey = (event: KeyboardEvent): void => {
    const zoom = this.#zoom;
    if (!zoom || event.target !== event.currentTarget || event.altKey || event.metaKey) return;
    const step = 48;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => zoom.panBy(step, 0),
      ArrowRight: () => zoom.panBy(-step, 0),
      ArrowUp: () => zoom.panBy(0, step),
      ArrowDown: () => zoom.panBy(0, -step),
      '+': () => zoom.zoomBy(1.25),
      '=': () => zoom.zoomBy(1.25),
      '-': () => zoom.zoomBy(0.8),
      '0': () => zoom.fit(true),
    };
    const action = actions[event.key];
    if (action && !event.ctrlKey) {
      event.preventDefault();
      action();
    }
  };

  #onMapClick = (event: MouseEvent): void => {
    const floor = this.#floors.get(this.#shownHall ?? '');
    const id = floor?.boothAt(event.target);
    const entry = id === undefined ? undefined : this.#index?.byBoothId.get(id);
    if (entry) {
      this.#choose(entry, false);
      this.requestUpdate();
    }
  };

  #renderList(): TemplateResult {
    const lang = this.#lang;
    const index = this.#index!;
    const active = this.#isActive();
    const matches: { entry: BoothEntry; snippet?: string }[] = active
      ? this.#result!.matches
      : index.entries.map((entry) => ({ entry }));
    const shown = matches.slice(0, this.#limit);
    const rest = matches.length - shown.length;
    const count = active
      ? matches.length
        ? t(lang, M.matches, { count: matches.length })
        : t(lang, M.none)
      : t(lang, M.count, { count: index.entries.filter((e) => e.booth).length });
    return html`<section aria-label=${t(lang, M.results)}>
      <p part="count">${count}</p>
      <ul part="list">
        ${shown.map(({ entry, snippet }) => this.#renderItem(entry, snippet))}
      </ul>
      ${
        rest > 0
          ? html`<button
              part="more"
              type="button"
              @click=${() => {
                this.#limit += PAGE * 2;
                this.requestUpdate();
              }}
            >
              ${t(lang, M.more, { count: Math.min(rest, PAGE * 2) })}
            </button>`
          : nothing
      }
    </section>`;
  }

  #renderItem(entry: BoothEntry, snippet?: string): TemplateResult {
    const lang = this.#lang;
    const meta = [entry.industry, snippet].filter(Boolean).join(' · ');
    const starred = entry.booth !== undefined && this.#plan.has(entry.booth.id);
    return html`<li>
      <button
        part=${this.selected === entry.key ? 'item item--current' : 'item'}
        type="button"
        aria-current=${this.selected === entry.key ? 'true' : nothing}
        @click=${() => {
          this.#choose(entry, true);
          this.requestUpdate();
        }}
      >
        <span class="booth">${entry.booth?.label ?? t(lang, M.noBooth)}</span>
        <span class="name">${entry.name || t(lang, M.free)}</span>
        ${meta ? html`<span class="meta">${meta}</span>` : nothing}
        ${starred ? html`<span class="star" role="img" aria-label=${t(lang, M.starred)}>★</span>` : nothing}
      </button>
    </li>`;
  }

  #renderCard(): TemplateResult | typeof nothing {
    const entry = this.selected ? this.#index!.byKey.get(this.selected) : undefined;
    if (!entry) return nothing;
    const lang = this.#lang;
    const { booth, employer } = entry;
    const starred = booth !== undefined && this.#plan.has(booth.id);
    const title = entry.name || t(lang, M.free);
    const where = booth
      ? [t(lang, M.booth, { label: booth.label }), entry.hall && this.#hallName(entry.hall)]
          .filter(Boolean)
          .join(' · ')
      : t(lang, M.noBooth);
    return html`<section part="card" aria-labelledby="card-title">
      <div class="card-head">
        ${
          employer?.logo
            ? html`<img class="logo" src=${employer.logo} alt="" loading="lazy" />`
            : nothing
        }
        <div>
          <h3 id="card-title" tabindex="-1">${title}</h3>
          <p class="where">${where}</p>
        </div>
        <button
          part="close"
          type="button"
          aria-label=${t(lang, M.close)}
          @click=${() => {
            this.selected = undefined;
          }}
        >
          ×
        </button>
      </div>
      ${employer ? this.#renderEmployer(entry) : nothing}
      ${
        booth
          ? html`<div class="card-actions">
              <button
                type="button"
                aria-pressed=${starred ? 'true' : 'false'}
                @click=${() => this.#toggleStar(booth.id)}
              >
                ${starred ? '★' : '☆'} ${t(lang, starred ? M.starred : M.star)}
              </button>
              <button type="button" @click=${() => this.#copyLink(booth.id)}>
                ${t(lang, M.copy)}
              </button>
              <span role="status">${this.#renderCopyState(booth.id)}</span>
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderEmployer(entry: BoothEntry): TemplateResult {
    const lang = this.#lang;
    const employer = entry.employer!;
    const facts: [Message, string | undefined][] = [
      [M.industry, entry.industry],
      [M.region, entry.region],
      [M.type, entry.type && vocabWord(EMPLOYER_TYPES, entry.type, lang)],
    ];
    const live = this.#data?.activities.find(
      (activity: Activity) => activity.employer === employer.id && activity.liveUrl,
    );
    const links: [Message, string | undefined][] = [
      [M.apply, employer.applyUrl],
      [M.site, employer.url],
      [M.video, employer.video],
      [M.live, live?.liveUrl],
    ];
    return html`
      ${
        entry.shortName && entry.shortName !== entry.name
          ? html`<p class="full-name">${entry.shortName}</p>`
          : nothing
      }
      <dl class="facts">
        ${facts.map(([label, value]) =>
          value
            ? html`<div>
                <dt>${t(lang, label)}</dt>
                <dd>${value}</dd>
              </div>`
            : nothing,
        )}
      </dl>
      ${
        employer.positions.length
          ? html`<h4>${t(lang, M.positions)}</h4>
              <ul class="positions">
                ${employer.positions.map((position) => {
                  const majors = (position.majors ?? []).map((major) => resolveText(major, lang));
                  const details = [
                    position.openings !== undefined
                      ? t(lang, M.openings, { count: position.openings })
                      : '',
                    majors.length
                      ? listFormat(lang, { style: 'narrow' }).format(majors)
                      : t(lang, M.anyMajor),
                    position.degree ? vocabWord(DEGREES, position.degree, lang) : '',
                  ].filter(Boolean);
                  return html`<li>
                    <strong>${resolveText(position.title, lang)}</strong>
                    <span>${details.join(' · ')}</span>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      ${
        links.some(([, url]) => url)
          ? html`<p class="links">
              ${links.map(([label, url]) =>
                url
                  ? html`<a href=${url} target="_blank" rel="noopener">${t(lang, label)}</a>`
                  : nothing,
              )}
            </p>`
          : nothing
      }
    `;
  }

  #renderCopyState(boothId: string): TemplateResult | string {
    const lang = this.#lang;
    if (this.#copyState === 'copied') return t(lang, M.copied);
    if (this.#copyState === 'failed') {
      return html`${t(lang, M.copyFailed)}
        <input
          class="copy-field"
          readonly
          .value=${this.#linkTo(boothId)}
          aria-label=${t(lang, M.copy)}
        />`;
    }
    return '';
  }

  #linkTo(boothId: string): string {
    const url = new URL(location.href);
    url.hash = `booth=${encodeURIComponent(boothId)}`;
    return url.href;
  }

  async #copyLink(boothId: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#linkTo(boothId));
      this.#copyState = 'copied';
    } catch {
      this.#copyState = 'failed';
    }
    this.requestUpdate();
  }

  #toggleStar(boothId: string): void {
    const plan = new Set(this.#plan);
    if (plan.has(boothId)) plan.delete(boothId);
    else plan.add(boothId);
    this.#plan = plan;
    if (this.#planFor) savePlan(this.#planFor, plan);
    this.requestUpdate();
  }

  #renderPlan(): TemplateResult | typeof nothing {
    const index = this.#index!;
    if (this.#plan.size === 0) return nothing;
    const lang = this.#lang;
    const route = walkingOrder(index, this.#plan);
    return html`<section part="plan" aria-labelledby="plan-title">
      <h3 id="plan-title">
        ${t(lang, M.plan)} <span class="badge">${numberFormat(lang).format(route.length)}</span>
      </h3>
      <p class="hint">${t(lang, M.planHint)}</p>
      <ol>
        ${route.map(
          (entry) =>
            html`<li>
              <button
                type="button"
                class="plan-item"
                @click=${() => {
                  this.#choose(entry, true);
                  this.requestUpdate();
                }}
              >
                <span class="booth">${entry.booth?.label}</span>
                <span class="name">${entry.name || t(lang, M.free)}</span>
                ${entry.hall ? html`<span class="meta">${this.#hallName(entry.hall)}</span>` : nothing}
              </button>
              <button
                type="button"
                class="remove"
                aria-label=${t(lang, M.remove, { name: entry.name || entry.booth?.label || '' })}
                @click=${() => this.#toggleStar(entry.booth!.id)}
              >
                ×
              </button>
            </li>`,
        )}
      </ol>
      <button type="button" class="print" @click=${() => window.print()}>
        ${t(lang, M.print)}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-booth-map': FairBoothMap;
  }
  interface HTMLElementEventMap {
    'fair-booth-select': CustomEvent<FairBoothSelectDetail>;
  }
}
