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
  /** Called after every change of the view, with the new state and the part of the content shown. */
  onChange?: (state: ZoomState, visible: ContentRect) => void;
}

interface Point {
  x: number;
  y: number;
}

/** Zoom per pixel of Ctrl+wheel, as a power of two; one step is capped at √2 either way. */
const WHEEL_ZOOM = 0.01;
/** How far a mouse or pen must move before a press becomes a drag (and stops being a click). */
const DRAG_SLOP = 4;
/** How long after the last step the view counts as still moving (see `will-change` below). */
const SETTLE_MS = 200;
const ANIMATION_MS = 250;

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/**
 * Zooms and pans one content element inside a viewport with a CSS transform
 * (`translate(x, y) scale(s)`, origin top left), so the content is laid out and painted once and
 * every step is a compositor change. The scale stays between half and 32 times the one that fits.
 *
 * The content should sit at the viewport's top left corner (e.g. absolutely positioned); the
 * viewport should clip it (`overflow: hidden`).
 *
 * Input, as an embedded map must behave on someone else's page:
 * - Ctrl/⌘ + wheel zooms around the pointer (trackpad pinch arrives this way in Chromium); a plain
 *   wheel is left alone, so the page scrolls.
 * - Pointers: a mouse or pen drag pans (captured once the pointer has moved a few pixels, so a
 *   press without movement stays a click on what is under it, while the click that ends a drag
 *   goes to the viewport, the capture target, not to what is under it). Touch: one finger scrolls the page (`touch-action: pan-x pan-y`), two fingers
 *   pinch and pan the map (their midpoint moves the map, their distance scales it); while two
 *   fingers are down their `touchmove` is cancelled so the browser does not scroll under them.
 * - Keys: none here; the element calls {@link panBy}, {@link zoomBy} and {@link fit}.
 *
 * `will-change: transform` is set only while the view moves (within 200 ms of a step, or during
 * an animation), so the content is re-rastered sharp at rest. Animations (Web Animations, none
 * under `prefers-reduced-motion`) end at once when another step comes. A ResizeObserver
 * keeps the view: fitted stays fitted, otherwise the centre stays put.
 */
export class ZoomPan {
  readonly #viewport: HTMLElement;
  readonly #content: HTMLElement | SVGElement;
  readonly #onChange: ZoomOptions['onChange'];
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
  /** Pointers down, at their last position used (viewport pixels). */
  readonly #pointers = new Map<number, Point>();
  #dragged = false;

