import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderConfig, resetFeedLoader } from '../../src/core/feed-loader.js';
import type { FairCountdown } from '../../src/elements/fair-countdown/fair-countdown.js';
import { mountElement, part, parts, settle, text } from '../helpers/element.js';
import { expectNoLeaks } from '../helpers/leaks.js';

type Raw = Record<string, unknown>;
const feeds: Record<string, Raw> = {};
const NAMES = ['spring', 'cancelled', 'postponed', 'no-fair', 'all-day', 'two-fairs', 'minimal'];

/** 2024-03-22 09:00 and 16:00 in Asia/Shanghai: the spring fair of the fixtures. */
const START = Date.UTC(2024, 2, 22, 1, 0);
const END = Date.UTC(2024, 2, 22, 8, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let clock: sinon.SinonFakeTimers | undefined;

function freeze(now: number): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return clock;
}

const mount = (feed: unknown, attrs: Partial<Record<string, string>> = {}) =>
  mountElement('fair-countdown', feed, { attrs, width: 320 });

const root = (el: FairCountdown) => el.shadowRoot!;
const values = (el: FairCountdown) => parts(el, 'value').map((v) => text(v));
const units = (el: FairCountdown) => parts(el, 'unit').map((u) => text(u));
const live = (el: FairCountdown) => root(el).querySelector('[aria-live="polite"]')!;

async function tick(el: FairCountdown, ms: number): Promise<void> {
  await clock!.tickAsync(ms);
  await settle(el);
}

before(async () => {
  for (const name of NAMES) {
    const response = await fetch(new URL(`../fixtures/countdown/${name}.json`, import.meta.url));
    feeds[name] = (await response.json()) as Raw;
  }
});

afterEach(() => {
  clock?.restore();
  clock = undefined;
  sinon.restore();
  resetFeedLoader();
});

describe('<fair-countdown> upcoming', () => {
  it('shows days, hours, minutes and seconds until the fair starts', async () => {
    freeze(START - (2 * DAY + 3 * HOUR + 4 * MINUTE + 5 * SECOND));
    const el = await mount(feeds.spring);
    expect(values(el)).to.deep.equal(['2', '3', '4', '5']);
    expect(units(el)).to.deep.equal(['天', '小时', '分钟', '秒钟']);
  });

  it('labels the countdown as time until the start', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'status'))).to.equal('距开始');
    expect(part(el, 'base')!.getAttribute('part')).to.contain('base--upcoming');
  });

  it('shows the fair title in the element language', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'title'))).to.equal('2024届春季综合类双选会');
    expect(part(el, 'title')!.querySelector('a')!.href).to.equal(
      'https://career.example.edu.cn/fairs/spring-2024',
    );
  });

  it('counts down one second per second', async () => {
    freeze(START - 10 * SECOND);
    const el = await mount(feeds.spring);
    expect(values(el).at(-1)).to.equal('10');
    await tick(el, SECOND);
    expect(values(el).at(-1)).to.equal('9');
    await tick(el, 3 * SECOND);
    expect(values(el).at(-1)).to.equal('6');
  });

  it('largest-unit="hour" shows 49 hours instead of 2 days and 1 hour', async () => {
    freeze(START - 49 * HOUR);
    const el = await mount(feeds.spring, { 'largest-unit': 'hour' });
    expect(values(el)).to.deep.equal(['49', '0', '0']);
    expect(units(el)).to.deep.equal(['小时', '分钟', '秒钟']);
  });

  it('smallest-unit="minute" hides seconds and rounds the minutes up', async () => {
    freeze(START - (HOUR + 30 * SECOND));
    const el = await mount(feeds.spring, { 'smallest-unit': 'minute' });
    expect(values(el)).to.deep.equal(['0', '1', '1']);
    expect(units(el)).to.deep.equal(['天', '小时', '分钟']);
  });

  it('largest-unit="day" with smallest-unit="day" shows whole days only', async () => {
    freeze(START - (3 * DAY - HOUR));
    const el = await mount(feeds.spring, { 'smallest-unit': 'day' });
    expect(values(el)).to.deep.equal(['3']);
  });

  it('falls back to the default units for unknown unit attributes', async () => {
    freeze(START - (DAY + SECOND));
    const el = await mount(feeds.spring, { 'largest-unit': 'week', 'smallest-unit': 'ms' });
    expect(values(el)).to.deep.equal(['1', '0', '0', '1']);
  });

  it('shows headline stats with grouped digits', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'stats'))).to.equal('1,227 家单位 · 70,000 个岗位');
  });

  it('shows no stats line when the feed has none', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.minimal);
    expect(part(el, 'stats')).to.equal(null);
  });

  it('shows the venue with its campus', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'venue'))).to.equal('长安校区 · 体育馆');
  });

  it('marks the start with a machine-readable <time datetime>', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const time = part(el, 'date')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-03-22T01:00:00.000Z');
  });

  it('gives an all-day fair a date-only datetime and no clock time', async () => {
    freeze(START - DAY);
    const el = await mount(feeds['all-day']);
    const time = part(el, 'date')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-03-22');
    expect(text(time)).to.contain('2024年3月22日');
    expect(text(time)).not.to.match(/\d:\d\d/);
  });
});

