import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderConfig, resetFeedLoader } from '../../src/core/feed-loader.js';
import type {
  FairCarouselChangeDetail,
  FairEmployerCarousel,
  FairEmployerSelectDetail,
} from '../../src/elements/fair-employer-carousel/fair-employer-carousel.js';
import { fakeFetch } from '../helpers/fetch.js';
import { expectFeedErrorShown } from '../helpers/feed-states.js';
import { mountElement, part, parts, settle, text, type MountOptions } from '../helpers/element.js';
import { expectNoLeaks } from '../helpers/leaks.js';

type Raw = Record<string, unknown>;
let small: Raw;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** 2027-03-22 (the fair's day) at `hour:minute` in Asia/Shanghai, the fixture feed's zone. */
const shanghai = (hour: number, minute = 0, second = 0) =>
  Date.UTC(2027, 2, 22, hour - 8, minute, second);
/** During e1's livestream (09:30–11:00) and before e2's talk (14:00). */
const MORNING = shanghai(10);

/** 3 slides per view (45em ≤ width < 64em at 16px); the grid has 4 columns there. */
const WIDE = 960;
/** 1 slide per view. */
const NARROW = 360;

/**
 * The fixture's fair and the names of its employers in feed order (e1, e2 and e3 hold booths, e5
 * is in its `employers`; e4 takes no part), then every employer of the feed.
 */
const FAIR = 'spring-2027';
const FAIR_NAMES = ['星云软件', '华光电力集团', '远航数据', '江城建设'];
const ALL_NAMES = ['星云软件', '华光电力集团', '远航数据', '仁心医院', '江城建设'];

const LOGO =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='8'%3E%3Crect width='8' height='8' fill='%23369'/%3E%3C/svg%3E";

/**
 * A feed of `n` employers "单位1" … "单位n" (short names; full names "测试单位N号有限公司"), each
 * with a logo, and a fair `big` in which each holds booth `B-N`. The first has a video.
 */
function generated(n: number): Raw {
  const employers = Array.from({ length: n }, (_, i) => ({
    id: `g${i + 1}`,
    name: { 'zh-CN': `测试单位${i + 1}号有限公司`, en: `Test Employer ${i + 1} Ltd.` },
    shortName: { 'zh-CN': `单位${i + 1}`, en: `Employer ${i + 1}` },
    logo: LOGO,
    type: 'private',
    positions: [{ title: { 'zh-CN': '工程师', en: 'Engineer' }, openings: 2 }],
    ...(i === 0 ? { video: '/tests/fixtures/carousel/no-such-video.mp4' } : {}),
  }));
  const booths = employers.map((employer, i) => ({
    id: `B-${i + 1}`,
    hall: 'B',
    x: i * 4,
    y: 0,
    w: 3,
    h: 2,
    employer: employer.id,
  }));
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    employers,
    fairs: [
      {
        id: 'big',
        title: '大型双选会',
        start: '2027-03-22T09:00',
        end: '2027-03-22T16:00',
        halls: [{ id: 'B', name: 'B馆', width: n * 4, height: 4 }],
        booths,
      },
    ],
  };
}

const fifty = generated(50);
const huge = generated(1227);

let clock: sinon.SinonFakeTimers | undefined;

function freeze(now: number): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return clock;
}

/** Polls (real timers) until `done()` holds, settling in between. */
async function until(el: FairEmployerCarousel, done: () => boolean, tries = 50): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

/**
 * Runs `act`, catching the errors reported to the page meanwhile (mocha's `window.onerror` would
 * fail the test on them, and Chromium calls it before any listener) and returning their messages.
 */
async function withPageErrors(act: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const mochas = window.onerror;
  window.onerror = (message) => {
    errors.push(String(message));
    return true;
  };
  try {
    await act();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    window.onerror = mochas;
  }
  return errors;
}

/** Waits for two frames: a ResizeObserver callback and the update it asks for. */
async function frames(el: FairEmployerCarousel): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(el);
}

async function tick(el: FairEmployerCarousel, ms: number): Promise<void> {
  await clock!.tickAsync(ms);
  await settle(el);
}

const mount = (feed: unknown, options: MountOptions<FairEmployerCarousel> = {}) =>
  mountElement('fair-employer-carousel', feed, { width: WIDE, ...options });

const root = (el: FairEmployerCarousel) => el.shadowRoot!;
const partIn = (scope: Element | undefined, name: string) =>
  scope?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/**
 * A node as a short string, `null` for none: assertions compare these rather than nodes, since a
 * failed assertion on a DOM node makes the runner serialize half the document.
 */
const seen = (node: Element | null | undefined): string | null =>
  node ? `${node.localName}[part="${node.getAttribute('part') ?? ''}"]` : null;

const slides = (el: FairEmployerCarousel) => parts(el, 'slide');
const names = (el: FairEmployerCarousel) => slides(el).map((s) => text(partIn(s, 'name')));
const slideOf = (el: FairEmployerCarousel, name: string) =>
  slides(el).find((s) => text(partIn(s, 'name')) === name);
const position = (el: FairEmployerCarousel) => text(part(el, 'position'));
const scrubber = (el: FairEmployerCarousel) => part(el, 'scrubber') as HTMLInputElement;
const rotation = (el: FairEmployerCarousel) => part(el, 'rotation') as HTMLButtonElement | null;
const base = (el: FairEmployerCarousel) => part(el, 'base')!;

/** The names on every page, walking the pages with `goTo`, then back to the first page. */
async function allNames(el: FairEmployerCarousel): Promise<string[]> {
  const seen: string[] = [];
  for (let page = 1; page <= el.pages; page++) {
    el.goTo(page);
    await settle(el);
    seen.push(...names(el));
  }
  el.goTo(1);
  await settle(el);
  return seen;
}

/** A real mouse click in the middle of `target` (it must be inside the 800 × 600 viewport). */
async function mouseClick(el: FairEmployerCarousel, target: HTMLElement | null | undefined) {
  expect(seen(target), 'element to click').to.not.equal(null);
  const box = target!.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
  await settle(el);
}

/** Moves the mouse off the carousel (which a hover pauses), to the viewport's bottom right. */
async function moveMouseAway(el: FairEmployerCarousel) {
  await sendMouse({ type: 'move', position: [790, 590] });
  await settle(el);
}

async function click(el: FairEmployerCarousel, target: HTMLElement | null | undefined) {
  expect(seen(target), 'element to click').to.not.equal(null);
  target!.click();
  await settle(el);
}

function pointer(target: Element, type: string, init: PointerEventInit): void {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }),
  );
}

/** A touch swipe on the slides from (200, 100) by (dx, dy). */
async function swipe(el: FairEmployerCarousel, dx: number, dy = 0): Promise<void> {
  const target = part(el, 'slides')!;
  const at = { pointerType: 'touch', pointerId: 7, isPrimary: true };
  pointer(target, 'pointerdown', { ...at, clientX: 200, clientY: 100 });
  pointer(target, 'pointerup', { ...at, clientX: 200 + dx, clientY: 100 + dy });
  await settle(el);
}

