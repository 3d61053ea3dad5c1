import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { FairActivityTimeline } from '../src/elements/fair-activity-timeline/fair-activity-timeline.js';
import { darkPage, holdFeed, NEVER, phoneColumn, answer404, MISSING } from './decorators.js';
import {
  changesFeed,
  emptyFeed,
  liveFeed,
  manyFeed,
  seasonFeed,
  seriesFeed,
} from './feeds/activities.js';

/*
 * Every feed but the fair season is placed relative to the moment the stories load (see
 * feeds/activities.ts): the live event is live and the series is at "第 3 / 6 场" whenever a story
 * is opened.
 */
const series = seriesFeed();
const season = seasonFeed();
const live = liveFeed();
const changes = changesFeed();
const many = manyFeed(600);

/** A column `width` CSS pixels wide: from 40em (640 px) the timeline lays out horizontally. */
const column =
  (width: number): Decorator =>
  (story) =>
    html`<div style="inline-size: ${width}px; outline: 1px dashed #999">${story()}</div>`;

/** The first timeline of the story, rendered. */
async function timeline(canvas: HTMLElement): Promise<FairActivityTimeline> {
  const element = canvas.querySelector<FairActivityTimeline>('fair-activity-timeline')!;
  await element.updateComplete;
  return element;
}

interface Args {
  feed?: unknown;
  src?: string;
  series?: string;
  fair?: string;
  kinds?: string;
  layout?: 'auto' | 'vertical' | 'horizontal';
  'sync-url'?: boolean;
  label?: string;
  lang?: string;
}

