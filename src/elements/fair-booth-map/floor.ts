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
   * positioned, or the bottom margin collapses through it.) One `<g data-booth="<id>">` per booth
   * (a rect, then the booth number and name once needed), landmarks as zones under the booths and
   * markers (icon and name) above them. `role="img"`: give it an `aria-label`; the booths are
   * reachable through the lists.
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
   * screen (`view`, hall units; ZoomPan's `onChange` passes it). Call it once the plan is shown
   * (it places the landmark markers) and on every zoom or pan step. Booth numbers show once they
   * are legible, names once a typical booth is about 60 px wide; both are drawn for the booths in
   * and around the view (all booths without a view). Landmark markers keep one size on screen.
   * A call after a quiet spell, or one that changes the scale by more than 1.5× (a jump to
   * another view), applies at once; small steps in quick succession (a gesture) apply 150 ms
   * after they stop, so a gesture never pays for a repaint of the plan. A level is one attribute
   * on the root (`data-detail`).
   */
  setDetail(scale: number, view?: FloorRect): void;
  /** The id of the booth an event target belongs to, for click and tap delegation. */
  boothAt(target: EventTarget | null): string | undefined;
  /** Stops the floor's timer; the caller removes `element`. */
  destroy(): void;
}

/** On-screen height of a typical booth number from which numbers show, in CSS pixels. */
const NUMBER_PX = 7;
/** On-screen width of a typical booth from which employer names show, in CSS pixels. */
const NAME_PX = 60;
/** Text is drawn for the booths in view and this fraction of the view around it on each side. */
const VIEW_MARGIN = 0.25;
/** A landmark marker's radius on screen (px), and the smallest it is drawn to keep apart from another. */
const MARKER_R = 13;
const MARKER_MIN = 8;
/** How far (px) a name may run into another marker's box: its halo keeps the two apart. */
const TOUCH = 2;
/** Landmark kinds in the order their names are placed, last first (a kind not listed goes last). */
const NAME_ORDER = ['stairs', 'elevator', 'toilet', 'info', 'service', 'stage', 'exit', 'entrance'];
/**
 * While `setDetail` keeps being called (a zoom in progress), new detail levels wait until it has
 * been quiet this long: each is a repaint of the whole plan, and mid-gesture the view is a scaled
 * bitmap anyway. A change of scale by more than DETAIL_JUMP between two calls is a jump to
 * another view (fit, a booth brought into view, a button), not a gesture's step (a wheel step is
 * at most √2): it applies at once.
 */
const DETAIL_QUIET_MS = 150;
const DETAIL_JUMP = 1.5;
/** A five-pointed star of radius 1 around the origin. */
const STAR = 'M0-1L.26-.36.95-.31.43.14.59.81 0 .45-.59.81-.43.14-.95-.31-.26-.36Z';

type Attrs = Record<string, string | number>;

/** Sets attributes; numbers as they are (SVG reads any JavaScript number, exponents included). */
function set<E extends Element>(element: E, attrs: Attrs): E {
  for (const name in attrs) element.setAttribute(name, String(attrs[name]));
  return element;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}) {
  return set(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs);
}

/** The attributes of a `<rect>` over `r`, grown by `gap` on each side. */
const box = ({ x, y, w, h }: FloorRect, gap = 0): Attrs => ({
  x: x - gap,
  y: y - gap,
  width: w + 2 * gap,
  height: h + 2 * gap,
});

function median(values: number[]): number {
  return values.length ? Float64Array.from(values).sort()[values.length >> 1] : 1;
}

/** Width of a character in em, as far as fitting text cares: CJK square, the rest narrower. */
const em = (char: string) => (char < '\u1100' ? 0.6 : 1);

/**
 * `text` cut with an ellipsis to at most `max` em, or '' when not even one character fits. SVG
 * text neither wraps nor clips, so the width is estimated: never too long, good enough for names.
 */