describe('<fair-countdown> time zones', () => {
  const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** A zone whose clocks differ from the viewer's, whatever zone the tests run in. */
  const other = viewer === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
  const zoneName = (zone: string, lang: string) =>
    new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'long' })
      .formatToParts(START)
      .find((p) => p.type === 'timeZoneName')!.value;

  it(`names the fair's zone when the viewer's clocks differ (viewer in ${viewer})`, async () => {
    freeze(START - DAY);
    const el = await mount({ ...feeds.spring, timeZone: other }, { lang: 'en' });
    expect(text(part(el, 'date'))).to.contain(zoneName(other, 'en'));
  });

  it(`does not name the zone when the viewer is in the fair's zone (viewer in ${viewer})`, async () => {
    freeze(START - DAY);
    const el = await mount({ ...feeds.spring, timeZone: viewer }, { lang: 'en' });
    expect(text(part(el, 'date'))).not.to.contain(zoneName(viewer, 'en'));
    expect(text(part(el, 'date'))).to.contain('9:00');
  });
});

describe('<fair-countdown> running, ended, postponed, cancelled', () => {
  it('shows the time left until the fair closes while it runs', async () => {
    freeze(START + HOUR);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'status'))).to.equal('进行中 · 距结束');
    expect(values(el)).to.deep.equal(['0', '6', '0', '0']);
  });

  it('shows an ended fair without a countdown', async () => {
    freeze(END + DAY);
    const el = await mount(feeds.spring);
    expect(text(part(el, 'status'))).to.equal('已结束');
    expect(part(el, 'countdown')).to.equal(null);
    expect(text(part(el, 'title'))).to.equal('2024届春季综合类双选会');
  });

  it('shows a postponed fair with its original date struck and no countdown', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.postponed);
    expect(text(part(el, 'status'))).to.equal('已延期');
    expect(part(el, 'countdown')).to.equal(null);
    const date = part(el, 'date')!;
    expect(date.getAttribute('part')).to.contain('date--struck');
    expect(text(date)).to.match(/^原定/);
    expect(getComputedStyle(date).textDecorationLine).to.equal('line-through');
  });

  it('shows a cancelled fair struck through and labelled, without a countdown', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.cancelled);
    expect(text(part(el, 'status'))).to.equal('已取消');
    expect(part(el, 'countdown')).to.equal(null);
    const title = part(el, 'title')!;
    expect(title.getAttribute('part')).to.contain('title--cancelled');
    expect(getComputedStyle(title).textDecorationLine).to.equal('line-through');
  });

  it('says so when the feed has no fair', async () => {
    freeze(START);
    const el = await mount(feeds['no-fair']);
    expect(text(part(el, 'status'))).to.equal('暂无招聘会安排');
    expect(part(el, 'title')).to.equal(null);
  });
});

describe('<fair-countdown> fair attribute', () => {
  it('counts down to the next upcoming fair without a fair attribute', async () => {
    freeze(Date.UTC(2024, 0, 1));
    const el = await mount(feeds['two-fairs']);
    expect(text(part(el, 'title'))).to.equal('2024届春季综合类双选会');
  });

  it('shows the fair named by the fair attribute', async () => {
    freeze(Date.UTC(2024, 0, 1));
    const el = await mount(feeds['two-fairs'], { fair: 'autumn-2023' });
    expect(text(part(el, 'title'))).to.equal('2023年秋季双选会');
    expect(text(part(el, 'status'))).to.equal('已结束');
  });

  it('tells the webmaster when the fair attribute names no fair in the feed', async () => {
    freeze(Date.UTC(2024, 0, 1));
    const el = await mount(feeds['two-fairs'], { fair: 'sprnig-2024' });
    expect(text(part(el, 'status'))).to.contain('sprnig-2024');
  });
});

