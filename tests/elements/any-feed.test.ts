/**
 * "An element never throws on bad data; it shows what is valid and reports the rest", checked
 * for every element with generated input (fast-check): valid feeds, valid feeds broken in a few
 * random places, and any JSON value at all. Each run mounts the element with the input as its
 * `feed` property, as a page or a framework would give it, in Chinese or English, and reads what
 * a page sees.
 */
import { expect, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import { corruptedFeed, validFeed } from '../feed/arbitraries.js';
import { mountElement, settle, text } from '../helpers/element.js';
import { TAGS, onQuietPage, type Tag } from '../helpers/explore.js';

/** What a page may hand an element: `null` is left out, as it means "no feed, read `src`". */
const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  validFeed(),
  corruptedFeed(),
  corruptedFeed(fc.jsonValue({ maxDepth: 2 })),
  fc.jsonValue({ maxDepth: 3 }).filter((value) => value !== null),
);

/** Words a page should never show unless the feed wrote them. */
const SLIPS = ['undefined', 'NaN', '[object Object]', 'Invalid Date', 'Infinity'];

/** 30 inputs an element; a failure prints the seed and the input that broke it. */
const RUNS = 30;

/** What one mount showed: its state, its text, its events and any error thrown on the page. */
async function mount(tag: Tag, input: unknown, lang: string) {
  const seen = { state: '', shown: '', events: [] as string[] };
  const errors = await onQuietPage(async () => {
    const el = await mountElement(tag, input, {
      width: 480,
      attrs: { lang },
      setup: (host) => {
        host.addEventListener('fair-feed-load', () => seen.events.push('load'));
        host.addEventListener('fair-feed-error', () => seen.events.push('error'));
      },
    });
    await nextFrame();
    await settle(el);
    seen.state = el.dataset.state ?? '';
    seen.shown = text(el.shadowRoot as unknown as Element);
    el.parentElement!.remove();
  });
  return { ...seen, errors };
}

for (const tag of TAGS) {
  describe(`<${tag}> with any feed`, () => {
    it('shows the feed when it can be read, else its error, and never throws', async function () {
      // About 50 ms a run on a 2-core machine; mocha's 5 s default leaves too little room.
      this.timeout(RUNS * 500);
      await fc.assert(
        fc.asyncProperty(anyInput, fc.constantFrom('zh-CN', 'en'), async (input, lang) => {
          const readable = parseFeed(input).feed !== null;
          const seen = await mount(tag, input, lang);
          expect(seen.errors, 'errors thrown on the page').to.deep.equal([]);
          expect(seen.state).to.equal(readable ? 'ready' : 'error');
          expect(seen.events).to.deep.equal([readable ? 'load' : 'error']);
          expect(seen.shown, 'text in the shadow root').not.to.equal('');
          // What a missing or wrong value turns into when it slips through to the page.
          const written = JSON.stringify(input) ?? '';
          for (const slip of SLIPS.filter((word) => !written.includes(word)))
            expect(seen.shown, 'text in the shadow root').not.to.include(slip);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