function fit(text: string, max: number): string {
  const chars = [...text];
  let width = 0;
  let keep = 0; // characters that fit with an ellipsis after them
  for (const char of chars) {
    width += em(char);
    if (width + 1 <= max) keep++;
  }
  return width <= max ? text : keep ? `${chars.slice(0, keep).join('').trimEnd()}…` : '';
}

interface Item {
  booth: Booth;
  name?: string;
  group: SVGGElement;
  /** Whether its number (and name) is drawn yet. */
  drawn?: boolean;
}

/**
 * Draws one hall: booths, numbers, names (once zoomed in) and landmarks, as plain SVG built once.
 * Feed text goes in through `textContent` only. Style it with {@link floorStyles}.
 */
export function createFloor({ hall, booths, landmarks, landmarkName }: FloorOptions): Floor {
  const { width, height } = hall;
  const drawn = booths.filter((b) => b.booth.hall === hall.id);
  // Sizes in hall units, from a typical booth: the stroke unit, and a typical number takes up to
  // 40 % of its height and 90 % of its width, a name up to 26 % of its height.
  const typicalWidth = median(drawn.map((b) => b.booth.w));
  const typicalHeight = median(drawn.map((b) => b.booth.h));
  const unit = Math.min(typicalWidth, typicalHeight);
  const labelEm = median(drawn.map((b) => b.booth.label.length)) * 0.6;
  const numberSize = Math.min(typicalHeight * 0.4, (typicalWidth * 0.9) / labelEm);
  const nameSize = Math.min(typicalHeight * 0.26, typicalWidth * 0.16);

  // Chromium lays SVG text out at its size in the SVG's own CSS pixels, before any CSS
  // transform: booth numbers 0.8 units high in a plan one unit to the pixel would be laid out
  // at 0.8px, with metrics rounded to whole pixels (labels off centre by half a booth once
  // zoomed in). So the plan is drawn `upscale` times larger and scaled back down by its own
  // transform, and negative margins keep its footprint at one hall unit to the pixel.
  const upscale = 16 / numberSize;
  const root = svg('svg', {
    class: 'floor',
    viewBox: `0 0 ${width} ${height}`,
    width: width * upscale,
    height: height * upscale,
    role: 'img',
    'data-detail': 'outline',
  });
  // Sizes for the stylesheet: strokes and label sizes. Set once, so they never restyle every booth.
  root.style.cssText =
    `--_u:${unit}px;--_number:${numberSize}px;--_name:${nameSize}px;` +
    `transform:scale(${1 / upscale});transform-origin:0 0;` +
    `margin:0 ${width * (1 - upscale)}px ${height * (1 - upscale)}px 0`;

  const zones = svg('g', { class: 'zones' });
  const markerLayer = svg('g', { class: 'landmarks' });
  /**
   * Each marker: its point in the hall, its icon (none for an area that holds others), its name,
   * which side of the icon the name sits on, and the name's width on screen (px).
   */
  const markers: Array<{
    group: SVGGElement;
    x: number;
    y: number;
    icon: SVGGElement | undefined;
    name: SVGTextElement;
    side: number;
    above: boolean;
    width: number;
    /** How far the nearest other icon is, in hall units (`Infinity` when there is none). */
    nearest: number;
  }> = [];
  // Ways in and out first: where two names would overlap, the first one placed is shown.
  const here = landmarks
    .filter((l) => l.hall === hall.id)
    .sort((a, b) => NAME_ORDER.indexOf(b.kind) - NAME_ORDER.indexOf(a.kind));
  for (const landmark of here) {
    const { x, y, w = 0, h = 0 } = landmark;
    if (w && h) zones.append(svg('rect', box({ x, y, w, h })));
    const cx = x + w / 2;
    const cy = y + h / 2;
    // An area that holds other landmarks (a service station and its desks) is named above its
    // top edge, without an icon: at its centre both would sit on those of the desks.
    const holds = here.some(
      (o) =>
        o !== landmark &&
        o.x >= x &&
        o.y >= y &&
        o.x + (o.w ?? 0) <= x + w &&
        o.y + (o.h ?? 0) <= y + h &&
        (o.w ?? 0) * (o.h ?? 0) < w * h,
    );
    // Names near a wall face into the hall, which clips at its walls.
    const side = +(cx > width * 0.15) + +(cx > width * 0.85);
    const name = svg('text');
    name.textContent = fit(landmarkName(landmark), 16);
    const group = svg('g', { 'data-landmark': landmark.id, 'data-kind': landmark.kind });
    let icon: SVGGElement | undefined;
    if (!holds) {
      icon = svg('g');
      icon.append(
        svg('circle', { r: MARKER_R }),
        svg('path', { d: landmarkIcons[landmark.kind] ?? landmarkIcons.other }),
      );
      group.append(icon);
    }
    group.append(name);
    markerLayer.append(group);
    markers.push({
      group,
      x: cx,
      y: holds ? y : cy,
      icon,
      name,
      side,
      above: holds || cy > height * 0.75,
      // The name's width at its 10 px font.
      width: [...(name.textContent ?? '')].reduce((sum, char) => sum + em(char), 0) * 10,
      nearest: Infinity,
    });
  }
  for (const marker of markers) {
    for (const other of markers) {
      if (other === marker || !marker.icon || !other.icon) continue;
      const apart = Math.hypot(other.x - marker.x, other.y - marker.y);
      marker.nearest = Math.min(marker.nearest, apart);
    }
  }

  const layer = svg('g', { class: 'booths' });
  const items: Item[] = [];
  const byId = new Map<string, Item>();
  // Cloning one small template is about twice as fast as creating each element.
  const template = svg('g');
  template.append(svg('rect'));
  for (const { booth, name, free } of drawn) {
    const group = template.cloneNode(true) as SVGGElement;
    group.setAttribute('data-booth', booth.id);
    if (free) group.setAttribute('data-free', '');
    set(group.firstChild as SVGRectElement, box(booth));
    layer.append(group);
    const item = { booth, name, group };
    items.push(item);
    byId.set(booth.id, item);
  }

  // A search dims the plan with one veil over every booth, with a hole at each match: the
  // cost of a keystroke follows the matches, not the size of the fair.
  const veil = svg('path', { class: 'veil' });
  const overlay = svg('g', { class: 'overlay' });
  const ring = svg('rect', { class: 'ring' });
  root.append(
    svg('rect', { class: 'hall', width, height }),
    zones,
    layer,
    veil,
    markerLayer,
    overlay,
  );

  /** The last `setMatches` keys, and the booths marked for them. */
  let keys: ReadonlySet<string> | null = null;
  let matches = new Set<string>();
  let selected: Item | undefined;
  const stars = new Map<string, SVGPathElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The last `setDetail` call, applied or not. */
  let lastScale = NaN;
  let lastView: FloorRect | undefined;

  /**
   * Draws the numbers and names (shown by level) of the booths in and around the view that do
   * not have them yet. Laying out text is most of what painting a plan costs, and a plan of
   * 10,000 booths zoomed in far enough to read shows a few hundred of them.
   */
  function drawTexts(): void {
    const view = lastView ?? { x: 0, y: 0, w: Infinity, h: Infinity };
    const left = view.x - view.w * VIEW_MARGIN;
    const top = view.y - view.h * VIEW_MARGIN;
    const right = view.x + view.w * (1 + VIEW_MARGIN);
    const bottom = view.y + view.h * (1 + VIEW_MARGIN);
    for (const item of items) {
      const { x, y, w, h, label } = item.booth;
      if (item.drawn || x > right || y > bottom || x + w < left || y + h < top) continue;
      item.drawn = true;
      // One size for all numbers, that of a typical booth and label, in the middle; a name
      // under it.
      const number = svg('text', { x: x + w / 2, y: y + h / 2 });
      number.textContent = label;
      const name = item.name && fit(item.name, (w * 0.92) / nameSize);
      const texts = [number];
      if (name) {
        texts.push(svg('text', { class: 'name', x: x + w / 2, y: y + h * 0.85 }));
        texts[1].textContent = name;
      }
      item.group.firstChild!.after(...texts);
    }
  }

  function apply(): void {
    const scale = lastScale;
    const detail =
      typicalWidth * scale >= NAME_PX
        ? 'names'
        : numberSize * scale >= NUMBER_PX
          ? 'numbers'
          : 'outline';
    if (detail !== 'outline') drawTexts();
    if (root.getAttribute('data-detail') !== detail) root.setAttribute('data-detail', detail);
    // Markers keep their size on screen, and an entrance on a wall is drawn just inside it. Two
    // icons that would overlap (an elevator beside the stairs, on a phone) are drawn smaller, down
    // to MARKER_MIN.
    const k = 1 / scale;
    const radius = markers.map(({ icon, nearest }) =>
      icon ? Math.min(MARKER_R, Math.max(MARKER_MIN, (nearest * scale) / 2 - 1)) : 0,
    );
    const at = markers.map(({ x, y }, i) => {
      const r = radius[i]! * k;
      return [Math.min(width - r, Math.max(r, x)), Math.min(height - r, Math.max(r, y))];
    });
    // A name that would overlap another marker's icon, or a name already shown, is hidden until
    // zoomed apart. Boxes are in screen px: [left, top, right, bottom, marker].
    const taken = markers.flatMap(({ icon }, i) => {
      const [px, py] = at[i]!.map((v) => v * scale) as [number, number];
      const r = radius[i]!;
      return icon ? [[px - r, py - r, px + r, py + r, i]] : [];
    });
    markers.forEach(({ group, icon, name, side, above, width: nameW }, i) => {
      const [px, py] = at[i]!;
      const r = radius[i]!;
      group.setAttribute('transform', `translate(${px} ${py}) scale(${k})`);
      icon?.setAttribute('transform', `scale(${r / MARKER_R})`);
      // Above or below the icon (an area's name above the area), starting, centred or ending at it:
      // first towards the hall's middle, then whichever other way fits inside the hall and covers
      // nothing already placed.
      const nameY = !icon ? -8 : above ? -(r + 11) : r + 11;
      const sx = px! * scale;
      const sy = py! * scale;
      const place = (anchor: number) => {
        const nameX = icon ? (anchor - 1) * r : 0;
        const left = sx + nameX - (anchor * nameW) / 2;
        return { anchor, nameX, box: [left, sy + nameY - 6, left + nameW, sy + nameY + 6, i] };
      };
      const spot = (icon ? [side, 0, 1, 2] : [side])
        .map(place)
        .find(
          ({ box }, n) =>
            (n === 0 || (box[0]! >= 0 && box[2]! <= width * scale)) &&
            !taken.some(
              (b) =>
                b[4] !== i &&
                box[0]! + TOUCH < b[2]! &&
                b[0]! + TOUCH < box[2]! &&
                box[1]! + TOUCH < b[3]! &&
                b[1]! + TOUCH < box[3]!,
            ),
        );
      const { anchor, nameX } = spot ?? place(side);
      name.setAttribute('x', String(nameX));
      name.setAttribute('y', String(nameY));
      name.setAttribute('text-anchor', ['start', 'middle', 'end'][anchor]!);
      name.style.visibility = spot ? '' : 'hidden';
      if (spot) taken.push(spot.box);
    });
  }

  return {
    element: root,

    setMatches(next) {
      if (next === keys) return;
      keys = next;
      const old = matches;
      matches = new Set([...(next ?? [])].filter((id) => byId.has(id)));
      for (const id of old) if (!matches.has(id)) byId.get(id)!.group.removeAttribute('data-match');
      for (const id of matches)
        if (!old.has(id)) byId.get(id)!.group.setAttribute('data-match', '');
      // One path: the hall, and a hole (even-odd) a little larger than each matching booth, so
      // the match's thick outline is not veiled either. Without a search, no path.
      const gap = unit * 0.1;
      let d = `M0 0H${width}V${height}H0Z`;
      for (const id of matches) {
        const { x, y, w, h } = byId.get(id)!.booth;
        d += `M${x - gap} ${y - gap}h${w + 2 * gap}v${h + 2 * gap}h${-w - 2 * gap}z`;
      }
      veil.setAttribute('d', next ? d : '');
      root.toggleAttribute('data-searching', !!next);
    },

    setSelected(boothId) {
      const item = byId.get(boothId!);
      if (item === selected) return;
      selected?.group.removeAttribute('data-selected');
      selected = item;
      ring.remove();
      if (!item) return;
      item.group.setAttribute('data-selected', '');
      // A ring in the overlay, above every booth, so neighbours cannot paint over it.
      overlay.append(set(ring, box(item.booth, unit * 0.16)));
    },

    setStarred(boothIds) {
      for (const [id, star] of stars) {
        if (boothIds.has(id)) continue;
        star.remove();
        byId.get(id)!.group.removeAttribute('data-starred');
        stars.delete(id);
      }
      for (const id of boothIds) {
        const item = byId.get(id);
        if (!item || stars.has(id)) continue;
        const { x, y, w, h } = item.booth;
        const r = Math.min(w, h) * 0.22;
        const star = svg('path', {
          class: 'star',
          d: STAR,
          transform: `translate(${x + w - r * 1.15} ${y + r * 1.15}) scale(${r})`,
        });
        item.group.setAttribute('data-starred', '');
        item.group.append(star);
        stars.set(id, star);
      }
    },

    setDetail(scale, view) {
      const step = scale / lastScale;
      lastScale = scale;
      lastView = view;
      if (timer === undefined || !(step < DETAIL_JUMP && step > 1 / DETAIL_JUMP)) apply();
      clearTimeout(timer);
      // Applies the last call once the calls stop (again, if it was applied at once: a no-op).
      timer = setTimeout(() => {
        timer = undefined;
        apply();
      }, DETAIL_QUIET_MS);
    },

    boothAt(target) {
      // Only booths carry the attribute, and `closest` does not leave the shadow root.
      const group = target instanceof Element ? target.closest('[data-booth]') : null;
      return group?.getAttribute('data-booth') ?? undefined;
    },

    destroy() {
      clearTimeout(timer);
    },
  };
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
    text-rendering: optimizeSpeed;
    stroke-width: calc(var(--_u) * 0.05);
  }

  .hall {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: calc(var(--_u) * 0.1);
  }

  .zones {
    fill: color-mix(in srgb, var(--_muted) 12%, transparent);
    stroke: var(--_muted);
  }

  .veil {
    fill: var(--_surface);
    fill-opacity: 0.7;
    fill-rule: evenodd;
  }

  .booths {
    cursor: pointer;
    fill: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    stroke: var(--_muted);
    font-size: var(--_number);
  }

  [data-free] {
    fill: var(--_surface);
    stroke-dasharray: calc(var(--_u) * 0.15) calc(var(--_u) * 0.1);
  }

  [data-match] {
    fill: color-mix(in srgb, var(--_accent) 25%, var(--_surface));
    stroke: var(--_accent);
    stroke-width: calc(var(--_u) * 0.16);
  }

  [data-selected] {
    fill: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
  }

  .booths text {
    fill: var(--_text);
    stroke: none;
    text-anchor: middle;
    dominant-baseline: central;
  }

  .booths .name {
    font-size: var(--_name);
  }

  [data-detail='outline'] .booths text,
  [data-detail='numbers'] .name {
    display: none;
  }

  .ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: calc(var(--_u) * 0.24);
  }

  .booths .star {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 0.2;
  }

  .veil,
  .overlay,
  .landmarks {
    pointer-events: none;
  }

  .landmarks {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    font-size: 10px;
  }

  .landmarks circle {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .landmarks path {
    fill: none;
  }

  .landmarks text {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
    paint-order: stroke;
    dominant-baseline: central;
  }
`;
