import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderConfig, resetFeedLoader } from '../../src/core/feed-loader.js';
import type { FairActivityTimeline } from '../../src/elements/fair-activity-timeline/fair-activity-timeline.js';
import { fakeFetch } from '../helpers/fetch.js';
import { expectFeedErrorShown } from '../helpers/feed-states.js';
import { mountElement, part, parts, settle, text, type MountOptions } from '../helpers/element.js';
import { expectNoLeaks } from '../helpers/leaks.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An instant written as a wall-clock time in Asia/Shanghai, the zone of every feed here. */
const sh = (wall: string): number => Date.parse(`${wall}+08:00`);

/** Thursday 2027-03-25, 11:00 in Shanghai: "短视频论坛" is live, "星云软件宣讲会" starts at 14:00. */
const NOW = sh('2027-03-25T11:00');

/** More than 80 characters: shown shortened until the visitor asks for the rest. */
const LONG =
  '星云软件2027届校园招聘宣讲会将介绍公司业务、研发岗位、培养体系与薪酬福利，现场开放简历投递与笔试预约，' +
  '并由往届校友分享入职第一年的成长经历，欢迎各专业同学参加。宣讲会后设置答疑环节，可与技术负责人面对面交流。';

/**
 * A feed as a page gives it (the element parses it; not tests/feed/helpers.ts's `feedOf`, which
 * uses `node:assert` and cannot run here). The series "six": two events ended, one cancelled, one
 * live at {@link NOW}, the electronics fair (an activity of kind `fair` standing for the fair of
 * that id), a camp over several days and a postponed visit — 7 events, 6 counted, the live one the
 * 3rd. Besides: a talk starting 3 hours after NOW, the spring fair and a talk at it, a late stream
 * on March 31 and a talk at 00:30 on April 1 (still March 31 in UTC), a workshop over three days.
 */
const MAIN = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  employers: [
    {
      id: 'nebula',
      name: { 'zh-CN': '星云软件有限公司', en: 'Nebula Software Ltd.' },
      shortName: { 'zh-CN': '星云软件', en: 'Nebula Software' },
    },
  ],
  series: [
    {
      id: 'six',
      title: { 'zh-CN': '六大主题活动', en: 'Six themed events' },
      description: {
        'zh-CN': '市校联合举办的六场主题就业活动',
        en: 'Six themed events run by the city and the university',
      },
    },
  ],
  fairs: [
    {
      id: 'spring',
      title: { 'zh-CN': '春季双选会', en: 'Spring Career Fair' },
      start: '2027-03-29T09:00',
      end: '2027-03-29T16:00',
      venue: { name: { 'zh-CN': '体育馆', en: 'Gymnasium' }, campus: '南校区' },
      url: 'https://career.example.edu.cn/fairs/spring',
    },
    {
      id: 'electronics',
      title: '电子信息行业专场招聘会',
      start: '2027-04-20T09:00',
      end: '2027-04-20T16:00',
      online: true,
      venue: { name: '电子楼' },
      url: 'https://career.example.edu.cn/fairs/electronics',
      liveUrl: 'https://live.example.cn/electronics',
    },
  ],
  activities: [
    {
      id: 'visits',
      title: { 'zh-CN': '走进名企', en: 'Visiting leading employers' },
      kind: 'visit',
      series: 'six',
      start: '2027-03-10T13:30',
      end: '2027-03-10T17:30',
      location: '松山湖园区',
      url: 'https://career.example.edu.cn/six/visits',
    },
    {
      id: 'forum-cancelled',
      title: { 'zh-CN': '就业政策解读会', en: 'Employment policy briefing' },
      kind: 'workshop',
      series: 'six',
      status: 'cancelled',
      start: '2027-03-18T14:00',
      end: '2027-03-18T16:00',
      location: '学术报告厅',
    },
    {
      id: 'contest',
      title: '企业宣讲暨模拟招聘大赛',
      kind: 'competition',
      series: 'six',
      employer: 'nebula',
      start: '2027-03-20T14:00',
      end: '2027-03-20T17:00',
      location: '学术报告厅',
      description: '先宣讲，后比赛',
    },
    {
      id: 'short-video',
      title: { 'zh-CN': '短视频论坛', en: 'Short-video forum' },
      kind: 'livestream',
      series: 'six',
      start: '2027-03-25T10:00',
      end: '2027-03-25T12:00',
      liveUrl: 'https://live.example.cn/forum',
    },
    {
      id: 'talk-nebula',
      title: { 'zh-CN': '星云软件宣讲会', en: 'Nebula Software talk' },
      kind: 'talk',
      employer: 'nebula',
      start: '2027-03-25T14:00',
      end: '2027-03-25T16:00',
      location: { 'zh-CN': '第一教学楼 101', en: 'Teaching Building 1, Room 101' },
      url: 'https://career.example.edu.cn/talks/nebula',
      description: LONG,
    },
    {
      id: 'spring-talk',
      title: '春季双选会开幕宣讲',
      kind: 'talk',
      fair: 'spring',
      start: '2027-03-29T10:00',
      end: '2027-03-29T11:00',
      location: '体育馆 A 区',
    },
    {
      id: 'late-stream',
      title: '深夜直播答疑',
      kind: 'livestream',
      start: '2027-03-31T23:30',
      end: '2027-03-31T23:55',
    },
    {
      id: 'midnight-talk',
      title: '零点宣讲',
      kind: 'talk',
      start: '2027-04-01T00:30',
      end: '2027-04-01T01:30',
      location: '线上会议室',
    },
    {
      id: 'career-week',
      title: '职业规划周',
      kind: 'workshop',
      start: '2027-04-05T09:00',
      end: '2027-04-07T16:00',
      location: '图书馆',
    },
    {
      id: 'electronics-fair',
      title: '电子信息行业专场招聘会',
      kind: 'fair',
      series: 'six',
      fair: 'electronics',
      start: '2027-04-20T09:00',
      end: '2027-04-20T16:00',
    },
    {
      id: 'summer-camp',
      title: '夏令营',
      kind: 'camp',
      series: 'six',
      start: '2027-07-08',
      end: '2027-07-12',
      location: '北校区',
    },
    {
      id: 'site-visit',
      title: '实地参访',
      kind: 'visit',
      series: 'six',
      status: 'postponed',
      start: '2027-07-20',
      location: '高新区',
    },
  ],
};

/** Every event of {@link MAIN} in timeline order. */
const ORDER = [
  'visits',
  'forum-cancelled',
  'contest',
  'short-video',
  'talk-nebula',
  'fair:spring',
  'spring-talk',
  'late-stream',
  'midnight-talk',
  'career-week',
  'electronics-fair',
  'summer-camp',
  'site-visit',
];

const SIX = [
  'visits',
  'forum-cancelled',
  'contest',
  'short-video',
  'electronics-fair',
  'summer-camp',
  'site-visit',
];

/** One talk on 2027-03-25 from 14:00 to 16:00 with a live stream: for the clock. */
const ONE = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  activities: [
    {
      id: 'talk',
      title: '宣讲会',
      kind: 'talk',
      start: '2027-03-25T14:00',
      end: '2027-03-25T16:00',
      liveUrl: 'https://live.example.cn/talk',
    },
  ],
};

/**
 * `past` events one a day from 2027-02-01 at 14:00 (all ended at {@link NOW}), then `next` one a
 * day from 2027-03-26 at 14:00 (all to come): the list has to scroll to reach what is next.
 */
