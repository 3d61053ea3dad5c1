/**
 * <fair-countdown> in the browser's own time zone. The runner emulates several zones (see `zones`
 * in web-test-runner.config.mjs): a feed time in Asia/Shanghai must be the same instant, and the
 * same countdown, for a viewer in Los Angeles, London or Xi'an, across daylight-saving changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { FairCountdown } from '../../src/elements/fair-countdown/fair-countdown.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 2024-03-22 09:00 in Shanghai, after the US (10 March) but before the UK (31 March) switch to summer time. */
const SHANGHAI_START = Date.UTC(2024, 2, 22, 1, 0);
const shanghai = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  fairs: [
    {
      id: 'spring-2024',
      title: { 'zh-CN': '2024届春季综合类双选会', en: '2024 Spring Career Fair' },
      start: '2024-03-22 09:00',
      end: '2024-03-22 16:00',
    },
  ],
};

/** 2024-03-31 09:00 in London, the morning the clocks went forward (08:00 UTC). */
const LONDON_START = Date.UTC(2024, 2, 31, 8, 0);
const london = {
  version: 1,
  timeZone: 'Europe/London',
  fairs: [
    {
      id: 'london',
      title: 'London Graduate Fair',
      start: '2024-03-31 09:00',
      end: '2024-03-31 17:00',
    },
  ],
};

let clock: sinon.SinonFakeTimers | undefined;
afterEach(() => {
  clock?.restore();
  clock = undefined;
});

async function mount(feed: unknown, now: number, lang = 'en'): Promise<FairCountdown> {
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const el = await fixture<FairCountdown>(
    html`<fair-countdown lang=${lang} .feed=${feed}></fair-countdown>`,
  );
  for (let i = 0; i < 5 && !(await el.updateComplete); i++);
  return el;
}

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const values = (el: FairCountdown) =>
  [...el.shadowRoot!.querySelectorAll('[part~="value"]')].map((v) => text(v));
const date = (el: FairCountdown) => el.shadowRoot!.querySelector('[part~="date"]')!;

describe(`<fair-countdown> in ${zone}`, () => {
  it(`counts exactly 21 days from 1 March to a Shanghai 09:00 start, across US summer time (${zone})`, async () => {
    const el = await mount(shanghai, SHANGHAI_START - 21 * DAY);
    expect(values(el)).to.deep.equal(['21', '0', '0', '0']);
  });

  it(`shows the start as 9:00 AM on 22 March, the fair's wall-clock time (${zone})`, async () => {
    const el = await mount(shanghai, SHANGHAI_START - 21 * DAY);
    expect(text(date(el))).to.contain('March 22, 2024');
    expect(text(date(el))).to.match(/\b9:00\s?AM\b/);
    expect(date(el).querySelector('time')!.getAttribute('datetime')).to.equal(
      '2024-03-22T01:00:00.000Z',
    );
  });

  it(`shows 09:00 in Chinese too (${zone})`, async () => {
    const el = await mount(shanghai, SHANGHAI_START - DAY, 'zh-CN');
    expect(text(date(el))).to.contain('2024年3月22日');
    expect(text(date(el))).to.match(/9:00/);
  });

  it(`names China Standard Time only for viewers outside it (${zone})`, async () => {
    const el = await mount(shanghai, SHANGHAI_START - DAY);
    const named = text(date(el)).includes('China Standard Time');
    expect(named).to.equal(zone !== 'Asia/Shanghai');
  });

  it(`is still upcoming one second before the start and running at it (${zone})`, async () => {
    const el = await mount(shanghai, SHANGHAI_START - SECOND);
    expect(values(el)).to.deep.equal(['0', '0', '0', '1']);
    await clock!.tickAsync(SECOND);
    for (let i = 0; i < 5 && !(await el.updateComplete); i++);
    expect(text(el.shadowRoot!.querySelector('[part~="status"]'))).to.equal('On now · ends in');
    expect(values(el)).to.deep.equal(['0', '7', '0', '0']);
  });

  it(`counts 23 hours over the night London's clocks go forward (${zone})`, async () => {
    // 09:00 on 30 March in London (GMT) to 09:00 on 31 March (BST) is 23 hours.
    const el = await mount(london, LONDON_START - 23 * HOUR);
    expect(values(el)).to.deep.equal(['0', '23', '0', '0']);
  });
});