describe('<fair-countdown> English', () => {
  it('speaks English with plural units from Intl', async () => {
    freeze(START - (DAY + 2 * HOUR + MINUTE + 5 * SECOND));
    const el = await mount(feeds.spring, { lang: 'en' });
    expect(text(part(el, 'status'))).to.equal('Starts in');
    expect(units(el)).to.deep.equal(['day', 'hours', 'minute', 'seconds']);
    expect(text(part(el, 'title'))).to.equal('2024 Spring Career Fair');
  });

  it('shows English stats', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring, { lang: 'en' });
    expect(text(part(el, 'stats'))).to.equal('1,227 employers · 70,000 positions');
  });

  it('takes the language from an ancestor', async () => {
    freeze(START - DAY);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('fair-countdown');
    el.feed = feeds.spring;
    wrapper.append(el);
    await settle(el);
    expect(text(part(el, 'status'))).to.equal('Starts in');
  });
});

describe('<fair-countdown> actions', () => {
  function captureDownload() {
    const blobs: Blob[] = [];
    const create = sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    const revoke = sinon.stub(URL, 'revokeObjectURL');
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    return { blobs, create, revoke, click };
  }

  it('offers an "Add to calendar" button', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const button = part(el, 'calendar')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('添加到日历');
  });

  it('downloads an .ics file with the fair in UTC', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const { blobs, click } = captureDownload();
    part(el, 'calendar')!.click();
    expect(click.calledOnce).to.equal(true);
    expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal('spring-2024.ics');
    const ics = (await blobs[0]!.text()).replace(/\r\n[ \t]/g, '');
    expect(blobs[0]!.type).to.contain('text/calendar');
    expect(ics).to.contain('BEGIN:VEVENT\r\n');
    expect(ics).to.contain('DTSTART:20240322T010000Z\r\n');
    expect(ics).to.contain('DTEND:20240322T080000Z\r\n');
    expect(ics).to.contain('SUMMARY:2024届春季综合类双选会\r\n');
    expect(ics).to.contain('LOCATION:体育馆\\, 长安校区\r\n');
    expect(ics).to.contain('URL:https://career.example.edu.cn/fairs/spring-2024\r\n');
    expect(ics).to.match(/UID:spring-2024@/);
  });

  it('revokes the download URL afterwards', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const { revoke } = captureDownload();
    part(el, 'calendar')!.click();
    expect(revoke.called).to.equal(false);
    await clock!.tickAsync(10_000);
    expect(revoke.calledOnceWith('blob:test/1')).to.equal(true);
  });

  it('marks a cancelled fair STATUS:CANCELLED in its .ics file', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.cancelled);
    const { blobs } = captureDownload();
    part(el, 'calendar')!.click();
    expect(await blobs[0]!.text()).to.contain('STATUS:CANCELLED\r\n');
  });

  it('links to registration when the fair has a registration URL', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const link = part(el, 'register') as HTMLAnchorElement;
    expect(link.href).to.equal('https://career.example.edu.cn/fairs/spring-2024/register');
    expect(text(link)).to.equal('在线报名');
  });

  it('has no registration link when the fair has none', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.minimal);
    expect(part(el, 'register')).to.equal(null);
  });

  it('has no actions once the fair has ended', async () => {
    freeze(END + DAY);
    const el = await mount(feeds.spring);
    expect(part(el, 'actions')).to.equal(null);
  });
});

