import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { feedLoaderConfig, resetFeedLoader } from '../../src/core/feed-loader.js';
import type { FeedLoadEventDetail } from '../../src/core/feed-controller.js';
import type {
  FairBoothMap,
  FairBoothSelectDetail,
} from '../../src/elements/fair-booth-map/fair-booth-map.js';
import { fakeFetch } from '../helpers/fetch.js';
import { expectFeedErrorShown } from '../helpers/feed-states.js';
import { mountElement, part, parts, settle, text, type MountOptions } from '../helpers/element.js';
import { expectNoLeaks } from '../helpers/leaks.js';

type Raw = Record<string, unknown>;
const feeds: Record<string, Raw> = {};
const NAMES = ['small-fair', 'no-halls', 'bad-booths'];

/** The fair of small-fair.json: halls A (A-001… free) and B (B-001…B-004). */
const FAIR = 'spring-2027';
const PLAN_KEY = `fairkit:plan:${FAIR}`;
const HALL_A = ['A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-006', 'A-007', 'A-008'];
const HALL_B = ['B-001', 'B-002', 'B-003', 'B-004'];
/** Every entry of the list without a search: the twelve booths, then e12, which has none. */
const ALL_LABELS = [...HALL_A, ...HALL_B, '无展位'];
/** The width the tests give the element unless told: wide enough for the list beside the map. */
const WIDE = 780;

let clock: sinon.SinonFakeTimers | undefined;
const initialUrl = location.href;

/** Polls until `done()` holds (a feed loading through the stubbed fetch), settling in between. */
async function until(el: FairBoothMap, done: () => boolean, tries = 40): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

const mount = (feed: unknown, options: MountOptions<FairBoothMap> = {}) =>
  mountElement('fair-booth-map', feed, { width: WIDE, ...options });

const clone = <T>(value: T): T => structuredClone(value);
const root = (el: FairBoothMap) => el.shadowRoot!;
const live = (el: FairBoothMap) => root(el).querySelector('[aria-live="polite"]')!;

/** The booth numbers of the list, in order (`无展位` / `No booth` for an employer without one). */
const listLabels = (el: FairBoothMap) =>
  parts(el, 'item').map((item) => text(item.querySelector('.booth')));
const listNames = (el: FairBoothMap) =>
  parts(el, 'item').map((item) => text(item.querySelector('.name')));
const itemOf = (el: FairBoothMap, label: string) =>
  parts(el, 'item').find((item) => text(item.querySelector('.booth')) === label)!;

/** The plan's SVG and its booth groups (ids), as drawn for the hall shown. */
const floor = (el: FairBoothMap) => root(el).querySelector<SVGSVGElement>('svg')!;
const drawn = (el: FairBoothMap) =>
  [...floor(el).querySelectorAll('[data-booth]')].map((g) => g.getAttribute('data-booth')!);
const booth = (el: FairBoothMap, id: string) =>
  floor(el).querySelector<SVGGElement>(`[data-booth="${id}"]`)!;
const withAttr = (el: FairBoothMap, name: string) =>
  [...floor(el).querySelectorAll(`[data-booth][${name}]`)].map((g) => g.getAttribute('data-booth'));

const card = (el: FairBoothMap) => part(el, 'card');
const cardTitle = (el: FairBoothMap) => text(card(el)?.querySelector('h3'));
const buttonNamed = (scope: ParentNode | null | undefined, name: string) =>
  [...(scope?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  );
const hallButtons = (el: FairBoothMap) => parts(el, 'hall');
const plan = (el: FairBoothMap) => part(el, 'plan');
const planLabels = (el: FairBoothMap) =>
  [...(plan(el)?.querySelectorAll('.plan-item .booth') ?? [])].map((b) => text(b));

/** The view of the plan, read from the CSS transform of the zoomed content. */
function view(el: FairBoothMap): { x: number; y: number; scale: number } {
  const content = root(el).querySelector<HTMLElement>('[part~="viewport"] > .content')!;
  const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
    content.style.transform,
  );
  expect(match, `transform "${content.style.transform}"`).to.not.equal(null);
  return { x: Number(match![1]), y: Number(match![2]), scale: Number(match![3]) };
}

/** Types into a text field as a visitor would: new value, then an `input` event. */
async function typeInto(el: FairBoothMap, field: HTMLInputElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function choose(el: FairBoothMap, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

const searchBox = (el: FairBoothMap) => part(el, 'search') as HTMLInputElement;
const filter = <T extends HTMLElement>(el: FairBoothMap, name: string) =>
  part(el, `filter--${name}`) as T;

async function click(el: FairBoothMap, target: HTMLElement | undefined): Promise<void> {
  expect(target, 'button to click').to.not.equal(undefined);
  target!.click();
  await settle(el);
}

before(async () => {
  for (const name of NAMES) {
    const response = await fetch(new URL(`../fixtures/booth-map/${name}.json`, import.meta.url));
    feeds[name] = (await response.json()) as Raw;
  }
});

afterEach(() => {
  clock?.restore();
  clock = undefined;
  sinon.restore();
  resetFeedLoader();
  history.replaceState(null, '', initialUrl);
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('fairkit:')) localStorage.removeItem(key);
  }
});

/**
 * A map whose feed request fails while a saved copy of the small fair is in localStorage: it shows
 * the copy marked stale. The caller restores `feedLoaderConfig.retries` to 2.
 */
async function mountCached(): Promise<FairBoothMap> {
  const url = new URL('/feeds/booths-cached.json', document.baseURI).href;
  localStorage.setItem(`fairkit:feed:${url}`, JSON.stringify(feeds['small-fair']));
  localStorage.setItem(`fairkit:feed-saved:${url}`, String(Date.UTC(2027, 2, 20, 2)));
  feedLoaderConfig.retries = 0;
  fakeFetch({ '/feeds/booths-cached.json': 'network-error' });
  const el = await fixture<FairBoothMap>(
    html`<fair-booth-map src="/feeds/booths-cached.json" lang="zh-CN"></fair-booth-map>`,
  );
  await until(el, () => part(el, 'stale') !== null);
  return el;
}

