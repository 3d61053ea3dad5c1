import { css } from 'lit';
import type { Booth, Hall, Landmark } from '../../feed/types.js';
import { landmarkIcons } from './icons.js';

/** One booth to draw, with what the map knows about it beyond the feed's rectangle. */
export interface FloorBooth {
  booth: Booth;
  /** The employer's short or full name in the page's language, shown once zoomed in far enough. */
  name?: string;
  /** True for a booth without an employer (free or reserved). */
  free: boolean;
}

/** What {@link createFloor} draws. */
export interface FloorOptions {
  hall: Hall;
  /** The booths of `hall`; booths of other halls are left out. */
  booths: FloorBooth[];
  /** The landmarks of `hall`; landmarks of other halls are left out. */
  landmarks: Landmark[];
  /** The landmark's name in the page's language, or a default word for its kind. */
  landmarkName: (landmark: Landmark) => string;
}

/** A rectangle in hall units. */
export interface FloorRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How much the floor draws, from the size of a booth on screen (see {@link Floor.setDetail}). */
export type FloorDetail = 'outline' | 'numbers' | 'names';

/** The drawn plan of one hall: a static SVG built once, restyled through attributes. */
export interface Floor {
  /**
   * The plan. Its `viewBox` is in hall units and it takes one CSS pixel per hall unit on the page,
   * so inside a wrapper zoomed by `s` one hall unit is `s` screen pixels. (It is drawn larger and
   * carries its own inline `transform` and negative margins for that: zoom a wrapper around it,
   * never the element itself, and make that wrapper a block formatting context, e.g. absolutely
   * positioned, or the bottom margin collapses through it.) One `<g data-booth="<id>">` per booth (a rect, the booth number,
   * the name once needed), landmarks as zones under the booths and markers (icon and name) above
   * them. `role="img"`: give it an `aria-label`; the booths are reachable through the lists.
   */
  readonly element: SVGSVGElement;
  /**
   * Highlights the booths whose ids are in `keys` (other keys are ignored) and dims the others;
   * `null` ends the search and dims nothing. A search sets `data-searching` on the root, which
   * shows one veil over the whole plan with a hole at each match; matching booths get `data-match`
   * (a thick outline). Only booths whose state changes are touched, so a keystroke costs what
   * changes, not what the fair holds.
   */
  setMatches(keys: ReadonlySet<string> | null): void;
  /** Marks one booth as selected (a ring drawn above its neighbours), or none. */
  setSelected(boothId: string | undefined): void;
  /** Puts a star on these booths (the visitor's plan) and takes it off all others. */
  setStarred(boothIds: ReadonlySet<string>): void;
  /**
   * Tells the floor how many screen pixels one hall unit takes, and which part of the hall is on
   * screen (`view`, hall units; ZoomPan's `onChange` passes it): booth numbers appear once they are
   * legible, names once a typical booth is about 60 px wide, drawn for the booths in and around
   * the view (all booths without a view); landmark markers keep a legible size. Call it on every
   * zoom or pan step: a call after a quiet spell, or one that changes the scale by more than 1.5×
   * (a jump to another view), applies at once; small steps in quick succession (a gesture) apply
   * the last one 150 ms after they stop, so a gesture never pays for a repaint of the plan. A
   * level is one attribute on the root (`data-detail`).
   */
  setDetail(scale: number, view?: FloorRect): void;
  /** The id of the booth an event target belongs to, for click and tap delegation. */
  boothAt(target: EventTarget | null): string | undefined;
  /** Drops the floor's references; the caller removes `element`. */
  destroy(): void;
}

/** On-screen sizes that switch the detail levels, in CSS pixels. */
export const detailThresholds = {
  /** Height of a typical booth number from which numbers are drawn. */
  numberPx: 7,
  /** Width of a typical booth from which employer names are drawn. */
  namePx: 60,
} as const;

/** On-screen size of a landmark marker's icon: never smaller, never larger, in CSS pixels. */
const MARKER_PX = { min: 22, max: 44 } as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Bits of `FloorView.#texts`. */
const NUMBER = 1;
const NAME = 2;
/** Width of a character in em, as far as truncation cares: ideographs are square, Latin narrower. */
const WIDE_EM = 1;
const NARROW_EM = 0.6;

function svg<K extends keyof SVGElementTagNameMap>(tag: K): SVGElementTagNameMap[K] {
  return document.createElementNS(SVG_NS, tag);
}

