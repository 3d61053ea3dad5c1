import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { clockStats } from '../../src/core/clock.js';
import { feedLoaderConfig, resetFeedLoader } from '../../src/core/feed-loader.js';
import type { FairPlacementBadge } from '../../src/elements/fair-placement-badge/fair-placement-badge.js';
import { fakeFetch } from '../helpers/fetch.js';
import { expectFeedErrorShown } from '../helpers/feed-states.js';
import { mountElement, part, parts, settle, text, type MountOptions } from '../helpers/element.js';
import { expectNoLeaks } from '../helpers/leaks.js';

/** A placement figure as a webmaster writes it; `asOf` is a date in the feed's zone (Shanghai). */
const fig = (cohort: string, asOf: string, rate: number, extra: object = {}) => ({
  cohort,
  asOf,
  rate,
  ...extra,
});

/**
 * A feed as a page gives it (the element parses it): only placement figures. Not
 * tests/feed/helpers.ts's `feedOf`, which parses in Node (`node:assert`) and cannot run here.
 */
const feedWith = (placement: object[]) => ({ version: 1, timeZone: 'Asia/Shanghai', placement });

const SOURCE = {
  source: { 'zh-CN': '学校就业质量报告', en: 'Graduate Employment Report' },
  sourceUrl: 'https://career.example.edu.cn/report.pdf',
};

/**
 * Two spring seasons. Overall: 55.2% on 2024-03-20 against 52% on 2023-03-18 (+3.2 points);
 * undergraduates 60.1% against 62.1% (−2.0); master's graduates 70% both years (the same).
 */
const SPRING = feedWith([
  fig('2023', '2023-01-10', 0.3),
  fig('2023', '2023-03-18', 0.52, { graduates: 8000, placed: 4160 }),
  fig('2023', '2023-06-01', 0.8),
  fig('2024', '2024-01-12', 0.33),
  fig('2024', '2024-03-20', 0.552, { graduates: 8412, placed: 4643, ...SOURCE }),
  fig('2023', '2023-03-20', 0.621, { scope: 'undergraduate' }),
  fig('2024', '2024-03-20', 0.601, { scope: 'undergraduate' }),
  fig('2023', '2023-03-20', 0.7, { scope: 'master' }),
  fig('2024', '2024-03-20', 0.7, { scope: 'master' }),
]);

/** 55.2% on 2024-03-20; last year's only figure is on `before`. */
const againstOne = (before: string) =>
  feedWith([fig('2023', before, 0.4), fig('2024', '2024-03-20', 0.552)]);

/** A moment of 2024-03-25 in Shanghai: dates of 2024 are this year's. */
const NOW = Date.parse('2024-03-25T10:00:00+08:00');

const VARIANTS = ['badge', 'ring', 'card'] as const;

let clock: sinon.SinonFakeTimers | undefined;

/** Fakes only the date, so that Lit, axe and the feed loader keep their real timers. */
function freeze(now: number): void {
  clock?.restore();
  clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
}

const mount = (feed: unknown, options: MountOptions<FairPlacementBadge> = {}) =>
  mountElement('fair-placement-badge', feed, { width: 480, ...options });

const attrs = (a: Partial<Record<string, string>>) => ({ attrs: a });

/** Clicks "数据说明 / About this figure" open, when the element has it. */
async function openAbout(el: FairPlacementBadge): Promise<void> {
  part(el, 'summary')?.click();
  await settle(el);
}

/** Mounts the element and opens its "about this figure". */
async function opened(feed: unknown, options: MountOptions<FairPlacementBadge> = {}) {
  const el = await mount(feed, options);
  await openAbout(el);
  return el;
}

/** What a screen reader reads of `node`: its text without `aria-hidden` subtrees. */
function spoken(node: Node | null | undefined): string {
  const walk = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE
      ? n.textContent!
      : n instanceof Element && n.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...n.childNodes].map(walk).join('');
  return node ? walk(node).replace(/\s+/g, ' ').trim() : '';
}

