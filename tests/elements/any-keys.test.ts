/**
 * Keyboard use, explored: each element, on the sample spring fair, at a phone's width or a
 * desktop's, in Chinese or English, gets generated sequences of keys (Tab and Shift+Tab through
 * it, Enter and Space on whatever has focus, arrows, Home, End, Page Up / Down, Escape, + and −, a
 * letter) pressed as a real keyboard does (`sendKeys`). After each sequence nothing has been
 * thrown, the element still shows its content, and focus, if it is in the element, is on
 * something the visitor can see: not hidden, and, once scrolled to, covered by nothing else.
 *
 * Links are not followed (a click on one is cancelled, so the test page stays) and printing is
 * stubbed; everything else runs as on a page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { ReactiveElement } from 'lit';
import '../../src/define.js';
import { settle, text } from '../helpers/element.js';

const TAGS = [
  'fair-countdown',
  'fair-booth-map',
  'fair-employer-carousel',
  'fair-placement-badge',
  'fair-activity-timeline',
] as const;

const KEYS = [
  'Tab',
  'Tab',
  'Shift+Tab',
  'Enter',
  'Space',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  '+',
  '-',
  'a',
] as const;

/** Sequences an element; a failure prints the seed and the keys that broke it. */
const RUNS = 8;

let feed: unknown;

before(async () => {
  const response = await fetch(new URL('../fixtures/spring-fair.json', import.meta.url));
  feed = await response.json();
});

/** The focused element, looked for through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether a visitor can see `el`: it has a box, and nothing above it hides it. */
function visible(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  for (let node: Element | null = el; node;) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.opacity === '0') return false;
    node =
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
  }
  return true;
}

/**
 * Whether the middle of `el` is on screen and nothing covers it there (WCAG 2.4.11, focus not
 * obscured): what is drawn at that point is `el`, or in it.
 */
function uncovered(host: Element, el: Element): boolean {
  // Page Up / Down may have scrolled the page away from a focused field, as browsers do: scrolled
  // back as a visitor would (scroll boxes too), it must be there and uncovered.
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // Each line box of it: a link that wraps has nothing of its own in the middle of its bounds.
  return [...el.getClientRects()].some((box) => {
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = host.shadowRoot!.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit));
  });
}

/** Whether `node` is `host` or in it, its shadow root included. */
function inside(host: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === host) return true;
  }
  return false;
}

async function press(key: (typeof KEYS)[number]): Promise<void> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
}

/** Links stay unfollowed and print dialogs unopened, so the page under test stays put. */
const cancelLinks = (event: MouseEvent) => {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) {
    event.preventDefault();
  }
};

for (const tag of TAGS) {
  describe(`<${tag}> by keyboard`, () => {
    let print: typeof window.print;
    beforeEach(() => {
      print = window.print;
      window.print = () => {};
      document.addEventListener('click', cancelLinks, true);
    });
    afterEach(() => {
      window.print = print;
      document.removeEventListener('click', cancelLinks, true);
    });

    it('takes any sequence of keys without throwing, and keeps focus on what can be seen', async function () {
      this.timeout(RUNS * 8000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 12 }),
          fc.constantFrom(360, 1024),
          fc.constantFrom('zh-CN', 'en'),
          async (keys, width, lang) => {
            const errors: string[] = [];
            const onError = (event: ErrorEvent) =>
              errors.push(String(event.error ?? event.message));
            const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
            window.addEventListener('error', onError);
            window.addEventListener('unhandledrejection', onRejection);
            const wrapper = await fixture<HTMLDivElement>(
              html`<div style="width: ${width}px"><button id="before">before</button></div>`,
            );
            try {
              const el = document.createElement(tag) as HTMLElement &
                ReactiveElement & { feed?: unknown };
              el.setAttribute('lang', lang);
              el.setAttribute('fair', 'spring-2027');
              el.feed = feed;
              wrapper.append(el);
              await settle(el);
              wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
              await press('Tab');
              expect(inside(el, deepActive()!), 'Tab from the button before it').to.equal(true);
              for (const key of keys) {
                await press(key);
                await settle(el);
              }
              await new Promise((resolve) => requestAnimationFrame(resolve));
              expect(errors, 'errors thrown on the page').to.deep.equal([]);
              expect(text(el.shadowRoot as unknown as Element)).not.to.equal('');
              const active = deepActive();
              if (active && inside(el, active)) {
                expect(visible(active), `focus on a hidden <${active.localName}>`).to.equal(true);
                expect(uncovered(el, active), `focus on a covered <${active.localName}>`).to.equal(
                  true,
                );
              }
            } finally {
              wrapper.remove();
              window.removeEventListener('error', onError);
              window.removeEventListener('unhandledrejection', onRejection);
            }
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
}