function pastAndNext(past: number, next = 3) {
  const at = (start: number, i: number) => {
    const day = new Date(start + i * DAY).toISOString().slice(0, 10);
    return { start: `${day}T14:00`, end: `${day}T15:00` };
  };
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    activities: [
      ...Array.from({ length: past }, (_, i) => ({
        id: `past-${i + 1}`,
        title: `往期活动 ${i + 1}`,
        kind: 'workshop',
        location: '报告厅',
        ...at(Date.UTC(2027, 1, 1), i),
      })),
      ...Array.from({ length: next }, (_, i) => ({
        id: `next-${i + 1}`,
        title: `后续活动 ${i + 1}`,
        kind: 'talk',
        location: '报告厅',
        ...at(Date.UTC(2027, 2, 26), i),
      })),
    ],
  };
}

const MANY = pastAndNext(40);

const EMPTY = { version: 1, timeZone: 'Asia/Shanghai' };

let clock: sinon.SinonFakeTimers | undefined;

/** Fakes only the date, so that Lit, axe and the feed loader keep their real timers. */
function freeze(now: number): void {
  clock?.restore();
  clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
}

/** Fakes the date and the timeouts too: the shared clock's ticks run on `tick`. */
function freezeWithTimers(now: number): void {
  clock?.restore();
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

async function tick(el: FairActivityTimeline, ms: number): Promise<void> {
  await clock!.tickAsync(ms);
  await settle(el);
}

const mount = (feed: unknown, options: MountOptions<FairActivityTimeline> = {}) =>
  mountElement('fair-activity-timeline', feed, { width: 320, ...options });

const attrs = (a: Partial<Record<string, string>>) => ({ attrs: a });

const partIn = (scope: Element | null | undefined, name: string) =>
  scope?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** The events shown, in order. */
const events = (el: FairActivityTimeline) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id]'),
];
const ids = (el: FairActivityTimeline) => events(el).map((li) => li.dataset.id!);
const eventOf = (el: FairActivityTimeline, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
/** The text of part `name` in event `id`. */
const textOf = (el: FairActivityTimeline, id: string, name: string) =>
  text(partIn(eventOf(el, id), name));
const partsOf = (el: FairActivityTimeline, id: string) =>
  (eventOf(el, id)?.getAttribute('part') ?? '').split(' ');
const list = (el: FairActivityTimeline) => part(el, 'list')!;
/** The focused element inside the shadow root, as its event's id. */
const focused = (el: FairActivityTimeline) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id ?? null;

/** Whether `node` lies within the list's scroll box (to the pixel). */
function inListBox(el: FairActivityTimeline, node: Element | null): boolean {
  if (!node) return false;
  const box = list(el).getBoundingClientRect();
  const at = node.getBoundingClientRect();
  return (
    at.top >= box.top - 1 &&
    at.bottom <= box.bottom + 1 &&
    at.left >= box.left - 1 &&
    at.right <= box.right + 1
  );
}

/** Polls (real timers) until `done()` holds, settling in between. */
async function until(el: FairActivityTimeline, done: () => boolean, tries = 50): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

/** A timeline whose feed never answers. */
async function mountLoading(): Promise<FairActivityTimeline> {
  fakeFetch({ '/feeds/never.json': 'hang' });
  const el = await fixture<FairActivityTimeline>(
    html`<fair-activity-timeline src="/feeds/never.json" lang="zh-CN"
      ><p id="fb">六大主题活动日程</p></fair-activity-timeline
    >`,
  );
  await settle(el);
  return el;
}

/** A timeline whose feed answers 404. The caller restores `feedLoaderConfig.retries` to 2. */
async function mountMissing(): Promise<FairActivityTimeline> {
  feedLoaderConfig.retries = 0;
  fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
  const el = await fixture<FairActivityTimeline>(
    html`<fair-activity-timeline src="/feeds/missing.json" lang="zh-CN"
      ><p id="fb">六大主题活动日程</p></fair-activity-timeline
    >`,
  );
  await until(el, () => el.dataset.state === 'error');
  return el;
}

/** A timeline in a container that speaks `lang`, without a `lang` of its own. */
async function mountIn(lang: string, feed: unknown = MAIN): Promise<FairActivityTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: 320px"></div>`,
  );
  const el = document.createElement('fair-activity-timeline');
  el.feed = feed;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Waits for two frames: the page as drawn, months off screen sized by the browser. */
async function frames(el: FairActivityTimeline): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(el);
}

/** Lets a MutationObserver (the language watch) run, then the update it asks for. */
async function afterMutation(el: FairActivityTimeline): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(el);
}

/** Stubs the object URL and the anchor click that `downloadICS` goes through. */
function captureDownload() {
  const blobs: Blob[] = [];
  const create = sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:test/1';
  });
  const revoke = sinon.stub(URL, 'revokeObjectURL');
  const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
  /** The name of the n-th file saved. */
  const filename = (n = 0) => (click.getCall(n).thisValue as HTMLAnchorElement).download;
  /** The n-th file's text, its folded lines unfolded. */
  const ics = async (n = 0) => (await blobs[n]!.text()).replace(/\r\n[ \t]/g, '');
  return { blobs, create, revoke, click, filename, ics };
}

/** Makes the page far taller than the viewport (without moving the element), until `remove()`. */
function tallPage(): HTMLElement {
  const spacer = document.createElement('div');
  spacer.style.cssText = 'position: absolute; top: 0; left: 0; width: 1px; height: 5000px';
  document.body.append(spacer);
  return spacer;
}

const pageScroll = () => {
  const page = document.scrollingElement!;
  return { top: page.scrollTop, left: page.scrollLeft };
};

beforeEach(() => freeze(NOW));

afterEach(() => {
  // Remove the elements while the fake clock still runs: they unsubscribe from it.
  fixtureCleanup();
  clock?.restore();
  clock = undefined;
  sinon.restore();
  resetFeedLoader();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<fair-activity-timeline> months and days', () => {
  it('lists every event once, in the order they start', async () => {
    const el = await mount(MAIN);
    expect(ids(el)).to.deep.equal(ORDER);
  });

  it('heads each month with an h3 in Chinese', async () => {
    const el = await mount(MAIN);
    const months = parts(el, 'month');
    expect(months.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    expect(months.map((h) => text(h))).to.deep.equal(['2027年3月', '2027年4月', '2027年7月']);
  });

  it('heads each month in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(parts(el, 'month').map((h) => text(h))).to.deep.equal([
      'March 2027',
      'April 2027',
      'July 2027',
    ]);
  });

  it('heads each day with an h4 holding a machine-readable <time datetime>', async () => {
    const el = await mount(MAIN);
    const days = parts(el, 'day');
    expect(days.every((h) => h.localName === 'h4')).to.equal(true);
    expect(days.map((h) => h.querySelector('time')?.getAttribute('datetime'))).to.deep.equal([
      '2027-03-10',
      '2027-03-18',
      '2027-03-20',
      '2027-03-25',
      '2027-03-29',
      '2027-03-31',
      '2027-04-01',
      '2027-04-05',
      '2027-04-20',
      '2027-07-08',
      '2027-07-20',
    ]);
  });

  it('names the day with its date and weekday', async () => {
    const el = await mount(MAIN);
    const day = parts(el, 'day').find(
      (h) => h.querySelector('time')?.getAttribute('datetime') === '2027-03-25',
    );
    expect(text(day)).to.equal('3月25日周四');
  });

  it('puts the events of one day under that day, in the order they start', async () => {
    const el = await mount(MAIN);
    const day = eventOf(el, 'short-video')!.parentElement!.closest('li')!;
    expect(day.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-25');
    const inDay = [...day.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id);
    expect(inDay).to.deep.equal(['short-video', 'talk-nebula']);
  });

  it('lists an event at 23:30 in Shanghai on its Shanghai day', async () => {
    const el = await mount(MAIN);
    const li = eventOf(el, 'late-stream')!;
    const day = li.parentElement!.closest('li')!.querySelector('time')!;
    expect(day.getAttribute('datetime')).to.equal('2027-03-31');
    expect(text(li.closest('section')!.querySelector('h3'))).to.equal('2027年3月');
    expect(textOf(el, 'late-stream', 'time')).to.equal('23:30–23:55');
  });

  it('lists an event at 00:30 on April 1 in Shanghai (March 31 in UTC) under April 1', async () => {
    const el = await mount(MAIN);
    const li = eventOf(el, 'midnight-talk')!;
    const day = li.parentElement!.closest('li')!.querySelector('time')!;
    expect(day.getAttribute('datetime')).to.equal('2027-04-01');
    expect(text(li.closest('section')!.querySelector('h3'))).to.equal('2027年4月');
    expect(textOf(el, 'midnight-talk', 'time')).to.equal('00:30–01:30');
  });

  it('is an ordered list: each month an ol of days, each day an ol of events', async () => {
    const el = await mount(MAIN);
    for (const li of events(el)) {
      expect(li.localName, li.dataset.id).to.equal('li');
      expect(li.parentElement!.localName, li.dataset.id).to.equal('ol');
      const day = li.parentElement!.parentElement!;
      expect(day.localName, li.dataset.id).to.equal('li');
      expect(day.parentElement!.localName, li.dataset.id).to.equal('ol');
    }
    expect(el.shadowRoot!.querySelectorAll('ul').length).to.equal(0);
  });
});

