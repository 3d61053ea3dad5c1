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
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { mountElement, settle, text } from '../helpers/element.js';
import { TAGS, onQuietPage, springFair } from '../helpers/explore.js';

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
  feed = await springFair();
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

for (const tag of TAGS) {
  describe(`<${tag}> by keyboard`, () => {
    it('takes any sequence of keys without throwing, and keeps focus on what can be seen', async function () {
      this.timeout(RUNS * 8000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 12 }),
          fc.constantFrom(360, 1024),
          fc.constantFrom('zh-CN', 'en'),
          async (keys, width, lang) => {
            const errors = await onQuietPage(async () => {
              const el = await mountElement(tag, feed, {
                width,
                attrs: { lang, fair: 'spring-2027' },
              });
              const before = document.createElement('button');
              before.textContent = 'before';
              el.before(before);
              before.focus();
              await press('Tab');
              expect(inside(el, deepActive()!), 'Tab from the button before it').to.equal(true);
              for (const key of keys) {
                await press(key);
                await settle(el);
              }
              await nextFrame();
              expect(text(el.shadowRoot as unknown as Element)).not.to.equal('');
              const active = deepActive();
              if (active && inside(el, active)) {
                expect(visible(active), `focus on a hidden <${active.localName}>`).to.equal(true);
                expect(uncovered(el, active), `focus on a covered <${active.localName}>`).to.equal(
                  true,
                );
              }
              el.parentElement!.remove();
            });
            expect(errors, 'errors thrown on the page').to.deep.equal([]);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
}