/**
 * A carousel whose feed request fails while a saved copy is in localStorage: it shows the copy
 * marked stale. The caller restores `feedLoaderConfig.retries` to 2.
 */
async function mountCached(): Promise<FairEmployerCarousel> {
  const url = new URL('/feeds/carousel-cached.json', document.baseURI).href;
  localStorage.setItem(`fairkit:feed:${url}`, JSON.stringify(small));
  localStorage.setItem(`fairkit:feed-saved:${url}`, String(Date.UTC(2027, 2, 20, 2)));
  feedLoaderConfig.retries = 0;
  fakeFetch({ '/feeds/carousel-cached.json': 'network-error' });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
  const el = document.createElement('fair-employer-carousel');
  el.setAttribute('lang', 'zh-CN');
  el.setAttribute('src', '/feeds/carousel-cached.json');
  wrapper.append(el);
  await until(el, () => part(el, 'stale') !== null);
  return el;
}

/** A carousel whose feed answers 404. The caller restores `feedLoaderConfig.retries` to 2. */
async function mountMissing(lang = 'zh-CN'): Promise<FairEmployerCarousel> {
  feedLoaderConfig.retries = 0;
  fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
  const el = await fixture<FairEmployerCarousel>(
    html`<fair-employer-carousel src="/feeds/missing.json" lang=${lang}
      ><p id="fb">参展单位名单见就业网</p></fair-employer-carousel
    >`,
  );
  await until(el, () => el.dataset.state === 'error');
  return el;
}

before(async () => {
  const response = await fetch(new URL('../fixtures/carousel/small.json', import.meta.url));
  small = (await response.json()) as Raw;
});

afterEach(() => {
  clock?.restore();
  clock = undefined;
  sinon.restore();
  resetFeedLoader();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('fairkit:')) localStorage.removeItem(key);
  }
});

