/**
 * fairkit in the two frameworks portals are built with: React 19 and Vue 3 pages that set the
 * `feed` property (an object, which an attribute cannot carry), set attributes, listen to the
 * elements' events in each framework's own way, change them from the framework's state, and
 * unmount. React and Vue are production bundles served by the test runner (see
 * web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { clockStats } from '../../src/core/clock.js';
import { resetFeedLoader } from '../../src/core/feed-loader.js';
import type { FairCountdown } from '../../src/elements/fair-countdown/fair-countdown.js';
import type { FairPlacementBadge } from '../../src/elements/fair-placement-badge/fair-placement-badge.js';
import type { FeedLoadEventDetail } from '../../src/core/feed-controller.js';
import { part, settle, text } from '../helpers/element.js';

/** The part of React this page uses (the bundle has no type declarations here). */
interface ReactModule {
  React: {
    createElement(
      type: unknown,
      props?: Record<string, unknown> | null,
      ...children: unknown[]
    ): unknown;
    useState<T>(initial: T): [T, (next: T) => void];
  };
  createRoot(container: Element): { render(node: unknown): void; unmount(): void };
  flushSync(run: () => void): void;
}

/** The part of Vue this page uses. */
interface VueModule {
  createApp(root: { render: () => unknown }): { mount(el: Element): unknown; unmount(): void };
  h(type: string, props?: Record<string, unknown>): unknown;
  ref<T>(value: T): { value: T };
  nextTick(): Promise<void>;
}

// Computed specifiers: served by the test runner, not resolved by TypeScript.
const load = <T>(name: string): Promise<T> => import(/* @vite-ignore */ `/__frameworks/${name}.js`);

const FEED = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  fairs: [
    {
      id: 'spring',
      title: { 'zh-CN': '春季双选会', en: 'Spring Fair' },
      start: '2099-03-22T09:00',
    },
    {
      id: 'autumn',
      title: { 'zh-CN': '秋季双选会', en: 'Autumn Fair' },
      start: '2099-10-12T09:00',
    },
  ],
  placement: [
    { cohort: '2098', rate: 0.5, asOf: '2098-03-20' },
    {
      cohort: '2099',
      rate: 0.552,
      asOf: '2099-03-20',
      label: { 'zh-CN': '2099届', en: 'Class of 2099' },
    },
  ],
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  container.remove();
  resetFeedLoader();
});

describe('fairkit in React 19', () => {
  it('takes the feed as a property, attributes from state, and its events as on<event> props', async () => {
    const { React, createRoot, flushSync } = await load<ReactModule>('react');
    const loads: FeedLoadEventDetail[] = [];
    let choose: (fair: string) => void = () => {};
    function Page() {
      const [fair, setFair] = React.useState('spring');
      choose = setFair;
      return React.createElement('fair-countdown', {
        feed: FEED,
        fair,
        lang: 'en',
        'onfair-feed-load': (event: CustomEvent<FeedLoadEventDetail>) => loads.push(event.detail),
      });
    }
    const root = createRoot(container);
    flushSync(() => root.render(React.createElement(Page)));
    const countdown = container.querySelector('fair-countdown') as FairCountdown;
    await settle(countdown);
    expect(countdown.feed, 'the object, set as a property').to.equal(FEED);
    expect(text(part(countdown, 'title'))).to.equal('Spring Fair');
    expect(loads.map((detail) => detail.feed.fairs.length)).to.deep.equal([2]);

    flushSync(() => choose('autumn'));
    await settle(countdown);
    expect(countdown.getAttribute('fair') ?? countdown.fair).to.equal('autumn');
    expect(text(part(countdown, 'title'))).to.equal('Autumn Fair');

    flushSync(() => root.unmount());
    expect(container.querySelector('fair-countdown')).to.equal(null);
    expect(clockStats(), 'nothing left ticking after unmount').to.deep.equal({
      subscribers: 0,
      timerActive: false,
    });
  });
});

describe('fairkit in Vue 3', () => {
  it('takes the feed as a property, a reactive lang attribute, and its events as on* handlers', async () => {
    const { createApp, h, ref, nextTick } = await load<VueModule>('vue');
    const lang = ref('zh-CN');
    const loads: FeedLoadEventDetail[] = [];
    const app = createApp({
      render: () =>
        h('fair-placement-badge', {
          feed: FEED,
          lang: lang.value,
          variant: 'card',
          onFairFeedLoad: (event: CustomEvent<FeedLoadEventDetail>) => loads.push(event.detail),
        }),
    });
    app.mount(container);
    const badge = container.querySelector('fair-placement-badge') as FairPlacementBadge;
    await settle(badge);
    expect(badge.feed, 'the object, set as a property').to.equal(FEED);
    expect(badge.variant).to.equal('card');
    expect(text(part(badge, 'label'))).to.equal('2099届去向落实率');
    expect(loads).to.have.length(1);

    lang.value = 'en';
    await nextTick();
    await settle(badge);
    expect(text(part(badge, 'label'))).to.equal('Class of 2099 placement rate');

    app.unmount();
    expect(container.querySelector('fair-placement-badge')).to.equal(null);
  });
});