describe('<fair-booth-map> loading, errors and fallback', () => {
  it('shows the light-DOM fallback and a loading note while the feed loads', async () => {
    fakeFetch({ '/feeds/never.json': 'hang' });
    const el = await fixture<FairBoothMap>(
      html`<fair-booth-map src="/feeds/never.json" lang="zh-CN"
        ><p id="fb">展位图见现场指引</p></fair-booth-map
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('loading');
    expect(text(part(el, 'status'))).to.equal('正在加载…');
    const fallback = el.querySelector('#fb')!;
    expect(fallback.assignedSlot).to.not.equal(null);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
  });

  it('hides the fallback once the feed is ready', async () => {
    const el = await fixture<FairBoothMap>(
      html`<fair-booth-map .feed=${feeds['small-fair']} lang="zh-CN"
        ><p id="fb">fallback</p></fair-booth-map
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('ready');
    expect(el.querySelector('#fb')!.getClientRects().length).to.equal(0);
  });

  it('shows an HTTP error as an alert naming the feed URL, and keeps the fallback', async () => {
    feedLoaderConfig.retries = 0;
    fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
    try {
      const el = await fixture<FairBoothMap>(
        html`<fair-booth-map src="/feeds/missing.json" lang="zh-CN"
          ><p id="fb">fallback</p></fair-booth-map
        >`,
      );
      await until(el, () => el.dataset.state === 'error');
      expectFeedErrorShown(el, '/feeds/missing.json', '404');
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('says so when the feed has no fair', async () => {
    const el = await mount({ version: 1, fairs: [] });
    expect(text(part(el, 'note'))).to.equal('暂无招聘会安排');
    expect(part(el, 'map')).to.equal(null);
    expect(part(el, 'list')).to.equal(null);
  });

  it('names an unknown fair id so the webmaster can fix the fair attribute', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { fair: 'sprnig-2027' } });
    expect(text(part(el, 'note'))).to.contain('sprnig-2027');
    expect(part(el, 'map')).to.equal(null);
  });

  it('shows a fair without halls as a note and the list alone', async () => {
    const el = await mount(feeds['no-halls']);
    expect(text(part(el, 'note'))).to.equal('本场招聘会没有展位图，以下是参会单位列表。');
    expect(part(el, 'map')).to.equal(null);
    expect(root(el).querySelector('svg')).to.equal(null);
    expect(listNames(el)).to.have.members([
      '星云软件科技有限公司',
      '远航数据服务有限公司',
      '华光电力集团',
    ]);
  });

  it('notes a cached copy when the feed could not be refreshed, and still shows the map', async () => {
    try {
      const el = await mountCached();
      expect(text(part(el, 'stale'))).to.contain('缓存');
      expect(drawn(el)).to.deep.equal(HALL_A);
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });
});

describe('<fair-booth-map> drawing', () => {
  it('draws one booth group per booth of the first hall', async () => {
    const el = await mount(feeds['small-fair']);
    expect(drawn(el)).to.deep.equal(HALL_A);
  });

  it('draws a free booth as free', async () => {
    const el = await mount(feeds['small-fair']);
    expect(withAttr(el, 'data-free')).to.deep.equal(['A-008']);
  });

  it('draws the landmarks of the hall with their names, or their kind when unnamed', async () => {
    const el = await mount(feeds['small-fair']);
    const landmarks = [...floor(el).querySelectorAll('[data-landmark]')];
    expect(landmarks.map((l) => l.getAttribute('data-landmark'))).to.deep.equal([
      'a-in',
      'a-service',
      'a-wc',
    ]);
    expect(landmarks.map((l) => text(l.querySelector('text')))).to.deep.equal([
      '南门入口',
      '就业服务站',
      '卫生间',
    ]);
  });

  it('labels the map region with the hall shown and makes it focusable', async () => {
    const el = await mount(feeds['small-fair']);
    const map = part(el, 'map')!;
    expect(map.getAttribute('aria-label')).to.equal('展位图：A馆 · 1 层');
    expect(map.tabIndex).to.equal(0);
  });

  it('offers one hall button per hall, the hall shown pressed', async () => {
    const el = await mount(feeds['small-fair']);
    expect(hallButtons(el).map((b) => text(b))).to.deep.equal(['A馆 · 1 层', 'B馆 · 2 层']);
    expect(hallButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'false',
    ]);
  });

  it('switches to another hall with its button', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, hallButtons(el)[1]);
    expect(drawn(el)).to.deep.equal(HALL_B);
    expect(hallButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'true',
    ]);
    expect(part(el, 'map')!.getAttribute('aria-label')).to.equal('展位图：B馆 · 2 层');
  });

  it('opens on the hall named by the hall attribute', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { hall: 'B' } });
    expect(drawn(el)).to.deep.equal(HALL_B);
  });

  it('lists every booth and the employer without one, and counts the booths', async () => {
    const el = await mount(feeds['small-fair']);
    expect(text(part(el, 'count'))).to.equal('共 12 个展位');
    expect(listLabels(el)).to.deep.equal(ALL_LABELS);
    expect(listNames(el)[7]).to.equal('空闲展位');
  });

  it('has no hall switcher for a fair with one hall', async () => {
    const el = await mount(feeds['bad-booths']);
    expect(part(el, 'halls')).to.equal(null);
  });
});

describe('<fair-booth-map> English', () => {
  it('counts the booths and names the halls in English', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { lang: 'en' } });
    expect(text(part(el, 'count'))).to.equal('12 booths');
    expect(hallButtons(el).map((b) => text(b))).to.deep.equal([
      'Hall A · Floor 1',
      'Hall B · Floor 2',
    ]);
    expect(listNames(el)[0]).to.equal('Nebula Software Co., Ltd.');
  });

  it('counts matches in English', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { lang: 'en' } });
    await typeInto(el, searchBox(el), 'software');
    expect(text(part(el, 'count'))).to.equal('3 matches');
  });

  it('shows the card in English', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { lang: 'en' } });
    await click(el, itemOf(el, 'A-001'));
    expect(cardTitle(el)).to.equal('Nebula Software Co., Ltd.');
    expect(text(card(el)!.querySelector('.where'))).to.equal('Booth A-001 · Hall A · Floor 1');
    const position = text(card(el)!.querySelector('.positions li'));
    expect(position).to.match(/^Front-end Engineer 5 openings · /);
    expect(position).to.contain('Computer Science and Technology');
    expect(position).to.contain('Software Engineering');
    expect(position).to.match(/ · Bachelor$/);
    // English text, English punctuation: no Chinese enumeration comma between the majors.
    expect(position).not.to.contain('、');
  });

  it('labels the card facts with an English colon in English and a Chinese one in Chinese', async () => {
    const colon = async (lang: string) => {
      const el = await mount(feeds['small-fair'], { attrs: { lang } });
      await click(el, itemOf(el, 'A-001'));
      return getComputedStyle(card(el)!.querySelector('.facts dt')!, '::after').content;
    };
    expect(await colon('en')).to.equal('": "');
    expect(await colon('zh-CN')).to.equal('"："');
  });
});