/** What a sighted reader sees of `node`: its text without visually hidden (1 × 1 px) elements. */
function seen(node: Node | null | undefined): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent!;
    if (n instanceof Element) {
      const box = n.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return '';
    }
    return [...n.childNodes].map(walk).join('');
  };
  return node ? walk(node).replace(/\s+/g, ' ').trim() : '';
}

/** Whether `node` is drawn on the page (not in an unassigned slot, not hidden). */
const visible = (node: Element | null | undefined) => node?.checkVisibility() ?? false;

/** The whole shadow root's text. */
const all = (el: FairPlacementBadge) => text(el.shadowRoot as unknown as Element);

/** The paragraphs of the "about this figure" disclosure. */
const about = (el: FairPlacementBadge) =>
  [...part(el, 'details')!.querySelectorAll('.about > p')].map((p) => text(p));

/** Polls (real timers) until `done()` holds, settling in between. */
async function until(el: FairPlacementBadge, done: () => boolean, tries = 50): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

/** A badge whose feed never answers. */
async function mountLoading(): Promise<FairPlacementBadge> {
  fakeFetch({ '/feeds/never.json': 'hang' });
  const el = await fixture<FairPlacementBadge>(
    html`<fair-placement-badge src="/feeds/never.json" lang="zh-CN"
      ><p id="fb">2024届毕业生去向落实率 55.2%</p></fair-placement-badge
    >`,
  );
  await settle(el);
  return el;
}

/** A badge whose feed answers 404. The caller restores `feedLoaderConfig.retries` to 2. */
async function mountMissing(lang = 'zh-CN'): Promise<FairPlacementBadge> {
  feedLoaderConfig.retries = 0;
  fakeFetch({ '/feeds/missing.json': { status: 404, body: 'Not Found' } });
  const el = await fixture<FairPlacementBadge>(
    html`<fair-placement-badge src="/feeds/missing.json" lang=${lang}
      ><p id="fb">2024届毕业生去向落实率 55.2%</p></fair-placement-badge
    >`,
  );
  await until(el, () => el.dataset.state === 'error');
  return el;
}

/** A badge in a container that speaks `lang`, without a `lang` of its own. */
async function mountIn(lang: string, feed: unknown = SPRING): Promise<FairPlacementBadge> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('fair-placement-badge');
  el.feed = feed;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Lets a MutationObserver (the language watch) run, then the update it asks for. */
async function afterMutation(el: FairPlacementBadge): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(el);
}

/** `toSVG()` parsed as an XML document; fails the test when it is not well-formed. */
function svgOf(el: FairPlacementBadge, variant?: (typeof VARIANTS)[number]): XMLDocument {
  const out = variant ? el.toSVG(variant) : el.toSVG();
  expect(out, 'toSVG()').to.be.a('string');
  expect(out!.startsWith('<svg')).to.equal(true);
  const doc = new DOMParser().parseFromString(out!, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'XML parse error').to.equal(null);
  return doc;
}

beforeEach(() => freeze(NOW));

afterEach(() => {
  clock?.restore();
  clock = undefined;
  sinon.restore();
  resetFeedLoader();
});