/** Numbers for SVG attributes: at most three decimals, no exponent. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function median(values: number[]): number {
  if (!values.length) return 1;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

/** Estimated width of `text` in em: CJK and other wide characters count 1, the rest 0.6. */
function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? WIDE_EM : NARROW_EM;
  return width;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc);
}

/**
 * `text` shortened with an ellipsis to fit `maxEm` em. SVG text does not wrap or clip by itself,
 * so the fit is estimated from character classes: good enough for names, and never too long.
 */
export function fitText(text: string, maxEm: number): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (emWidth(trimmed) <= maxEm) return trimmed;
  let width = WIDE_EM; // room for the ellipsis
  let out = '';
  for (const char of trimmed) {
    width += isWide(char) ? WIDE_EM : NARROW_EM;
    if (width > maxEm) break;
    out += char;
  }
  return out ? `${out.trimEnd()}…` : '';
}

/** Points of a five-pointed star of outer radius `r` around (cx, cy), as path data. */
function starPath(cx: number, cy: number, r: number): string {
  let d = '';
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? r * 0.45 : r;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    d += `${i ? 'L' : 'M'}${num(cx + radius * Math.cos(angle))} ${num(cy + radius * Math.sin(angle))}`;
  }
  return `${d}Z`;
}

interface Marker {
  element: SVGGElement;
  x: number;
  y: number;
  /** Natural icon size in hall units. */
  size: number;
  /** The scale last written, to skip writes that would not show. */
  applied: number;
  /** The hall's size, to keep the icon inside its walls. */
  hall: { width: number; height: number };
}

/** Text is drawn for the booths in view and this fraction of the view around it on each side. */
const VIEW_MARGIN = 0.25;
/**
 * While `setDetail` keeps being called (a zoom in progress), new detail levels and marker sizes
 * wait until it has been quiet this long: each is a repaint of the whole plan, and mid-gesture the
 * view is a scaled bitmap anyway.
 */
const DETAIL_QUIET_MS = 150;
/**
 * A change of scale by more than this between two calls is a jump to another view (fit, a booth
 * brought into view, a zoom button), not a gesture's step (a wheel step is at most √2): it
 * applies at once.
 */
const DETAIL_JUMP = 1.5;

class FloorView implements Floor {
  readonly element: SVGSVGElement;
  /** The booths drawn, and their names (kept apart: the caller's wrapper objects can go). */
  readonly #booths: Booth[] = [];
  readonly #names: Array<string | undefined> = [];
  /** Each booth's group, in the order of `#booths`. */
  readonly #groupList: SVGGElement[] = [];
  /** Booth id to its position in `#booths` and `#groupList`. */
  readonly #index = new Map<string, number>();
  readonly #veil: SVGPathElement;
  readonly #hallPath: string;
  readonly #overlay: SVGGElement;
  readonly #markers: Marker[] = [];
  /** Typical booth width, the stroke unit and label sizes, in hall units. */
  readonly #typicalWidth: number;
  readonly #unit: number;
  readonly #numberSize: number;
  readonly #nameSize: number;
  #matches: Set<string> | null = null;
  #selected: string | undefined;
  #selectionRing: SVGRectElement | undefined;
  readonly #starred = new Map<string, SVGPathElement>();
  #detail: FloorDetail = 'outline';
  /** Per booth: NUMBER and NAME bits once that text is drawn. */
  readonly #texts: Uint8Array;
  #detailTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: { scale: number; view: FloorRect | undefined } | undefined;
  /** The scale of the last `setDetail` call, applied or not. */
  #lastScale = NaN;