describe('<fair-employer-carousel> which employers', () => {
  it('shows one slide per employer of the fair named by fair', async () => {
    const el = await mount(small, { attrs: { fair: FAIR } });
    expect(await allNames(el)).to.deep.equal(FAIR_NAMES);
  });

  it('shows one slide per employer of the whole feed without fair', async () => {
    const el = await mount(small);
    expect(await allNames(el)).to.deep.equal(ALL_NAMES);
  });

  it('filters by an industry id', async () => {
    const el = await mount(small, { attrs: { industry: 'it' } });
    expect(await allNames(el)).to.deep.equal(['星云软件', '远航数据']);
  });

  it("filters by an industry's name in Chinese or English, whatever the letter case", async () => {
    const zh = await mount(small, { attrs: { industry: '能源' } });
    expect(await allNames(zh)).to.deep.equal(['华光电力集团']);
    const en = await mount(small, { attrs: { industry: 'information technology' } });
    expect(await allNames(en)).to.deep.equal(['星云软件', '远航数据']);
  });

  it("filters by an employer's own industry text", async () => {
    const el = await mount(small, { attrs: { industry: 'Healthcare' } });
    expect(await allNames(el)).to.deep.equal(['仁心医院']);
  });

  it('filters by employer type', async () => {
    const el = await mount(small, { attrs: { type: 'central-soe' } });
    expect(await allNames(el)).to.deep.equal(['华光电力集团']);
  });

  it('filters by a tag in either language', async () => {
    const zh = await mount(small, { attrs: { tag: '双休' } });
    expect(await allNames(zh)).to.deep.equal(['星云软件', '江城建设']);
    const en = await mount(small, { attrs: { tag: 'Social insurance' } });
    expect(await allNames(en)).to.deep.equal(['星云软件']);
  });

  it('combines the fair and a filter', async () => {
    const el = await mount(small, { attrs: { fair: FAIR, industry: 'it', type: 'foreign' } });
    expect(await allNames(el)).to.deep.equal(['远航数据']);
  });

  it('goes back to the first page when a filter changes', async () => {
    const el = await mount(small);
    el.goTo(2);
    await settle(el);
    el.setAttribute('tag', '双休');
    await settle(el);
    expect(el.page).to.equal(1);
    expect(names(el)).to.deep.equal(['星云软件', '江城建设']);
  });

  it('says that no employers match when the filters leave none', async () => {
    const el = await mount(small, { attrs: { industry: 'it', type: 'hospital' } });
    expect(text(part(el, 'empty'))).to.equal('没有符合条件的参展单位');
    expect(slides(el)).to.have.length(0);
    expect(seen(part(el, 'controls'))).to.equal(null);
  });

  it('says that there are no employers yet when the feed has none', async () => {
    const el = await mount({ version: 1, fairs: [] }, { attrs: { lang: 'en' } });
    expect(text(part(el, 'empty'))).to.equal('No employers yet');
  });

  it('names a fair attribute that is not in the feed', async () => {
    const el = await mount(small, { attrs: { fair: 'sprnig-2027' } });
    const status = part(el, 'status')!;
    expect(status.getAttribute('part')).to.contain('status--no-fair');
    expect(text(status)).to.equal('数据中没有 id 为“sprnig-2027”的招聘会，请检查 fair 属性。');
    expect(slides(el)).to.have.length(0);
  });

  it('shows a loading note and the light-DOM fallback while the feed loads', async () => {
    fakeFetch({ '/feeds/never.json': 'hang' });
    const el = await fixture<FairEmployerCarousel>(
      html`<fair-employer-carousel src="/feeds/never.json" lang="zh-CN"
        ><p id="fb">参展单位名单见就业网</p></fair-employer-carousel
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('loading');
    expect(text(part(el, 'status'))).to.equal('正在加载…');
    const fallback = el.querySelector('#fb')!;
    expect(fallback.assignedSlot).to.not.equal(null);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(slides(el)).to.have.length(0);
  });

  it('hides the light-DOM fallback once the feed is ready', async () => {
    const el = await fixture<FairEmployerCarousel>(
      html`<fair-employer-carousel .feed=${small} lang="zh-CN"
        ><p id="fb">fallback</p></fair-employer-carousel
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('ready');
    expect(el.querySelector('#fb')!.getClientRects().length).to.equal(0);
  });

  it('shows a failed feed as an alert naming the URL and the status, and keeps the fallback', async () => {
    try {
      const el = await mountMissing();
      expectFeedErrorShown(el, '/feeds/missing.json', '404');
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('fires fair-feed-error when the feed fails', async () => {
    feedLoaderConfig.retries = 0;
    fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
    try {
      const el = document.createElement('fair-employer-carousel');
      const spy = sinon.spy();
      el.addEventListener('fair-feed-error', spy);
      el.src = '/feeds/missing.json';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await until(el, () => spy.called);
      expect(spy.callCount).to.equal(1);
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('notes a cached copy when the feed could not be refreshed, and still shows the slides', async () => {
    try {
      const el = await mountCached();
      expect(text(part(el, 'stale'))).to.contain('缓存');
      expect(names(el)).to.deep.equal(ALL_NAMES.slice(0, 3));
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });
});

describe('<fair-employer-carousel> slide content', () => {
  it('shows the short name and, under it, the full registered name', async () => {
    const el = await mount(small);
    const slide = slideOf(el, '星云软件')!;
    expect(text(partIn(slide, 'full-name'))).to.equal('星云软件科技有限公司');
  });

  it('shows the name alone when there is no short name', async () => {
    const el = await mount(small);
    const slide = slideOf(el, '华光电力集团')!;
    expect(seen(partIn(slide, 'full-name'))).to.equal(null);
  });

  it('shows industry · region · type in Chinese', async () => {
    const el = await mount(small);
    expect(text(partIn(slideOf(el, '星云软件'), 'meta'))).to.equal('信息技术 · 北京 · 民营企业');
    expect(text(partIn(slideOf(el, '华光电力集团'), 'meta'))).to.equal('能源 · 上海 · 央企');
  });

  it('shows names and industry · region · type in English', async () => {
    const el = await mount(small, { attrs: { lang: 'en' } });
    expect(names(el)).to.deep.equal(['Nebula', 'Huaguang Power Group', 'Voyage Data']);
    expect(text(partIn(slideOf(el, 'Nebula'), 'full-name'))).to.equal('Nebula Software Co., Ltd.');
    expect(text(partIn(slideOf(el, 'Nebula'), 'meta'))).to.equal(
      'Information Technology · Beijing · Private',
    );
    expect(text(partIn(slideOf(el, 'Huaguang Power Group'), 'meta'))).to.equal(
      'Energy · Shanghai · Central SOE',
    );
  });

  it('counts positions and openings and lists the top three titles by openings', async () => {
    const el = await mount(small);
    const positions = partIn(slideOf(el, '星云软件'), 'positions')!;
    const titles = positions.querySelector('span')!;
    expect(text(titles)).to.equal('后端工程师 / 前端工程师 / 测试工程师');
    expect(text(positions).replace(text(titles), '').trim()).to.equal('4 个岗位 · 招 15 人');
  });

  it('counts positions and openings in English, singular and plural', async () => {
    const el = await mount(small, { attrs: { lang: 'en' } });
    expect(text(partIn(slideOf(el, 'Nebula'), 'positions'))).to.match(
      /^4 positions · 15 openings ?Back-end Engineer \/ Front-end Engineer \/ Test Engineer$/,
    );
    expect(text(partIn(slideOf(el, 'Huaguang Power Group'), 'positions'))).to.match(
      /^1 position · 1 opening ?Electrical Engineer$/,
    );
  });

  it('leaves out the openings when no position gives any, and positions when there are none', async () => {
    const el = await mount(small, { attrs: { fair: FAIR } });
    el.goTo(2);
    await settle(el);
    const positions = partIn(slideOf(el, '江城建设'), 'positions')!;
    const titles = text(positions.querySelector('span'));
    expect(titles).to.equal('土木工程师');
    expect(text(positions).replace(titles, '').trim()).to.equal('1 个岗位');
    const hospital = await mount(small, { attrs: { industry: '医疗卫生' } });
    expect(seen(partIn(slideOf(hospital, '仁心医院'), 'positions'))).to.equal(null);
  });

  it("shows the booth number (its label) in the fair's slides", async () => {
    const el = await mount(small, { attrs: { fair: FAIR } });
    const booth = partIn(slideOf(el, '星云软件'), 'booth')!;
    expect(text(booth)).to.equal('展位 A1');
  });

  it('without fair, shows the booths of the fair that is next (the one a booth map shows)', async () => {
    clock = sinon.useFakeTimers({ now: new Date('2027-03-01T00:00:00+08:00'), toFake: ['Date'] });
    const el = await mount(small);
    expect(text(partIn(slideOf(el, '星云软件'), 'booth'))).to.equal('展位 A1');
    const others = await mount(small, { attrs: { industry: '医疗卫生' } });
    expect(slideOf(others, '仁心医院'), 'an employer outside that fair is still listed').to.exist;
  });

  it('without fair, shows no booth when the feed has no fair', async () => {
    const el = await mount({ ...small, fairs: [] });
    expect(seen(partIn(slideOf(el, '星云软件'), 'booth'))).to.equal(null);
  });

  it('links to the application page and the website', async () => {
    const el = await mount(small);
    const slide = slideOf(el, '星云软件')!;
    const apply = partIn(slide, 'apply') as HTMLAnchorElement;
    const site = partIn(slide, 'site') as HTMLAnchorElement;
    expect(apply.href).to.equal('https://jobs.example.com/nebula/apply');
    expect(text(apply)).to.equal('投递简历');
    expect(site.href).to.equal('https://nebula.example.com/');
    expect(text(site)).to.equal('单位主页');
    expect(seen(partIn(slideOf(el, '华光电力集团'), 'apply'))).to.equal(null);
  });

  it('shows a logo as a decorative image on its plate', async () => {
    const el = await mount(small);
    const img = partIn(slideOf(el, '星云软件'), 'logo')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal((small.employers as Raw[])[0]!.logo);
    expect(img.getAttribute('alt')).to.equal('');
    await img.decode();
    await settle(el);
    expect(seen(partIn(slideOf(el, '星云软件'), 'initial'))).to.equal(null);
  });

  for (const [kind, logo] of [
    [
      'a logo with only a viewBox (no intrinsic size)',
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Crect width='40' height='40' fill='%23369'/%3E%3C/svg%3E",
    ],
    [
      'a logo far larger than the plate',
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1600' height='900'%3E%3Crect width='1600' height='900' fill='%23369'/%3E%3C/svg%3E",
    ],
  ] as const) {
    for (const layout of ['carousel', 'grid'] as const) {
      it(`keeps ${kind} inside its plate in the ${layout} layout`, async () => {
        const feed = { version: 1, employers: [{ id: 'x', name: '星云软件', logo }] };
        const el = await mount(feed, { attrs: { layout } });
        const plate = partIn(slides(el)[0]!, 'logo')!;
        const img = plate.querySelector('img')!;
        await img.decode();
        const inner = img.getBoundingClientRect();
        const outer = plate.getBoundingClientRect();
        expect(inner.width, 'drawn at all').to.be.greaterThan(0);
        expect(inner.top, 'top').to.be.at.least(outer.top);
        expect(inner.bottom, 'bottom').to.be.at.most(outer.bottom);
        expect(inner.left, 'left').to.be.at.least(outer.left);
        expect(inner.right, 'right').to.be.at.most(outer.right);
      });
    }
  }

  it('shows a lettered placeholder for an employer without a logo', async () => {
    const el = await mount(small);
    const logo = partIn(slideOf(el, '华光电力集团'), 'logo')!;
    expect(seen(logo.querySelector('img'))).to.equal(null);
    const initial = partIn(logo, 'initial')!;
    expect(text(initial)).to.equal('华');
    expect(initial.getAttribute('aria-hidden')).to.equal('true');
  });

  it('upper-cases a Latin initial', async () => {
    const feed = { version: 1, employers: [{ id: 'x', name: 'acme Ltd.' }] };
    const el = await mount(feed);
    expect(text(partIn(slides(el)[0], 'initial'))).to.equal('A');
  });

  it('replaces a logo that fails to load with the placeholder', async () => {
    const el = await mount(small);
    await until(el, () => !partIn(slideOf(el, '远航数据'), 'logo')!.querySelector('img'));
    const logo = partIn(slideOf(el, '远航数据'), 'logo')!;
    expect(seen(logo.querySelector('img'))).to.equal(null);
    expect(text(partIn(logo, 'initial'))).to.equal('远');
  });

  it('swaps in the placeholder on the image error event', async () => {
    const el = await mount(small);
    const img = partIn(slideOf(el, '星云软件'), 'logo')!.querySelector('img')!;
    img.dispatchEvent(new Event('error'));
    await settle(el);
    expect(text(partIn(slideOf(el, '星云软件'), 'initial'))).to.equal('星');
  });

  it('loads the first page of logos eagerly and later pages lazily', async () => {
    const el = await mount(fifty);
    const loading = () =>
      slides(el).map((s) => partIn(s, 'logo')!.querySelector('img')!.getAttribute('loading'));
    expect(loading()).to.deep.equal(['eager', 'eager', 'eager']);
    el.next();
    await settle(el);
    expect(loading()).to.deep.equal(['lazy', 'lazy', 'lazy']);
  });
});

describe('<fair-employer-carousel> video', () => {
  it('creates no <video> before the video button is pressed', async () => {
    const el = await mount(small);
    expect(seen(root(el).querySelector('video'))).to.equal(null);
    const button = partIn(slideOf(el, '星云软件'), 'video-button')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('视频介绍');
    expect(seen(partIn(slideOf(el, '华光电力集团'), 'video-button'))).to.equal(null);
  });

  it('creates a <video> with controls, no autoplay and sound, once the button is pressed', async () => {
    const play = sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    const el = await mount(small);
    expect(play.called).to.equal(false);
    await click(el, partIn(slideOf(el, '星云软件'), 'video-button'));
    const video = root(el).querySelector('video')!;
    expect(seen(video)).to.not.equal(null);
    expect(video.getAttribute('part')).to.contain('video');
    expect(video.controls).to.equal(true);
    expect(video.hasAttribute('autoplay')).to.equal(false);
    expect(video.autoplay).to.equal(false);
    expect(video.hasAttribute('muted')).to.equal(false);
    expect(video.muted).to.equal(false);
    expect(video.src).to.equal(
      new URL('/tests/fixtures/carousel/no-such-video.mp4', document.baseURI).href,
    );
    expect(video.getAttribute('aria-label')).to.equal('星云软件');
  });

  it('offers to open the video in a new window', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    const el = await mount(small);
    await click(el, partIn(slideOf(el, '星云软件'), 'video-button'));
    const link = part(el, 'player')!.querySelector('a')!;
    expect(link.href).to.equal(
      new URL('/tests/fixtures/carousel/no-such-video.mp4', document.baseURI).href,
    );
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.equal('在新窗口打开视频');
  });

  it('removes the <video> when it is closed and shows the logo again', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    const el = await mount(small);
    await click(el, partIn(slideOf(el, '星云软件'), 'video-button'));
    const close = partIn(part(el, 'player')!, 'video-button')!;
    expect(text(close)).to.equal('关闭视频');
    await click(el, close);
    expect(seen(root(el).querySelector('video'))).to.equal(null);
    expect(seen(partIn(slideOf(el, '星云软件'), 'logo')!.querySelector('img'))).to.not.equal(null);
    expect(text(partIn(slideOf(el, '星云软件'), 'video-button'))).to.equal('视频介绍');
  });

  it('does not rotate while a video is open', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    freeze(MORNING);
    // 760px: still 3 per view, and every control inside the 800px test viewport.
    const el = await mount(fifty, { attrs: { autoplay: '2' }, width: 760 });
    await mouseClick(el, partIn(slideOf(el, '单位1'), 'video-button'));
    await moveMouseAway(el);
    // Paused for the video, not stopped: the button still offers to stop the rotation.
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('停止自动播放');
    await tick(el, 10 * SECOND);
    expect(el.page).to.equal(1);
    expect(seen(root(el).querySelector('video'))).to.not.equal(null);
    clock!.restore();
    await resetMouse();
  });

  it('rotates again once the video is closed', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' }, width: 760 });
    await mouseClick(el, partIn(slideOf(el, '单位1'), 'video-button'));
    await mouseClick(el, partIn(part(el, 'player')!, 'video-button'));
    await moveMouseAway(el);
    expect(seen(root(el).querySelector('video'))).to.equal(null);
    await tick(el, 2 * SECOND);
    expect(el.page).to.equal(2);
    clock!.restore();
    await resetMouse();
  });
});

describe('<fair-employer-carousel> video and page turns', () => {
  it('closes the video when its page is turned away', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    const el = await mount(fifty);
    await click(el, partIn(slideOf(el, '单位1'), 'video-button'));
    await click(el, part(el, 'next'));
    await click(el, part(el, 'previous'));
    expect(seen(root(el).querySelector('video'))).to.equal(null);
    expect(seen(partIn(slideOf(el, '单位1'), 'logo')!.querySelector('img'))).to.not.equal(null);
  });

  it('rotates again once the page with the open video is turned away', async () => {
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    freeze(MORNING);
    // 760px: still 3 per view, and every control inside the 800px test viewport.
    const el = await mount(fifty, { attrs: { autoplay: '2' }, width: 760 });
    await mouseClick(el, partIn(slideOf(el, '单位1'), 'video-button'));
    expect(seen(root(el).querySelector('video')), 'video open').to.not.equal(null);
    await mouseClick(el, part(el, 'next'));
    await moveMouseAway(el);
    expect(el.page).to.equal(2);
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('停止自动播放');
    await tick(el, 4 * SECOND);
    expect(el.page).to.equal(4);
    clock!.restore();
    await resetMouse();
  });
});

describe('<fair-employer-carousel> live now and talks later today', () => {
  it('links a running livestream as live now and marks its slide', async () => {
    freeze(MORNING);
    const el = await mount(small);
    const slide = slideOf(el, '星云软件')!;
    expect(slide.getAttribute('part')!.split(' ')).to.include('slide--live');
    const live = partIn(slide, 'live') as HTMLAnchorElement;
    expect(live.localName).to.equal('a');
    expect(live.href).to.equal('https://live.example.com/nebula');
    expect(text(live)).to.equal('直播中');
  });

  it('marks a talk later today with its start time in the feed zone, in Chinese', async () => {
    freeze(MORNING);
    const el = await mount(small);
    const slide = slideOf(el, '华光电力集团')!;
    expect(text(partIn(slide, 'talk'))).to.equal('14:00 宣讲');
    expect(seen(partIn(slide, 'live'))).to.equal(null);
    expect(slide.getAttribute('part')).to.equal('slide');
  });

  it('marks live now and a talk later today in English', async () => {
    freeze(MORNING);
    const el = await mount(small, { attrs: { lang: 'en' } });
    expect(text(partIn(slideOf(el, 'Nebula'), 'live'))).to.equal('Live now');
    expect(text(partIn(slideOf(el, 'Huaguang Power Group'), 'talk'))).to.equal('Talk at 2:00 PM');
  });

  it("shows no mark for tomorrow's talk or a cancelled one", async () => {
    freeze(MORNING);
    const el = await mount(small, { attrs: { tag: '双休' } });
    const jiangcheng = slideOf(el, '江城建设')!;
    expect(seen(partIn(jiangcheng, 'talk'))).to.equal(null);
    expect(seen(partIn(jiangcheng, 'live'))).to.equal(null);
    const voyage = await mount(small, { attrs: { type: 'foreign' } });
    expect(seen(partIn(slideOf(voyage, '远航数据'), 'talk'))).to.equal(null);
  });

  it('turns "14:00 宣讲" into "直播中" as the clock passes 14:00', async () => {
    freeze(shanghai(13, 58, 30));
    const el = await mount(small);
    const huaguang = () => slideOf(el, '华光电力集团')!;
    expect(text(partIn(huaguang(), 'talk'))).to.equal('14:00 宣讲');
    await tick(el, MINUTE);
    expect(text(partIn(huaguang(), 'talk')), '13:59:30').to.equal('14:00 宣讲');
    await tick(el, MINUTE);
    expect(seen(partIn(huaguang(), 'talk')), '14:00:30').to.equal(null);
    expect((partIn(huaguang(), 'live') as HTMLAnchorElement).href).to.equal(
      'https://live.example.com/huaguang',
    );
    expect(huaguang().getAttribute('part')).to.contain('slide--live');
  });

  it('takes the live mark away when the livestream ends', async () => {
    freeze(shanghai(10, 59, 30));
    const el = await mount(small);
    expect(seen(partIn(slideOf(el, '星云软件'), 'live'))).to.not.equal(null);
    await tick(el, MINUTE);
    expect(seen(partIn(slideOf(el, '星云软件'), 'live'))).to.equal(null);
    expect(slideOf(el, '星云软件')!.getAttribute('part')).to.equal('slide');
  });
});

describe('<fair-employer-carousel> pages', () => {
  it('shows "1 / 17" for 50 employers at 3 per view', async () => {
    const el = await mount(fifty);
    expect(position(el)).to.equal('1 / 17');
    expect(el.page).to.equal(1);
    expect(el.pages).to.equal(17);
  });

  it('has a scrubber from 1 to the number of pages, with the page in words', async () => {
    const el = await mount(fifty);
    const range = scrubber(el);
    expect(range.type).to.equal('range');
    expect(range.min).to.equal('1');
    expect(range.max).to.equal('17');
    expect(range.value).to.equal('1');
    expect(range.getAttribute('aria-label')).to.equal('翻到第几页');
    expect(range.getAttribute('aria-valuetext')).to.equal('第 1 页，共 17 页');
  });

  it('gives the scrubber its page in English', async () => {
    const el = await mount(fifty, { attrs: { lang: 'en' } });
    expect(scrubber(el).getAttribute('aria-valuetext')).to.equal('Page 1 of 17');
    expect(scrubber(el).getAttribute('aria-label')).to.equal('Go to page');
  });

  it('goes to the page the scrubber is moved to', async () => {
    const el = await mount(fifty);
    scrubber(el).value = '9';
    scrubber(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(position(el)).to.equal('9 / 17');
    expect(names(el)).to.deep.equal(['单位25', '单位26', '单位27']);
  });

  it('shows the next page with the next button', async () => {
    const el = await mount(fifty);
    const next = part(el, 'next')!;
    expect(next.getAttribute('aria-label')).to.equal('下一页');
    await click(el, next);
    expect(position(el)).to.equal('2 / 17');
    expect(names(el)).to.deep.equal(['单位4', '单位5', '单位6']);
    expect(scrubber(el).value).to.equal('2');
    expect(scrubber(el).getAttribute('aria-valuetext')).to.equal('第 2 页，共 17 页');
  });

  it('wraps around from the first page to the last with the previous button', async () => {
    const el = await mount(fifty);
    const previous = part(el, 'previous')!;
    expect(previous.getAttribute('aria-label')).to.equal('上一页');
    await click(el, previous);
    expect(position(el)).to.equal('17 / 17');
    expect(names(el)).to.deep.equal(['单位49', '单位50']);
  });

  it('wraps around from the last page to the first with the next button', async () => {
    const el = await mount(fifty);
    el.goTo(17);
    await settle(el);
    await click(el, part(el, 'next'));
    expect(position(el)).to.equal('1 / 17');
  });

  it('goes to the last and first page with End and Home on a focused button', async () => {
    const el = await mount(fifty);
    part(el, 'next')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(position(el)).to.equal('17 / 17');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(position(el)).to.equal('1 / 17');
  });

  it('turns pages with ArrowRight and ArrowLeft on a focused button', async () => {
    const el = await mount(fifty);
    part(el, 'previous')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(position(el), 'ArrowRight').to.equal('2 / 17');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(position(el), 'ArrowRight').to.equal('3 / 17');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(position(el), 'ArrowLeft').to.equal('2 / 17');
  });

  it('swaps the arrow keys in a right-to-left page', async () => {
    const el = await mount(fifty, { dir: 'rtl' });
    part(el, 'next')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(position(el), 'ArrowLeft').to.equal('2 / 17');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(position(el), 'ArrowRight').to.equal('1 / 17');
  });

  it('leaves the arrow keys to the page when nothing in it is focused', async () => {
    const el = await mount(fifty);
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    el.parentElement!.append(outside);
    outside.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.page).to.equal(1);
  });

  it('fires fair-carousel-change with the page and the number of pages', async () => {
    const spy = sinon.spy();
    const el = await mount(fifty, {
      setup: (e) => e.addEventListener('fair-carousel-change', spy),
    });
    expect(spy.called, 'on first render').to.equal(false);
    await click(el, part(el, 'next'));
    expect(spy.callCount).to.equal(1);
    const event = spy.firstCall.args[0] as CustomEvent<FairCarouselChangeDetail>;
    expect(event.detail).to.deep.equal({ page: 2, pages: 17 });
    expect(event.bubbles && event.composed).to.equal(true);
    await click(el, part(el, 'previous'));
    await click(el, part(el, 'previous'));
    expect(spy.thirdCall.args[0].detail).to.deep.equal({ page: 17, pages: 17 });
  });

  it('does not fire fair-carousel-change when goTo names the page shown', async () => {
    const el = await mount(fifty);
    const spy = sinon.spy();
    el.addEventListener('fair-carousel-change', spy);
    el.goTo(1);
    expect(spy.called).to.equal(false);
  });

  it('turns pages with goTo, next and previous, and clamps goTo', async () => {
    const el = await mount(fifty);
    el.goTo(5);
    await settle(el);
    expect([el.page, position(el)]).to.deep.equal([5, '5 / 17']);
    el.next();
    await settle(el);
    expect(el.page).to.equal(6);
    el.previous();
    el.previous();
    await settle(el);
    expect(el.page).to.equal(4);
    el.goTo(99);
    await settle(el);
    expect(el.page).to.equal(17);
    el.goTo(-3);
    await settle(el);
    expect(el.page).to.equal(1);
  });

  it('puts only the slides of the page shown in the DOM: 3 at 960px', async () => {
    const el = await mount(fifty);
    expect(slides(el)).to.have.length(3);
    expect(getComputedStyle(part(el, 'slides')!).getPropertyValue('--_per-view').trim()).to.equal(
      '3',
    );
  });

  it('puts only the slides of the page shown in the DOM: 1 at 360px', async () => {
    const el = await mount(fifty, { width: NARROW });
    expect(names(el)).to.deep.equal(['单位1']);
    expect(position(el)).to.equal('1 / 50');
  });

  it('renders 3 slides for 1,227 employers', async () => {
    const el = await mount(huge);
    expect(slides(el)).to.have.length(3);
    expect(root(el).querySelectorAll('img')).to.have.length(3);
    expect(position(el)).to.equal('1 / 409');
  });

  it('groups the digits of the page count, "1 / 1,227" on a phone in English', async () => {
    const el = await mount(huge, { attrs: { lang: 'en' }, width: 360 });
    expect(position(el)).to.equal('1 / 1,227');
    expect(part(el, 'scrubber')!.getAttribute('aria-valuetext')).to.equal('Page 1 of 1,227');
    expect(slides(el)[0]!.getAttribute('aria-label')).to.match(/ · 1 \/ 1,227$/);
  });

  it('follows its width: from 3 per view at 960px to 1 at 360px, keeping the first slide shown', async () => {
    const el = await mount(fifty);
    el.goTo(4);
    await settle(el);
    expect(names(el)[0]).to.equal('单位10');
    // The element's ResizeObserver error is the subject of the next test, not of this one.
    await withPageErrors(async () => {
      el.parentElement!.style.width = `${NARROW}px`;
      await frames(el);
    });
    expect(names(el)).to.deep.equal(['单位10']);
    expect(position(el)).to.equal('10 / 50');
  });

  it('raises no error on the page when its width crosses a breakpoint', async () => {
    const el = await mount(fifty);
    const errors = await withPageErrors(async () => {
      el.parentElement!.style.width = `${NARROW}px`;
      await frames(el);
      el.parentElement!.style.width = `${WIDE}px`;
      await frames(el);
    });
    expect(position(el)).to.equal('1 / 17');
    expect(errors).to.deep.equal([]);
  });

  it('pages a logo wall loaded from src by its 4 columns × 3 rows', async () => {
    fakeFetch({ '/feeds/fifty.json': { body: fifty } });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
    const el = document.createElement('fair-employer-carousel');
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('layout', 'grid');
    el.src = '/feeds/fifty.json';
    const errors = await withPageErrors(async () => {
      wrapper.append(el);
      await until(el, () => slides(el).length > 0);
      await frames(el);
    });
    expect(errors, 'errors on the page').to.deep.equal([]);
    expect(slides(el)).to.have.length(12);
    expect(position(el)).to.equal('1 / 5');
  });

  it('shows a logo wall of 4 columns × 3 rows per page at 960px with layout="grid"', async () => {
    const el = await mount(fifty, { attrs: { layout: 'grid', fair: 'big' } });
    expect(base(el).getAttribute('part')).to.contain('base--grid');
    expect(slides(el)).to.have.length(12);
    const rects = slides(el).map((s) => s.getBoundingClientRect());
    expect(new Set(rects.map((r) => Math.round(r.left))).size, 'columns').to.equal(4);
    expect(new Set(rects.map((r) => Math.round(r.top))).size, 'rows').to.equal(3);
    expect(position(el)).to.equal('1 / 5');
  });

  it('shows logo, name and booth only on the logo wall', async () => {
    const el = await mount(small, { attrs: { layout: 'grid', fair: FAIR } });
    const slide = slideOf(el, '星云软件')!;
    const shown = (name: string) => {
      const node = partIn(slide, name);
      return node !== null && node.getClientRects().length > 0;
    };
    for (const name of ['logo', 'name', 'booth']) expect(shown(name), name).to.equal(true);
    for (const name of ['full-name', 'meta', 'positions', 'apply', 'site', 'video-button']) {
      expect(shown(name), name).to.equal(false);
    }
  });

  it('re-pages when the layout changes to grid', async () => {
    const el = await mount(fifty);
    el.setAttribute('layout', 'grid');
    await settle(el);
    await frames(el);
    expect(slides(el)).to.have.length(12);
    expect(position(el)).to.equal('1 / 5');
  });
});

describe('<fair-employer-carousel> APG carousel', () => {
  it('is labelled as a carousel of employers', async () => {
    const el = await mount(fifty);
    expect(base(el).getAttribute('aria-roledescription')).to.equal('轮播');
    expect(base(el).getAttribute('aria-label')).to.equal('参展单位');
  });

  it('is labelled as a carousel of employers in English', async () => {
    const el = await mount(fifty, { attrs: { lang: 'en' } });
    expect(base(el).getAttribute('aria-roledescription')).to.equal('carousel');
    expect(base(el).getAttribute('aria-label')).to.equal('Employers');
  });

  it('makes every slide a group labelled "<short name> · n / total"', async () => {
    const el = await mount(generated(120));
    const slide = slides(el)[2]!;
    expect(slide.getAttribute('role')).to.equal('group');
    expect(slide.getAttribute('aria-roledescription')).to.equal('幻灯片');
    expect(slide.getAttribute('aria-label')).to.equal('单位3 · 3 / 120');
  });

  it('labels the slides in English', async () => {
    const el = await mount(generated(120), { attrs: { lang: 'en' } });
    el.goTo(2);
    await settle(el);
    const slide = slides(el)[0]!;
    expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
    expect(slide.getAttribute('aria-label')).to.equal('Employer 4 · 4 / 120');
  });

  it('does not rotate without autoplay: no clock, no rotation button, no page change', async () => {
    freeze(MORNING);
    const el = await mount(fifty);
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
    expect(seen(rotation(el))).to.equal(null);
    await tick(el, 30 * SECOND);
    expect(el.page).to.equal(1);
  });

  it('does not rotate without autoplay when the feed has activities', async () => {
    freeze(MORNING);
    const el = await mount(small, { width: NARROW });
    await tick(el, 3 * MINUTE);
    expect(el.page).to.equal(1);
  });

  it('advances one page every 2 seconds with autoplay="2"', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    await tick(el, SECOND);
    expect(el.page, 'after 1 s').to.equal(1);
    await tick(el, SECOND);
    expect(el.page, 'after 2 s').to.equal(2);
    await tick(el, 2 * SECOND);
    expect(el.page, 'after 4 s').to.equal(3);
    expect(position(el)).to.equal('3 / 17');
  });

  it('advances every 5 seconds with a bare autoplay attribute', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '' } });
    await tick(el, 4 * SECOND);
    expect(el.page).to.equal(1);
    await tick(el, SECOND);
    expect(el.page).to.equal(2);
  });

  it('puts the rotation button first in the tab order, labelled "停止自动播放"', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    const first = root(el).querySelector<HTMLElement>(
      'button, a[href], input, select, textarea, video, [tabindex]',
    );
    expect(seen(first)).to.equal('button[part="rotation"]');
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('停止自动播放');
  });

  it('reaches the rotation button first with Tab', async () => {
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(seen(root(el).activeElement)).to.equal('button[part="rotation"]');
  });

  it('stops and restarts the rotation with the rotation button, which says what it will do', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    await click(el, rotation(el));
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('开始自动播放');
    await tick(el, 10 * SECOND);
    expect(el.page, 'stopped').to.equal(1);
    await click(el, rotation(el));
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('停止自动播放');
    await tick(el, 2 * SECOND);
    expect(el.page, 'restarted').to.equal(2);
  });

  it('labels the rotation button in English', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2', lang: 'en' } });
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('Stop automatic slide show');
    await click(el, rotation(el));
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('Start automatic slide show');
  });

  it('pauses while the mouse is over it and resumes when it leaves', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    pointer(base(el), 'pointerenter', { pointerType: 'mouse', bubbles: false });
    await settle(el);
    await tick(el, 10 * SECOND);
    expect(el.page, 'hovered').to.equal(1);
    pointer(base(el), 'pointerleave', { pointerType: 'mouse', bubbles: false });
    await settle(el);
    await tick(el, 2 * SECOND);
    expect(el.page, 'left').to.equal(2);
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('停止自动播放');
  });

  it('does not pause for a touch that enters it', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    pointer(base(el), 'pointerenter', { pointerType: 'touch', bubbles: false });
    await settle(el);
    await tick(el, 2 * SECOND);
    expect(el.page).to.equal(2);
  });

  it('stops for good when keyboard focus enters it', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    el.before(before);
    el.after(after);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(seen(root(el).activeElement)).to.equal('button[part="rotation"]');
    expect(rotation(el)!.getAttribute('aria-label')).to.equal('开始自动播放');
    await tick(el, 10 * SECOND);
    expect(el.page, 'focused').to.equal(1);
    after.focus();
    await settle(el);
    await tick(el, 10 * SECOND);
    expect(el.page, 'after focus left').to.equal(1);
  });

  it('keeps rotating after a mouse click on a button, which focuses it without :focus-visible', async () => {
    freeze(MORNING);
    // 760px: still 3 per view, and the next button inside the 800px test viewport.
    const el = await mount(fifty, { attrs: { autoplay: '2' }, width: 760 });
    await mouseClick(el, part(el, 'next'));
    await moveMouseAway(el);
    expect(seen(root(el).activeElement), 'focused by the click').to.equal('button[part="next"]');
    expect(el.page).to.equal(2);
    await tick(el, 2 * SECOND);
    expect(el.page).to.equal(3);
    clock!.restore();
    await resetMouse();
  });

  it('does not rotate with prefers-reduced-motion: reduce, but can be started', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      freeze(MORNING);
      const el = await mount(fifty, { attrs: { autoplay: '2' } });
      expect(rotation(el)!.getAttribute('aria-label')).to.equal('开始自动播放');
      expect(clockStats().subscribers).to.equal(0);
      await tick(el, 10 * SECOND);
      expect(el.page, 'reduced motion').to.equal(1);
      await click(el, rotation(el));
      await tick(el, 2 * SECOND);
      expect(el.page, 'started by the visitor').to.equal(2);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps the slides quiet (aria-live="off") while rotating and polite otherwise', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    const live = () => part(el, 'slides')!.getAttribute('aria-live');
    expect(live(), 'rotating').to.equal('off');
    await click(el, rotation(el));
    expect(live(), 'stopped').to.equal('polite');
    const still = await mount(fifty);
    expect(part(still, 'slides')!.getAttribute('aria-live'), 'no autoplay').to.equal('polite');
  });

  it('points every page control at the slides', async () => {
    const el = await mount(fifty);
    const id = part(el, 'slides')!.id;
    expect(id).to.not.equal('');
    for (const name of ['previous', 'next', 'scrubber']) {
      expect(part(el, name)!.getAttribute('aria-controls'), name).to.equal(id);
    }
  });
});

