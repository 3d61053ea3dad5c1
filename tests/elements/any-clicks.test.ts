/**
 * Clicks and taps, explored: each element, on the sample spring fair, at a phone's width or a
 * desktop's, gets generated sequences of clicks at any point of its box, and of drags from one
 * point to another (a pan on the booth map, a swipe on the carousel), made with the real mouse
 * (`sendMouse`). After each sequence nothing has been thrown and the element still shows its
 * content.
 *
 * Links are not followed (a click on one is cancelled, so the test page stays) and printing is
 * stubbed; everything else runs as on a page.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import fc from 'fast-check';
import { mountElement, settle, text } from '../helpers/element.js';
import { TAGS, onQuietPage, springFair } from '../helpers/explore.js';

/** Sequences an element; a failure prints the seed and the gestures that broke it. */
const RUNS = 6;

/** A point in the element's box, as fractions of its width and of its visible height. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);
// Unbiased: fast-check's usual bias towards the bounds would put most points in the corners.
const point = fc.tuple(fraction, fraction);
const gesture = fc.oneof(
  point.map((at) => ({ click: at })),
  fc.tuple(point, point).map(([from, to]) => ({ drag: [from, to] as const })),
);

let feed: unknown;

before(async () => {
  feed = await springFair();
});

/** Page coordinates of a point of `el` that is on screen. */
function at(el: Element, [fx, fy]: readonly [number, number]): [number, number] {
  const box = el.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  return [
    Math.round(box.left + fx * (box.width - 1)),
    Math.round(top + fy * Math.max(bottom - top - 1, 0)),
  ];
}

for (const tag of TAGS) {
  describe(`<${tag}> by mouse`, () => {
    afterEach(() => resetMouse());

    it('takes any clicks and drags without throwing', async function () {
      this.timeout(RUNS * 8000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(gesture, { minLength: 1, maxLength: 8 }),
          fc.constantFrom(360, 1024),
          async (gestures, width) => {
            const errors = await onQuietPage(async () => {
              const el = await mountElement(tag, feed, {
                width,
                attrs: { lang: 'zh-CN', fair: 'spring-2027' },
              });
              el.scrollIntoView({ block: 'start' });
              for (const g of gestures) {
                if ('click' in g) {
                  await sendMouse({ type: 'click', position: at(el, g.click) });
                } else {
                  await sendMouse({ type: 'move', position: at(el, g.drag[0]) });
                  await sendMouse({ type: 'down' });
                  await sendMouse({ type: 'move', position: at(el, g.drag[1]) });
                  await sendMouse({ type: 'up' });
                }
                await settle(el);
              }
              await nextFrame();
              expect(text(el.shadowRoot as unknown as Element)).not.to.equal('');
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