describe('<fair-placement-badge> the figure', () => {
  it("shows the latest cohort's overall rate as a percentage with one decimal", async () => {
    const el = await mount(SPRING);
    expect(text(part(el, 'value'))).to.equal('55.2%');
  });

  it('labels the figure with the cohort in Chinese', async () => {
    const el = await mount(SPRING);
    expect(text(part(el, 'label'))).to.equal('2024届毕业生去向落实率');
  });

  it('labels the figure with the class in English', async () => {
    const el = await mount(SPRING, attrs({ lang: 'en' }));
    expect(text(part(el, 'label'))).to.equal('Class of 2024 placement rate');
  });

  it("names the cohort with the feed's label", async () => {
    const el = await mount(feedWith([fig('2024', '2024-03-20', 0.552, { label: '2024届' })]));
    expect(text(part(el, 'label'))).to.equal('2024届去向落实率');
  });

  it("shows the label attribute instead of the feed's label", async () => {
    const feed = feedWith([fig('2024', '2024-03-20', 0.552, { label: '2024届' })]);
    const el = await mount(feed, attrs({ label: '本校毕业生去向落实率' }));
    expect(text(part(el, 'label'))).to.equal('本校毕业生去向落实率');
  });

  it('dates the figure "截至 3月20日" with a machine-readable <time datetime>', async () => {
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    const date = part(el, 'date')!;
    expect(date.localName).to.equal('time');
    expect(date.getAttribute('datetime')).to.equal('2024-03-20');
    expect(text(date)).to.equal('截至 3月20日');
  });

  it('dates the figure "as of March 20" in English', async () => {
    const el = await mount(SPRING, attrs({ variant: 'ring', lang: 'en' }));
    expect(text(part(el, 'date'))).to.equal('as of March 20');
  });

  it('shows the year of a date that is not in the current year', async () => {
    freeze(Date.parse('2025-01-05T10:00:00+08:00'));
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    expect(text(part(el, 'date'))).to.equal('截至 2024年3月20日');
  });

  it('tells screen readers the date in the compact badge', async () => {
    const el = await mount(SPRING);
    expect(spoken(part(el, 'pill'))).to.contain('截至 3月20日');
  });

  it('fires fair-feed-load when the feed is ready', async () => {
    const el = document.createElement('fair-placement-badge');
    el.feed = SPRING;
    const loaded = oneEvent(el, 'fair-feed-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const event = await loaded;
    expect(event.detail.feed.placement).to.have.length(9);
  });

  it('shows the new figure when its feed property changes', async () => {
    const el = await mount(SPRING);
    el.feed = feedWith([fig('2025', '2025-03-20', 0.613)]);
    await settle(el);
    expect(text(part(el, 'value'))).to.equal('61.3%');
    expect(text(part(el, 'label'))).to.equal('2025届毕业生去向落实率');
    expect(part(el, 'change')).to.equal(null);
  });

  it('hides the light-DOM fallback once the feed is ready', async () => {
    const el = await fixture<FairPlacementBadge>(
      html`<fair-placement-badge .feed=${SPRING} lang="zh-CN"
        ><p id="fb">fallback</p></fair-placement-badge
      >`,
    );
    await settle(el);
    expect(el.dataset.state).to.equal('ready');
    expect(visible(el.querySelector('#fb'))).to.equal(false);
  });
});

describe('<fair-placement-badge> comparison with the same time last year', () => {
  it('shows a rise as ▲ and signed points, marked change--up', async () => {
    const el = await mount(SPRING);
    const change = part(el, 'change')!;
    expect(change.getAttribute('part')).to.contain('change--up');
    expect(seen(change)).to.equal('▲ +3.2');
  });

  it('says the rise in words to screen readers', async () => {
    const el = await mount(SPRING);
    expect(spoken(part(el, 'change'))).to.equal('高于去年同期 3.2 个百分点');
  });

  it('says the rise in English', async () => {
    const el = await mount(SPRING, attrs({ lang: 'en' }));
    expect(spoken(part(el, 'change'))).to.equal('3.2 points higher than the same time last year');
  });

  it('shows a fall as ▼ and negative points, marked change--down', async () => {
    const el = await mount(SPRING, attrs({ scope: 'undergraduate' }));
    const change = part(el, 'change')!;
    expect(change.getAttribute('part')).to.contain('change--down');
    expect(seen(change)).to.match(/^▼ [-−]2\.0$/);
    expect(spoken(change)).to.equal('低于去年同期 2.0 个百分点');
  });

  it('shows an equal figure as = and 0.0, marked change--same', async () => {
    const el = await mount(SPRING, attrs({ scope: 'master' }));
    const change = part(el, 'change')!;
    expect(change.getAttribute('part')).to.contain('change--same');
    expect(seen(change)).to.equal('= 0.0');
    expect(spoken(change)).to.equal('与去年同期持平');
  });

  it('shows the arrow, signed points and words on the card', async () => {
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    const change = part(el, 'change')!;
    expect(change.getAttribute('part')).to.contain('change--up');
    expect(text(change.querySelector('[part~="arrow"]'))).to.equal('▲');
    expect(seen(change)).to.equal('▲ +3.2 个百分点 · 高于去年同期');
  });

  it("hides the comparison when last year's nearest figure is 22 days from the same date", async () => {
    const el = await mount(againstOne('2023-02-27'), attrs({ variant: 'card' }));
    expect(parts(el, 'change')).to.have.length(0);
    expect(parts(el, 'arrow')).to.have.length(0);
  });

  it("compares with last year's figure 21 days from the same date", async () => {
    const el = await mount(againstOne('2023-02-28'));
    expect(spoken(part(el, 'change'))).to.equal('高于去年同期 15.2 个百分点');
  });

  it('compares with a figure 22 days away when compare-window="30"', async () => {
    const el = await mount(againstOne('2023-02-27'), attrs({ 'compare-window': '30' }));
    expect(spoken(part(el, 'change'))).to.equal('高于去年同期 15.2 个百分点');
  });

  it('says there is nothing to compare with when the feed has no previous cohort', async () => {
    const el = await opened(
      feedWith([fig('2024', '2024-03-20', 0.552)]),
      attrs({ variant: 'ring' }),
    );
    expect(part(el, 'change')).to.equal(null);
    expect(part(el, 'meter')!.getAttribute('aria-valuetext')).to.equal('55.2%');
    expect(about(el)).to.contain('暂无去年同期数据可比较');
  });

  it('does not compare with an older cohort when last year is missing', async () => {
    const el = await mount(
      feedWith([fig('2022', '2022-03-20', 0.5), fig('2024', '2024-03-20', 0.552)]),
    );
    expect(part(el, 'change')).to.equal(null);
  });
});

describe('<fair-placement-badge> cohort and scope', () => {
  it('shows the cohort named by the cohort attribute, with its year when not this year', async () => {
    const el = await mount(SPRING, attrs({ cohort: '2023', variant: 'card' }));
    expect(text(part(el, 'label'))).to.equal('2023届毕业生去向落实率');
    expect(text(part(el, 'value'))).to.equal('80%');
    expect(text(part(el, 'date'))).to.equal('截至 2023年6月1日');
  });

  it('follows a change of the cohort attribute', async () => {
    const el = await mount(SPRING);
    el.setAttribute('cohort', '2023');
    await settle(el);
    expect(text(part(el, 'value'))).to.equal('80%');
  });

  it('adds the scope to the label: 本科生', async () => {
    const el = await mount(SPRING, attrs({ scope: 'undergraduate' }));
    expect(text(part(el, 'label'))).to.equal('2024届毕业生去向落实率 · 本科生');
    expect(text(part(el, 'value'))).to.equal('60.1%');
  });

  it('adds the scope to the label in English: undergraduates', async () => {
    const el = await mount(SPRING, attrs({ scope: 'undergraduate', lang: 'en' }));
    expect(text(part(el, 'label'))).to.equal('Class of 2024 placement rate · undergraduates');
  });
});

describe('<fair-placement-badge> variants', () => {
  it('is a pill by default, and says so in its variant attribute', async () => {
    const el = await mount(SPRING);
    expect(el.getAttribute('variant')).to.equal('badge');
    expect(part(el, 'base')!.getAttribute('part')).to.contain('base--badge');
    expect(text(part(el, 'pill'))).to.contain('55.2%');
  });

  it('reflects the variant property to its attribute', async () => {
    const el = await mount(SPRING);
    el.variant = 'card';
    await settle(el);
    expect(el.getAttribute('variant')).to.equal('card');
    expect(part(el, 'base')!.getAttribute('part')).to.contain('base--card');
  });

  it('falls back to the badge for an unknown variant', async () => {
    const el = await mount(SPRING, attrs({ variant: 'donut' }));
    expect(part(el, 'base')!.getAttribute('part')).to.contain('base--badge');
    expect(part(el, 'pill')).to.not.equal(null);
  });

  it('is a meter from 0 to 100 at the rate in the ring variant', async () => {
    const el = await mount(SPRING, attrs({ variant: 'ring' }));
    const meter = part(el, 'meter')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('100');
    expect(meter.getAttribute('aria-valuenow')).to.equal('55.2');
  });

  it("says the figure and the comparison in the ring's aria-valuetext", async () => {
    const el = await mount(SPRING, attrs({ variant: 'ring' }));
    const valuetext = part(el, 'meter')!.getAttribute('aria-valuetext')!;
    expect(valuetext).to.contain('55.2%');
    expect(valuetext).to.contain('高于去年同期 3.2 个百分点');
  });

  it('names the ring with the label', async () => {
    const el = await mount(SPRING, attrs({ variant: 'ring' }));
    expect(part(el, 'meter')!.getAttribute('aria-label')).to.equal('2024届毕业生去向落实率');
  });

  it('draws a sparkline on the card, an image described point by point', async () => {
    const el = await mount(SPRING, attrs({ variant: 'card', lang: 'en' }));
    const sparkline = part(el, 'sparkline')!;
    expect(sparkline.localName).to.equal('svg');
    expect(sparkline.getAttribute('role')).to.equal('img');
    expect(sparkline.getAttribute('aria-label')).to.equal(
      'This year: Jan 12 33%, Mar 20 55.2%; Last year: Jan 10 30%, Mar 18 52%, Jun 1 80%',
    );
  });

  it("keeps the sparkline's points apart in its Chinese description", async () => {
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    expect(part(el, 'sparkline')!.getAttribute('aria-label')).to.match(
      /^本届：1月12日 33%[、，,和] ?3月20日 55\.2%；去年同期：1月10日 30%[、，,] ?3月18日 52%[、，,和] ?6月1日 80%$/,
    );
  });

  it("shows the sparkline's legend: this year and last year", async () => {
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    expect(seen(part(el, 'trend')!.querySelector('figcaption'))).to.equal('本届 去年同期');
  });

  it("shows only this year's line and key without a previous cohort", async () => {
    const feed = feedWith([fig('2024', '2024-01-12', 0.33), fig('2024', '2024-03-20', 0.552)]);
    const el = await mount(feed, attrs({ variant: 'card', lang: 'en' }));
    expect(part(el, 'sparkline')!.getAttribute('aria-label')).to.equal(
      'This year: Jan 12 33%, Mar 20 55.2%',
    );
    expect(seen(part(el, 'trend')!.querySelector('figcaption'))).to.equal('This year');
  });
});

describe('<fair-placement-badge> about this figure', () => {
  it('opens its details from the keyboard: Tab to the summary, then Enter', async () => {
    const el = await mount(SPRING);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('summary');
    expect(visible(part(el, 'source'))).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(part(el, 'summary')!.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(part(el, 'source'))).to.equal(true);
  });

  it('makes what it explains only once it is opened, and says so in aria-expanded', async () => {
    const el = await mount(SPRING, attrs({ variant: 'card' }));
    const button = part(el, 'summary')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'about')).to.equal(null);
    await openAbout(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'about')!.id).to.equal(button.getAttribute('aria-controls'));
  });

  it('closes its details on Escape and keeps the focus on its button', async () => {
    const el = await opened(SPRING);
    part(el, 'source')!.querySelector('a')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(part(el, 'about')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('summary');
  });

  it('names the badge\'s summary "数据说明" for screen readers', async () => {
    const el = await mount(SPRING);
    expect(spoken(part(el, 'summary'))).to.equal('数据说明');
  });

  it('shows the counts behind the figure with grouped digits', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card' }));
    expect(about(el)).to.contain('已落实 4,643 人，毕业生共 8,412 人');
  });

  it('shows the counts in English', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card', lang: 'en' }));
    expect(about(el)).to.contain('4,643 of 8,412 graduates placed');
  });

  it('links the source to its sourceUrl', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card' }));
    const source = part(el, 'source')!;
    expect(text(source)).to.equal('来源：学校就业质量报告');
    const link = source.querySelector('a')!;
    expect(link.href).to.equal('https://career.example.edu.cn/report.pdf');
    expect(text(link)).to.equal('学校就业质量报告');
  });

  it('shows a source without a URL as plain text', async () => {
    const feed = feedWith([fig('2024', '2024-03-20', 0.552, { source: '学校就业质量报告' })]);
    const el = await opened(feed, attrs({ variant: 'card' }));
    expect(text(part(el, 'source'))).to.equal('来源：学校就业质量报告');
    expect(part(el, 'source')!.querySelector('a')).to.equal(null);
  });

  it('never links the source to a javascript: URL', async () => {
    const feed = feedWith([
      fig('2024', '2024-03-20', 0.552, { source: '报告', sourceUrl: 'javascript:alert(1)' }),
    ]);
    const el = await opened(feed, attrs({ variant: 'card' }));
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(text(part(el, 'source'))).to.equal('来源：报告');
  });

  it('names the figure it is compared with', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card' }));
    expect(about(el)).to.contain('高于去年同期 3.2 个百分点。去年同期（2023年3月18日）为 52%');
  });

  it('restates the figure and its date with Chinese punctuation', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card' }));
    expect(about(el)[0]).to.equal('2024届毕业生去向落实率：55.2%，截至 3月20日');
  });

  it('restates the figure and its date with English punctuation in English', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card', lang: 'en' }));
    expect(about(el)[0]).to.equal('Class of 2024 placement rate: 55.2%, as of March 20');
  });

  it('names the figure it is compared with in English, with English punctuation', async () => {
    const el = await opened(SPRING, attrs({ variant: 'card', lang: 'en' }));
    expect(about(el)).to.contain(
      '3.2 points higher than the same time last year. A year earlier (March 18, 2023): 52%',
    );
  });
});