describe('<fair-booth-map> search as you type', () => {
  it('counts the matches above the list', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '软件');
    expect(text(part(el, 'count'))).to.equal('找到 3 个结果');
    expect(listLabels(el)).to.have.members(['A-001', 'A-007', 'B-004']);
  });

  it('finds a booth by its number', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), 'a-003');
    expect(listLabels(el)[0]).to.equal('A-003');
    expect(listNames(el)[0]).to.equal('华光电力集团');
  });

  it('shows why a position matched under the employer', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '储能');
    expect(listLabels(el)).to.deep.equal(['A-004']);
    expect(text(itemOf(el, 'A-004').querySelector('.meta'))).to.equal('能源 · 储能工程师');
  });

  it('says so when nothing matches', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '不存在的单位');
    expect(text(part(el, 'count'))).to.equal('没有找到匹配的单位或展位');
    expect(parts(el, 'item')).to.have.length(0);
  });

  it('highlights the matches on the floor and dims the rest', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '软件');
    expect(floor(el).hasAttribute('data-searching')).to.equal(true);
    expect(withAttr(el, 'data-match')).to.deep.equal(['A-001', 'A-007']);
  });

  it('shows how many matches each hall has on its button', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '软件');
    expect(hallButtons(el).map((b) => text(b.querySelector('.badge')))).to.deep.equal(['2', '1']);
  });

  it('search(text) does what typing does', async () => {
    const el = await mount(feeds['small-fair']);
    el.search('软件');
    await settle(el);
    expect(searchBox(el).value).to.equal('软件');
    expect(text(part(el, 'count'))).to.equal('找到 3 个结果');
    expect(withAttr(el, 'data-match')).to.deep.equal(['A-001', 'A-007']);
  });

  it('announces the number of matches politely once typing pauses', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await mount(feeds['small-fair']);
    expect(live(el).getAttribute('aria-live')).to.equal('polite');
    await typeInto(el, searchBox(el), '软');
    await clock.tickAsync(300);
    await typeInto(el, searchBox(el), '软件');
    await clock.tickAsync(300);
    await settle(el);
    expect(text(live(el)), 'still typing').to.equal('');
    await clock.tickAsync(1000);
    await settle(el);
    expect(text(live(el))).to.equal('找到 3 个结果');
  });

  it('does not make the list itself a live region', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, searchBox(el), '软件');
    expect(part(el, 'list')!.closest('[aria-live]')).to.equal(null);
    expect(part(el, 'count')!.closest('[aria-live]')).to.equal(null);
  });

  it('ends the search and its highlight with the clear button', async () => {
    const el = await mount(feeds['small-fair']);
    expect(part(el, 'clear')).to.equal(null);
    await typeInto(el, searchBox(el), '软件');
    await choose(el, filter<HTMLSelectElement>(el, 'industry'), 'it');
    await click(el, part(el, 'clear')!);
    expect(searchBox(el).value).to.equal('');
    expect(filter<HTMLSelectElement>(el, 'industry').value).to.equal('');
    expect(text(part(el, 'count'))).to.equal('共 12 个展位');
    expect(listLabels(el)).to.deep.equal(ALL_LABELS);
    expect(floor(el).hasAttribute('data-searching')).to.equal(false);
    expect(withAttr(el, 'data-match')).to.deep.equal([]);
    expect(part(el, 'clear')).to.equal(null);
  });
});

describe('<fair-booth-map> filters', () => {
  const options = (select: HTMLSelectElement) => [...select.options].map((o) => text(o));

  it('lists the industries with how many employers each has', async () => {
    const el = await mount(feeds['small-fair']);
    expect(options(filter<HTMLSelectElement>(el, 'industry'))).to.deep.equal([
      '全部',
      '信息技术 (7)',
      '能源 (5)',
    ]);
  });

  it('narrows the list to one industry', async () => {
    const el = await mount(feeds['small-fair']);
    await choose(el, filter<HTMLSelectElement>(el, 'industry'), 'energy');
    expect(text(part(el, 'count'))).to.equal('找到 5 个结果');
    expect(listLabels(el)).to.have.members(['A-003', 'A-004', 'A-005', 'B-001', 'B-003']);
  });

  it('counts each industry with the other filters applied', async () => {
    const el = await mount(feeds['small-fair']);
    await choose(el, filter<HTMLSelectElement>(el, 'type'), 'private');
    expect(options(filter<HTMLSelectElement>(el, 'industry'))).to.deep.equal([
      '全部',
      '信息技术 (5)',
      '能源 (2)',
    ]);
  });

  it('narrows the list to one employer type, named in words', async () => {
    const el = await mount(feeds['small-fair']);
    const type = filter<HTMLSelectElement>(el, 'type');
    expect(options(type)).to.include('国有企业 (2)');
    await choose(el, type, 'soe');
    expect(listLabels(el)).to.have.members(['A-003', 'A-007']);
  });

  it('narrows the list to positions open to my major, or to any major', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, filter<HTMLInputElement>(el, 'major'), '能源与动力');
    expect(listLabels(el)).to.have.members(['A-004', 'A-006', 'B-001', 'B-003', '无展位']);
  });

  it('combines the major with the industry', async () => {
    const el = await mount(feeds['small-fair']);
    await typeInto(el, filter<HTMLInputElement>(el, 'major'), '能源与动力');
    await choose(el, filter<HTMLSelectElement>(el, 'industry'), 'energy');
    expect(listLabels(el)).to.have.members(['A-004', 'B-001', 'B-003']);
  });

  it('narrows the list to positions open to my degree', async () => {
    const el = await mount(feeds['small-fair']);
    const degree = filter<HTMLSelectElement>(el, 'degree');
    expect(options(degree).some((o) => o.startsWith('博士'))).to.equal(true);
    await choose(el, degree, 'doctoral');
    expect(listLabels(el)).to.have.members(['A-005', 'A-006']);
  });

  it('dims the booths a filter leaves out', async () => {
    const el = await mount(feeds['small-fair']);
    await choose(el, filter<HTMLSelectElement>(el, 'industry'), 'energy');
    expect(withAttr(el, 'data-match')).to.deep.equal(['A-003', 'A-004', 'A-005']);
  });
});

