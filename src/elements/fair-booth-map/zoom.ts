/** Where the content is: `scale` screen pixels per content pixel, then moved by `x`, `y` pixels. */
export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

/** A rectangle of the content, in its untransformed CSS pixels. */
export interface ContentRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Options for {@link ZoomPan}. */
export interface ZoomOptions {
  /** Smallest scale the visitor can zoom out to. Default: half the scale that fits the content. */
  minScale?: number;
  /** Largest scale. Default: 32 times the scale that fits the content. */
  maxScale?: number;
  /** Called after every change of the view, with the new state and the part of the content shown. */
  onChange?: (state: ZoomState, visible: ContentRect) => void;
  /** Whether to skip animations. Default: the `prefers-reduced-motion: reduce` media query. */
  reducedMotion?: () => boolean;
}

/** Zoom per pixel of Ctrl+wheel, as a power of two; one step is capped at √2 either way. */
const WHEEL_ZOOM = 0.01;
const WHEEL_MAX = 0.5;
/** How far a mouse or pen must move before a press becomes a drag (and stops being a click). */
const DRAG_SLOP = 4;
/** How long after the last wheel or programmatic step the view counts as still moving. */
const SETTLE_MS = 200;
const ANIMATION_MS = 250;
const LINE_PX = 16;

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

interface Drag {
  id: number;
  startX: number;
  startY: number;
  lastX: number;
  lastY: number;
  moved: boolean;
}

/**
 * Zooms and pans one content element inside a viewport with a CSS transform
 * (`translate(x, y) scale(s)`, origin top left), so the content is laid out and painted once and
 * every step is a compositor change.
 *
 * The content should sit at the viewport's top left corner (e.g. absolutely positioned); the
 * viewport should clip it (`overflow: hidden`).
 *
 * Input, as an embedded map must behave on someone else's page:
 * - Ctrl/⌘ + wheel zooms around the pointer (trackpad pinch arrives this way in Chromium); a plain
 *   wheel is left alone, so the page scrolls.
 * - Mouse and pen drag pan (with pointer capture once the pointer has moved a few pixels, so a
 *   press without movement stays a click on what is under it; the click that ends a drag is
 *   swallowed).
 * - Touch: one finger scrolls the page (`touch-action: pan-x pan-y`), two fingers pinch and pan the
 *   map; while two fingers are down their `touchmove` is cancelled so the browser does not scroll
 *   the page under the pinch.
 * - Keys: none here; the element calls {@link panBy}, {@link zoomBy} and {@link fit}.
 *
 * `will-change: transform` is set only while the view moves (a drag, a pinch, an animation, or
 * within 200 ms of a wheel or programmatic step), so the content is re-rastered sharp at rest.
 * A ResizeObserver keeps the view: fitted stays fitted, otherwise the centre stays put.
 */
export class ZoomPan {
  readonly #viewport: HTMLElement;
  readonly #content: HTMLElement | SVGElement;
  readonly #options: ZoomOptions;
  readonly #listeners = new AbortController();
  readonly #observer: ResizeObserver;
  readonly #touchAction: string;
  #size: { width: number; height: number };
  #scale = 1;
  #x = 0;
  #y = 0;
  #width = 0;
  #height = 0;
  /** True from a fit until the visitor or the element moves the view: resizes then fit again. */
  #fitted = true;
  #animation: Animation | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Drags, pinches and animations in progress. */
  #moving = 0;
  #drag: Drag | undefined;
  #swallowClick = false;
  readonly #touches = new Map<number, { x: number; y: number }>();
  #pinch: { distance: number; x: number; y: number } | undefined;
  #origin = { left: 0, top: 0 };