describe('<fair-placement-badge> invalid figures', () => {
  /** This year's March figure written as a percentage (55 for 55%); its January one is valid. */
  const PERCENTAGE = feedWith([
    fig('2023', '2023-03-18', 0.52),
    fig('2024', '2024-01-12', 0.33),
    fig('2024', '2024-03-20', 55),
  ]);

  it('lists a rate written as a percentage with what to write instead', async () => {
    const el = await opened(PERCENTAGE);
    expect(text(part(el, 'issues'))).to.contain(
      'placement[2].rate：55 看起来是百分数，请写作 0.55',
    );
  });

  it('lists a rate written as a percentage in English', async () => {
    const el = await opened(PERCENTAGE, attrs({ lang: 'en' }));
    expect(text(part(el, 'issues'))).to.contain(
      'placement[2].rate: 55 looks like a percentage: write 0.55',
    );
  });

  it('never shows a rate written as a percentage as 5500% or 0%', async () => {
    for (const variant of VARIANTS) {
      const el = await mount(PERCENTAGE, attrs({ variant }));
      expect(all(el), variant).not.to.match(/5,?500\s?%/);
      expect(all(el), variant).not.to.match(/(^|[^\d.,])0\s?%/);
      expect(text(part(el, 'value')), variant).to.equal('33%');
    }
  });

  it('lists a rate above 100 as out of range', async () => {
    const el = await opened(
      feedWith([fig('2024', '2024-01-12', 0.33), fig('2024', '2024-03-20', 5500)]),
    );
    expect(text(part(el, 'issues'))).to.contain(
      'placement[1].rate：比率应在 0 到 1 之间，实际是 5500',
    );
    expect(text(part(el, 'value'))).to.equal('33%');
  });

  it('lists a figure without its date by the path of the missing field', async () => {
    const el = await opened(
      feedWith([fig('2024', '2024-03-20', 0.552), { cohort: '2024', rate: 0.6 }]),
    );
    expect(text(part(el, 'issues'))).to.contain('placement[1].asOf：数据有误，未采用');
    expect(text(part(el, 'value'))).to.equal('55.2%');
  });

  it('shows the left-out figures once its details are opened', async () => {
    const el = await mount(PERCENTAGE);
    expect(visible(part(el, 'issues')), 'closed').to.equal(false);
    await openAbout(el);
    expect(visible(part(el, 'issues')), 'open').to.equal(true);
  });

  it('says there are no figures, and how to fix them, when every figure is invalid', async () => {
    const el = await mount(feedWith([fig('2024', '2024-03-20', 55)]));
    const problem = part(el, 'problem')!;
    expect(part(el, 'value')).to.equal(null);
    expect(text(problem)).to.contain('数据中没有去向落实率（placement）。');
    expect(text(problem)).to.contain('placement[0].rate：55 看起来是百分数，请写作 0.55');
  });

  it('names the cohorts the feed has when the cohort attribute names another', async () => {
    const el = await mount(SPRING, attrs({ cohort: '2025' }));
    expect(part(el, 'value')).to.equal(null);
    expect(text(part(el, 'problem'))).to.equal(
      '数据中没有届别为“2025”的去向落实率（有：“2023”和“2024”），请检查 cohort 属性。',
    );
  });

  it('names the scopes the feed has when the scope attribute names another', async () => {
    const el = await mount(SPRING, attrs({ scope: 'doctoral', lang: 'en' }));
    expect(part(el, 'value')).to.equal(null);
    expect(text(part(el, 'problem'))).to.equal(
      'The feed has no placement figures for the scope “doctoral” (it has: “master”, “overall”, and “undergraduate”). Check the scope attribute.',
    );
  });

  it('shows the light-DOM fallback when there is no figure to show', async () => {
    const el = await fixture<FairPlacementBadge>(
      html`<fair-placement-badge .feed=${SPRING} cohort="2025" lang="zh-CN"
        ><p id="fb">fallback</p></fair-placement-badge
      >`,
    );
    await settle(el);
    expect(visible(el.querySelector('#fb'))).to.equal(true);
  });
});

