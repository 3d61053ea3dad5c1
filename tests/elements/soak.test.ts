/**
 * Soak: a portal page with all five elements on one feed, left open through a fair day: eight
 * hours of a fake clock, the feed fetched again every minute (a new response, so a new feed object
 * and a new parse each time), the countdown ticking every second, statuses changing as talks start
 * and end. What it must not do over those hours, with the bounds stated here:
 * - DOM nodes (all shadow roots included): no more than at the end of the first hour, +2%
 *   (statuses, "watch" links and the countdown's phase may change what is shown, not how much);
 * - listeners on window and document: exactly as many as after the first hour;
 * - timers: the shared clock's one, no feed request left in flight after a refresh;
 * - JS heap after a full collection: at most 1 MB above the first hour's (measured: about 0.3 MB
 *   over the next seven hours, within noise of the collector; not traced further).
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { sampleFeed } from '../../src/cli/sample.js';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderStats, refreshFeed, resetFeedLoader } from '../../src/core/feed-loader.js';
import { fakeFetch } from '../helpers/fetch.js';
import { recordStarted } from '../helpers/leaks.js';

const MINUTE = 60_000;
/** The morning of the sample fair (2027-03-22 in Shanghai): it opens at 09:00. */
const START = Date.parse('2027-03-22T06:00:00+08:00');
const FEED = '/soak/feed.json';

/** Every node of the page, the shadow trees of its elements included. */
function nodes(root: Node = document): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += nodes(shadow);
  }
  return count;
}

/** The JS heap in use after a full collection (Chromium runs with --expose-gc here). */
function heap(): number {
  (window as unknown as { gc: () => void }).gc();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

describe('a page with all five elements, left open for a fair day', function () {
  this.timeout(180_000);

  it('keeps its DOM, listeners, timers and heap bounded over eight hours of refreshes', async () => {
    const clock = sinon.useFakeTimers({
      now: START,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    // Installed over the fake timers and removed before them.
    const started = recordStarted();
    const listeners = () => started.live.listeners.length;
    const feed = sampleFeed({ employers: 120, halls: 1 });
    // A sinon stub records every call: its history is cleared each minute, or it is what grows.
    const fetch = fakeFetch({ [FEED]: { body: feed } });
    const page = document.createElement('main');
    page.lang = 'zh-CN';
    page.innerHTML = `
      <fair-countdown src="${FEED}"></fair-countdown>
      <fair-placement-badge src="${FEED}" variant="card"></fair-placement-badge>
      <fair-booth-map id="soak-map" src="${FEED}"></fair-booth-map>
      <fair-employer-carousel src="${FEED}" map="soak-map"></fair-employer-carousel>
      <fair-activity-timeline src="${FEED}"></fair-activity-timeline>`;
    document.body.append(page);
    try {
      const elements = [...page.children] as (Element & { updateComplete: Promise<unknown> })[];
      // A minute: the refresh answered and rendered; 59 seconds of ticks run synchronously (the
      // countdown writes its digits in its tick, no update); the last second as the page gets it.
      const minute = async () => {
        fetch.resetHistory();
        refreshFeed(FEED);
        await clock.tickAsync(0);
        await Promise.all(elements.map((el) => el.updateComplete));
        clock.tick(MINUTE - 1000);
        await clock.tickAsync(1000);
        await Promise.all(elements.map((el) => el.updateComplete));
        expect(feedLoaderStats().inFlight, 'a feed request left in flight').to.equal(0);
      };
      for (let i = 0; i < 60; i++) await minute();
      const first = {
        nodes: nodes(),
        listeners: listeners(),
        heap: heap(),
        clock: clockStats(),
      };
      expect(first.nodes, 'the page rendered its elements').to.be.greaterThan(1000);

      for (let i = 60; i < 8 * 60; i++) await minute();
      const last = { nodes: nodes(), listeners: listeners(), heap: heap() };
      expect(last.nodes, 'DOM nodes').to.be.at.most(Math.ceil(first.nodes * 1.02));
      expect(last.listeners, 'listeners on window and document').to.equal(first.listeners);
      expect(clockStats(), 'the shared clock').to.deep.equal(first.clock);
      expect(last.heap - first.heap, 'heap growth in bytes').to.be.below(1024 * 1024);
    } finally {
      page.remove();
      started.stop();
      clock.restore();
      sinon.restore();
      resetFeedLoader();
    }
  });
});