describe('<fair-activity-timeline> an event', () => {
  it("links the title to the event's url", async () => {
    const el = await mount(MAIN);
    const title = partIn(eventOf(el, 'talk-nebula'), 'title')!;
    expect(text(title)).to.equal('星云软件宣讲会');
    expect(title.querySelector('a')!.href).to.equal('https://career.example.edu.cn/talks/nebula');
  });

  it('shows the title as text when the event has no url', async () => {
    const el = await mount(MAIN);
    const title = partIn(eventOf(el, 'late-stream'), 'title')!;
    expect(text(title)).to.equal('深夜直播答疑');
    expect(title.querySelector('a')).to.equal(null);
  });

  it('names the event by its title', async () => {
    const el = await mount(MAIN);
    const li = eventOf(el, 'talk-nebula')!;
    const label = el.shadowRoot!.getElementById(li.getAttribute('aria-labelledby')!);
    expect(text(label)).to.equal('星云软件宣讲会');
  });

  it('shows the kind as a word next to a decorative icon', async () => {
    const el = await mount(MAIN);
    const kind = partIn(eventOf(el, 'talk-nebula'), 'kind')!;
    expect(text(kind)).to.equal('宣讲会');
    const svg = kind.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('names each kind in Chinese', async () => {
    const el = await mount(MAIN);
    expect(
      ['visits', 'forum-cancelled', 'contest', 'short-video', 'summer-camp', 'fair:spring'].map(
        (id) => textOf(el, id, 'kind'),
      ),
    ).to.deep.equal(['参访', '讲座', '大赛', '直播', '训练营', '招聘会']);
  });

  it('names the kind in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'talk-nebula', 'kind')).to.equal('Talk');
    expect(textOf(el, 'short-video', 'kind')).to.equal('Live stream');
  });

  it("shows the time range in the feed's zone", async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'talk-nebula', 'time')).to.equal('14:00–16:00');
  });

  it('says 全天 for an event given as a date alone', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'site-visit', 'time')).to.equal('全天');
  });

  it('says All day in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'site-visit', 'time')).to.equal('All day');
  });

  it('shows both days and times of an event over several days', async () => {
    const el = await mount(MAIN);
    const time = textOf(el, 'career-week', 'time');
    expect(time).to.match(/^4月5日 0?9:00 – 4月7日 16:00$/);
  });

  it('shows the first and last day of a whole-day event over several days', async () => {
    const el = await mount(MAIN);
    const time = textOf(el, 'summer-camp', 'time');
    expect(time).to.match(/7月8日|7\/8/);
    expect(time).to.match(/12日|7\/12/);
    expect(time).to.not.equal('全天');
  });

  it('shows the location', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'talk-nebula', 'place')).to.equal('第一教学楼 101');
  });

  it('says 线上 for an online event without a location', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'short-video', 'place')).to.equal('线上');
  });

  it('says Online in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'short-video', 'place')).to.equal('Online');
  });

  it('names the employer holding a talk', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'talk-nebula', 'employer')).to.equal('主办：星云软件');
  });

  it('names the employer in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'talk-nebula', 'employer')).to.equal('By Nebula Software');
  });

  it('names no employer for an event nobody holds', async () => {
    const el = await mount(MAIN);
    expect(partIn(eventOf(el, 'short-video'), 'employer')).to.equal(null);
  });

  it('shows a short description whole, without a button', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'contest', 'description')).to.equal('先宣讲，后比赛');
    expect(partIn(eventOf(el, 'contest'), 'more')).to.equal(null);
  });

  it('shortens a long Chinese description to 40 characters, with a collapsed 展开 button controlling it', async () => {
    const el = await mount(MAIN);
    const description = partIn(eventOf(el, 'talk-nebula'), 'description')!;
    const more = partIn(description, 'more')!;
    expect(text(description)).to.equal(`${LONG.slice(0, 40)}… 展开`);
    expect(more.localName).to.equal('button');
    expect(text(more)).to.equal('展开');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(description.id);
  });

  it('shows the whole description after 展开, which becomes an expanded 收起', async () => {
    const el = await mount(MAIN);
    partIn(eventOf(el, 'talk-nebula'), 'more')!.click();
    await settle(el);
    const description = partIn(eventOf(el, 'talk-nebula'), 'description')!;
    const more = partIn(description, 'more')!;
    expect(text(description)).to.equal(`${LONG} 收起`);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('收起');
  });

  it('shortens the description again on 收起', async () => {
    const el = await mount(MAIN);
    partIn(eventOf(el, 'talk-nebula'), 'more')!.click();
    await settle(el);
    partIn(eventOf(el, 'talk-nebula'), 'more')!.click();
    await settle(el);
    expect(textOf(el, 'talk-nebula', 'description')).to.equal(`${LONG.slice(0, 40)}… 展开`);
  });

  it('says More in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'talk-nebula', 'more')).to.equal('More');
  });
});