const meta = {
  title: 'Elements/fair-activity-timeline',
  component: 'fair-activity-timeline',
  tags: ['autodocs'],
  args: { feed: series, series: 'zhiyin' },
  argTypes: {
    feed: { control: 'object', description: 'The feed as an object (property `feed`).' },
    src: { control: 'text', description: 'Feed URL or `#id` of an inline JSON script.' },
    series: {
      control: 'text',
      description: 'Only this series (`zhiyin`), with its title, description and progress.',
    },
    fair: { control: 'text', description: 'Only this fair and its activities.' },
    kinds: {
      control: 'text',
      description: 'Only these kinds, separated by spaces or commas (`talk livestream`).',
    },
    layout: { control: 'select', options: [undefined, 'auto', 'vertical', 'horizontal'] },
    'sync-url': {
      control: 'boolean',
      description: 'A deep link per event in the page’s hash (`#activity=<id>`).',
    },
    label: { control: 'text', description: 'The list’s accessible name, instead of the feed’s.' },
    lang: { control: 'select', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) => html`
    <fair-activity-timeline
      .feed=${args.feed}
      src=${ifDefined(args.src)}
      series=${ifDefined(args.series)}
      fair=${ifDefined(args.fair)}
      kinds=${ifDefined(args.kinds)}
      layout=${ifDefined(args.layout)}
      ?sync-url=${args['sync-url']}
      label=${ifDefined(args.label)}
      lang=${ifDefined(args.lang)}
    >
      ${
        args.lang === 'en'
          ? html`<p>
              Careers Ahead series: employer visits · Electronics & IT industry fair · Employer
              talks and mock-recruitment contest · Short-video careers forum · Summer practice camp
              · Site visit. <a href="https://career.example.edu.cn/series/zhiyin">Details</a>
            </p>`
          : html`<p>
              “职”引未来 系列活动：名企参访 · 电子信息行业专场招聘会 · 企业宣讲+模拟招聘大赛 ·
              短视频就业论坛 · 暑期实践营 · 实地参访。
              <a href="https://career.example.edu.cn/series/zhiyin">活动详情</a>
            </p>`
      }
    </fair-activity-timeline>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * `series="zhiyin"`: the six themed events with the series' title and description. Two have
 * ended, the third (talks and a mock-recruitment contest) is live now with a link to watch, so
 * progress reads "第 3 / 6 场"; the list opens on it. Two talks outside the series are left out.
 */
export const Series: Story = {};

/** The series when nothing is live: the third event starts in 3 hours ("3小时后开始"), still 第 3 / 6 场. */
export const SeriesStartingSoon: Story = {
  args: { feed: seriesFeed({ live: 0 }) },
};

/** The live event's long description, unfolded with its "展开" button. */
export const DescriptionExpanded: Story = {
  play: async ({ canvasElement }) => {
    const element = await timeline(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await element.updateComplete;
  },
};

/**
 * A fair season: the spring's fairs from the feed's `fairs` (3/15, 3/22, 3/29, and the online fair
 * from 4/29 to 5/1) with talks, live talks and workshops in between. Calendar dates, so the season
 * shown is always the next spring, all of it upcoming.
 */
export const FairSeason: Story = {
  args: { feed: season, series: undefined },
};

/** `fair="spring"`: one fair's own event and the talk held at it. */
export const OneFair: Story = {
  args: { feed: season, series: undefined, fair: 'spring' },
};

/** `kinds="talk livestream"`: only campus talks and live talks. */
export const Kinds: Story = {
  args: { feed: season, series: undefined, kinds: 'talk livestream' },
};

/**
 * 600 events, 12 hours apart around now: the list opens on the live one in the middle; months off
 * screen are not laid out.
 */
export const SixHundredEvents: Story = {
  args: { feed: many, series: undefined },
};

/** 600 events in a 360 px column: the vertical list in its own scroll box, opened on the live one. */
export const SixHundredEventsNarrow: Story = {
  args: { feed: many, series: undefined },
  decorators: [phoneColumn(360)],
};

/**
 * Live now: a live stream from an hour ago to an hour from now, outlined, with "观看直播"; a talk
 * starting in 3 hours; two events that ended; a fair and a camp to come.
 */
export const LiveNow: Story = {
  args: { feed: live, series: undefined },
};

/**
 * Cancelled and postponed items are labelled and kept, never removed: cancelled ones struck
 * through (a fair too), postponed ones labelled whatever their date says, a talk cancelled at the
 * hour it would be live shown as cancelled.
 */
export const CancelledAndPostponed: Story = {
  args: { feed: changes, series: undefined },
};

/** A feed with no fairs and no activities. */
export const Empty: Story = {
  args: { feed: emptyFeed(), series: undefined },
};

/** `kinds="camp"` on a season without camps: the same "nothing scheduled" note. */
export const NoMatches: Story = {
  args: { feed: season, series: undefined, kinds: 'camp' },
};

/** `series` names a series the feed does not have: a note for the webmaster. */
export const UnknownSeries: Story = {
  args: { series: 'no-such-series' },
};

/** Waiting for the feed: the light-DOM fallback shows (the request is held open). */
export const Loading: Story = {
  args: { feed: undefined, src: NEVER },
  beforeEach: holdFeed,
};

/** `src="#…"` names an inline feed that is not on the page: a message for the webmaster, and the fallback. */
export const FeedError: Story = {
  args: { feed: undefined, src: '#no-such-feed' },
};

/** The feed URL answers 404 Not Found: the message names the URL and the status, and the fallback stays. */
export const FeedNotFound: Story = {
  args: { feed: undefined, src: MISSING },
  beforeEach: answer404,
};

/** `lang="zh-CN"` on the element, whatever the page's language: 第 3 / 6 场, 进行中, 观看直播. */
export const Chinese: Story = {
  args: { lang: 'zh-CN' },
};

/** `lang="en"`: "Event 3 of 6", "Live now", "Watch", the feed's English texts. */
export const English: Story = {
  args: { lang: 'en' },
};

/** The fair season in English. */
export const EnglishFairSeason: Story = {
  args: { feed: season, series: undefined, lang: 'en' },
};

/** Live now, cancelled and postponed in English. */
export const EnglishStatuses: Story = {
  args: { feed: changes, series: undefined, lang: 'en' },
};

/** A 360 px phone: a vertical list with a line and a dot per event, in its own scroll box. */
export const Narrow: Story = {
  decorators: [phoneColumn(360)],
};

/** Live now in a 360 px phone column. */
export const NarrowLiveNow: Story = {
  args: { feed: live, series: undefined },
  decorators: [phoneColumn(360)],
};

/** A 1000 px column: a horizontal strip of days that scrolls sideways and snaps to days. */
export const Wide: Story = {
  decorators: [column(1000)],
};

/** `layout="vertical"` in a 1000 px column: the vertical list whatever the width. */
export const WideForcedVertical: Story = {
  args: { layout: 'vertical' },
  decorators: [column(1000)],
};

/** `layout="horizontal"` in a 360 px column: the strip whatever the width. */
export const NarrowForcedHorizontal: Story = {
  args: { layout: 'horizontal' },
  decorators: [phoneColumn(360)],
};

/**
 * `sync-url`: each event gets a link to itself (`#activity=zy-5`); opening the page with that hash,
 * or following the link, scrolls to the event and marks it. Here the hash is set to the camp.
 */
export const DeepLink: Story = {
  args: { 'sync-url': true },
  beforeEach: () => () =>
    history.replaceState(history.state, '', location.pathname + location.search),
  play: async ({ canvasElement }) => {
    const element = await timeline(canvasElement);
    if (location.hash !== '#activity=zy-5') {
      const changed = new Promise((resolve) =>
        addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = 'activity=zy-5';
      await changed;
    }
    await element.updateComplete;
  },
};

/** `label`: the page's own name for the list, instead of the series' title. */
export const OwnLabel: Story = {
  args: { label: '本学期活动' },
};

/** On a dark page: `--fair-color-scheme: dark` pins fairkit's palette. */
export const Dark: Story = {
  args: { feed: live, series: undefined },
  decorators: [darkPage],
};

/** The series on a dark page, in a 360 px column. */
export const DarkNarrow: Story = {
  decorators: [phoneColumn(360), darkPage],
};