  constructor({ hall, booths, landmarks, landmarkName }: FloorOptions) {
    const drawn = booths.filter((b) => b.booth.hall === hall.id);
    const typical = {
      w: median(drawn.map((b) => b.booth.w)),
      h: median(drawn.map((b) => b.booth.h)),
    };
    this.#typicalWidth = typical.w;
    this.#unit = Math.min(typical.w, typical.h);
    // A number takes up to 40 % of a typical booth's height and 90 % of its width ("A-012").
    this.#numberSize = Math.min(typical.h * 0.4, (typical.w * 0.9) / (5 * NARROW_EM));
    this.#nameSize = Math.min(typical.h * 0.26, typical.w * 0.16);

    const root = svg('svg');
    root.setAttribute('class', 'floor');
    root.setAttribute('viewBox', `0 0 ${num(hall.width)} ${num(hall.height)}`);
    // Chromium lays SVG text out at its size in the SVG's own CSS pixels, before any CSS
    // transform: booth numbers 0.8 units high in a plan one unit to the pixel would be laid out
    // at 0.8px, with metrics rounded to whole pixels (labels off centre by half a booth once
    // zoomed in). So the plan is drawn `upscale` times larger and scaled back down by its own
    // transform, and negative margins keep its footprint at one hall unit to the pixel.
    const upscale = 16 / this.#numberSize;
    const width = hall.width * upscale;
    const height = hall.height * upscale;
    root.setAttribute('width', num(width));
    root.setAttribute('height', num(height));
    root.setAttribute('role', 'img');
    root.setAttribute('data-detail', this.#detail);
    // Sizes in hall units for the stylesheet: strokes, label sizes, and how far numbers move up
    // when names are drawn. Set once, so they never restyle every booth.
    root.style.cssText =
      `--_u:${num(this.#unit)}px;--_number:${num(this.#numberSize)}px;` +
      `--_name:${num(this.#nameSize)}px;--_number-shift:${num(-typical.h * 0.22)}px;` +
      `transform:scale(${1 / upscale});transform-origin:0 0;` +
      `margin:0 ${num(hall.width - width)}px ${num(hall.height - height)}px 0`;

    const floor = svg('rect');
    floor.setAttribute('class', 'hall');
    floor.setAttribute('width', num(hall.width));
    floor.setAttribute('height', num(hall.height));

    const here = landmarks.filter((l) => l.hall === hall.id);
    const zones = svg('g');
    zones.setAttribute('class', 'zones');
    for (const landmark of here) {
      if (!landmark.w || !landmark.h) continue;
      const zone = svg('rect');
      zone.setAttribute('data-kind', landmark.kind);
      zone.setAttribute('x', num(landmark.x));
      zone.setAttribute('y', num(landmark.y));
      zone.setAttribute('width', num(landmark.w));
      zone.setAttribute('height', num(landmark.h));
      zones.append(zone);
    }

    const layer = svg('g');
    layer.setAttribute('class', 'booths');
    // Cloning one small template is about twice as fast as creating each element.
    const template = svg('g');
    template.append(svg('rect'));
    for (const { booth, name, free } of drawn) {
      const group = template.cloneNode(true) as SVGGElement;
      group.setAttribute('data-booth', booth.id);
      if (free) group.setAttribute('data-free', '');
      const rect = group.firstChild as SVGRectElement;
      rect.setAttribute('x', num(booth.x));
      rect.setAttribute('y', num(booth.y));
      rect.setAttribute('width', num(booth.w));
      rect.setAttribute('height', num(booth.h));
      layer.appendChild(group);
      this.#index.set(booth.id, this.#groupList.push(group) - 1);
      this.#booths.push(booth);
      this.#names.push(name);
    }

    // A search dims the plan with one veil over every booth, with a hole at each match: the
    // cost of a keystroke follows the matches, not the size of the fair.
    this.#veil = svg('path');
    this.#veil.setAttribute('class', 'veil');
    this.#hallPath = `M0 0H${num(hall.width)}V${num(hall.height)}H0Z`;

    const markers = svg('g');
    markers.setAttribute('class', 'landmarks');
    for (const landmark of here) markers.append(this.#drawMarker(landmark, landmarkName, hall));

    this.#overlay = svg('g');
    this.#overlay.setAttribute('class', 'overlay');
    root.append(floor, zones, layer, this.#veil, markers, this.#overlay);
    this.element = root;
    this.#texts = new Uint8Array(this.#booths.length);
  }

  /**
   * Draws the numbers (and with `names`, the employer names) of the booths in `view`, or of all
   * booths, that do not have them yet. Text is drawn only when it is legible and only where it
   * is looked at: laying out text is most of what painting a plan costs, and a plan of 10,000
   * booths zoomed in far enough to read shows a few hundred of them.
   */
  #drawTexts(view: FloorRect | undefined, names: boolean): void {
    const want = names ? NUMBER | NAME : NUMBER;
    let left = -Infinity;
    let top = -Infinity;
    let right = Infinity;
    let bottom = Infinity;
    if (view) {
      left = view.x - view.w * VIEW_MARGIN;
      top = view.y - view.h * VIEW_MARGIN;
      right = view.x + view.w * (1 + VIEW_MARGIN);
      bottom = view.y + view.h * (1 + VIEW_MARGIN);
    }
    const numberTemplate = svg('text');
    const nameTemplate = svg('text');
    nameTemplate.setAttribute('class', 'name');
    for (let i = 0; i < this.#booths.length; i++) {
      if ((this.#texts[i] & want) === want) continue;
      const booth = this.#booths[i];
      const { x, y, w, h } = booth;
      if (x > right || y > bottom || x + w < left || y + h < top) continue;
      const group = this.#groupList[i];
      if (!(this.#texts[i] & NUMBER)) {
        const label = numberTemplate.cloneNode() as SVGTextElement;
        label.setAttribute('x', num(x + w / 2));
        label.setAttribute('y', num(y + h / 2));
        // The stylesheet sizes numbers for a typical booth; a longer label or a smaller booth
        // gets a percentage of that.
        const fit = Math.min(
          1,
          (w * 0.9) / (emWidth(booth.label) * this.#numberSize),
          (h * 0.5) / this.#numberSize,
        );
        if (fit < 0.99) label.setAttribute('font-size', `${Math.floor(fit * 100)}%`);
        label.textContent = booth.label;
        // Right after the rect, before a star or a name that may already be there.
        group.insertBefore(label, group.firstChild!.nextSibling);
      }
      if (names && !(this.#texts[i] & NAME)) {
        const name = this.#names[i];
        const fitted = name ? fitText(name, (w * 0.92) / this.#nameSize) : '';
        if (fitted) {
          const text = nameTemplate.cloneNode() as SVGTextElement;
          text.setAttribute('x', num(x + w / 2));
          text.setAttribute('y', num(y + h * 0.72));
          text.textContent = fitted;
          group.appendChild(text);
        }
      }
      this.#texts[i] |= want;
    }
  }

  #drawMarker(landmark: Landmark, landmarkName: (l: Landmark) => string, hall: Hall): SVGGElement {
    const zoned = Boolean(landmark.w && landmark.h);
    const x = zoned ? landmark.x + landmark.w! / 2 : landmark.x;
    const y = zoned ? landmark.y + landmark.h! / 2 : landmark.y;
    const size = zoned ? Math.min(landmark.w!, landmark.h!, this.#unit * 2) * 0.8 : this.#unit;
    const group = svg('g');
    group.setAttribute('data-landmark', landmark.id);
    group.setAttribute('data-kind', landmark.kind);
    const disc = svg('circle');
    disc.setAttribute('r', '13');
    const icon = svg('path');
    icon.setAttribute('d', landmarkIcons[landmark.kind] ?? landmarkIcons.other);
    // The plan clips at the hall's walls (unclipped, a transformed SVG made Chromium's
    // compositing take half a second whenever will-change changed at 10,000 booths), so names
    // near a wall are put on the side facing into the hall.
    const name = svg('text');
    name.setAttribute('y', y > hall.height * 0.75 ? '-24' : '24');
    const side = x < hall.width * 0.15 ? 'start' : x > hall.width * 0.85 ? 'end' : 'middle';
    name.setAttribute('text-anchor', side);
    if (side !== 'middle') name.setAttribute('x', side === 'start' ? '-13' : '13');
    name.textContent = fitText(landmarkName(landmark), 16);
    group.append(disc, icon, name);
    const marker: Marker = { element: group, x, y, size, applied: 0, hall };
    this.#placeMarker(marker, size / 24);
    this.#markers.push(marker);
    return group;
  }

  #placeMarker(marker: Marker, k: number): void {
    marker.applied = k;
    // An entrance sits on a wall: its icon (radius 13 at scale k) is drawn just inside it.
    const r = 13 * k;
    const { width, height } = marker.hall;
    const x = width > 2 * r ? Math.min(width - r, Math.max(r, marker.x)) : width / 2;
    const y = height > 2 * r ? Math.min(height - r, Math.max(r, marker.y)) : height / 2;
    marker.element.setAttribute('transform', `translate(${num(x)} ${num(y)}) scale(${num(k)})`);
  }

  #group(id: string): SVGGElement | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#groupList[i];
  }

  #booth(id: string): Booth {
    return this.#booths[this.#index.get(id)!];
  }

  setMatches(keys: ReadonlySet<string> | null): void {
    const previous = this.#matches;
    const next = new Set<string>();
    if (keys) for (const id of keys) if (this.#index.has(id)) next.add(id);
    let changed = false;
    if (previous) {
      for (const id of previous) {
        if (next.has(id)) continue;
        this.#group(id)!.removeAttribute('data-match');
        changed = true;
      }
    }
    for (const id of next) {
      if (previous?.has(id)) continue;
      this.#group(id)!.setAttribute('data-match', '');
      changed = true;
    }
    this.#matches = keys ? next : null;
    if (!keys) {
      this.element.removeAttribute('data-searching');
      this.#veil.removeAttribute('d');
      return;
    }
    if (!changed && previous) return;
    // One path: the hall, and a hole (even-odd) a little larger than each matching booth, so the
    // match's thick outline is not veiled either.
    const gap = this.#unit * 0.1;
    let d = this.#hallPath;
    for (const id of next) {
      const { x, y, w, h } = this.#booth(id);
      d += `M${num(x - gap)} ${num(y - gap)}h${num(w + 2 * gap)}v${num(h + 2 * gap)}h${num(-w - 2 * gap)}z`;
    }
    this.#veil.setAttribute('d', d);
    if (!previous) this.element.setAttribute('data-searching', '');
  }

  setSelected(boothId: string | undefined): void {
    const id = boothId !== undefined && this.#index.has(boothId) ? boothId : undefined;
    if (id === this.#selected) return;
    if (this.#selected !== undefined) {
      this.#group(this.#selected)?.removeAttribute('data-selected');
    }
    this.#selected = id;
    if (id === undefined) {
      this.#selectionRing?.remove();
      return;
    }
    const group = this.#group(id)!;
    group.setAttribute('data-selected', '');
    // A ring in the overlay, above every booth, so neighbours cannot paint over it.
    const ring = (this.#selectionRing ??= svg('rect'));
    ring.setAttribute('class', 'ring');
    const { x, y, w, h } = this.#booth(id);
    const gap = this.#unit * 0.16;
    ring.setAttribute('x', num(x - gap));
    ring.setAttribute('y', num(y - gap));
    ring.setAttribute('width', num(w + 2 * gap));
    ring.setAttribute('height', num(h + 2 * gap));
    this.#overlay.append(ring);
  }

  setStarred(boothIds: ReadonlySet<string>): void {
    for (const [id, star] of this.#starred) {
      if (boothIds.has(id)) continue;
      star.remove();
      this.#group(id)?.removeAttribute('data-starred');
      this.#starred.delete(id);
    }
    for (const id of boothIds) {
      const group = this.#group(id);
      if (!group || this.#starred.has(id)) continue;
      const { x, y, w, h } = this.#booth(id);
      const r = Math.min(w, h) * 0.22;
      const star = svg('path');
      star.setAttribute('class', 'star');
      star.setAttribute('d', starPath(x + w - r * 1.15, y + r * 1.15, r));
      group.setAttribute('data-starred', '');
      group.append(star);
      this.#starred.set(id, star);
    }
  }

  setDetail(scale: number, view?: FloorRect): void {
    const step = scale / this.#lastScale;
    this.#lastScale = scale;
    const jump = !(step < DETAIL_JUMP && step > 1 / DETAIL_JUMP);
    if (this.#detailTimer === undefined || jump) {
      this.#pending = undefined;
      this.#applyDetail(scale, view);
    } else {
      this.#pending = { scale, view };
    }
    clearTimeout(this.#detailTimer);
    this.#detailTimer = setTimeout(() => {
      this.#detailTimer = undefined;
      const pending = this.#pending;
      this.#pending = undefined;
      if (pending) this.#applyDetail(pending.scale, pending.view);
    }, DETAIL_QUIET_MS);
  }

  #applyDetail(scale: number, view: FloorRect | undefined): void {
    const detail: FloorDetail =
      this.#typicalWidth * scale >= detailThresholds.namePx
        ? 'names'
        : this.#numberSize * scale >= detailThresholds.numberPx
          ? 'numbers'
          : 'outline';
    if (detail !== 'outline') this.#drawTexts(view, detail === 'names');
    if (detail !== this.#detail) {
      this.#detail = detail;
      this.element.setAttribute('data-detail', detail);
    }
    for (const marker of this.#markers) {
      const px = Math.min(MARKER_PX.max, Math.max(MARKER_PX.min, marker.size * scale));
      const k = px / 24 / scale;
      if (Math.abs(k / marker.applied - 1) > 0.05) this.#placeMarker(marker, k);
    }
  }

  boothAt(target: EventTarget | null): string | undefined {
    if (!(target instanceof Element) || !this.element.contains(target)) return undefined;
    return target.closest('[data-booth]')?.getAttribute('data-booth') ?? undefined;
  }

  destroy(): void {
    clearTimeout(this.#detailTimer);
    this.#detailTimer = undefined;
    this.#index.clear();
    this.#groupList.length = 0;
    this.#starred.clear();
    this.#markers.length = 0;
    this.#matches = null;
    this.#pending = undefined;
  }
}

/**
 * Draws one hall: booths, numbers, names (once zoomed in) and landmarks, as plain SVG built once.
 * Feed text goes in through `textContent` only. Style it with {@link floorStyles}.
 */
export function createFloor(options: FloorOptions): Floor {
  return new FloorView(options);
}

/**
 * The floor's look, for the element's shadow stylesheet (after `baseStyles`, whose private tokens
 * `--_accent`, `--_text`, `--_muted`, `--_surface` and `--_border` it reads, light and dark).
 * States never rest on colour alone: matches get a thick outline and everything else fades under
 * the veil; the selected booth a double ring; planned booths a star; free booths a dashed outline
 * and no tint. Sizes are in hall units, from the custom properties the floor sets on its root.
 * Booth paint is set on the booth layer and inherited, so 10,000 booths cost one rule match
 * each, not a dozen. (No comments inside the CSS: they would ship in the bundle.)
 */
export const floorStyles = css`
  .floor {
    display: block;
    user-select: none;
    -webkit-user-select: none;
    font-family: inherit;
    text-rendering: optimizeSpeed;
  }

  .floor .hall {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: calc(var(--_u) * 0.1);
  }

  .zones rect {
    fill: color-mix(in srgb, var(--_muted) 12%, transparent);
    stroke: var(--_muted);
    stroke-width: calc(var(--_u) * 0.05);
    stroke-dasharray: calc(var(--_u) * 0.2) calc(var(--_u) * 0.12);
  }

  .veil {
    display: none;
    fill: var(--_surface);
    fill-opacity: 0.7;
    fill-rule: evenodd;
    pointer-events: none;
  }

  .floor[data-searching] .veil {
    display: inline;
  }

  .booths {
    cursor: pointer;
    fill: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    stroke: var(--_muted);
    stroke-width: calc(var(--_u) * 0.05);
    font-size: var(--_number);
  }

  .booths [data-free] {
    fill: var(--_surface);
    stroke-dasharray: calc(var(--_u) * 0.15) calc(var(--_u) * 0.1);
  }

  .booths g:hover {
    stroke: var(--_text);
  }

  .booths [data-match] {
    fill: color-mix(in srgb, var(--_accent) 25%, var(--_surface));
    stroke: var(--_accent);
    stroke-width: calc(var(--_u) * 0.16);
  }

  .booths [data-selected] {
    fill: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
    stroke: var(--_text);
    stroke-width: calc(var(--_u) * 0.1);
  }

  .booths text {
    display: none;
    fill: var(--_text);
    stroke: none;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }

  .booths [data-free] text {
    fill: var(--_muted);
  }

  .booths .name {
    font-size: var(--_name);
  }

  .floor:not([data-detail='outline']) .booths text {
    display: inline;
  }

  .floor[data-detail='names'] .booths text:not(.name) {
    transform-box: fill-box;
    transform-origin: center;
    transform: translateY(var(--_number-shift)) scale(0.7);
  }

  .floor:not([data-detail='names']) .booths .name {
    display: none;
  }

  .overlay .ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: calc(var(--_u) * 0.24);
    pointer-events: none;
  }

  .booths .star {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: calc(var(--_u) * 0.04);
    pointer-events: none;
  }

  .landmarks {
    pointer-events: none;
  }

  .landmarks circle {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1;
  }

  .landmarks path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .landmarks text {
    fill: var(--_text);
    font-size: 10px;
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3;
    stroke-linejoin: round;
  }
`;