describe('<fair-countdown> fair-countdown-end', () => {
  it('fires once when the fair starts, with the fair id', async () => {
    freeze(START - 2 * SECOND);
    const el = await mount(feeds.spring);
    const spy = sinon.spy();
    el.addEventListener('fair-countdown-end', spy);
    await tick(el, 5 * SECOND);
    await tick(el, 2 * MINUTE);
    expect(spy.callCount).to.equal(1);
    const event = spy.firstCall.args[0] as CustomEvent<{ fairId: string }>;
    expect(event.detail).to.deep.equal({ fairId: 'spring-2024' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(text(part(el, 'status'))).to.equal('进行中 · 距结束');
  });

  it('does not fire on first render when the fair has already started', async () => {
    freeze(START + MINUTE);
    const el = document.createElement('fair-countdown');
    const spy = sinon.spy();
    el.addEventListener('fair-countdown-end', spy);
    el.feed = feeds.spring;
    await fixture(html`<div></div>`).then((w) => w.append(el));
    await settle(el);
    await tick(el, 3 * SECOND);
    expect(spy.called).to.equal(false);
  });
});

describe('<fair-countdown> accessibility', () => {
  it('is a role="timer" region that does not announce itself', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const timer = part(el, 'countdown')!;
    expect(timer.getAttribute('role')).to.equal('timer');
    expect(timer.getAttribute('aria-live')).to.equal('off');
    expect(timer.getAttribute('aria-label')).to.equal('距开始');
  });

  it('starts with an empty polite live region', async () => {
    freeze(START - 30 * MINUTE);
    const el = await mount(feeds.spring);
    expect(live(el).getAttribute('aria-live')).to.equal('polite');
    expect(text(live(el))).to.equal('');
  });

  it('changes the live region at most once a minute over five ticking minutes', async () => {
    freeze(START - (HOUR + 2 * MINUTE));
    const el = await mount(feeds.spring);
    const changes: number[] = [];
    const seconds = new Set<string>();
    let last = text(live(el));
    for (let i = 0; i < 300; i++) {
      await tick(el, SECOND);
      seconds.add(values(el).at(-1)!);
      const now = text(live(el));
      if (now !== last) changes.push(Date.now());
      last = now;
    }
    expect(seconds.size).to.equal(60); // the visible countdown did tick every second
    expect(changes.length).to.be.at.most(5);
    for (let i = 1; i < changes.length; i++) {
      expect(changes[i]! - changes[i - 1]!).to.be.at.least(MINUTE);
    }
  });

  it('announces when less than an hour is left', async () => {
    freeze(START - (HOUR + 2 * SECOND));
    const el = await mount(feeds.spring);
    await tick(el, 5 * SECOND);
    expect(text(live(el))).to.equal('距2024届春季综合类双选会开始不到 1 小时');
  });

  it('announces when less than a day is left', async () => {
    freeze(START - (DAY + 2 * SECOND));
    const el = await mount(feeds.spring, { lang: 'en' });
    await tick(el, 5 * SECOND);
    expect(text(live(el))).to.equal('2024 Spring Career Fair starts in less than a day');
  });

  it('announces the start', async () => {
    freeze(START - 2 * SECOND);
    const el = await mount(feeds.spring);
    await tick(el, 5 * SECOND);
    expect(text(live(el))).to.equal('2024届春季综合类双选会已开始');
  });

  it('uses tabular digits', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(getComputedStyle(part(el, 'value')!).fontVariantNumeric).to.equal('tabular-nums');
  });

  it('colours its digits with --fair-countdown-accent, else --fair-accent, else its own red', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    const digits = () => getComputedStyle(part(el, 'value')!).color;
    el.style.colorScheme = 'light';
    el.style.setProperty('--fair-color-scheme', 'light');
    expect(digits()).to.equal('rgb(179, 38, 30)');
    el.style.setProperty('--fair-accent', 'rgb(0, 0, 255)');
    expect(digits()).to.equal('rgb(0, 0, 255)');
    el.style.setProperty('--fair-countdown-accent', 'rgb(0, 128, 0)');
    expect(digits()).to.equal('rgb(0, 128, 0)');
  });

  const states: [string, () => unknown, number, Record<string, string>?][] = [
    ['upcoming', () => feeds.spring, START - DAY],
    ['running', () => feeds.spring, START + HOUR],
    ['ended', () => feeds.spring, END + DAY],
    ['postponed', () => feeds.postponed, START - DAY],
    ['cancelled', () => feeds.cancelled, START - DAY],
    ['no fair', () => feeds['no-fair'], START],
    ['English', () => feeds.spring, START - DAY, { lang: 'en' }],
    ['not JSON', () => 'not json {', START],
  ];
  for (const [name, feed, now, attrs] of states) {
    it(`passes axe when ${name}`, async () => {
      freeze(now);
      const el = await mount(feed(), attrs);
      // axe schedules its work with setTimeout: give it the real one back.
      clock!.restore();
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while loading', async () => {
    sinon.stub(window, 'fetch').returns(new Promise<Response>(() => {}));
    const el = await fixture<FairCountdown>(
      html`<fair-countdown src="/never.json" lang="zh-CN"
        ><p>春季双选会 3月22日</p></fair-countdown
      >`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<fair-countdown> loading, errors and fallback', () => {
  it('shows the light-DOM fallback and a loading note while the feed loads', async () => {
    sinon.stub(window, 'fetch').returns(new Promise<Response>(() => {}));
    const el = await fixture<FairCountdown>(
      html`<fair-countdown src="/never.json" lang="zh-CN"
        ><p id="fb">春季双选会 3月22日</p></fair-countdown
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('loading');
    expect(text(part(el, 'status'))).to.equal('正在加载…');
    const fallback = el.querySelector('#fb')!;
    expect(fallback.assignedSlot).to.not.equal(null);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
  });

  it('hides the light-DOM fallback once the feed is ready', async () => {
    freeze(START - DAY);
    const el = await fixture<FairCountdown>(
      html`<fair-countdown .feed=${feeds.spring} lang="zh-CN"
        ><p id="fb">fallback</p></fair-countdown
      >`,
    );
    await settle(el);
    const fallback = el.querySelector('#fb')!;
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('explains a missing inline feed with its id and keeps the fallback', async () => {
    const el = await fixture<FairCountdown>(
      html`<fair-countdown src="#no-such-feed" lang="zh-CN"
        ><p id="fb">fallback</p></fair-countdown
      >`,
    );
    await settle(el);
    // An inline feed that is not there yet may be waited for until the page has parsed.
    for (let i = 0; i < 20 && el.dataset.state !== 'error'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await settle(el);
    }
    expect(el.dataset.state).to.equal('error');
    const error = part(el, 'error')!;
    expect(text(error)).to.contain('#no-such-feed');
    expect(text(error)).to.contain('内嵌数据');
    expect(el.querySelector('#fb')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('explains an HTTP error with its status and URL, in English', async () => {
    feedLoaderConfig.retries = 0;
    sinon.stub(window, 'fetch').resolves(new Response('gone', { status: 404 }));
    try {
      const el = await fixture<FairCountdown>(
        html`<fair-countdown src="/feeds/missing.json" lang="en"></fair-countdown>`,
      );
      for (let i = 0; i < 20 && el.dataset.state !== 'error'; i++) {
        await new Promise((r) => setTimeout(r, 5));
        await settle(el);
      }
      const message = text(part(el, 'error'));
      expect(message).to.contain('404');
      expect(message).to.contain(new URL('/feeds/missing.json', document.baseURI).href);
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('shows a feed that is not a fairkit feed as an error instead of throwing', async () => {
    const el = await mount({ hello: 'world' });
    expect(el.dataset.state).to.equal('error');
    expect(text(part(el, 'error'))).to.contain('version 1');
  });

  it('notes a cached copy when the feed could not be refreshed', async () => {
    const url = new URL('/feeds/cached.json', document.baseURI).href;
    localStorage.setItem(`fairkit:feed:${url}`, JSON.stringify(feeds.spring));
    localStorage.setItem(`fairkit:feed-saved:${url}`, String(START - 2 * DAY));
    feedLoaderConfig.retries = 0;
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    try {
      const el = await fixture<FairCountdown>(
        html`<fair-countdown src="/feeds/cached.json" lang="zh-CN"></fair-countdown>`,
      );
      for (let i = 0; i < 20 && !part(el, 'stale'); i++) {
        await new Promise((r) => setTimeout(r, 5));
        await settle(el);
      }
      expect(text(part(el, 'stale'))).to.contain('缓存');
      expect(part(el, 'title')).to.not.equal(null);
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });
});

describe('<fair-countdown> clock and leaks', () => {
  it('changes only the digits that changed on an ordinary tick', async () => {
    freeze(START - (DAY + 2 * HOUR + 10 * MINUTE + 30 * SECOND));
    const el = await mount(feeds.spring);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root(el), {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    await tick(el, SECOND);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(values(el)).to.deep.equal(['1', '2', '10', '29']);
    expect(changes.map((c) => [c.type, c.target.textContent])).to.deep.equal([
      ['characterData', '29'],
    ]);
  });

  /** Resolves with the next `contentvisibilityautostatechange` of `el` that says `skipped`. */
  const visibility = (el: FairCountdown, skipped: boolean) =>
    new Promise<void>((resolve) => {
      const listener = (event: Event) => {
        if ((event as ContentVisibilityAutoStateChangeEvent).skipped !== skipped) return;
        el.removeEventListener('contentvisibilityautostatechange', listener);
        resolve();
      };
      el.addEventListener('contentvisibilityautostatechange', listener);
    });

  /** A countdown far below the fold (Chromium draws a margin of about a screen around the view), once the browser skips drawing it. */
  async function mountOffScreen(): Promise<FairCountdown> {
    const el = document.createElement('fair-countdown');
    el.setAttribute('lang', 'zh-CN');
    el.feed = feeds.spring;
    const skipped = visibility(el, true);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px; padding-block-start: 500vh"></div>`,
    );
    wrapper.append(el);
    await settle(el);
    await skipped;
    return el;
  }

  it('writes no digits while off screen', async () => {
    freeze(START - (DAY + 2 * HOUR + 10 * MINUTE + 30 * SECOND));
    const el = await mountOffScreen();
    const shown = values(el);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    await tick(el, 3 * SECOND);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).to.have.length(0);
    expect(values(el)).to.deep.equal(shown);
  });

  it('shows the current time as soon as it is scrolled into view', async () => {
    freeze(START - (DAY + 2 * HOUR + 10 * MINUTE + 30 * SECOND));
    const el = await mountOffScreen();
    await tick(el, 3 * SECOND);
    const shown = visibility(el, false);
    el.scrollIntoView();
    await shown;
    const seen = values(el);
    window.scrollTo(0, 0);
    expect(seen).to.deep.equal(['1', '2', '10', '27']);
  });

  it('still announces a milestone while off screen', async () => {
    freeze(START - (HOUR + 2 * SECOND));
    const el = await mountOffScreen();
    await tick(el, 3 * SECOND);
    expect(text(live(el))).to.contain('不到 1 小时');
  });

  it('keeps the seconds as wide from 10 down to 9', async () => {
    freeze(START - 10 * SECOND);
    const el = await mount(feeds.spring);
    const seconds = () => parts(el, 'value').at(-1)!.getBoundingClientRect().width;
    const before = seconds();
    await tick(el, SECOND);
    expect(values(el).at(-1)).to.equal('9');
    expect(seconds()).to.equal(before);
  });

  it('switches an English unit between singular and plural as it ticks', async () => {
    freeze(START - (HOUR + 2 * SECOND));
    const el = await mount(feeds.spring, { lang: 'en' });
    expect(units(el).at(-1)).to.equal('seconds');
    await tick(el, SECOND);
    expect(values(el).at(-1)).to.equal('1');
    expect(units(el).at(-1)).to.equal('second');
  });

  it('follows a language change of the page at the next tick', async () => {
    freeze(START - DAY - 10 * SECOND);
    const el = await mount(feeds.spring);
    el.setAttribute('lang', 'en');
    el.removeAttribute('lang');
    el.parentElement!.setAttribute('lang', 'en');
    await tick(el, SECOND);
    expect(text(part(el, 'status'))).to.equal('Starts in');
  });

  it('ticks the shared clock while counting down and stops when removed', async () => {
    freeze(START - DAY);
    const el = await mount(feeds.spring);
    expect(clockStats().subscribers).to.equal(1);
    el.remove();
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('keeps counting after being moved to another place in the page', async () => {
    freeze(START - 10 * SECOND);
    const el = await mount(feeds.spring);
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(el);
    await settle(el);
    await tick(el, 2 * SECOND);
    expect(values(el).at(-1)).to.equal('8');
    expect(clockStats().subscribers).to.equal(1);
  });

  it('does not subscribe to the clock once the fair has ended', async () => {
    freeze(END + DAY);
    await mount(feeds.spring);
    expect(clockStats().subscribers).to.equal(0);
  });

  it('leaves nothing behind after 1,000 elements counting down to a fair', async () => {
    // Real timers: a fair three days from now keeps each element subscribed to the clock.
    const start = new Date(Date.now() + 3 * DAY).toISOString();
    const feed = { version: 1, fairs: [{ id: 'soon', title: 'Soon', start }] };
    await expectNoLeaks(
      () => {
        const el = document.createElement('fair-countdown');
        el.feed = feed;
        return el;
      },
      { times: 1000 },
    );
  });
});