describe('<fair-booth-map> choosing a booth', () => {
  it('opens the card with the name, booth number and hall', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    expect(cardTitle(el)).to.equal('星云软件科技有限公司');
    expect(text(card(el)!.querySelector('.where'))).to.equal('展位 A-001 · A馆 · 1 层');
  });

  it('shows the industry, region and employer type on the card', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    const facts = [...card(el)!.querySelectorAll('.facts > div')].map((f) => text(f));
    expect(facts).to.deep.equal(['行业 信息技术', '地区 北京', '单位性质 民营企业']);
  });

  it('lists the positions with openings, majors and degree', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    const positions = [...card(el)!.querySelectorAll('.positions li')].map((p) => text(p));
    expect(positions).to.deep.equal([
      '前端工程师 5 人 · 计算机科学与技术、软件工程 · 本科',
      '算法工程师 2 人 · 人工智能 · 硕士',
    ]);
  });

  it('says a position is open to any major when it lists none', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-006'));
    expect(text(card(el)!.querySelector('.positions li'))).to.equal('网络工程师 3 人 · 专业不限');
  });

  it('links the website, online application, video and live talk in a new tab', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    const links = [...card(el)!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => [text(a), a.href])).to.deep.equal([
      ['网申', 'https://jobs.example.com/nebula'],
      ['单位官网', 'https://nebula.example.com/'],
      ['宣传视频', 'https://video.example.com/nebula'],
      ['空中宣讲', 'https://live.example.com/nebula'],
    ]);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
    }
  });

  it('leaves out a javascript: link from the feed', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-002'));
    expect(cardTitle(el)).to.equal('远航数据服务有限公司');
    expect(card(el)!.querySelectorAll('a')).to.have.length(0);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('moves focus to the card heading', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    const heading = card(el)!.querySelector('h3')!;
    expect(root(el).activeElement).to.equal(heading);
    expect(text(heading)).to.equal('华光电力集团');
  });

  it('fires fair-booth-select with the booth and employer ids', async () => {
    const el = await mount(feeds['small-fair']);
    const spy = sinon.spy();
    el.addEventListener('fair-booth-select', spy);
    await click(el, itemOf(el, 'A-003'));
    expect(spy.callCount).to.equal(1);
    const event = spy.firstCall.args[0] as CustomEvent<FairBoothSelectDetail>;
    expect(event.detail).to.deep.equal({ boothId: 'A-003', employerId: 'e03' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('marks the chosen list item with aria-current', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    const current = parts(el, 'item').filter((i) => i.getAttribute('aria-current') === 'true');
    expect(current.map((i) => text(i.querySelector('.booth')))).to.deep.equal(['A-003']);
  });

  it('gives the chosen list item and the hall shown state parts for ::part() styling', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    expect(parts(el, 'item--current').map((i) => text(i.querySelector('.booth')))).to.deep.equal([
      'A-003',
    ]);
    expect(parts(el, 'hall--current').map((b) => text(b))).to.deep.equal(['A馆 · 1 层']);
  });

  it('reflects the choice in the selected attribute', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    expect(el.selected).to.equal('A-003');
    expect(el.getAttribute('selected')).to.equal('A-003');
  });

  it('rings the chosen booth on the floor', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    expect(withAttr(el, 'data-selected')).to.deep.equal(['A-003']);
    expect(floor(el).querySelector('.overlay .ring')).to.not.equal(null);
  });

  it('zooms and pans the map to the chosen booth', async () => {
    const el = await mount(feeds['small-fair']);
    const fitted = view(el);
    await click(el, itemOf(el, 'A-004'));
    const { x, y, scale } = view(el);
    expect(scale).to.be.greaterThan(fitted.scale);
    // A-004 is at (16, 4), 4 × 3: its centre is now at the centre of the viewport.
    const viewport = part(el, 'viewport')!;
    expect(x + 18 * scale).to.be.closeTo(viewport.clientWidth / 2, 1);
    expect(y + 5.5 * scale).to.be.closeTo(viewport.clientHeight / 2, 1);
  });

  it('shows the hall of a booth chosen in another hall', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'B-002'));
    expect(drawn(el)).to.deep.equal(HALL_B);
    expect(hallButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(withAttr(el, 'data-selected')).to.deep.equal(['B-002']);
  });

  it('chooses a booth clicked on the floor', async () => {
    const el = await mount(feeds['small-fair']);
    const box = booth(el, 'A-005').getBoundingClientRect();
    try {
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    } finally {
      await resetMouse();
    }
    await settle(el);
    expect(el.selected).to.equal('A-005');
    expect(cardTitle(el)).to.equal('中核能源研究院');
  });

  it('closes the card with its close button', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-003'));
    await click(el, buttonNamed(card(el), '关闭'));
    expect(card(el)).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(withAttr(el, 'data-selected')).to.deep.equal([]);
  });

  it('says a free booth is free', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-008'));
    expect(cardTitle(el)).to.equal('空闲展位');
    expect(card(el)!.querySelector('.positions')).to.equal(null);
    expect(text(card(el)!.querySelector('.where'))).to.equal('展位 A-008 · A馆 · 1 层');
  });

  it('shows an employer without a booth with 无展位 where the booth would be', async () => {
    const el = await mount(feeds['small-fair']);
    const spy = sinon.spy();
    el.addEventListener('fair-booth-select', spy);
    await click(el, itemOf(el, '无展位'));
    expect(cardTitle(el)).to.equal('启明管理咨询有限公司');
    expect(text(card(el)!.querySelector('.where'))).to.equal('无展位');
    expect(buttonNamed(card(el), '☆ 加入我的行程')).to.equal(undefined);
    expect((spy.firstCall.args[0] as CustomEvent).detail).to.deep.equal({
      boothId: undefined,
      employerId: 'e12',
    });
  });
});

describe('<fair-booth-map> focusBooth and selected', () => {
  it('focusBooth(id) shows a booth by its id', async () => {
    const el = await mount(feeds['small-fair']);
    el.focusBooth('B-003');
    await settle(el);
    expect(el.selected).to.equal('B-003');
    expect(cardTitle(el)).to.equal('绿源风电有限公司');
    expect(drawn(el)).to.deep.equal(HALL_B);
  });

  it('focusBooth(id) shows an employer’s booth by the employer id', async () => {
    const el = await mount(feeds['small-fair']);
    el.focusBooth('e03');
    await settle(el);
    expect(el.selected).to.equal('A-003');
    expect(cardTitle(el)).to.equal('华光电力集团');
  });

  it('focusBooth(id) called before the feed has loaded shows the booth once it has', async () => {
    fakeFetch({ '/feeds/small.json': { body: feeds['small-fair'], delay: 30 } });
    const el = document.createElement('fair-booth-map');
    el.setAttribute('lang', 'zh-CN');
    el.src = '/feeds/small.json';
    el.focusBooth('A-006');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
    wrapper.append(el);
    await until(el, () => el.dataset.state === 'ready' && card(el) !== null);
    expect(el.selected).to.equal('A-006');
    expect(cardTitle(el)).to.equal('云杉网络有限公司');
    expect(withAttr(el, 'data-selected')).to.deep.equal(['A-006']);
  });

  it('a selected attribute set by the page opens that booth', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { selected: 'B-001' } });
    expect(cardTitle(el)).to.equal('安和能源集团');
    expect(drawn(el)).to.deep.equal(HALL_B);
  });

  it('does not fire fair-booth-select on first render for a booth the page selected', async () => {
    const spy = sinon.spy();
    await mount(feeds['small-fair'], {
      attrs: { selected: 'B-001' },
      setup: (el) => el.addEventListener('fair-booth-select', spy),
    });
    expect(spy.called).to.equal(false);
  });

  it('does not fire fair-booth-select on first render for the booth in the URL hash', async () => {
    history.replaceState(null, '', '#booth=A-003');
    const spy = sinon.spy();
    const el = await mount(feeds['small-fair'], {
      attrs: { 'sync-url': '' },
      setup: (map) => map.addEventListener('fair-booth-select', spy),
    });
    expect(el.selected).to.equal('A-003');
    expect(spy.called).to.equal(false);
  });
});