describe('<fair-activity-timeline> statuses', () => {
  it('marks an event that is over as ended', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'visits')).to.include('event--ended');
    const status = partIn(eventOf(el, 'visits'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--ended');
    expect(text(status)).to.equal('已结束');
  });

  it('marks an event under way as live', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'short-video')).to.include('event--live');
    const status = partIn(eventOf(el, 'short-video'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--live');
    expect(text(status)).to.equal('进行中');
  });

  it('links a live event to its stream with 观看直播', async () => {
    const el = await mount(MAIN);
    const watch = partIn(eventOf(el, 'short-video'), 'watch') as HTMLAnchorElement;
    expect(watch.localName).to.equal('a');
    expect(watch.href).to.equal('https://live.example.cn/forum');
    expect(text(watch)).to.equal('观看直播');
  });

  it('says Watch in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'short-video', 'watch')).to.equal('Watch');
  });

  it('offers no stream link before the event starts', async () => {
    freeze(sh('2027-03-25T13:00'));
    const el = await mount(ONE);
    expect(partsOf(el, 'talk')).to.include('event--soon');
    expect(part(el, 'watch')).to.equal(null);
  });

  it('offers no stream link after the event ended', async () => {
    freeze(sh('2027-03-25T16:30'));
    const el = await mount(ONE);
    expect(partsOf(el, 'talk')).to.include('event--ended');
    expect(part(el, 'watch')).to.equal(null);
  });

  it('says an event starting within a day starts in 3 hours', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'talk-nebula')).to.include('event--soon');
    const status = partIn(eventOf(el, 'talk-nebula'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--soon');
    expect(text(status)).to.equal('3小时后开始');
  });

  it('says Starts in 3 hours in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'talk-nebula', 'status')).to.equal('Starts in 3 hours');
  });

  it('marks an event more than a day away as upcoming', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'fair:spring')).to.include('event--upcoming');
    const status = partIn(eventOf(el, 'fair:spring'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--upcoming');
    expect(text(status)).to.equal('未开始');
  });

  it('marks a postponed event postponed', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'site-visit')).to.include('event--postponed');
    const status = partIn(eventOf(el, 'site-visit'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--postponed');
    expect(text(status)).to.equal('已延期');
  });

  it('keeps a cancelled event, labelled 已取消', async () => {
    const el = await mount(MAIN);
    expect(partsOf(el, 'forum-cancelled')).to.include('event--cancelled');
    const status = partIn(eventOf(el, 'forum-cancelled'), 'status')!;
    expect(status.getAttribute('part')).to.equal('status status--cancelled');
    expect(text(status)).to.equal('已取消');
    expect(textOf(el, 'forum-cancelled', 'title')).to.equal('就业政策解读会');
  });

  it('strikes a cancelled event through', async () => {
    const el = await mount(MAIN);
    const title = partIn(eventOf(el, 'forum-cancelled'), 'title')!;
    expect(getComputedStyle(title).textDecorationLine).to.equal('line-through');
    const other = partIn(eventOf(el, 'visits'), 'title')!;
    expect(getComputedStyle(other).textDecorationLine).to.not.equal('line-through');
  });

  it('says Cancelled and Postponed in English', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    expect(textOf(el, 'forum-cancelled', 'status')).to.equal('Cancelled');
    expect(textOf(el, 'site-visit', 'status')).to.equal('Postponed');
  });

  it('keeps a cancelled event cancelled while its time comes and goes', async () => {
    freeze(sh('2027-03-18T15:00'));
    const el = await mount(MAIN);
    expect(partsOf(el, 'forum-cancelled')).to.include('event--cancelled');
    expect(partsOf(el, 'forum-cancelled')).to.not.include('event--live');
  });
});

describe('<fair-activity-timeline> statuses follow the clock', () => {
  it('counts the minutes down while an event starts soon', async () => {
    freezeWithTimers(sh('2027-03-25T13:58:30'));
    const el = await mount(ONE);
    expect(textOf(el, 'talk', 'status')).to.equal('2分钟后开始');
    await tick(el, 30 * SECOND);
    expect(textOf(el, 'talk', 'status')).to.equal('1分钟后开始');
  });

  it('turns live in the minute it starts, without a reload', async () => {
    freezeWithTimers(sh('2027-03-25T13:59:01'));
    const el = await mount(ONE);
    expect(partsOf(el, 'talk')).to.include('event--soon');
    await tick(el, 58 * SECOND);
    expect(partsOf(el, 'talk'), 'at 13:59:59').to.include('event--soon');
    await tick(el, SECOND);
    expect(partsOf(el, 'talk'), 'at 14:00:00').to.include('event--live');
    expect(textOf(el, 'talk', 'status')).to.equal('进行中');
    expect((partIn(eventOf(el, 'talk'), 'watch') as HTMLAnchorElement).href).to.equal(
      'https://live.example.cn/talk',
    );
  });

  it('turns ended in the minute it ends, and drops the stream link', async () => {
    freezeWithTimers(sh('2027-03-25T15:59:30'));
    const el = await mount(ONE);
    expect(partsOf(el, 'talk')).to.include('event--live');
    await tick(el, 30 * SECOND);
    expect(partsOf(el, 'talk')).to.include('event--ended');
    expect(textOf(el, 'talk', 'status')).to.equal('已结束');
    expect(part(el, 'watch')).to.equal(null);
    expect(part(el, 'calendar')).to.equal(null);
  });

  it('goes from starting soon through live to ended over an afternoon', async () => {
    freezeWithTimers(sh('2027-03-25T12:00'));
    const el = await mount(ONE);
    expect(textOf(el, 'talk', 'status')).to.equal('2小时后开始');
    await tick(el, 2 * HOUR + 30 * SECOND);
    expect(textOf(el, 'talk', 'status')).to.equal('进行中');
    await tick(el, 2 * HOUR);
    expect(textOf(el, 'talk', 'status')).to.equal('已结束');
  });

  it('moves aria-current to the next event when the live one ends', async () => {
    freezeWithTimers(sh('2027-03-25T11:59:30'));
    const el = await mount(MAIN);
    expect(eventOf(el, 'short-video')!.getAttribute('aria-current')).to.equal('true');
    await tick(el, 30 * SECOND);
    expect(eventOf(el, 'short-video')!.hasAttribute('aria-current')).to.equal(false);
    expect(eventOf(el, 'talk-nebula')!.getAttribute('aria-current')).to.equal('true');
  });

  it('stops listening to the clock once every event has ended', async () => {
    freezeWithTimers(sh('2027-03-25T15:59:30'));
    await mount(ONE);
    expect(clockStats().subscribers).to.equal(1);
    await clock!.tickAsync(30 * SECOND);
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('does not listen to the clock when every event has already ended', async () => {
    freeze(sh('2027-03-25T17:00'));
    await mount(ONE);
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('does not listen to the clock when only cancelled or postponed events remain', async () => {
    freeze(sh('2027-07-15T12:00'));
    await mount(MAIN, attrs({ series: 'six' }));
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });
});

describe('<fair-activity-timeline> series', () => {
  it("shows only the series' events", async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(ids(el)).to.deep.equal(SIX);
  });

  it("shows the series' title and description", async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(text(part(el, 'series-title'))).to.equal('六大主题活动');
    expect(text(part(el, 'series-description'))).to.equal('市校联合举办的六场主题就业活动');
  });

  it("names the list after the series' title", async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(list(el).getAttribute('aria-label')).to.equal('六大主题活动');
  });

  it('shows the progress through the series, cancelled events not counted', async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(text(part(el, 'progress'))).to.equal('第 3 / 6 场');
  });

  it('shows the progress in English', async () => {
    const el = await mount(MAIN, attrs({ series: 'six', lang: 'en' }));
    expect(text(part(el, 'series-title'))).to.equal('Six themed events');
    expect(text(part(el, 'progress'))).to.equal('Event 3 of 6');
  });

  it('counts the next event once the live one has ended', async () => {
    freeze(sh('2027-03-26T09:00'));
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(text(part(el, 'progress'))).to.equal('第 4 / 6 场');
  });

  it('says the whole series has ended when it has', async () => {
    freeze(sh('2027-08-01T09:00'));
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(text(part(el, 'progress'))).to.equal('共 6 场，已全部结束');
  });

  it('says the whole series has ended in English', async () => {
    freeze(sh('2027-08-01T09:00'));
    const el = await mount(MAIN, attrs({ series: 'six', lang: 'en' }));
    expect(text(part(el, 'progress'))).to.equal('All 6 events have ended');
  });

  it('shows no series header or progress without a series attribute', async () => {
    const el = await mount(MAIN);
    expect(part(el, 'series-title')).to.equal(null);
    expect(part(el, 'progress')).to.equal(null);
    expect(list(el).getAttribute('aria-label')).to.equal('活动日程');
  });

  it('names an unknown series in a problem note instead of a list', async () => {
    const el = await mount(MAIN, attrs({ series: 'seven' }));
    expect(text(part(el, 'problem'))).to.equal(
      '数据中没有 id 为“seven”的活动系列，请检查 series 属性。',
    );
    expect(part(el, 'list')).to.equal(null);
    expect(events(el)).to.deep.equal([]);
  });

  it('names an unknown series in English', async () => {
    const el = await mount(MAIN, attrs({ series: 'seven', lang: 'en' }));
    expect(text(part(el, 'problem'))).to.equal(
      'The feed has no activity series with id “seven”. Check the series attribute.',
    );
  });
});