  /**
   * @param viewport - the clipping box; gets the listeners and `touch-action: pan-x pan-y`
   * @param content - the element transformed
   * @param contentSize - the content's untransformed size in CSS pixels
   */
  constructor(
    viewport: HTMLElement,
    content: HTMLElement | SVGElement,
    contentSize: { width: number; height: number },
    options: ZoomOptions = {},
  ) {
    this.#viewport = viewport;
    this.#content = content;
    this.#size = { ...contentSize };
    this.#options = options;
    this.#touchAction = viewport.style.touchAction;
    viewport.style.touchAction = 'pan-x pan-y';
    content.style.transformOrigin = '0 0';

    const signal = this.#listeners.signal;
    viewport.addEventListener('wheel', this.#onWheel, { passive: false, signal });
    viewport.addEventListener('pointerdown', this.#onPointerDown, { signal });
    viewport.addEventListener('pointermove', this.#onPointerMove, { signal });
    viewport.addEventListener('pointerup', this.#onPointerUp, { signal });
    viewport.addEventListener('pointercancel', this.#onPointerUp, { signal });
    viewport.addEventListener('lostpointercapture', this.#onPointerUp, { signal });
    viewport.addEventListener('touchmove', this.#onTouchMove, { passive: false, signal });
    viewport.addEventListener('click', this.#onClick, { capture: true, signal });

    this.#observer = new ResizeObserver(() => this.#resized());
    this.#observer.observe(viewport);
    this.#measure();
    this.fit(false);
  }

  /** The current view (a copy). */
  get state(): ZoomState {
    return { scale: this.#scale, x: this.#x, y: this.#y };
  }

  /** The part of the content the viewport shows, in content pixels. */
  get visible(): ContentRect {
    return {
      x: -this.#x / this.#scale,
      y: -this.#y / this.#scale,
      w: this.#width / this.#scale,
      h: this.#height / this.#scale,
    };
  }

  /** Shows the whole content, centred. */
  fit(animate = false): void {
    this.#measureIfUnknown();
    const scale = this.#fitScale();
    this.#set(
      scale,
      (this.#width - this.#size.width * scale) / 2,
      (this.#height - this.#size.height * scale) / 2,
      animate,
    );
    this.#fitted = true;
  }

  /**
   * Zooms by `factor` (above 1 zooms in), keeping the point `around` (viewport pixels; default the
   * centre) where it is.
   */
  zoomBy(factor: number, around?: { x: number; y: number }): void {
    this.#nudge();
    this.#zoom(factor, around ?? { x: this.#width / 2, y: this.#height / 2 });
  }

  /** Moves the content by `dx`, `dy` screen pixels. */
  panBy(dx: number, dy: number): void {
    this.#nudge();
    this.#pan(dx, dy);
  }

  /**
   * Brings a rectangle of the content (content pixels) into view: zoomed in to at least `minScale`
   * (and out, if needed, until it fits), centred unless it already shows whole at that scale.
   * Animated unless `animate` is false or reduced motion is asked for.
   */
  showRect(
    rect: { x: number; y: number; w: number; h: number },
    { minScale = 0, animate = true }: { minScale?: number; animate?: boolean } = {},
  ): void {
    this.#measureIfUnknown();
    this.#stopAnimation();
    const fits = Math.min((this.#width * 0.9) / rect.w, (this.#height * 0.9) / rect.h);
    const scale = clamp(
      Math.max(minScale, Math.min(this.#scale, fits)),
      Math.min(this.#minScale(), this.#scale),
      Math.max(this.#maxScale(), minScale),
    );
    const left = this.#x + rect.x * scale;
    const top = this.#y + rect.y * scale;
    const shows =
      scale === this.#scale &&
      left >= 0 &&
      top >= 0 &&
      left + rect.w * scale <= this.#width &&
      top + rect.h * scale <= this.#height;
    if (shows) return;
    this.#fitted = false;
    this.#set(
      scale,
      this.#width / 2 - (rect.x + rect.w / 2) * scale,
      this.#height / 2 - (rect.y + rect.h / 2) * scale,
      animate,
    );
  }

  /** Tells the zoom the content's new untransformed size (another hall, say). */
  setContentSize(size: { width: number; height: number }): void {
    this.#size = { ...size };
    if (this.#fitted) this.fit(false);
    else this.#set(this.#scale, this.#x, this.#y, false);
  }

  /** Removes every listener, the observer, any animation and timer, and the styles it set. */
  destroy(): void {
    this.#listeners.abort();
    this.#observer.disconnect();
    this.#animation?.cancel();
    this.#animation = undefined;
    clearTimeout(this.#settleTimer);
    this.#settleTimer = undefined;
    this.#moving = 0;
    this.#viewport.style.touchAction = this.#touchAction;
    this.#content.style.willChange = '';
  }

  // --- the view ------------------------------------------------------------------------------

  #measure(): void {
    this.#width = this.#viewport.clientWidth;
    this.#height = this.#viewport.clientHeight;
  }

  /**
   * The viewport's size comes from the constructor and the ResizeObserver (which reports any
   * change before the next paint). Measuring again in fit() would force a layout of the whole plan
   * just put into the content: a second layout of every booth in the frame that first shows it.
   */
  #measureIfUnknown(): void {
    if (!this.#width || !this.#height) this.#measure();
  }

  #fitScale(): number {
    const { width, height } = this.#size;
    if (!width || !height || !this.#width || !this.#height) return 1;
    return Math.min(this.#width / width, this.#height / height);
  }

  #minScale(): number {
    return this.#options.minScale ?? this.#fitScale() / 2;
  }

  #maxScale(): number {
    return this.#options.maxScale ?? this.#fitScale() * 32;
  }

  #zoom(factor: number, around: { x: number; y: number }): void {
    this.#stopAnimation();
    // Never jump: a view already beyond a limit (a fit below minScale) may only move back.
    const scale = clamp(
      this.#scale * factor,
      Math.min(this.#minScale(), this.#scale),
      Math.max(this.#maxScale(), this.#scale),
    );
    const k = scale / this.#scale;
    this.#fitted = false;
    this.#set(scale, around.x - (around.x - this.#x) * k, around.y - (around.y - this.#y) * k);
  }

  #pan(dx: number, dy: number): void {
    this.#stopAnimation();
    this.#fitted = false;
    this.#set(this.#scale, this.#x + dx, this.#y + dy);
  }

  /**
   * Clamps and shows a view. The content may move until at least half the viewport (or all of the
   * content, when smaller) still shows it: any point of it can be centred, none can be lost.
   */
  #set(scale: number, x: number, y: number, animate = false): void {
    const w = this.#size.width * scale;
    const h = this.#size.height * scale;
    const keepX = Math.min(w, this.#width / 2);
    const keepY = Math.min(h, this.#height / 2);
    x = clamp(x, keepX - w, this.#width - keepX);
    y = clamp(y, keepY - h, this.#height - keepY);
    this.#stopAnimation();
    const from = this.#content.style.transform;
    this.#scale = scale;
    this.#x = x;
    this.#y = y;
    const to = `translate(${x}px, ${y}px) scale(${scale})`;
    this.#content.style.transform = to;
    if (animate && from && from !== to && !this.#reducedMotion()) {
      this.#begin();
      const animation = this.#content.animate([{ transform: from }, { transform: to }], {
        duration: ANIMATION_MS,
        easing: 'cubic-bezier(0.2, 0, 0, 1)',
      });
      this.#animation = animation;
      animation.onfinish = animation.oncancel = () => {
        if (this.#animation === animation) this.#animation = undefined;
        this.#end();
      };
    }
    this.#options.onChange?.(this.state, this.visible);
  }

  /** Ends an animation where it is now, so a gesture continues from what the visitor sees. */
  #stopAnimation(): void {
    const animation = this.#animation;
    if (!animation) return;
    const shown = getComputedStyle(this.#content).transform;
    this.#animation = undefined;
    animation.cancel();
    if (shown && shown !== 'none') {
      const m = new DOMMatrixReadOnly(shown);
      this.#scale = m.a;
      this.#x = m.e;
      this.#y = m.f;
      this.#content.style.transform = `translate(${m.e}px, ${m.f}px) scale(${m.a})`;
    }
  }

  #reducedMotion(): boolean {
    return this.#options.reducedMotion
      ? this.#options.reducedMotion()
      : matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  #resized(): void {
    const oldWidth = this.#width;
    const oldHeight = this.#height;
    this.#measure();
    if (this.#width === oldWidth && this.#height === oldHeight) return;
    if (this.#fitted || !oldWidth || !oldHeight) {
      this.fit(false);
      return;
    }
    // Keep the content point at the centre of the view at the centre.
    const dx = (this.#width - oldWidth) / 2;
    const dy = (this.#height - oldHeight) / 2;
    this.#set(this.#scale, this.#x + dx, this.#y + dy);
  }

  // --- will-change -----------------------------------------------------------------------------

  #begin(): void {
    this.#moving++;
    this.#content.style.willChange = 'transform';
  }

  #end(): void {
    this.#moving = Math.max(0, this.#moving - 1);
    if (!this.#moving && this.#settleTimer === undefined) this.#content.style.willChange = '';
  }

  /** A step with no end event (wheel, a button, a key): moving until SETTLE_MS of quiet. */
  #nudge(): void {
    clearTimeout(this.#settleTimer);
    this.#content.style.willChange = 'transform';
    this.#settleTimer = setTimeout(() => {
      this.#settleTimer = undefined;
      if (!this.#moving) this.#content.style.willChange = '';
    }, SETTLE_MS);
  }

  // --- input -----------------------------------------------------------------------------------

  /** Viewport coordinates of a client point (from the padding box's top left corner). */
  #local(clientX: number, clientY: number): { x: number; y: number } {
    return { x: clientX - this.#origin.left, y: clientY - this.#origin.top };
  }

  #updateOrigin(): void {
    const box = this.#viewport.getBoundingClientRect();
    this.#origin = {
      left: box.left + this.#viewport.clientLeft,
      top: box.top + this.#viewport.clientTop,
    };
  }

  readonly #onWheel = (event: WheelEvent): void => {
    // A plain wheel belongs to the page: an embedded map must never trap scrolling.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const unit =
      event.deltaMode === WheelEvent.DOM_DELTA_LINE
        ? LINE_PX
        : event.deltaMode === WheelEvent.DOM_DELTA_PAGE
          ? this.#height
          : 1;
    const exponent = clamp(-event.deltaY * unit * WHEEL_ZOOM, -WHEEL_MAX, WHEEL_MAX);
    this.#updateOrigin();
    this.#nudge();
    this.#zoom(2 ** exponent, this.#local(event.clientX, event.clientY));
  };

  readonly #onPointerDown = (event: PointerEvent): void => {
    this.#swallowClick = false;
    if (event.pointerType === 'touch') {
      this.#touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.#touches.size === 2 && !this.#pinch) {
        this.#updateOrigin();
        this.#endDrag(false);
        this.#pinch = this.#pinchOf();
        this.#begin();
      }
      return;
    }
    if (event.button !== 0 || this.#drag) return;
    this.#drag = {
      id: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      lastX: event.clientX,
      lastY: event.clientY,
      moved: false,
    };
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      if (!this.#touches.has(event.pointerId)) return;
      this.#touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const previous = this.#pinch;
      if (!previous || this.#touches.size < 2) return;
      const next = this.#pinchOf();
      this.#pinch = next;
      // Move with the fingers' midpoint, then scale around where it is now.
      this.#pan(next.x - previous.x, next.y - previous.y);
      if (previous.distance > 0) {
        this.#zoom(next.distance / previous.distance, this.#local(next.x, next.y));
      }
      return;
    }
    const drag = this.#drag;
    if (!drag || drag.id !== event.pointerId) return;
    if (!drag.moved) {
      if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_SLOP) return;
      drag.moved = true;
      // Captured only now: a press that does not move must still click the booth under it.
      try {
        this.#viewport.setPointerCapture(event.pointerId);
      } catch {
        // The pointer is already gone (released between events): pan without capture.
      }
      this.#begin();
    }
    this.#pan(event.clientX - drag.lastX, event.clientY - drag.lastY);
    drag.lastX = event.clientX;
    drag.lastY = event.clientY;
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      this.#touches.delete(event.pointerId);
      if (this.#pinch && this.#touches.size < 2) {
        this.#pinch = undefined;
        this.#end();
      }
      return;
    }
    if (this.#drag?.id === event.pointerId) this.#endDrag(event.type === 'pointerup');
  };

  #endDrag(click: boolean): void {
    const drag = this.#drag;
    if (!drag) return;
    this.#drag = undefined;
    if (!drag.moved) return;
    if (this.#viewport.hasPointerCapture(drag.id)) this.#viewport.releasePointerCapture(drag.id);
    this.#swallowClick = click;
    this.#end();
  }

  readonly #onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length > 1 && event.cancelable) event.preventDefault();
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (!this.#swallowClick) return;
    this.#swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  #pinchOf(): { distance: number; x: number; y: number } {
    const [a, b] = [...this.#touches.values()];
    return {
      distance: Math.hypot(a.x - b.x, a.y - b.y),
      x: (a.x + b.x) / 2,
      y: (a.y + b.y) / 2,
    };
  }
}