describe('<fair-booth-map> keyboard, wheel and zoom buttons', () => {
  async function focusMap(el: FairBoothMap): Promise<void> {
    part(el, 'map')!.focus();
    expect(root(el).activeElement).to.equal(part(el, 'map'));
  }

  it('pans with the arrow keys on the focused map', async () => {
    const el = await mount(feeds['small-fair']);
    await focusMap(el);
    const start = view(el);
    await sendKeys({ press: 'ArrowLeft' });
    expect(view(el).x - start.x, 'ArrowLeft').to.be.closeTo(48, 0.01);
    await sendKeys({ press: 'ArrowRight' });
    expect(view(el).x, 'ArrowRight').to.be.closeTo(start.x, 0.01);
    await sendKeys({ press: 'ArrowUp' });
    expect(view(el).y - start.y, 'ArrowUp').to.be.closeTo(48, 0.01);
    await sendKeys({ press: 'ArrowDown' });
    expect(view(el).y, 'ArrowDown').to.be.closeTo(start.y, 0.01);
    expect(view(el).scale).to.equal(start.scale);
  });

  it('zooms in with + and out with −', async () => {
    const el = await mount(feeds['small-fair']);
    await focusMap(el);
    const start = view(el);
    await sendKeys({ press: '+' });
    expect(view(el).scale / start.scale, '+').to.be.closeTo(1.25, 1e-9);
    await sendKeys({ press: '-' });
    expect(view(el).scale / start.scale, '−').to.be.closeTo(1, 1e-9);
  });

  it('shows the whole hall again with 0', async () => {
    const el = await mount(feeds['small-fair']);
    await focusMap(el);
    const fitted = view(el);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(view(el).scale).to.be.greaterThan(fitted.scale);
    await sendKeys({ press: '0' });
    const after = view(el);
    expect(after.scale).to.be.closeTo(fitted.scale, 1e-9);
    expect(after.x).to.be.closeTo(fitted.x, 0.01);
    expect(after.y).to.be.closeTo(fitted.y, 0.01);
  });

  it('still zooms from the keyboard after being moved to another place in the page', async () => {
    const el = await mount(feeds['small-fair']);
    const elsewhere = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
    elsewhere.append(el);
    await settle(el);
    await focusMap(el);
    const start = view(el);
    await sendKeys({ press: '+' });
    expect(view(el).scale / start.scale).to.be.closeTo(1.25, 1e-9);
  });

  it('does not take the arrow keys from the page while the map is not focused', async () => {
    const el = await mount(feeds['small-fair']);
    const start = view(el);
    searchBox(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(view(el)).to.deep.equal(start);
  });

  it('zooms with the + and − buttons and fits with the third', async () => {
    const el = await mount(feeds['small-fair']);
    const zoom = part(el, 'zoom')!;
    const fitted = view(el);
    await click(el, buttonNamed(zoom, '放大'));
    expect(view(el).scale / fitted.scale).to.be.closeTo(1.5, 1e-9);
    await click(el, buttonNamed(zoom, '缩小'));
    expect(view(el).scale / fitted.scale).to.be.closeTo(1, 1e-9);
    await click(el, buttonNamed(zoom, '放大'));
    await click(el, buttonNamed(zoom, '显示全部'));
    expect(view(el).scale).to.be.closeTo(fitted.scale, 1e-9);
  });

  it('puts the zoom buttons in a bar above the plan, where they cover none of it', async () => {
    const el = await mount(feeds['small-fair'], { width: 360 });
    const viewport = part(el, 'viewport')!.getBoundingClientRect();
    for (const button of part(el, 'zoom')!.querySelectorAll('button')) {
      expect(button.getBoundingClientRect().bottom).to.be.at.most(viewport.top);
    }
  });

  it('leaves a plain wheel to the page: it is not cancelled and does not zoom', async () => {
    const el = await mount(feeds['small-fair']);
    const start = view(el);
    const wheel = new WheelEvent('wheel', {
      deltaY: -120,
      clientX: 100,
      clientY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    part(el, 'viewport')!.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
    expect(view(el)).to.deep.equal(start);
  });

  it('zooms with Ctrl + wheel and keeps that wheel from scrolling the page', async () => {
    const el = await mount(feeds['small-fair']);
    const start = view(el);
    const wheel = new WheelEvent('wheel', {
      deltaY: -120,
      ctrlKey: true,
      clientX: 100,
      clientY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    part(el, 'viewport')!.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(true);
    expect(view(el).scale).to.be.greaterThan(start.scale);
  });
});

describe('<fair-booth-map> deep links', () => {
  it('writes the chosen booth into the URL hash with sync-url', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { 'sync-url': '' } });
    await click(el, itemOf(el, 'A-002'));
    expect(location.hash).to.equal('#booth=A-002');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-002'));
    expect(location.hash).to.equal('');
  });

  it('opens on the booth named in the URL hash', async () => {
    history.replaceState(null, '', '#booth=A-003');
    const el = await mount(feeds['small-fair'], { attrs: { 'sync-url': '' } });
    expect(el.selected).to.equal('A-003');
    expect(cardTitle(el)).to.equal('华光电力集团');
    expect(withAttr(el, 'data-selected')).to.deep.equal(['A-003']);
  });

  it('follows a change of the URL hash', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { 'sync-url': '' } });
    history.replaceState(null, '', '#booth=B-004');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    expect(el.selected).to.equal('B-004');
    expect(cardTitle(el)).to.equal('蓝海软件有限公司');
  });

  it('copies a link to the booth and says so', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    await click(el, buttonNamed(card(el), '复制链接'));
    await until(el, () => text(card(el)!.querySelector('[role="status"]')) !== '', 10);
    const expected = new URL(location.href);
    expected.hash = 'booth=A-001';
    expect(writeText.calledOnceWith(expected.href)).to.equal(true);
    expect(text(card(el)!.querySelector('[role="status"]'))).to.equal('链接已复制');
  });

  it('shows the link in a read-only field when the clipboard refuses', async () => {
    sinon
      .stub(navigator.clipboard, 'writeText')
      .rejects(new DOMException('denied', 'NotAllowedError'));
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    await click(el, buttonNamed(card(el), '复制链接'));
    await until(el, () => card(el)!.querySelector('input[readonly]') !== null, 10);
    const field = card(el)!.querySelector<HTMLInputElement>('input[readonly]')!;
    const expected = new URL(location.href);
    expected.hash = 'booth=A-001';
    expect(field.value).to.equal(expected.href);
    expect(text(card(el)!.querySelector('[role="status"]'))).to.contain('无法复制');
  });
});

