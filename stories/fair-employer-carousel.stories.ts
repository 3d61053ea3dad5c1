import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { darkPage, holdFeed, NEVER, phoneColumn } from './decorators.js';
import type { FairEmployerCarousel } from '../src/elements/fair-employer-carousel/fair-employer-carousel.js';
import spring from '../tests/fixtures/spring-fair.json';
import { employerFeed } from './feeds/employers.js';

/** A 3-second clip bundled with the stories, so the video story plays offline. */
const clip = new URL('./feeds/employer-video.webm', import.meta.url).href;

const five = employerFeed(5);
const fifty = employerFeed(50, { videos: { 1: clip, 9: clip } });

interface Args {
  feed?: unknown;
  src?: string;
  fair?: string;
  industry?: string;
  type?: string;
  tag?: string;
  order?: string;
  layout?: string;
  autoplay?: string;
  map?: string;
  lang?: string;
}

const meta = {
  title: 'Elements/fair-employer-carousel',
  component: 'fair-employer-carousel',
  tags: ['autodocs'],
  args: { feed: five, fair: 'spring-mini' },
  argTypes: {
    feed: { control: 'object', description: 'The feed as an object (property `feed`).' },
    src: { control: 'text', description: 'Feed URL or `#id` of an inline JSON script.' },
    fair: { control: 'text', description: 'Id of the fair whose employers are shown.' },
    industry: { control: 'text', description: 'Industry id or name (`electronics`, `金融`).' },
    type: {
      control: 'select',
      options: [undefined, 'central-soe', 'soe', 'private', 'foreign', 'institution'],
    },
    tag: { control: 'text', description: 'A tag in any language (`双休`).' },
    order: { control: 'select', options: ['feed', 'name', 'shuffle'] },
    layout: { control: 'select', options: ['carousel', 'grid'] },
    autoplay: {
      control: 'text',
      description: 'Seconds between pages (empty for 5); unset for no rotation.',
    },
    map: { control: 'text', description: 'Id of a `<fair-booth-map>` on the page.' },
    lang: { control: 'select', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) => html`
    <fair-employer-carousel
      .feed=${args.feed}
      src=${ifDefined(args.src)}
      fair=${ifDefined(args.fair)}
      industry=${ifDefined(args.industry)}
      type=${ifDefined(args.type)}
      tag=${ifDefined(args.tag)}
      order=${ifDefined(args.order)}
      layout=${ifDefined(args.layout)}
      autoplay=${ifDefined(args.autoplay)}
      map=${ifDefined(args.map)}
      lang=${ifDefined(args.lang)}
    >
      <p>
        参展单位名单见<a href="https://career.example.edu.cn/fairs/spring-mini">招聘会页面</a>。
      </p>
    </fair-employer-carousel>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Five employers with logos: two pages on a wide screen (up to 4 slides a page), five on a phone. */
export const FiveEmployers: Story = {};

/** Fifty employers, a few without a logo (lettered placeholders): pages of 1 to 4 by width. */
export const FiftyEmployers: Story = {
  args: { feed: fifty },
};

/** The full-scale spring fair, 1,227 employers: only the page shown is in the DOM. */
export const FullScale: Story = {
  args: { feed: spring, fair: 'spring-2027' },
};

/** `layout="grid"`, `order="shuffle"`: a paged logo wall (logo, name, booth), a new order each day. */
export const Grid: Story = {
  args: { feed: fifty, layout: 'grid', order: 'shuffle' },
};

/**
 * `autoplay="8"`: a new page every 8 seconds, with a pause button first. Rotation stops while the
 * mouse is over it and for good once the keyboard focuses inside; it never starts when the
 * visitor asks for reduced motion (turn it on in your system settings to see).
 */
export const Autoplay: Story = {
  args: { feed: fifty, autoplay: '8' },
};

/**
 * For reduced motion: Storybook has no switch for it here, so turn on "reduce motion" in the
 * system settings and reload this story. `autoplay` then does not start the rotation (the ▶ button
 * still does, on request) and pages change without sliding.
 */
export const ReducedMotion: Story = {
  args: { feed: fifty, autoplay: '8' },
  render: (args) => html`
    <p style="margin: 0 0 1rem; max-inline-size: 40rem">
      Reduced motion is
      <strong>${matchMedia('(prefers-reduced-motion: reduce)').matches ? 'on' : 'off'}</strong>
      in this browser. Turn on “reduce motion” in the system settings (macOS: Accessibility ›
      Display; Windows: Accessibility › Visual effects › Animation effects off; iOS and Android:
      Accessibility) and reload: this carousel then waits for ▶ instead of turning every 8 seconds.
    </p>
    ${meta.render(args)}
  `,
};

/**
 * Employers without a logo, and one whose logo fails to load: each gets a lettered placeholder
 * on the same plate.
 */
export const MissingLogos: Story = {
  args: { feed: employerFeed(8, { noLogoEvery: 2, brokenLogos: [0] }) },
};

/**
 * Activities relative to now: the first employer is live (a link to the stream, an accent border),
 * the second has a talk later today (unless it is nearly midnight in Shanghai).
 */
export const LiveNow: Story = {
  args: { feed: employerFeed(5, { activities: true }) },
};

/** Employers with a video: the player is created only when asked for (opened here). */
export const Video: Story = {
  args: { feed: employerFeed(5, { videos: { 0: clip, 1: clip } }) },
  play: async ({ canvasElement }) => {
    const carousel = canvasElement.querySelector<FairEmployerCarousel>('fair-employer-carousel')!;
    await carousel.updateComplete;
    carousel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="video-button"]')!.click();
    await carousel.updateComplete;
  },
};

/**
 * `map="story-map"`: booth numbers become buttons that show the booth on the map (here the first
 * slide's booth has been chosen).
 */
export const LinkedToMap: Story = {
  args: { feed: fifty, map: 'story-map' },
  render: (args) => html`
    <div style="display: grid; gap: 1.5rem">
      <fair-booth-map id="story-map" .feed=${args.feed} fair=${ifDefined(args.fair)}>
        <p>展位图加载中……</p>
      </fair-booth-map>
      ${meta.render(args)}
    </div>
  `,
  play: async ({ canvasElement }) => {
    const carousel = canvasElement.querySelector<FairEmployerCarousel>('fair-employer-carousel')!;
    await carousel.updateComplete;
    carousel.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="booth"]')!.click();
  },
};

/** `industry` and `type`: private electronics employers only. */
export const Filtered: Story = {
  args: { feed: fifty, industry: '电子信息', type: 'private' },
};

/** Filters that match no employer. */
export const NoMatches: Story = {
  args: { feed: fifty, tag: '没有这个标签' },
};

/** `fair` names a fair the feed does not have: a note for the webmaster. */
export const UnknownFair: Story = {
  args: { fair: 'autumn-2099' },
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

/** The page (or the element) says `lang="en"`. */
export const English: Story = {
  args: { feed: employerFeed(50, { activities: true }), lang: 'en' },
};

/** On a dark page: `--fair-color-scheme: dark` pins fairkit's palette; logos keep a light plate. */
export const Dark: Story = {
  args: { feed: employerFeed(50, { activities: true }) },
  decorators: [darkPage],
};

/** A 360 px phone: one slide per page; swipe, or use the buttons and the scrubber. */
export const Phone: Story = {
  args: { feed: fifty },
  decorators: [phoneColumn(360)],
};