describe('<fair-employer-carousel> touch swipe', () => {
  it('shows the next page after a 60px swipe to the left', async () => {
    const el = await mount(fifty);
    await swipe(el, -60);
    expect(position(el)).to.equal('2 / 17');
  });

  it('shows the previous page after a 60px swipe to the right', async () => {
    const el = await mount(fifty);
    el.goTo(3);
    await settle(el);
    await swipe(el, 60);
    expect(position(el)).to.equal('2 / 17');
  });

  it('goes back with a swipe to the left in a right-to-left page', async () => {
    const el = await mount(fifty, { dir: 'rtl' });
    el.goTo(3);
    await settle(el);
    await swipe(el, -60);
    expect(position(el)).to.equal('2 / 17');
  });

  it('ignores a small move', async () => {
    const el = await mount(fifty);
    await swipe(el, -20);
    expect(position(el)).to.equal('1 / 17');
  });

  it('ignores a mostly vertical move (the page scrolls)', async () => {
    const el = await mount(fifty);
    await swipe(el, -60, 120);
    expect(position(el)).to.equal('1 / 17');
  });

  it('ignores a mouse drag', async () => {
    const el = await mount(fifty);
    const target = part(el, 'slides')!;
    pointer(target, 'pointerdown', { pointerType: 'mouse', clientX: 200, clientY: 100 });
    pointer(target, 'pointerup', { pointerType: 'mouse', clientX: 100, clientY: 100 });
    await settle(el);
    expect(position(el)).to.equal('1 / 17');
  });
});

