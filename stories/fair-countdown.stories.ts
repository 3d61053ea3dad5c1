import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { darkPage, holdFeed, NEVER, phoneColumn } from './decorators.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `offset` ms from now, as a feed time with an offset (for the running fair). */
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

/** `YYYY-MM-DD` of the day `days` from today in Shanghai, the feed's zone. */
function shanghaiDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(Date.now() + days * DAY);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * A one-fair feed placed relative to the moment the story loads, so each story always shows its
 * state. `start` and `end` are feed times.
 */
function feedWith(start: string, end: string, fair: Record<string, unknown> = {}) {
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    fairs: [
      {
        id: 'spring',
        title: { 'zh-CN': '春季综合类双选会', en: 'Spring Career Fair' },
        start,
        end,
        url: 'https://career.example.edu.cn/fairs/spring',
        registrationUrl: 'https://career.example.edu.cn/fairs/spring/register',
        venue: {
          name: { 'zh-CN': '体育馆', en: 'Gymnasium' },
          campus: { 'zh-CN': '长安校区', en: "Chang'an Campus" },
        },
        stats: { employers: 1227, positions: 70000 },
        ...fair,
      },
    ],
  };
}

/** 09:00–16:00 in Shanghai, `days` from today. */
const day = (days: number, fair: Record<string, unknown> = {}) =>
  feedWith(`${shanghaiDay(days)} 09:00`, `${shanghaiDay(days)} 16:00`, fair);

const upcoming = day(3);

interface Args {
  feed?: unknown;
  src?: string;
  fair?: string;
  'largest-unit': 'day' | 'hour' | 'minute' | 'second';
  'smallest-unit': 'day' | 'hour' | 'minute' | 'second';
  lang?: string;
}

const UNITS = ['day', 'hour', 'minute', 'second'];

const meta = {
  title: 'Elements/fair-countdown',
  component: 'fair-countdown',
  tags: ['autodocs'],
  args: { feed: upcoming, 'largest-unit': 'day', 'smallest-unit': 'second' },
  argTypes: {
    feed: { control: 'object', description: 'The feed as an object (property `feed`).' },
    src: { control: 'text', description: 'Feed URL or `#id` of an inline JSON script.' },
    fair: { control: 'text', description: 'Id of the fair to show.' },
    'largest-unit': { control: 'select', options: UNITS },
    'smallest-unit': { control: 'select', options: UNITS },
    lang: { control: 'select', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) => html`
    <fair-countdown
      .feed=${args.feed}
      src=${ifDefined(args.src)}
      fair=${ifDefined(args.fair)}
      largest-unit=${args['largest-unit']}
      smallest-unit=${args['smallest-unit']}
      lang=${ifDefined(args.lang)}
    >
      <p>春季综合类双选会 · 3 月 22 日 9:00 · 体育馆</p>
    </fair-countdown>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A fair at 09:00 three days from today: days, hours, minutes and seconds. */
export const Upcoming: Story = {};

/** `largest-unit="hour"` and `smallest-unit="minute"`: the same wait as 60-odd hours and minutes. */
export const UpcomingHoursOnly: Story = {
  args: { 'largest-unit': 'hour', 'smallest-unit': 'minute' },
};

/** The fair is on: time left until it closes. */
export const Running: Story = {
  args: { feed: feedWith(at(-2 * HOUR), at(5 * HOUR)) },
};

/** The only fair is over: no countdown, no actions. */
export const Ended: Story = {
  args: { feed: day(-10) },
};

/** Postponed, new date to be announced: the original date is struck. */
export const Postponed: Story = {
  args: { feed: day(3, { status: 'postponed' }) },
};

/** Cancelled: struck and labelled; the calendar file carries STATUS:CANCELLED. */
export const Cancelled: Story = {
  args: { feed: day(3, { status: 'cancelled' }) },
};

/** A valid feed without fairs. */
export const NoFair: Story = {
  args: { feed: { version: 1, fairs: [] } },
};

/**
 * Waiting for the feed: the light-DOM fallback shows. This story's request is held open (see
 * `holdFeed`) so the state stays put.
 */
export const Loading: Story = {
  args: { feed: undefined, src: NEVER },
  beforeEach: holdFeed,
};

/** `src="#…"` names an inline feed that is not on the page: a message for the webmaster, and the fallback. */
export const FeedError: Story = {
  args: { feed: undefined, src: '#no-such-feed' },
};

/** The page (or the element) says `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
};

/** On a dark page: `--fair-color-scheme: dark` pins fairkit's palette (the default follows the visitor's setting). */
export const Dark: Story = {
  decorators: [darkPage],
};

/** A 320 px phone column. */
export const Phone: Story = {
  decorators: [phoneColumn(320)],
};

/** `fair` picks one fair by id, here a cancelled one among several. */
export const PickedByFairAttribute: Story = {
  args: {
    fair: 'autumn',
    feed: {
      ...upcoming,
      fairs: [
        ...upcoming.fairs,
        {
          id: 'autumn',
          title: { 'zh-CN': '秋季双选会', en: 'Autumn Career Fair' },
          start: `${shanghaiDay(40)} 14:00`,
          end: `${shanghaiDay(40)} 17:00`,
          status: 'cancelled',
        },
      ],
    },
  },
};
