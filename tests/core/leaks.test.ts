import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import sinon from 'sinon';
import { ClockController, subscribeClock } from '../../src/core/clock.js';
import { FeedController } from '../../src/core/feed-controller.js';
import { resetFeedLoader } from '../../src/core/feed-loader.js';
import { fakeFetch, miniFeed } from '../helpers/fetch.js';
import { expectNoLeaks } from '../helpers/leaks.js';

/** The smallest element using both shared controllers, as every fairkit element does. */
class LeakProbe extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) feed?: unknown;
  readonly clock = new ClockController(this, 'second');
  readonly data = new FeedController(this);
  override render() {
    return `${this.data.status} ${this.clock.now}`;
  }
}
customElements.define('test-leak-probe', LeakProbe);

function probe(init: Partial<Pick<LeakProbe, 'src' | 'feed'>>): LeakProbe {
  return Object.assign(document.createElement('test-leak-probe') as LeakProbe, init);
}

describe('expectNoLeaks', () => {
  afterEach(() => {
    sinon.restore();
    resetFeedLoader();
  });

  it('passes for 1000 probes sharing a feed whose request never answers', async () => {
    fakeFetch({ '/feeds/hang.json': 'hang' });
    await expectNoLeaks(() => probe({ src: '/feeds/hang.json' }));
  });

  it('passes for probes that each start and abort their own request', async () => {
    const fetch = fakeFetch({ '*': 'hang' });
    let i = 0;
    await expectNoLeaks(() => probe({ src: `/feeds/hang-${i++}.json` }), { times: 200 });
    expect(fetch.callCount).to.equal(200);
  });

  it('passes for 1000 probes reading a feed object', async () => {
    await expectNoLeaks(() => probe({ feed: miniFeed }));
  });

  it('fails for an element that leaves a clock subscription behind', async () => {
    let failed = false;
    const unsubscribers: Array<() => void> = [];
    try {
      await expectNoLeaks(
        () => {
          unsubscribers.push(subscribeClock('minute', () => {}));
          return document.createElement('div');
        },
        { times: 3 },
      );
    } catch {
      failed = true;
    }
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    expect(failed).to.equal(true);
  });

  it('fails for an element that leaves a timeout behind', async () => {
    let failed = false;
    const timers: number[] = [];
    try {
      await expectNoLeaks(
        () => {
          timers.push(window.setTimeout(() => {}, 60_000));
          return document.createElement('div');
        },
        { times: 3 },
      );
    } catch {
      failed = true;
    }
    timers.forEach((id) => clearTimeout(id));
    expect(failed).to.equal(true);
  });

  it('fails for an element that leaves a document listener behind', async () => {
    let failed = false;
    const listener = () => {};
    try {
      await expectNoLeaks(
        () => {
          document.addEventListener('scroll', listener);
          return document.createElement('div');
        },
        { times: 3 },
      );
    } catch {
      failed = true;
    }
    document.removeEventListener('scroll', listener);
    expect(failed).to.equal(true);
  });
});