describe('<fair-activity-timeline> filters', () => {
  it("shows only a fair's own event and its activities with fair", async () => {
    const el = await mount(MAIN, attrs({ fair: 'spring' }));
    expect(ids(el)).to.deep.equal(['fair:spring', 'spring-talk']);
  });

  it('shows only the kinds listed in kinds', async () => {
    const el = await mount(MAIN, attrs({ kinds: 'talk livestream' }));
    expect(ids(el)).to.deep.equal([
      'short-video',
      'talk-nebula',
      'spring-talk',
      'late-stream',
      'midnight-talk',
    ]);
  });

  it('takes kinds separated by commas', async () => {
    const el = await mount(MAIN, attrs({ kinds: 'camp,visit' }));
    expect(ids(el)).to.deep.equal(['visits', 'summer-camp', 'site-visit']);
  });

  it('combines series and kinds', async () => {
    const el = await mount(MAIN, attrs({ series: 'six', kinds: 'visit' }));
    expect(ids(el)).to.deep.equal(['visits', 'site-visit']);
  });

  it('follows a change of the filter', async () => {
    const el = await mount(MAIN);
    el.kinds = 'camp';
    await settle(el);
    expect(ids(el)).to.deep.equal(['summer-camp']);
  });

  it('shows the empty note when no event matches the filters', async () => {
    const el = await mount(MAIN, attrs({ fair: 'spring', kinds: 'camp' }));
    expect(text(part(el, 'empty'))).to.equal('暂无活动安排');
    expect(part(el, 'list')).to.equal(null);
  });
});

describe('<fair-activity-timeline> fairs', () => {
  it('shows a fair of the feed as an event of kind 招聘会, linked, at its venue', async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'fair:spring', 'kind')).to.equal('招聘会');
    expect(textOf(el, 'fair:spring', 'title')).to.equal('春季双选会');
    expect(partIn(eventOf(el, 'fair:spring'), 'title')!.querySelector('a')!.href).to.equal(
      'https://career.example.edu.cn/fairs/spring',
    );
    expect(textOf(el, 'fair:spring', 'place')).to.equal('体育馆');
    expect(textOf(el, 'fair:spring', 'time')).to.equal('09:00–16:00');
  });

  it('shows a fair once when an activity of kind fair stands for it', async () => {
    const el = await mount(MAIN);
    const titled = parts(el, 'title').filter((t) => text(t) === '电子信息行业专场招聘会');
    expect(titled).to.have.length(1);
    expect(eventOf(el, 'fair:electronics')).to.equal(null);
    expect(eventOf(el, 'electronics-fair')).to.not.equal(null);
  });

  it("gives the activity standing for a fair the fair's venue, link and online", async () => {
    const el = await mount(MAIN);
    expect(textOf(el, 'electronics-fair', 'kind')).to.equal('招聘会');
    expect(textOf(el, 'electronics-fair', 'place')).to.equal('电子楼 · 线上');
    expect(partIn(eventOf(el, 'electronics-fair'), 'title')!.querySelector('a')!.href).to.equal(
      'https://career.example.edu.cn/fairs/electronics',
    );
  });

  it('shows no fair when filtered to a series', async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    expect(ids(el).filter((id) => id.startsWith('fair:'))).to.deep.equal([]);
  });
});

describe('<fair-activity-timeline> where it opens', () => {
  it('marks the live event, and only it, aria-current and event--current', async () => {
    const el = await mount(MAIN);
    const current = events(el).filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.map((li) => li.dataset.id)).to.deep.equal(['short-video']);
    expect(parts(el, 'event--current').map((li) => li.dataset.id)).to.deep.equal(['short-video']);
    expect(events(el).filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);
  });

  it('marks the next event current when none is live', async () => {
    const el = await mount(MANY);
    const current = events(el).filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.map((li) => li.dataset.id)).to.deep.equal(['next-1']);
    expect(parts(el, 'event--current').map((li) => li.dataset.id)).to.deep.equal(['next-1']);
  });

  it('marks the last event current when all have ended', async () => {
    freeze(sh('2027-06-01T09:00'));
    const el = await mount(MANY);
    expect(parts(el, 'event--current').map((li) => li.dataset.id)).to.deep.equal(['next-3']);
  });

  it('opens with the list scrolled past many ended events to the next one', async () => {
    const el = await mount(MANY);
    await frames(el);
    expect(list(el).scrollTop).to.be.greaterThan(0);
    expect(inListBox(el, eventOf(el, 'next-1')), 'next-1 within the list').to.equal(true);
    expect(inListBox(el, eventOf(el, 'past-1')), 'past-1 within the list').to.equal(false);
  });

  it('opens with the live event within the list', async () => {
    const el = await mount(MAIN);
    await frames(el);
    expect(inListBox(el, eventOf(el, 'short-video'))).to.equal(true);
  });

  it("shows the current event's day heading just under the sticky month heading", async () => {
    const el = await mount(MAIN);
    await frames(el);
    const month = parts(el, 'month')[0]!.getBoundingClientRect();
    const day = eventOf(el, 'short-video')!.parentElement!.closest('li')!.querySelector('h4')!;
    expect(list(el).scrollTop, 'the list scrolled').to.be.greaterThan(0);
    expect(month.top, 'the month heading at the top').to.be.closeTo(
      list(el).getBoundingClientRect().top,
      1,
    );
    expect(day.getBoundingClientRect().top).to.be.at.least(month.bottom - 1);
    expect(inListBox(el, day)).to.equal(true);
  });

  it('opens on the first event, under its day, when nothing has started yet', async () => {
    freeze(sh('2027-01-01T09:00'));
    const el = await mount(MANY);
    await frames(el);
    expect(parts(el, 'event--current').map((li) => li.dataset.id)).to.deep.equal(['past-1']);
    expect(inListBox(el, parts(el, 'day')[0]!)).to.equal(true);
    expect(inListBox(el, eventOf(el, 'past-1'))).to.equal(true);
  });

  it('does not scroll the page when opening scrolled', async () => {
    const spacer = tallPage();
    try {
      const el = await mount(MANY);
      await frames(el);
      expect(list(el).scrollTop).to.be.greaterThan(0);
      expect(pageScroll()).to.deep.equal({ top: 0, left: 0 });
    } finally {
      spacer.remove();
    }
  });
});

/**
 * 300 events, two a day from 2027-01-01 at 10:00 and 15:00 (to 2027-05-30): more than the first
 * paint takes, over five months, with {@link NOW} in March.
 */
const SEASON = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  activities: Array.from({ length: 300 }, (_, i) => {
    const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 2) * DAY).toISOString().slice(0, 10);
    const hour = i % 2 ? '15' : '10';
    return {
      id: `s-${i + 1}`,
      title: `系列活动 ${i + 1}`,
      kind: 'talk',
      start: `${day}T${hour}:00`,
      end: `${day}T${hour}:45`,
    };
  }),
};

/** The months whose days are rendered. */
const monthsShown = (el: FairActivityTimeline) =>
  parts(el, 'month')
    .filter((h) => h.nextElementSibling!.children.length > 0)
    .map((h) => text(h));