describe('<fair-booth-map> my plan', () => {
  it('lists a starred booth under 我的行程', async () => {
    const el = await mount(feeds['small-fair']);
    expect(plan(el)).to.equal(null);
    await click(el, itemOf(el, 'A-001'));
    const star = buttonNamed(card(el), '☆ 加入我的行程');
    await click(el, star);
    expect(star!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(star)).to.equal('★ 已加入行程');
    expect(text(plan(el)!.querySelector('h3'))).to.equal('我的行程 1');
    expect(planLabels(el)).to.deep.equal(['A-001']);
  });

  it('puts a star on a planned booth on the floor', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-002'));
    await click(el, buttonNamed(card(el), '☆ 加入我的行程'));
    expect(withAttr(el, 'data-starred')).to.deep.equal(['A-002']);
  });

  it('keeps the plan in localStorage per fair', async () => {
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    await click(el, buttonNamed(card(el), '☆ 加入我的行程'));
    await click(el, itemOf(el, 'B-002'));
    await click(el, buttonNamed(card(el), '☆ 加入我的行程'));
    expect(JSON.parse(localStorage.getItem(PLAN_KEY)!)).to.have.members(['A-001', 'B-002']);
  });

  it('restores the plan in a new element', async () => {
    localStorage.setItem(PLAN_KEY, JSON.stringify(['A-004', 'B-001']));
    const el = await mount(feeds['small-fair']);
    expect(planLabels(el)).to.deep.equal(['A-004', 'B-001']);
    expect(
      parts(el, 'item')
        .filter((i) => i.querySelector('.star'))
        .map((i) => text(i.querySelector('.booth'))),
    ).to.deep.equal(['A-004', 'B-001']);
  });

  it('lists the plan in walking order: hall by hall, row by row', async () => {
    localStorage.setItem(PLAN_KEY, JSON.stringify(['B-002', 'A-007', 'A-003', 'A-001', 'A-005']));
    const el = await mount(feeds['small-fair']);
    // Row 1 of hall A left to right, row 2 right to left, then hall B.
    expect(planLabels(el)).to.deep.equal(['A-001', 'A-003', 'A-007', 'A-005', 'B-002']);
  });

  it('removes a booth from the plan', async () => {
    localStorage.setItem(PLAN_KEY, JSON.stringify(['A-001', 'A-002']));
    const el = await mount(feeds['small-fair']);
    await click(el, buttonNamed(plan(el), '从行程中移除 星云软件科技有限公司'));
    expect(planLabels(el)).to.deep.equal(['A-002']);
    expect(JSON.parse(localStorage.getItem(PLAN_KEY)!)).to.deep.equal(['A-002']);
    expect(withAttr(el, 'data-starred')).to.deep.equal(['A-002']);
  });

  it('opens a planned booth from the plan', async () => {
    localStorage.setItem(PLAN_KEY, JSON.stringify(['B-003']));
    const el = await mount(feeds['small-fair']);
    await click(el, plan(el)!.querySelector<HTMLButtonElement>('.plan-item')!);
    expect(cardTitle(el)).to.equal('绿源风电有限公司');
  });

  it('prints the plan with the print button', async () => {
    const print = sinon.stub(window, 'print');
    localStorage.setItem(PLAN_KEY, JSON.stringify(['A-001']));
    const el = await mount(feeds['small-fair']);
    await click(el, buttonNamed(plan(el), '打印行程'));
    expect(print.calledOnce).to.equal(true);
  });

  it('ignores a plan saved for another fair', async () => {
    localStorage.setItem('fairkit:plan:autumn-2026', JSON.stringify(['A-001']));
    const el = await mount(feeds['small-fair']);
    expect(plan(el)).to.equal(null);
  });

  it('survives a corrupt saved plan', async () => {
    localStorage.setItem(PLAN_KEY, '{not json');
    const el = await mount(feeds['small-fair']);
    expect(plan(el)).to.equal(null);
    expect(drawn(el)).to.deep.equal(HALL_A);
  });
});

