import { expect, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import sinon from 'sinon';
import { FeedController } from '../../src/core/feed-controller.js';
import { resetFeedLoader, STORAGE_PREFIX } from '../../src/core/feed-loader.js';
import { absolute, fakeFetch, miniFeed } from '../helpers/fetch.js';

class FeedReader extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) feed?: unknown;
  readonly controller = new FeedController(this);
  /** The fair id `willUpdate` derived, to prove it sees data set in the same update. */
  derived: string | undefined;

  protected override willUpdate(): void {
    this.derived = this.controller.feed?.fairs[0]?.id;
  }

  override render() {
    return this.controller.status;
  }
}
customElements.define('test-feed-reader', FeedReader);

const URL_ = '/feeds/reader.json';

/** Creates a reader with a listener for both events already attached, then mounts it. */
function mount(init: Partial<Pick<FeedReader, 'src' | 'feed'>>) {
  const el = document.createElement('test-feed-reader') as FeedReader;
  Object.assign(el, init);
  const load = sinon.spy();
  const error = sinon.spy();
  el.addEventListener('fair-feed-load', load);
  el.addEventListener('fair-feed-error', error);
  document.body.append(el);
  return { el, load, error };
}

/** Lets requests settle and the resulting updates (and their events) run. */
async function settle(el: FeedReader): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