describe('<fair-employer-carousel> booth map link', () => {
  async function withMap(): Promise<{ el: FairEmployerCarousel; focusBooth: sinon.SinonSpy }> {
    const el = await mount(small, { attrs: { fair: FAIR, map: 'm' } });
    const map = document.createElement('div') as HTMLDivElement & { focusBooth?: unknown };
    map.id = 'm';
    const focusBooth = sinon.spy();
    map.focusBooth = focusBooth;
    map.scrollIntoView = () => {};
    el.parentElement!.append(map);
    return { el, focusBooth };
  }

  it('makes the booth a labelled button when map names a booth map', async () => {
    const { el } = await withMap();
    const booth = partIn(slideOf(el, '星云软件'), 'booth')!;
    expect(booth.localName).to.equal('button');
    expect(text(booth)).to.equal('展位 A1');
    expect(booth.getAttribute('aria-label')).to.equal('在展位图上查看展位 A1');
  });

  it('fires fair-employer-select and shows the booth on the map', async () => {
    const { el, focusBooth } = await withMap();
    const spy = sinon.spy();
    el.addEventListener('fair-employer-select', spy);
    await click(el, partIn(slideOf(el, '星云软件'), 'booth'));
    expect(spy.callCount).to.equal(1);
    const event = spy.firstCall.args[0] as CustomEvent<FairEmployerSelectDetail>;
    expect(event.detail).to.deep.equal({ employerId: 'e1', boothId: 'A-001' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(focusBooth.calledOnceWithExactly('A-001')).to.equal(true);
  });

  it('does not move the map when a listener calls preventDefault()', async () => {
    const { el, focusBooth } = await withMap();
    el.addEventListener('fair-employer-select', (event) => event.preventDefault());
    await click(el, partIn(slideOf(el, '星云软件'), 'booth'));
    expect(focusBooth.called).to.equal(false);
  });

  it('shows the booth as plain text without map', async () => {
    const el = await mount(small, { attrs: { fair: FAIR } });
    const booth = partIn(slideOf(el, '星云软件'), 'booth')!;
    expect(booth.localName).to.equal('span');
    expect(seen(root(el).querySelector('button[part~="booth"]'))).to.equal(null);
  });
});

describe('<fair-employer-carousel> language', () => {
  it('switches to English when its lang changes to en', async () => {
    // A frozen clock: a real minute tick would re-render it and hide what is tested here.
    freeze(MORNING);
    const el = await mount(small, { attrs: { fair: FAIR } });
    expect(names(el)[0]).to.equal('星云软件');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(names(el)).to.deep.equal(['Nebula', 'Huaguang Power Group', 'Voyage Data']);
    expect(text(partIn(slideOf(el, 'Nebula'), 'booth'))).to.equal('Booth A1');
    expect(base(el).getAttribute('aria-label')).to.equal('Employers');
  });

  it('speaks the new language at its next update after lang changes from en to zh-CN', async () => {
    const el = await mount(small, { attrs: { lang: 'en' } });
    el.setAttribute('lang', 'zh-CN');
    el.next();
    await settle(el);
    expect(names(el)).to.deep.equal(['仁心医院', '江城建设']);
    expect(text(part(el, 'position'))).to.equal('2 / 2');
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('下一页');
  });

  it('takes its language from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 960px"></div>`);
    const el = document.createElement('fair-employer-carousel');
    el.feed = small;
    wrapper.append(el);
    await settle(el);
    expect(names(el)[0]).to.equal('Nebula');
  });
});

describe('<fair-employer-carousel> accessibility', () => {
  const states: [
    string,
    () => unknown,
    MountOptions<FairEmployerCarousel>?,
    ((el: FairEmployerCarousel) => Promise<void>)?,
  ][] = [
    ['loaded', () => small, { attrs: { fair: FAIR } }],
    ['loaded, in English', () => small, { attrs: { fair: FAIR, lang: 'en' } }],
    ['a logo wall', () => fifty, { attrs: { layout: 'grid', fair: 'big' } }],
    ['rotating', () => fifty, { attrs: { autoplay: '2' } }],
    ['showing live and later-today marks', () => small],
    ['booths link to a map', () => small, { attrs: { fair: FAIR, map: 'm' } }],
    [
      'a video is open',
      () => small,
      {},
      async (el) => {
        sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
        await click(el, partIn(slideOf(el, '星云软件'), 'video-button'));
      },
    ],
    ['no employer matches', () => small, { attrs: { type: 'university' } }],
    ['the fair id is unknown', () => small, { attrs: { fair: 'nope' } }],
    ['360 px wide', () => fifty, { width: NARROW }],
  ];
  for (const [name, feed, options, act] of states) {
    it(`passes axe when ${name}`, async () => {
      freeze(MORNING);
      const el = await mount(feed(), options);
      await act?.(el);
      // axe schedules its work with setTimeout: give it the real one back.
      clock!.restore();
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while loading', async () => {
    fakeFetch({ '/feeds/never.json': 'hang' });
    const el = await fixture<FairEmployerCarousel>(
      html`<fair-employer-carousel src="/feeds/never.json" lang="zh-CN"
        ><p>参展单位名单见就业网</p></fair-employer-carousel
      >`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe when the feed failed', async () => {
    try {
      const el = await mountMissing();
      await expect(el).to.be.accessible();
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('passes axe when the feed failed, in English', async () => {
    try {
      const el = await mountMissing('en');
      await expect(el).to.be.accessible();
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('gives every button and link a name', async () => {
    freeze(MORNING);
    const el = await mount(small, { attrs: { fair: FAIR, map: 'm', autoplay: '5' } });
    const controls = [...root(el).querySelectorAll<HTMLElement>('button, a, input')];
    expect(controls.length).to.be.greaterThan(5);
    for (const control of controls) {
      const name = control.getAttribute('aria-label') ?? text(control);
      expect(name, control.outerHTML).to.not.equal('');
    }
  });
});

describe('<fair-employer-carousel> leaks', () => {
  it('leaves nothing behind after 1,000 carousels were mounted and removed', async function () {
    this.timeout(30_000);
    const feed = small;
    await expectNoLeaks(() => {
      const el = document.createElement('fair-employer-carousel');
      el.feed = feed;
      el.fair = FAIR;
      return el;
    });
  });

  it('leaves nothing behind after 1,000 rotating carousels were mounted and removed', async function () {
    this.timeout(30_000);
    const feed = generated(12);
    await expectNoLeaks(() => {
      const el = document.createElement('fair-employer-carousel');
      el.feed = feed;
      el.autoplay = '2';
      return el;
    });
  });

  it('leaves the shared clock when removed while rotating', async () => {
    freeze(MORNING);
    const el = await mount(fifty, { attrs: { autoplay: '2' } });
    expect(clockStats().subscribers).to.equal(1);
    el.remove();
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });
});