describe('<fair-placement-badge> loading and errors', () => {
  it('shows a loading note and the light-DOM fallback while the feed loads', async () => {
    const el = await mountLoading();
    expect(el.dataset.state).to.equal('loading');
    expect(text(part(el, 'status'))).to.equal('正在加载…');
    expect(visible(el.querySelector('#fb'))).to.equal(true);
    expect(part(el, 'value')).to.equal(null);
  });

  it('shows a failed feed as an alert naming the URL and the status, and keeps the fallback', async () => {
    try {
      const el = await mountMissing();
      expectFeedErrorShown(el, '/feeds/missing.json', '404');
    } finally {
      feedLoaderConfig.retries = 2;
    }
  });
});

describe('<fair-placement-badge> language', () => {
  it('takes its language from an ancestor', async () => {
    const el = await mountIn('en');
    expect(text(part(el, 'label'))).to.equal('Class of 2024 placement rate');
  });

  it("speaks English once an ancestor's lang changes to en", async () => {
    const el = await mountIn('zh-CN');
    expect(text(part(el, 'label'))).to.equal('2024届毕业生去向落实率');
    el.parentElement!.setAttribute('lang', 'en');
    await afterMutation(el);
    expect(text(part(el, 'label'))).to.equal('Class of 2024 placement rate');
    expect(spoken(part(el, 'change'))).to.equal('3.2 points higher than the same time last year');
  });
});