describe('FeedController', () => {
  const mounted: HTMLElement[] = [];
  const track = (m: ReturnType<typeof mount>) => (mounted.push(m.el), m);

  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    sinon.restore();
    resetFeedLoader();
  });

  it('fires fair-feed-load once, with the feed, issues, stale flag and URL', async () => {
    fakeFetch({ [URL_]: {} });
    const { el, load } = track(mount({ src: URL_ }));
    const event = await oneEvent(el, 'fair-feed-load');
    await settle(el);
    expect(load.callCount).to.equal(1);
    expect(event.detail.feed.fairs[0].id).to.equal('spring');
    expect(event.detail).to.include({ stale: false, url: absolute(URL_) });
    expect(event.detail.issues).to.be.an('array');
  });

  it('fires its events bubbling and composed, so a page can listen on document', async () => {
    fakeFetch({ [URL_]: {} });
    const heard = oneEvent(document, 'fair-feed-load');
    track(mount({ src: URL_ }));
    const event = await heard;
    expect(event).to.include({ bubbles: true, composed: true });
  });

  it('keeps the same state object until something changes, then gives a new one', async () => {
    fakeFetch({ [URL_]: {} });
    const { el } = track(mount({ src: URL_ }));
    const loading = el.controller.state;
    expect(loading?.status).to.equal('loading');
    await settle(el);
    const ready = el.controller.state;
    expect(ready).to.not.equal(loading);
    expect(ready?.status).to.equal('ready');
    el.requestUpdate();
    await settle(el);
    expect(el.controller.state).to.equal(ready);
  });

  it('sets data-state to loading, then ready', async () => {
    fakeFetch({ [URL_]: {} });
    const { el } = track(mount({ src: URL_ }));
    expect(el.dataset.state).to.equal('loading');
    await oneEvent(el, 'fair-feed-load');
    expect(el.dataset.state).to.equal('ready');
    expect(el.shadowRoot?.textContent).to.equal('ready');
  });

  it('fires fair-feed-error once with the error and sets data-state to error when the request fails', async () => {
    fakeFetch({ [URL_]: { status: 404 } });
    const { el, error, load } = track(mount({ src: URL_ }));
    const event = await oneEvent(el, 'fair-feed-error');
    await settle(el);
    expect(error.callCount).to.equal(1);
    expect(load.callCount).to.equal(0);
    expect(event.detail.error).to.include({ kind: 'http', status: 404 });
    expect(event.detail.url).to.equal(absolute(URL_));
    expect(el.dataset.state).to.equal('error');
  });

  it('fires fair-feed-load with stale true, keeping the error, when it falls back to the saved copy', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}${absolute(URL_)}`, JSON.stringify(miniFeed));
    fakeFetch({ [URL_]: { status: 404 } });
    const { el, error } = track(mount({ src: URL_ }));
    const event = await oneEvent(el, 'fair-feed-load');
    expect(event.detail.stale).to.equal(true);
    expect(el.controller.error?.kind).to.equal('http');
    expect(el.dataset.state).to.equal('ready');
    expect(error.callCount).to.equal(0);
  });

  it('parses a feed object without any request and fires fair-feed-load after the first update', async () => {
    const fetch = fakeFetch({});
    const { el, load } = track(mount({ feed: miniFeed }));
    expect(load.callCount).to.equal(0);
    await settle(el);
    expect(load.callCount).to.equal(1);
    expect(load.firstCall.args[0].detail.url).to.equal('');
    expect(fetch.callCount).to.equal(0);
  });

  it('parses one feed object given to several elements once: they share the parsed feed', async () => {
    const feed = { ...miniFeed };
    const a = track(mount({ feed }));
    const b = track(mount({ feed }));
    await settle(a.el);
    await settle(b.el);
    const parsed = [a, b].map(({ load }) => load.firstCall.args[0].detail.feed);
    expect(parsed[0]).to.be.an('object');
    expect(parsed[1]).to.equal(parsed[0]);
  });

  it('lets willUpdate see a feed object in the same update it was set', async () => {
    const { el } = track(mount({}));
    await el.updateComplete;
    el.feed = miniFeed;
    await el.updateComplete;
    expect(el.derived).to.equal('spring');
  });

  it('fires fair-feed-error with kind not-feed for an object that is not a feed', async () => {
    const { el, error } = track(mount({ feed: { version: 2 } }));
    await settle(el);
    expect(error.firstCall.args[0].detail.error.kind).to.equal('not-feed');
    expect(el.dataset.state).to.equal('error');
  });

  it('fires fair-feed-error with kind not-json for a feed string that is not JSON', async () => {
    const { el, error } = track(mount({ feed: '{"version": 1,' }));
    await settle(el);
    expect(error.firstCall.args[0].detail.error.kind).to.equal('not-json');
  });

  it('stays idle without data-state when it has neither src nor feed', async () => {
    const { el } = track(mount({}));
    await el.updateComplete;
    expect(el.controller.status).to.equal('idle');
    expect(el.hasAttribute('data-state')).to.equal(false);
  });

  it('aborts its request when its element is removed', async () => {
    const fetch = fakeFetch({ [URL_]: 'hang' });
    const { el } = mount({ src: URL_ });
    el.remove();
    await settle(el);
    expect(fetch.firstCall.args[1]?.signal?.aborted).to.equal(true);
  });

  it('keeps working after its element is moved, without a new request or a second event', async () => {
    const fetch = fakeFetch({ [URL_]: {} });
    const { el, load } = track(mount({ src: URL_ }));
    await oneEvent(el, 'fair-feed-load');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settle(el);
    expect(el.controller.status).to.equal('ready');
    expect(fetch.callCount).to.equal(1);
    expect(load.callCount).to.equal(1);
    elsewhere.remove();
  });

  it('keeps its request in flight when its element is moved while loading', async () => {
    const fetch = fakeFetch({ [URL_]: 'hang' });
    const { el } = track(mount({ src: URL_ }));
    document.body.prepend(el);
    await settle(el);
    expect(fetch.callCount).to.equal(1);
    expect(fetch.firstCall.args[1]?.signal?.aborted).to.equal(false);
  });

  it('loads the new feed and fires again when src changes', async () => {
    const other = { ...miniFeed, fairs: [{ ...miniFeed.fairs[0], id: 'autumn' }] };
    fakeFetch({ [URL_]: {}, '/feeds/other.json': { body: other } });
    const { el, load } = track(mount({ src: URL_ }));
    await oneEvent(el, 'fair-feed-load');
    el.src = '/feeds/other.json';
    await oneEvent(el, 'fair-feed-load');
    expect(load.callCount).to.equal(2);
    expect(el.controller.feed?.fairs[0].id).to.equal('autumn');
  });

  it('serves five readers of one URL with one request', async () => {
    const fetch = fakeFetch({ [URL_]: {} });
    const readers = Array.from({ length: 5 }, () => track(mount({ src: URL_ })));
    await settle(readers[4].el);
    expect(readers.map((r) => r.load.callCount)).to.deep.equal([1, 1, 1, 1, 1]);
    expect(fetch.callCount).to.equal(1);
  });
});