  /**
   * @param viewport - the clipping box; gets the listeners and `touch-action: pan-x pan-y`
   * @param content - the element transformed
   * @param contentSize - the content's untransformed size in CSS pixels
   */
  constructor(
    viewport: HTMLElement,
    content: HTMLElement | SVGElement,
    contentSize: { width: number; height: number },
    { onChange }: ZoomOptions = {},
  ) {
    this.#viewport = viewport;
    this.#content = content;
    this.#size = { ...contentSize };
    this.#onChange = onChange;
    this.#touchAction = viewport.style.touchAction;
    viewport.style.touchAction = 'pan-x pan-y';
    content.style.transformOrigin = '0 0';

    const signal = this.#listeners.signal;
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (event: HTMLElementEventMap[K]) => void,
      options: AddEventListenerOptions = {},
    ) => viewport.addEventListener(type, listener, { ...options, signal });
    on('wheel', this.#onWheel, { passive: false });
    on('pointerdown', this.#onPointerDown);
    on('pointermove', this.#onPointerMove);
    on('pointerup', this.#onPointerUp);
    on('pointercancel', this.#onPointerUp);
    on('touchmove', this.#onTouchMove, { passive: false });
    // Safari sends a trackpad pinch as gesture events (not Ctrl+wheel), and zooms the page unless
    // they are cancelled. They are not in the DOM's event map.
    for (const type of ['gesturestart', 'gesturechange']) {
      viewport.addEventListener(type, this.#onGesture, { signal });
    }

    this.#observer = new ResizeObserver(() => this.#resized());
    this.#observer.observe(viewport);
    this.#measure();
    this.fit();
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
  zoomBy(factor: number, around?: Point): void {
    this.#zoom(factor, around ?? { x: this.#width / 2, y: this.#height / 2 });
  }

  /** Moves the content by `dx`, `dy` screen pixels. */
  panBy(dx: number, dy: number): void {
    this.#zoom(1, { x: 0, y: 0 }, dx, dy);
  }

  /**
   * Brings a rectangle of the content (content pixels) into view: zoomed in to at least `minScale`
   * (and out, if needed, until it fits), centred unless it already shows whole at that scale.
   * Animated unless `animate` is false or reduced motion is asked for.
   */
  showRect(
    rect: ContentRect,
    { minScale = 0, animate = true }: { minScale?: number; animate?: boolean } = {},
  ): void {
    const fits = Math.min((this.#width * 0.9) / rect.w, (this.#height * 0.9) / rect.h);
    const scale = clamp(
      Math.max(minScale, Math.min(this.#scale, fits)),
      Math.min(this.#fitScale() / 2, this.#scale),
      Math.max(this.#fitScale() * 32, minScale),
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
    if (this.#fitted) this.fit();
    else this.#set(this.#scale, this.#x, this.#y);
  }

  /** Removes every listener, the observer, any animation and timer, and the styles it set. */
  destroy(): void {
    this.#listeners.abort();
    this.#observer.disconnect();
    this.#animation?.cancel();
    clearTimeout(this.#settleTimer);
    this.#viewport.style.touchAction = this.#touchAction;
    this.#content.style.willChange = '';
  }

  // --- the view ------------------------------------------------------------------------------

  /**
   * The viewport's size comes from here, in the constructor, and from the ResizeObserver (which
   * reports any change before the next paint). Measuring in fit() would force a layout of the
   * whole plan just put into the content: a second layout of every booth in the frame that first
   * shows it.
   */
  #measure(): void {
    this.#width = this.#viewport.clientWidth;
    this.#height = this.#viewport.clientHeight;
  }

  /** The scale that shows the whole content (1 while the viewport has no size). */
  #fitScale(): number {
    return Math.min(this.#width / this.#size.width, this.#height / this.#size.height) || 1;
  }

  /**
   * A step by the visitor or the element: zooms by `factor` around `around` (viewport pixels)
   * after moving by `dx`, `dy`.
   */
  #zoom(factor: number, around: Point, dx = 0, dy = 0): void {
    // Never jump: a view already beyond a limit (a fit below the minimum) may only move back.
    const fit = this.#fitScale();
    const scale = clamp(
      this.#scale * factor,
      Math.min(fit / 2, this.#scale),
      Math.max(fit * 32, this.#scale),
    );
    const k = scale / this.#scale;
    this.#fitted = false;
    this.#moving(SETTLE_MS);
    this.#set(
      scale,
      around.x - (around.x - this.#x - dx) * k,
      around.y - (around.y - this.#y - dy) * k,
    );
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
    // A step during an animation starts from where the animation was going.
    this.#animation?.cancel();
    const style = this.#content.style;
    const from = style.transform;
    const to = `translate(${x}px, ${y}px) scale(${scale})`;
    this.#scale = scale;
    this.#x = x;
    this.#y = y;
    style.transform = to;
    if (animate && from && from !== to && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#moving(ANIMATION_MS + SETTLE_MS);
      this.#animation = this.#content.animate([{ transform: from }, { transform: to }], {
        duration: ANIMATION_MS,
        easing: 'cubic-bezier(0.2, 0, 0, 1)',
      });
    }
    this.#onChange?.(this.state, this.visible);
  }

  /**
   * Sets `will-change: transform` until `ms` after the last call: the content gets a layer of its
   * own while it moves, and is re-rastered sharp once it has come to rest.
   */
  #moving(ms: number): void {
    this.#content.style.willChange = 'transform';
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => (this.#content.style.willChange = ''), ms);
  }

  #resized(): void {
    const oldWidth = this.#width;
    const oldHeight = this.#height;
    this.#measure();
    if (this.#width === oldWidth && this.#height === oldHeight) return;
    if (this.#fitted || !oldWidth || !oldHeight) {
      this.fit();
      return;
    }
    // Keep the content point at the centre of the view at the centre.
    this.#set(
      this.#scale,
      this.#x + (this.#width - oldWidth) / 2,
      this.#y + (this.#height - oldHeight) / 2,
    );
  }

  // --- input -----------------------------------------------------------------------------------

  /** Viewport coordinates (from the padding box's top left corner) of an event's client point. */
  #local(event: MouseEvent): Point {
    const box = this.#viewport.getBoundingClientRect();
    return {
      x: event.clientX - box.left - this.#viewport.clientLeft,
      y: event.clientY - box.top - this.#viewport.clientTop,
    };
  }

  /** The pointers' midpoint and spread (0 for one pointer). */
  #gesture(): Point & { spread: number } {
    const points = [...this.#pointers.values()];
    const [a, b = a] = points;
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, spread: Math.hypot(a.x - b.x, a.y - b.y) };
  }

  readonly #onWheel = (event: WheelEvent): void => {
    // A plain wheel belongs to the page: an embedded map must never trap scrolling.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    // Lines (or pages) count as 16 px.
    const delta = -event.deltaY * (event.deltaMode ? 16 : 1) * WHEEL_ZOOM;
    this.#zoom(2 ** clamp(delta, -0.5, 0.5), this.#local(event));
  };

  /** `scale` of the gesture at its last event: Safari's is relative to the gesture's start. */
  #gestureScale = 1;

  readonly #onGesture = (event: Event): void => {
    event.preventDefault();
    // Two fingers on a touch screen: the pointer events already zoom (iOS sends both).
    if (this.#pointers.size > 1) return;
    const { scale = 1 } = event as Event & { scale?: number };
    if (event.type === 'gesturestart') this.#gestureScale = 1;
    else this.#zoom(scale / this.#gestureScale, this.#local(event as MouseEvent));
    this.#gestureScale = scale;
  };

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (event.button) return;
    // A primary pointer begins a gesture: forget any pointer whose end went elsewhere.
    if (event.isPrimary) {
      this.#pointers.clear();
      this.#dragged = false;
    }
    this.#pointers.set(event.pointerId, this.#local(event));
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    const last = this.#pointers.get(event.pointerId);
    if (!last) return;
    const at = this.#local(event);
    const touch = event.pointerType === 'touch';
    if (!touch && !this.#dragged && Math.hypot(at.x - last.x, at.y - last.y) < DRAG_SLOP) return;
    const before = this.#gesture();
    this.#pointers.set(event.pointerId, at);
    // One finger scrolls the page.
    if (touch && this.#pointers.size < 2) return;
    if (!this.#dragged) {
      this.#dragged = true;
      // Captured only now: a press that does not move must still click the booth under it.
      try {
        this.#viewport.setPointerCapture(event.pointerId);
      } catch {
        // The pointer is already gone (released between events): pan without capture.
      }
    }
    // Move with the midpoint, then scale around where it is now.
    const after = this.#gesture();
    this.#zoom(
      before.spread ? after.spread / before.spread : 1,
      after,
      after.x - before.x,
      after.y - before.y,
    );
  };

  /** Pointer capture ends by itself after `pointerup` and `pointercancel`. */
  readonly #onPointerUp = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
  };

  readonly #onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length > 1 && event.cancelable) event.preventDefault();
  };
}