describe('<fair-placement-badge> toSVG()', () => {
  for (const variant of VARIANTS) {
    it(`gives the ${variant} as a well-formed SVG document with the figure`, async () => {
      const el = await mount(SPRING, attrs({ variant }));
      const doc = svgOf(el);
      expect(doc.documentElement.localName).to.equal('svg');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts).to.include('55.2%');
    });

    it(`titles the ${variant} SVG with the figure, its date and the comparison`, async () => {
      const el = await mount(SPRING, attrs({ variant }));
      const doc = svgOf(el);
      expect(doc.querySelector('title')!.textContent).to.equal(
        '2024届毕业生去向落实率：55.2%，截至 3月20日，高于去年同期 3.2 个百分点',
      );
    });
  }

  it('titles the SVG in English in English', async () => {
    const el = await mount(SPRING, attrs({ lang: 'en' }));
    expect(svgOf(el).querySelector('title')!.textContent).to.equal(
      'Class of 2024 placement rate: 55.2%, as of March 20, 3.2 points higher than the same time last year',
    );
  });

  it('draws another variant than its own when asked', async () => {
    const el = await mount(SPRING);
    const doc = svgOf(el, 'ring');
    expect(doc.querySelectorAll('circle').length).to.be.at.least(2);
  });

  it('gives null while the feed loads', async () => {
    const el = await mountLoading();
    expect(el.toSVG()).to.equal(null);
  });

  it('gives null when there is no figure to show', async () => {
    const el = await mount(SPRING, attrs({ cohort: '2025' }));
    expect(el.toSVG()).to.equal(null);
  });

  it("keeps markup in the feed's label as text, on the page and in the SVG", async () => {
    const label = '<script>alert(1)</script> R&D 2024届';
    const el = await mount(feedWith([fig('2024', '2024-03-20', 0.552, { label })]));
    expect(text(part(el, 'label'))).to.equal(`${label}去向落实率`);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    for (const variant of VARIANTS) {
      const doc = svgOf(el, variant);
      expect(doc.querySelector('script'), variant).to.equal(null);
      expect(doc.querySelector('title')!.textContent, variant).to.contain(`${label}去向落实率`);
    }
  });
});

