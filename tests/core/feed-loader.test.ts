import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  acquireFeed,
  feedLoaderConfig,
  feedLoaderStats,
  refreshFeed,
  resetFeedLoader,
  STORAGE_PREFIX,
  type FeedState,
} from '../../src/core/feed-loader.js';
import { absolute, fakeFetch, miniFeed } from '../helpers/fetch.js';

const defaults = { ...feedLoaderConfig };
const URL_ = '/feeds/spring.json';

/** Subscribes and records every state; `last()` is the newest. */
function watch(source: string, options?: Parameters<typeof acquireFeed>[2]) {
  const states: FeedState[] = [];
  const release = acquireFeed(source, (state) => states.push(state), options);
  return { states, release, last: () => states[states.length - 1] };
}

/** Lets fetch promises, response bodies and deferred releases settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the watched source leaves `loading`. */
async function settled(w: ReturnType<typeof watch>): Promise<FeedState> {
  for (let i = 0; i < 50 && w.last().status === 'loading'; i++) await settle();
  return w.last();
}

describe('feed loader', () => {
  const releases: Array<() => void> = [];
  const track = (w: ReturnType<typeof watch>) => (releases.push(w.release), w);

  afterEach(() => {
    releases.splice(0).forEach((release) => release());
    sinon.restore();
    Object.assign(feedLoaderConfig, defaults);
    resetFeedLoader();
  });

  it('makes one request for five subscribers to one URL', async () => {
    const fetch = fakeFetch({ [URL_]: {} });
    const watchers = Array.from({ length: 5 }, () => track(watch(URL_)));
    await settled(watchers[0]);
    expect(fetch.callCount).to.equal(1);
    expect(watchers.map((w) => w.last().status)).to.deep.equal(Array(5).fill('ready'));
  });

  it('gives a subscriber the loading state at once, then the parsed feed', async () => {
    fakeFetch({ [URL_]: {} });
    const w = track(watch(URL_));
    expect(w.states.map((s) => s.status)).to.deep.equal(['loading']);
    const state = await settled(w);
    expect(state).to.include({ status: 'ready', stale: false, error: null, url: absolute(URL_) });
    expect(state.feed?.fairs[0].id).to.equal('spring');
  });

  it('gives a late subscriber the current ready state at once, without a request', async () => {
    const fetch = fakeFetch({ [URL_]: {} });
    await settled(track(watch(URL_)));
    const late = track(watch(URL_));
    expect(late.states.map((s) => s.status)).to.deep.equal(['ready']);
    expect(fetch.callCount).to.equal(1);
  });

  it('fails with kind timeout when the server does not answer in time', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    Object.assign(feedLoaderConfig, { timeout: 1000, retries: 0 });
    const fetch = fakeFetch({ [URL_]: 'hang' });
    const w = track(watch(URL_));
    await clock.tickAsync(999);
    expect(w.last().status).to.equal('loading');
    await clock.tickAsync(1);
    expect(w.last().error).to.include({ kind: 'timeout', url: absolute(URL_) });
    expect(fetch.firstCall.args[1]?.signal?.aborted).to.equal(true);
  });

  it('retries a 500 after 500 ms and then 1000 ms, and serves the success', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = fakeFetch({
      [URL_]: [{ status: 500, body: 'oops' }, { status: 503, body: 'busy' }, {}],
    });
    const w = track(watch(URL_));
    await clock.tickAsync(0);
    expect(fetch.callCount).to.equal(1);
    await clock.tickAsync(499);
    expect(fetch.callCount).to.equal(1);
    await clock.tickAsync(1);
    expect(fetch.callCount).to.equal(2);
    await clock.tickAsync(999);
    expect(fetch.callCount).to.equal(2);
    await clock.tickAsync(1);
    expect(fetch.callCount).to.equal(3);
    expect(w.last().status).to.equal('ready');
  });

  it('gives up on network errors after two retries and reports kind network', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = fakeFetch({ [URL_]: 'network-error' });
    const w = track(watch(URL_));
    await clock.tickAsync(10_000);
    expect(fetch.callCount).to.equal(3);
    expect(w.last()).to.include({ status: 'error', feed: null });
    expect(w.last().error?.kind).to.equal('network');
  });

  it('does not retry a 404 and reports its status', async () => {
    const fetch = fakeFetch({ [URL_]: { status: 404, body: 'Not Found' } });
    const state = await settled(track(watch(URL_)));
    expect(fetch.callCount).to.equal(1);
    expect(state.error).to.include({ kind: 'http', status: 404, url: absolute(URL_) });
  });

  it('reports an HTML page instead of JSON as not-json, saying it was an HTML page', async () => {
    fakeFetch({ [URL_]: { body: '<!doctype html><html><body>登录</body></html>' } });
    const state = await settled(track(watch(URL_)));
    expect(state.error?.kind).to.equal('not-json');
    expect(state.error?.message).to.contain(
      'the server sent an HTML page, not JSON — check the feed URL',
    );
  });

  it('reports truncated JSON as not-json with the parser issue', async () => {
    const fetch = fakeFetch({ [URL_]: { body: JSON.stringify(miniFeed).slice(0, 40) } });
    const state = await settled(track(watch(URL_)));
    expect(state.error?.kind).to.equal('not-json');
    expect(state.issues.map((issue) => issue.code)).to.deep.equal(['not-json']);
    expect(fetch.callCount).to.equal(1);
  });

  it('reports JSON of another version as not-feed', async () => {
    fakeFetch({ [URL_]: { body: { version: 2 } } });
    const state = await settled(track(watch(URL_)));
    expect(state.error?.kind).to.equal('not-feed');
  });

  it('saves a good response in localStorage under fairkit:feed:<url>', async () => {
    fakeFetch({ [URL_]: {} });
    await settled(track(watch(URL_)));
    expect(
      JSON.parse(localStorage.getItem(`${STORAGE_PREFIX}${absolute(URL_)}`) ?? 'null'),
    ).to.deep.equal(miniFeed);
  });

  it('serves the saved copy as ready and stale, with the error, when loading fails', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}${absolute(URL_)}`, JSON.stringify(miniFeed));
    fakeFetch({ [URL_]: { status: 404 } });
    const state = await settled(track(watch(URL_)));
    expect(state).to.include({ status: 'ready', stale: true });
    expect(state.feed?.fairs[0].id).to.equal('spring');
    expect(state.error?.kind).to.equal('http');
  });

  it('serves the saved copy right after the first timeout, and the fresh feed when a retry succeeds', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    localStorage.setItem(`${STORAGE_PREFIX}${absolute(URL_)}`, JSON.stringify(miniFeed));
    const updated = { ...miniFeed, fairs: [{ ...miniFeed.fairs[0], id: 'autumn' }] };
    const fetch = fakeFetch({ [URL_]: ['hang', 'hang', { body: updated }] });
    const w = track(watch(URL_));
    await clock.tickAsync(10_000);
    expect(w.last()).to.include({ status: 'ready', stale: true });
    expect(w.last().error?.kind).to.equal('timeout');
    expect(fetch.callCount).to.equal(1);
    await clock.tickAsync(500 + 10_000);
    expect(w.states.filter((s) => s.stale)).to.have.length(1); // told once, not per attempt
    await clock.tickAsync(1000);
    expect(fetch.callCount).to.equal(3);
    expect(w.last()).to.include({ status: 'ready', stale: false });
    expect(w.last().feed?.fairs[0].id).to.equal('autumn');
  });

  it('still serves the feed when localStorage refuses to save it', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    fakeFetch({ [URL_]: {} });
    const state = await settled(track(watch(URL_)));
    expect(state.status).to.equal('ready');
  });

  it('aborts the request when the last subscriber releases it', async () => {
    const fetch = fakeFetch({ [URL_]: 'hang' });
    const a = watch(URL_);
    const b = watch(URL_);
    a.release();
    b.release();
    await settle();
    expect(fetch.firstCall.args[1]?.signal?.aborted).to.equal(true);
    expect(feedLoaderStats()).to.deep.equal({ entries: 0, inFlight: 0 });
  });

  it('keeps the request while another subscriber still needs it', async () => {
    const fetch = fakeFetch({ [URL_]: 'hang' });
    watch(URL_).release();
    track(watch(URL_));
    await settle();
    expect(fetch.firstCall.args[1]?.signal?.aborted).to.equal(false);
    expect(feedLoaderStats().inFlight).to.equal(1);
  });

  it('clears the retry timer when the last subscriber leaves during the backoff', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = fakeFetch({ [URL_]: { status: 500 } });
    const w = watch(URL_);
    await clock.tickAsync(0);
    w.release();
    await clock.tickAsync(0);
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(5_000);
    expect(fetch.callCount).to.equal(1);
  });

  it('keeps a fresh feed after its last subscriber leaves, so the next one needs no request', async () => {
    const fetch = fakeFetch({ [URL_]: {} });
    const first = watch(URL_);
    await settled(first);
    first.release();
    await settle();
    const next = track(watch(URL_));
    expect(next.last().status).to.equal('ready');
    expect(fetch.callCount).to.equal(1);
  });

  it('forgets a failed feed after its last subscriber leaves, so the next one fetches again', async () => {
    const fetch = fakeFetch({ [URL_]: [{ status: 404 }, {}] });
    const first = watch(URL_);
    await settled(first);
    first.release();
    await settle();
    const next = track(watch(URL_));
    expect((await settled(next)).status).to.equal('ready');
    expect(fetch.callCount).to.equal(2);
  });

  it('fetches again on refreshFeed and gives subscribers the new feed', async () => {
    const updated = { ...miniFeed, fairs: [{ ...miniFeed.fairs[0], id: 'autumn' }] };
    const fetch = fakeFetch({ [URL_]: [{}, { body: updated }] });
    const w = track(watch(URL_));
    await settled(w);
    refreshFeed(URL_);
    await settle();
    expect(fetch.callCount).to.equal(2);
    expect(w.last().feed?.fairs[0].id).to.equal('autumn');
  });

  it('reads an inline #id script without a request', () => {
    const fetch = fakeFetch({});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'test-inline-feed';
    script.textContent = JSON.stringify(miniFeed);
    document.body.append(script);
    try {
      const w = track(watch('#test-inline-feed'));
      expect(w.states.map((s) => s.status)).to.deep.equal(['ready']);
      expect(w.last().url).to.equal('#test-inline-feed');
      expect(fetch.callCount).to.equal(0);
    } finally {
      script.remove();
    }
  });

  it('finds an inline script inside the shadow root given as root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'shadow-feed';
    script.textContent = JSON.stringify(miniFeed);
    root.append(script);
    const w = track(watch('#shadow-feed', { root }));
    expect(w.last().status).to.equal('ready');
  });

  it('waits for the page to finish parsing when the inline script is not there yet', () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'later-feed';
    script.textContent = JSON.stringify(miniFeed);
    try {
      const w = track(watch('#later-feed'));
      expect(w.last().status).to.equal('loading');
      document.body.append(script);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    } finally {
      delete (document as { readyState?: string }).readyState;
      script.remove();
    }
  });

  it('reports a missing inline script as missing-inline', () => {
    const w = track(watch('#no-such-feed'));
    expect(w.last().status).to.equal('error');
    expect(w.last().error).to.include({ kind: 'missing-inline', url: '#no-such-feed' });
  });
});