/** Appends a timeline of `feed` and waits for its first frame, not for the rest to fill in. */
async function firstFrame(feed: unknown, attributes: Record<string, string> = {}) {
  const el = document.createElement('fair-activity-timeline');
  el.lang = 'zh-CN';
  el.style.width = '320px';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  document.body.append(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

describe('<fair-activity-timeline> a long list', () => {
  let el: FairActivityTimeline | undefined;
  afterEach(() => el?.remove());

  it('renders the current month and the next in its first frame', async () => {
    el = await firstFrame(SEASON);
    expect(monthsShown(el)).to.deep.equal(['2027年3月', '2027年4月']);
    expect(parts(el, 'month').map((h) => text(h))).to.have.length(5);
    expect(parts(el, 'event--current').map((li) => li.dataset.id)).to.deep.equal(['s-168']);
  });

  it('renders every month once the first frame is painted', async () => {
    el = await firstFrame(SEASON);
    await el.updateComplete;
    expect(events(el)).to.have.length(300);
    expect(monthsShown(el)).to.have.length(5);
  });

  it('keeps the event in view where it was while the months before it fill in', async () => {
    // Without the browser's scroll anchoring, as in Safari.
    const noAnchoring = document.createElement('style');
    noAnchoring.textContent = 'fair-activity-timeline::part(list) { overflow-anchor: none }';
    document.head.append(noAnchoring);
    try {
      el = await firstFrame(SEASON);
      const before = eventOf(el, 's-168')!.getBoundingClientRect().top;
      expect(list(el).scrollTop, 'opened scrolled to the current event').to.be.greaterThan(0);
      await el.updateComplete;
      expect(eventOf(el, 's-168')!.getBoundingClientRect().top).to.be.closeTo(before, 1);
      expect(inListBox(el, eventOf(el, 's-168'))).to.equal(true);
    } finally {
      noAnchoring.remove();
    }
  });

  it('keeps the event in view where it was in the strip while the days before it fill in', async () => {
    // Without scroll anchoring or re-snapping to the day it was snapped to, which browsers vary in.
    const noAnchoring = document.createElement('style');
    noAnchoring.textContent =
      'fair-activity-timeline::part(list) { overflow-anchor: none; scroll-snap-type: none }';
    document.head.append(noAnchoring);
    try {
      el = await firstFrame(SEASON, { layout: 'horizontal' });
      const before = eventOf(el, 's-168')!.getBoundingClientRect().left;
      expect(list(el).scrollLeft, 'opened scrolled to the current event').to.be.greaterThan(0);
      await el.updateComplete;
      expect(eventOf(el, 's-168')!.getBoundingClientRect().left).to.be.closeTo(before, 1);
      expect(inListBox(el, eventOf(el, 's-168'))).to.equal(true);
    } finally {
      noAnchoring.remove();
    }
  });

  it('renders a list of fewer events whole in its first frame', async () => {
    el = await firstFrame(MANY);
    expect(events(el)).to.have.length(43);
  });

  it('renders the month of a deep-linked event first', async () => {
    history.replaceState(null, '', '#activity=s-3');
    el = await firstFrame(SEASON, { 'sync-url': '' });
    expect(monthsShown(el)).to.deep.equal(['2027年1月', '2027年2月']);
    expect(inListBox(el, eventOf(el, 's-3'))).to.equal(true);
  });

  it('renders everything at once when the hash names an event not rendered yet', async () => {
    el = await firstFrame(SEASON, { 'sync-url': '' });
    location.hash = 'activity=s-299';
    await oneEvent(window, 'hashchange');
    await settle(el);
    expect(events(el)).to.have.length(300);
    expect(eventOf(el, 's-299')).to.have.attribute('part').that.contains('event--target');
  });

  it('renders nothing more while removed before the rest filled in, and all of it when back', async () => {
    el = await firstFrame(SEASON);
    const first = events(el).length;
    el.remove();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(events(el)).to.have.length(first);
    document.body.append(el);
    await el.updateComplete;
    expect(events(el)).to.have.length(300);
  });
});

describe('<fair-activity-timeline> keyboard', () => {
  it('lets script focus each event, without making it a tab stop', async () => {
    const el = await mount(MAIN);
    expect(events(el).map((li) => li.getAttribute('tabindex'))).to.deep.equal(
      ORDER.map(() => '-1'),
    );
  });

  it('moves to the next event with ArrowDown', async () => {
    const el = await mount(MAIN);
    eventOf(el, 'contest')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('short-video');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('talk-nebula');
  });

  it('moves to the previous event with ArrowUp', async () => {
    const el = await mount(MAIN);
    eventOf(el, 'short-video')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('contest');
  });

  it('moves across days and months with the arrows', async () => {
    const el = await mount(MAIN);
    eventOf(el, 'late-stream')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('midnight-talk');
  });

  it('moves to the first event with Home and the last with End', async () => {
    const el = await mount(MAIN);
    eventOf(el, 'short-video')!.focus();
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('site-visit');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('visits');
  });

  it('stays on the last event at ArrowDown', async () => {
    const el = await mount(MAIN);
    eventOf(el, 'site-visit')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('site-visit');
  });

  it('keeps the focused event in view within the list', async () => {
    const el = await mount(MANY);
    eventOf(el, 'next-1')!.focus();
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('past-1');
    expect(inListBox(el, eventOf(el, 'past-1'))).to.equal(true);
  });

  describe('in the horizontal layout', () => {
    before(() => setViewport({ width: 1280, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('moves to the next event with ArrowRight and back with ArrowLeft', async () => {
      const el = await mount(MAIN, { width: 1000, attrs: { layout: 'horizontal' } });
      eventOf(el, 'contest')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal('short-video');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal('contest');
    });

    it('moves with ArrowRight in a wide container without a layout attribute', async () => {
      const el = await mount(MAIN, { width: 1000 });
      eventOf(el, 'visits')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal('forum-cancelled');
    });
  });
});

describe('<fair-activity-timeline> layout', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  /** How the first two days of {@link MAIN} sit: one under the other, or side by side. */
  function arrangement(el: FairActivityTimeline): 'vertical' | 'horizontal' {
    const a = eventOf(el, 'visits')!.getBoundingClientRect();
    const b = eventOf(el, 'forum-cancelled')!.getBoundingClientRect();
    if (b.top >= a.bottom - 1 && Math.abs(b.left - a.left) < 1) return 'vertical';
    if (b.left >= a.right - 1 && Math.abs(b.top - a.top) < 1) return 'horizontal';
    throw new Error(`neither: ${JSON.stringify([a, b])}`);
  }

  it('lays events out in a vertically scrolling list in a 320 px container', async () => {
    const el = await mount(MAIN, { width: 320 });
    expect(arrangement(el)).to.equal('vertical');
    expect(getComputedStyle(list(el)).overflowY).to.equal('auto');
    expect(list(el).scrollHeight).to.be.greaterThan(list(el).clientHeight);
  });

  it('lays days out side by side in a sideways scrolling list in a 1000 px container', async () => {
    const el = await mount(MAIN, { width: 1000 });
    await frames(el);
    expect(arrangement(el)).to.equal('horizontal');
    expect(getComputedStyle(list(el)).overflowX).to.equal('auto');
    expect(getComputedStyle(list(el)).overflowY).to.equal('hidden');
    expect(list(el).scrollWidth).to.be.greaterThan(list(el).clientWidth);
  });

  it('opens the horizontal list scrolled sideways to the live event', async () => {
    const el = await mount(MAIN, { width: 1000 });
    await frames(el);
    expect(list(el).scrollLeft).to.be.greaterThan(0);
    expect(inListBox(el, eventOf(el, 'short-video'))).to.equal(true);
  });

  it('stays vertical in a 1000 px container with layout="vertical"', async () => {
    const el = await mount(MAIN, { width: 1000, attrs: { layout: 'vertical' } });
    expect(arrangement(el)).to.equal('vertical');
    expect(getComputedStyle(list(el)).overflowY).to.equal('auto');
    expect(part(el, 'base')!.getAttribute('part')).to.equal('base base--vertical');
  });

  it('goes horizontal in a 320 px container with layout="horizontal"', async () => {
    const el = await mount(MAIN, { width: 320, attrs: { layout: 'horizontal' } });
    expect(arrangement(el)).to.equal('horizontal');
    expect(part(el, 'base')!.getAttribute('part')).to.equal('base base--horizontal');
  });

  it('reflects the layout property to its attribute', async () => {
    const el = await mount(MAIN);
    el.layout = 'horizontal';
    await settle(el);
    expect(el.getAttribute('layout')).to.equal('horizontal');
    expect(arrangement(el)).to.equal('horizontal');
  });

  it('follows the width of its container when it changes', async () => {
    const el = await mount(MAIN, { width: 320 });
    el.parentElement!.style.width = '1000px';
    await frames(el);
    expect(arrangement(el)).to.equal('horizontal');
  });
});

describe('<fair-activity-timeline> deep links (sync-url)', () => {
  it('gives each event a link to #activity=<id>', async () => {
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    expect(events(el).map((li) => partIn(li, 'link')?.getAttribute('href') ?? null)).to.deep.equal(
      ORDER.map((id) => `#activity=${encodeURIComponent(id)}`),
    );
  });

  it('names each deep link after its event', async () => {
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    const link = partIn(eventOf(el, 'visits'), 'link')!;
    expect(link.getAttribute('aria-label')).to.equal('走进名企 的链接');
    expect(text(link)).to.equal('链接');
  });

  it("keeps the booth map's booth= in the hash when its deep link is followed", async () => {
    history.replaceState(null, '', '#booth=A-001');
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    const link = partIn(eventOf(el, 'site-visit'), 'link')!;
    link.click();
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('booth')).to.equal('A-001');
    expect(params.get('activity')).to.equal('site-visit');
  });

  it('has no deep links without sync-url', async () => {
    const el = await mount(MAIN);
    expect(parts(el, 'link')).to.deep.equal([]);
  });

  it('marks the event named in the hash as the target when it opens', async () => {
    history.replaceState(null, '', '#activity=site-visit');
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    expect(parts(el, 'event--target').map((li) => li.dataset.id)).to.deep.equal(['site-visit']);
  });

  it('opens with the list scrolled to the event named in the hash', async () => {
    history.replaceState(null, '', '#activity=past-5');
    const el = await mount(MANY, attrs({ 'sync-url': '' }));
    await frames(el);
    expect(inListBox(el, eventOf(el, 'past-5')), 'past-5 within the list').to.equal(true);
    expect(inListBox(el, eventOf(el, 'next-1')), 'next-1 within the list').to.equal(false);
  });

  it('ignores the hash without sync-url', async () => {
    history.replaceState(null, '', '#activity=site-visit');
    const el = await mount(MAIN);
    expect(parts(el, 'event--target')).to.deep.equal([]);
  });

  it('moves the target to the event a hashchange names, and focuses it', async () => {
    history.replaceState(null, '', '#activity=site-visit');
    const el = await mount(MANY, attrs({ 'sync-url': '' }));
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#activity=past-5';
    await changed;
    await settle(el);
    expect(parts(el, 'event--target').map((li) => li.dataset.id)).to.deep.equal(['past-5']);
    expect(focused(el)).to.equal('past-5');
    expect(inListBox(el, eventOf(el, 'past-5'))).to.equal(true);
  });

  it('targets the event whose deep link was followed', async () => {
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    const changed = oneEvent(window, 'hashchange');
    partIn(eventOf(el, 'contest'), 'link')!.click();
    await changed;
    await settle(el);
    expect(location.hash).to.equal('#activity=contest');
    expect(parts(el, 'event--target').map((li) => li.dataset.id)).to.deep.equal(['contest']);
  });

  it('follows the hash again once put back in the page', async () => {
    const el = await mount(MAIN, attrs({ 'sync-url': '' }));
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#activity=visits';
    await changed;
    await settle(el);
    expect(parts(el, 'event--target').map((li) => li.dataset.id)).to.deep.equal(['visits']);
  });
});

describe('<fair-activity-timeline> add to calendar', () => {
  it('offers 添加到日历 on an event still to come', async () => {
    const el = await mount(MAIN);
    const button = partIn(eventOf(el, 'talk-nebula'), 'calendar')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('添加到日历');
  });

  it('downloads an .ics with the event, its title and its uid', async () => {
    const el = await mount(MAIN);
    const download = captureDownload();
    partIn(eventOf(el, 'talk-nebula'), 'calendar')!.click();
    expect(download.click.calledOnce).to.equal(true);
    expect(download.filename()).to.equal('talk-nebula.ics');
    expect(download.blobs[0]!.type).to.contain('text/calendar');
    const ics = await download.ics();
    expect(ics.match(/BEGIN:VEVENT\r\n/g)).to.have.length(1);
    expect(ics).to.contain('SUMMARY:星云软件宣讲会\r\n');
    expect(ics).to.contain(`UID:activity-talk-nebula@${location.hostname}\r\n`);
    expect(ics).to.contain('DTSTART:20270325T060000Z\r\n');
    expect(ics).to.contain('DTEND:20270325T080000Z\r\n');
    expect(ics).to.contain('LOCATION:第一教学楼 101\r\n');
    expect(ics).to.contain('STATUS:CONFIRMED\r\n');
  });

  it("gives a fair's event the fair's uid, as the countdown does", async () => {
    const el = await mount(MAIN);
    const download = captureDownload();
    partIn(eventOf(el, 'fair:spring'), 'calendar')!.click();
    expect(download.filename()).to.equal('fair-spring.ics');
    const ics = await download.ics();
    expect(ics).to.contain(`UID:spring@${location.hostname}\r\n`);
    expect(ics).to.contain('LOCATION:体育馆\\, 南校区\r\n');
  });

  it('writes the event in the language shown', async () => {
    const el = await mount(MAIN, attrs({ lang: 'en' }));
    const download = captureDownload();
    partIn(eventOf(el, 'talk-nebula'), 'calendar')!.click();
    expect(await download.ics()).to.contain('SUMMARY:Nebula Software talk\r\n');
  });

  it('offers no calendar button on an ended or a cancelled event', async () => {
    const el = await mount(MAIN);
    for (const id of ['visits', 'contest', 'forum-cancelled']) {
      expect(partIn(eventOf(el, id), 'calendar'), id).to.equal(null);
    }
    for (const id of ['short-video', 'talk-nebula', 'fair:spring', 'site-visit']) {
      expect(partIn(eventOf(el, id), 'calendar'), id).to.not.equal(null);
    }
  });

  it('saves the whole series, cancelled events included, as one file with 全部添加到日历', async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    const all = part(el, 'calendar-all')!;
    expect(text(all)).to.equal('全部添加到日历');
    const download = captureDownload();
    all.click();
    expect(download.click.calledOnce).to.equal(true);
    expect(download.filename()).to.equal('six.ics');
    const ics = await download.ics();
    const uids = [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(uids).to.deep.equal(SIX.map((id) => `activity-${id}@${location.hostname}`));
    const cancelled = ics
      .split('BEGIN:VEVENT')
      .find((block) => block.includes('UID:activity-forum-cancelled@'))!;
    expect(cancelled).to.contain('STATUS:CANCELLED\r\n');
    expect(cancelled).to.contain('SUMMARY:就业政策解读会\r\n');
    expect(ics.match(/STATUS:CANCELLED/g)).to.have.length(1);
  });

  it('saves every event shown as one file without a series', async () => {
    const el = await mount(MAIN, attrs({ kinds: 'talk' }));
    const download = captureDownload();
    part(el, 'calendar-all')!.click();
    expect(download.filename()).to.equal('activities.ics');
    const ics = await download.ics();
    expect([...ics.matchAll(/^UID:activity-([^@]*)@/gm)].map((m) => m[1])).to.deep.equal([
      'talk-nebula',
      'spring-talk',
      'midnight-talk',
    ]);
  });

  it('says Add to calendar and Add all to calendar in English', async () => {
    const el = await mount(MAIN, attrs({ series: 'six', lang: 'en' }));
    expect(textOf(el, 'short-video', 'calendar')).to.equal('Add to calendar');
    expect(text(part(el, 'calendar-all'))).to.equal('Add all to calendar');
  });
});

describe('<fair-activity-timeline> loading, empty and errors', () => {
  it('shows 暂无活动安排 when the feed has no activities', async () => {
    const el = await mount(EMPTY);
    expect(text(part(el, 'empty'))).to.equal('暂无活动安排');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'calendar-all')).to.equal(null);
  });

  it('says No activities are scheduled in English', async () => {
    const el = await mount(EMPTY, attrs({ lang: 'en' }));
    expect(text(part(el, 'empty'))).to.equal('No activities are scheduled');
  });

  it('shows a loading note and the light-DOM fallback while the feed loads', async () => {
    const el = await mountLoading();
    expect(el.dataset.state).to.equal('loading');
    expect(text(part(el, 'status--loading'))).to.equal('正在加载…');
    expect(el.querySelector('#fb')!.getClientRects().length).to.be.greaterThan(0);
    expect(part(el, 'list')).to.equal(null);
  });

  it('shows a failed feed as an alert naming the URL and the status, and keeps the fallback', async () => {
    try {
      const el = await mountMissing();
      expectFeedErrorShown(el, '/feeds/missing.json', '404');
      expect(part(el, 'list')).to.equal(null);
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });

  it('shows the events of a feed loaded from src', async () => {
    fakeFetch({ '/feeds/six.json': { body: MAIN } });
    const el = await fixture<FairActivityTimeline>(
      html`<fair-activity-timeline
        src="/feeds/six.json"
        series="six"
        lang="zh-CN"
      ></fair-activity-timeline>`,
    );
    await until(el, () => el.dataset.state === 'ready');
    expect(ids(el)).to.deep.equal(SIX);
  });
});

describe('<fair-activity-timeline> language', () => {
  it('takes its language from an ancestor', async () => {
    const el = await mountIn('en');
    expect(text(part(el, 'month'))).to.equal('March 2027');
    expect(textOf(el, 'short-video', 'status')).to.equal('Live now');
  });

  it("re-renders in English once an ancestor's lang changes to en", async () => {
    const el = await mountIn('zh-CN');
    expect(text(part(el, 'month'))).to.equal('2027年3月');
    el.parentElement!.setAttribute('lang', 'en');
    await afterMutation(el);
    expect(text(part(el, 'month'))).to.equal('March 2027');
    expect(textOf(el, 'talk-nebula', 'status')).to.equal('Starts in 3 hours');
    expect(textOf(el, 'talk-nebula', 'title')).to.equal('Nebula Software talk');
    expect(list(el).getAttribute('aria-label')).to.equal('Activities');
  });
});

describe('<fair-activity-timeline> accessibility', () => {
  it('puts the list in a region named 活动日程', async () => {
    const el = await mount(MAIN);
    expect(list(el).getAttribute('role')).to.equal('region');
    expect(list(el).getAttribute('aria-label')).to.equal('活动日程');
  });

  it('names the list after its label attribute', async () => {
    const el = await mount(MAIN, attrs({ label: '本周活动' }));
    expect(list(el).getAttribute('aria-label')).to.equal('本周活动');
  });

  it('has no live region', async () => {
    const el = await mount(MAIN, attrs({ series: 'six' }));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[aria-live]').length).to.equal(0);
    expect(
      root.querySelectorAll('[role="status"], [role="alert"], [role="log"], [role="timer"]').length,
    ).to.equal(0);
  });

  it('announces nothing when a status changes', async () => {
    freezeWithTimers(sh('2027-03-25T13:59:30'));
    const el = await mount(ONE);
    await tick(el, 30 * SECOND);
    expect(partsOf(el, 'talk')).to.include('event--live');
    expect(el.shadowRoot!.querySelectorAll('[aria-live], [role="status"]').length).to.equal(0);
  });

  const states: [string, unknown, MountOptions<FairActivityTimeline>?][] = [
    ['the vertical list', MAIN],
    ['the horizontal list', MAIN, { width: 1000 }],
    ['a series', MAIN, attrs({ series: 'six' })],
    ['the list in English', MAIN, attrs({ lang: 'en' })],
    ['many events', MANY],
    ['deep links', MAIN, attrs({ 'sync-url': '' })],
    ['no activities', EMPTY],
    ['an unknown series', MAIN, attrs({ series: 'seven' })],
  ];

  describe('passes axe', () => {
    before(() => setViewport({ width: 1280, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [name, feed, options] of states) {
      it(`when showing ${name}`, async () => {
        const el = await mount(feed, options);
        await expect(el).to.be.accessible();
      });
    }

    it('with a description expanded', async () => {
      const el = await mount(MAIN);
      partIn(eventOf(el, 'talk-nebula'), 'more')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('while loading', async () => {
      const el = await mountLoading();
      await expect(el).to.be.accessible();
    });

    it('when the feed failed', async () => {
      try {
        const el = await mountMissing();
        await expect(el).to.be.accessible();
      } finally {
        feedLoaderConfig.retries = 2;
      }
    });
  });

  describe("in dark mode, on a page that follows the visitor's scheme", () => {
    before(async () => {
      await setViewport({ width: 1280, height: 800 });
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
    });
    after(async () => {
      document.documentElement.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
      await setViewport({ width: 800, height: 600 });
    });

    it('shows light text on dark', async () => {
      const el = await mount(MAIN);
      expect(getComputedStyle(part(el, 'base')!).color).to.equal('rgb(236, 230, 228)');
    });

    for (const [name, feed, options] of states.slice(0, 3)) {
      it(`passes axe, contrast included, when showing ${name}`, async () => {
        const el = await mount(feed, options);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with a description expanded', async () => {
      const el = await mount(MAIN);
      partIn(eventOf(el, 'talk-nebula'), 'more')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<fair-activity-timeline> timers and leaks', () => {
  it('leaves the shared clock when removed', async () => {
    const el = await mount(MAIN);
    expect(clockStats().subscribers).to.equal(1);
    el.remove();
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('listens to the clock again when put back in the page', async () => {
    const el = await mount(MAIN);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    expect(clockStats().subscribers).to.equal(1);
  });

  it('leaves nothing behind after 500 timelines were mounted and removed', async function () {
    this.timeout(60_000);
    clock!.restore();
    clock = undefined;
    // Real time: events still to come keep each element subscribed to the clock while mounted.
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const feed = {
      version: 1,
      timeZone: 'Asia/Shanghai',
      series: [{ id: 's', title: '系列' }],
      activities: [
        { id: 'a', title: '往期', series: 's', start: at(-2 * DAY), end: at(-2 * DAY + HOUR) },
        {
          id: 'b',
          title: '直播',
          kind: 'livestream',
          series: 's',
          start: at(-HOUR),
          end: at(HOUR),
          liveUrl: 'https://live.example.cn/b',
        },
        {
          id: 'c',
          title: '宣讲',
          kind: 'talk',
          series: 's',
          start: at(3 * HOUR),
          end: at(4 * HOUR),
        },
      ],
    };
    await expectNoLeaks(
      () => {
        const el = document.createElement('fair-activity-timeline');
        el.feed = feed;
        el.series = 's';
        el.syncUrl = true;
        return el;
      },
      { times: 500 },
    );
  });
});