describe('<fair-booth-map> bad data', () => {
  it('draws the valid booths, leaving out one in an unknown hall', async () => {
    const el = await mount(feeds['bad-booths']);
    expect(el.dataset.state).to.equal('ready');
    expect(drawn(el)).to.deep.equal(['A-01', 'A-02', 'A-03', 'A-04', 'A-05']);
  });

  it('shows a booth whose employer is unknown as a free booth', async () => {
    const el = await mount(feeds['bad-booths']);
    expect(withAttr(el, 'data-free')).to.deep.equal(['A-05']);
  });

  it('reports booths outside their hall, overlapping booths and unknown references', async () => {
    const spy = sinon.spy();
    await mount(feeds['bad-booths'], {
      setup: (el) => el.addEventListener('fair-feed-load', spy),
    });
    expect(spy.callCount).to.equal(1);
    const { issues } = (spy.firstCall.args[0] as CustomEvent<FeedLoadEventDetail>).detail;
    const codes = issues.map((issue) => `${issue.code} ${issue.path}`);
    expect(codes).to.include.members([
      'outside-hall fairs[0].booths[1]',
      'booth-overlap fairs[0].booths[3]',
      'unknown-reference fairs[0].booths[4].hall',
      'unknown-reference fairs[0].booths[5].employer',
    ]);
  });

  it('never throws on booths with nonsense geometry', async () => {
    const feed = clone(feeds['bad-booths']);
    const fair = (feed.fairs as Raw[])[0]!;
    fair.booths = [
      ...(fair.booths as Raw[]),
      { id: 'N-1', hall: 'A', x: 'left', y: 1, w: 4, h: 3 },
      { id: 'N-2', hall: 'A', x: 1, y: 1, w: -4, h: 0 },
      { id: 'N-3', hall: 'A', x: 1e12, y: -1e12, w: 4, h: 3 },
      null,
      'A-99',
    ];
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await mount(feed);
      expect(el.dataset.state).to.equal('ready');
      expect(drawn(el)).to.include.members(['A-01', 'A-02', 'A-03', 'A-04', 'A-05']);
      el.search('A');
      el.focusBooth('N-3');
      await settle(el);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<fair-booth-map> feed text is data', () => {
  it('renders markup in employer names as text, creating no element', async () => {
    const feed = clone(feeds['small-fair']);
    const employers = feed.employers as Raw[];
    employers[0]!.name = '<img src=x onerror="window.__fairkitPwned=1">星云';
    employers[0]!.shortName = '<img src=x onerror="window.__fairkitPwned=1">';
    employers[1]!.name = '<script>window.__fairkitPwned=1</script>远航';
    const el = await mount(feed);
    el.focusBooth('A-001'); // zoomed in far enough to draw the names on the floor
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(el);
    expect(root(el).querySelector('img[src="x"], script')).to.equal(null);
    expect(floor(el).querySelector('img, script, foreignObject')).to.equal(null);
    expect(listNames(el).slice(0, 2)).to.deep.equal([
      '<img src=x onerror="window.__fairkitPwned=1">星云',
      '<script>window.__fairkitPwned=1</script>远航',
    ]);
    expect(cardTitle(el)).to.equal('<img src=x onerror="window.__fairkitPwned=1">星云');
    expect((window as { __fairkitPwned?: number }).__fairkitPwned).to.equal(undefined);
  });
});

describe('<fair-booth-map> small screens and big fairs', () => {
  it('fits 360 px without horizontal overflow, with the list below the map', async () => {
    const el = await mount(feeds['small-fair'], { width: 360 });
    await click(el, itemOf(el, 'A-001'));
    expect(el.clientWidth).to.equal(360);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const map = part(el, 'map')!.getBoundingClientRect();
    const results = part(el, 'results')!.getBoundingClientRect();
    expect(results.top).to.be.at.least(map.bottom);
  });

  it('puts the list beside the map when there is room', async () => {
    const el = await mount(feeds['small-fair'], { width: 1000 });
    const map = part(el, 'map')!.getBoundingClientRect();
    const results = part(el, 'results')!.getBoundingClientRect();
    expect(results.left).to.be.at.least(map.right);
  });

  /** One fair, one hall `width` × `height` m with `count` 2 × 2 m booths in rows, each with an employer. */
  function gridFair(count: number, width = 100, height = 50): Raw {
    const perRow = Math.floor((width - 2) / 3);
    const employers = Array.from({ length: count }, (_, i) => ({ id: `g${i}`, name: `单位${i}` }));
    const booths = employers.map((employer, i) => ({
      id: `A-${String(i + 1).padStart(3, '0')}`,
      hall: 'A',
      x: 1 + (i % perRow) * 3,
      y: 1 + Math.floor(i / perRow) * 3,
      w: 2,
      h: 2,
      employer: employer.id,
    }));
    return {
      version: 1,
      fairs: [
        {
          id: 'f',
          title: '双选会',
          start: '2027-03-22 09:00',
          end: '2027-03-22 16:00',
          halls: [{ id: 'A', name: 'A馆', width, height }],
          booths,
        },
      ],
      employers,
    };
  }

  it("makes the map as tall as the hall's shape needs at its width", async () => {
    const el = await mount(gridFair(20, 100, 50), { width: 700 });
    const viewport = part(el, 'viewport')!;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const em = parseFloat(getComputedStyle(viewport).fontSize);
    expect(viewport.clientHeight).to.be.closeTo(viewport.clientWidth * 0.5 + 2 * em, 2);
    expect(viewport.clientHeight).to.be.at.least(16 * rem);
  });

  it('keeps the map at least 16rem tall for a long, narrow hall on a phone', async () => {
    const el = await mount(gridFair(20, 120, 20), { width: 360 });
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(part(el, 'viewport')!.clientHeight).to.be.closeTo(16 * rem, 1);
  });

  it('lets --fair-booth-map-height set the height of the map', async () => {
    const el = await mount(gridFair(20, 100, 50), { width: 700 });
    el.style.setProperty('--fair-booth-map-height', '300px');
    expect(part(el, 'viewport')!.clientHeight).to.equal(300);
  });

  it('scrolls a long list inside the element below the map instead of growing the page', async () => {
    const el = await mount(gridFair(120), { width: 360 });
    const results = part(el, 'results')!;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(parts(el, 'item').length).to.equal(50);
    expect(results.clientHeight).to.be.closeTo(30 * rem, 1);
    expect(results.scrollHeight).to.be.greaterThan(results.clientHeight);
  });

  it('lets --fair-booth-map-list-height set how tall the list may grow', async () => {
    const el = await mount(gridFair(120), { width: 360 });
    el.style.setProperty('--fair-booth-map-list-height', '200px');
    expect(part(el, 'results')!.clientHeight).to.equal(200);
  });

  it('draws and searches the 1,227-employer fair in reasonable time', async function () {
    this.timeout(60_000);
    const response = await fetch(new URL('../fixtures/spring-fair.json', import.meta.url));
    const big = (await response.json()) as Raw;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
    const el = document.createElement('fair-booth-map');
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('fair', 'spring-2027');
    el.feed = big;

    const t0 = performance.now();
    wrapper.append(el);
    await settle(el);
    const t1 = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const t2 = performance.now();

    const hallA = (((big.fairs as Raw[])[0]!.booths as Raw[]) ?? []).filter(
      (b) => b.hall === 'A',
    ).length;
    expect(drawn(el)).to.have.length(hallA);
    expect(text(part(el, 'count'))).to.equal('共 1,247 个展位');
    expect(parts(el, 'item')).to.have.length(50);

    const keystrokes: number[] = [];
    let typed = '';
    for (const char of '电子信息') {
      typed += char;
      const start = performance.now();
      await typeInto(el, searchBox(el), typed);
      keystrokes.push(performance.now() - start);
    }
    const matches = Number(/\d[\d,]*/.exec(text(part(el, 'count')))?.[0].replace(/,/g, ''));
    expect(matches).to.be.greaterThan(0);
    expect(withAttr(el, 'data-match').length).to.be.greaterThan(0);

    const s0 = performance.now();
    el.search('A-012');
    await settle(el);
    const byNumber = performance.now() - s0;
    expect(listLabels(el)[0]).to.equal('A-012');

    console.log(
      `[fair-booth-map timing] 1,247 booths: parse + index + first render ${(t1 - t0).toFixed(0)} ms, ` +
        `to next frame ${(t2 - t0).toFixed(0)} ms; keystrokes ${keystrokes.map((k) => k.toFixed(1)).join(' / ')} ms ` +
        `(${matches} matches for “电子信息”); booth-number search ${byNumber.toFixed(1)} ms`,
    );
    expect(t1 - t0, 'first render (ms)').to.be.below(3000);
    expect(Math.max(...keystrokes), 'slowest keystroke (ms)').to.be.below(250);
  });
});

describe('<fair-booth-map> accessibility', () => {
  const ready: [
    string,
    () => unknown,
    MountOptions<FairBoothMap>?,
    ((el: FairBoothMap) => Promise<void>)?,
  ][] = [
    ['ready', () => feeds['small-fair']],
    ['ready, in English', () => feeds['small-fair'], { attrs: { lang: 'en' } }],
    ['no fair', () => ({ version: 1, fairs: [] })],
    ['the fair id is unknown', () => feeds['small-fair'], { attrs: { fair: 'nope' } }],
    ['the fair has no halls', () => feeds['no-halls']],
    ['bad booth data', () => feeds['bad-booths']],
    [
      'showing search results',
      () => feeds['small-fair'],
      {},
      async (el) => typeInto(el, searchBox(el), '软件'),
    ],
    [
      'showing search results in English',
      () => feeds['small-fair'],
      { attrs: { lang: 'en' } },
      async (el) => typeInto(el, searchBox(el), 'software'),
    ],
    [
      'a filter finds nothing',
      () => feeds['small-fair'],
      {},
      async (el) => typeInto(el, searchBox(el), '不存在的单位'),
    ],
    [
      'a booth card is open',
      () => feeds['small-fair'],
      {},
      async (el) => click(el, itemOf(el, 'A-001')),
    ],
    [
      'a booth card is open in English',
      () => feeds['small-fair'],
      { attrs: { lang: 'en' } },
      async (el) => click(el, itemOf(el, 'A-001')),
    ],
    [
      'a free booth card is open',
      () => feeds['small-fair'],
      {},
      async (el) => click(el, itemOf(el, 'A-008')),
    ],
    [
      'the card of an employer without a booth is open',
      () => feeds['small-fair'],
      {},
      async (el) => click(el, itemOf(el, '无展位')),
    ],
    [
      'the plan is shown',
      () => feeds['small-fair'],
      {},
      async (el) => {
        await click(el, itemOf(el, 'A-001'));
        await click(el, buttonNamed(card(el), '☆ 加入我的行程'));
      },
    ],
    [
      'the second hall is shown',
      () => feeds['small-fair'],
      {},
      async (el) => click(el, hallButtons(el)[1]),
    ],
    ['360 px wide', () => feeds['small-fair'], { width: 360 }],
  ];
  for (const [name, feed, options, act] of ready) {
    it(`passes axe when ${name}`, async () => {
      const el = await mount(feed(), options);
      await act?.(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while loading', async () => {
    fakeFetch({ '/feeds/never.json': 'hang' });
    const el = await fixture<FairBoothMap>(
      html`<fair-booth-map src="/feeds/never.json" lang="zh-CN"
        ><p>展位图见现场指引</p></fair-booth-map
      >`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe when the feed failed', async () => {
    feedLoaderConfig.retries = 0;
    fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
    try {
      const el = await fixture<FairBoothMap>(
        html`<fair-booth-map src="/feeds/missing.json" lang="zh-CN"></fair-booth-map>`,
      );
      await until(el, () => el.dataset.state === 'error');
      await expect(el).to.be.accessible();
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('passes axe when showing a cached copy', async () => {
    try {
      const el = await mountCached();
      await expect(el).to.be.accessible();
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('passes axe when the clipboard refused and the link is shown in a field', async () => {
    sinon
      .stub(navigator.clipboard, 'writeText')
      .rejects(new DOMException('denied', 'NotAllowedError'));
    const el = await mount(feeds['small-fair']);
    await click(el, itemOf(el, 'A-001'));
    await click(el, buttonNamed(card(el), '复制链接'));
    await until(el, () => card(el)!.querySelector('input[readonly]') !== null, 10);
    await expect(el).to.be.accessible();
  });

  it('makes the list a real list of buttons', async () => {
    const el = await mount(feeds['small-fair']);
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('ul');
    expect(
      parts(el, 'item').every(
        (i) => i.localName === 'button' && i.parentElement!.localName === 'li',
      ),
    ).to.equal(true);
  });

  it('labels the search box, the filters and the zoom buttons', async () => {
    const el = await mount(feeds['small-fair']);
    expect(text(searchBox(el).closest('label')!.querySelector('span'))).to.equal('搜索');
    for (const name of ['industry', 'type', 'major', 'degree']) {
      expect(text(filter(el, name).closest('label')!.querySelector('span')), name).to.not.equal('');
    }
    const zoom = [...part(el, 'zoom')!.querySelectorAll('button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(zoom).to.deep.equal(['放大', '缩小', '显示全部']);
  });
});

describe('<fair-booth-map> leaks', () => {
  it('leaves nothing behind after 200 maps were mounted and removed', async function () {
    this.timeout(60_000);
    const feed = feeds['small-fair'];
    await expectNoLeaks(
      () => {
        const el = document.createElement('fair-booth-map');
        el.setAttribute('sync-url', '');
        el.feed = feed;
        return el;
      },
      { times: 200 },
    );
  });

  it('leaves nothing behind after maps removed with a search announcement pending', async function () {
    this.timeout(60_000);
    const feed = feeds['small-fair'];
    await expectNoLeaks(
      () => {
        const el = document.createElement('fair-booth-map');
        el.feed = feed;
        el.search('软件');
        return el;
      },
      { times: 50 },
    );
  });

  it('stops following the URL hash once removed', async () => {
    const el = await mount(feeds['small-fair'], { attrs: { 'sync-url': '' } });
    history.replaceState(null, '', '#booth=A-005');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    expect(el.selected).to.equal('A-005');
    el.remove();
    history.replaceState(null, '', '#booth=A-006');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    expect(el.selected).to.equal('A-005');
  });

  it('removes the very hashchange listener it added', async () => {
    const add = sinon.spy(window, 'addEventListener');
    const remove = sinon.spy(window, 'removeEventListener');
    const el = await mount(feeds['small-fair'], { attrs: { 'sync-url': '' } });
    const added = add.getCalls().filter((c) => c.args[0] === 'hashchange');
    expect(added).to.have.length(1);
    el.remove();
    const removed = remove.getCalls().filter((c) => c.args[0] === 'hashchange');
    expect(removed.map((c) => c.args[1])).to.include(added[0]!.args[1]);
  });
});