describe('<fair-placement-badge> timers and leaks', () => {
  it('schedules no timer while mounting and updating', async () => {
    clock!.restore();
    clock = sinon.useFakeTimers({
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const el = await mount(SPRING);
    expect(clock.countTimers(), 'after mounting').to.equal(0);
    for (const variant of VARIANTS) {
      el.variant = variant;
      await settle(el);
    }
    el.cohort = '2023';
    el.compareWindow = '30';
    el.setAttribute('lang', 'en');
    await settle(el);
    await openAbout(el);
    expect(clock.countTimers(), 'after updating').to.equal(0);
    expect(clockStats().subscribers).to.equal(0);
  });

  it('leaves nothing behind after 1,000 badges were mounted and removed', async function () {
    this.timeout(30_000);
    clock!.restore();
    clock = undefined;
    await expectNoLeaks(() => {
      const el = document.createElement('fair-placement-badge');
      el.feed = SPRING;
      el.variant = 'card';
      return el;
    });
  });
});

describe('<fair-placement-badge> accessibility', () => {
  const states: [string, unknown, MountOptions<FairPlacementBadge>?][] = [
    ['a badge', SPRING],
    ['a ring', SPRING, attrs({ variant: 'ring' })],
    ['a card', SPRING, attrs({ variant: 'card' })],
    ['a card in English', SPRING, attrs({ variant: 'card', lang: 'en' })],
    ['a fall in a ring', SPRING, attrs({ scope: 'undergraduate', variant: 'ring' })],
    ['there is no previous cohort', feedWith([fig('2024', '2024-03-20', 0.5)])],
    ['the cohort is unknown', SPRING, attrs({ cohort: '2025' })],
    ['every figure is invalid', feedWith([fig('2024', '2024-03-20', 55)])],
  ];
  for (const [name, feed, options] of states) {
    it(`passes axe when showing ${name}`, async () => {
      const el = await mount(feed, options);
      await expect(el).to.be.accessible();
    });
  }

  for (const variant of VARIANTS) {
    it(`passes axe with the ${variant}'s details open`, async () => {
      const el = await opened(SPRING, attrs({ variant }));
      expect(visible(part(el, 'source'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while loading', async () => {
    const el = await mountLoading();
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

  describe("in dark mode, on a page that follows the visitor's scheme", () => {
    before(async () => {
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
    });
    after(async () => {
      document.documentElement.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const variant of VARIANTS) {
      it(`passes axe, contrast included, as a ${variant} with its details open`, async () => {
        const el = await mount(SPRING, attrs({ variant }));
        // Dark it is: the text is light.
        expect(getComputedStyle(part(el, 'base')!).color).to.equal('rgb(236, 230, 228)');
        await openAbout(el);
        await expect(el).to.be.accessible();
      });
    }

    it('gives a dark SVG in dark mode', async () => {
      const el = await mount(SPRING, attrs({ variant: 'card' }));
      const frame = svgOf(el).querySelector('rect')!;
      expect(frame.getAttribute('fill')).to.equal('rgb(30, 30, 30)');
    });
  });
});
