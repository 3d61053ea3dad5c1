import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { FairPlacementBadge } from '../src/elements/fair-placement-badge/fair-placement-badge.js';
import { darkPage, holdFeed, NEVER, phoneColumn, answer404, MISSING } from './decorators.js';
import { placementFeed } from './feeds/placement.js';

/** 2024届 55.2% on March 20, against 52.0% on March 18, 2023: +3.2 points. */
const compared = placementFeed();
/** 2024届 55.2%; the class of 2023's nearest figure is five weeks away, outside the window. */
const uncompared = placementFeed({ lastYear: 'outside-window' });
/** Monthly figures for the classes of 2024 and 2023: the card draws both seasons. */
const season = placementFeed({ season: true });

/** Room below the story for the badge's details panel, which floats over what follows the pill. */
const roomBelow: Decorator = (story) => html`<div style="min-block-size: 20rem">${story()}</div>`;

/** Opens the element's "数据说明 / About this figure" disclosure, as a click on it would. */
async function openDetails(canvas: HTMLElement): Promise<void> {
  for (const badge of canvas.querySelectorAll<FairPlacementBadge>('fair-placement-badge')) {
    await badge.updateComplete;
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="summary"]')!.click();
    await badge.updateComplete;
  }
}

interface Args {
  feed?: unknown;
  src?: string;
  cohort?: string;
  scope?: string;
  'compare-window'?: string;
  variant?: 'badge' | 'ring' | 'card';
  label?: string;
  lang?: string;
}

const VARIANTS = ['badge', 'ring', 'card'] as const;

const meta = {
  title: 'Elements/fair-placement-badge',
  component: 'fair-placement-badge',
  tags: ['autodocs'],
  args: { feed: compared, variant: 'badge' },
  argTypes: {
    feed: { control: 'object', description: 'The feed as an object (property `feed`).' },
    src: { control: 'text', description: 'Feed URL or `#id` of an inline JSON script.' },
    cohort: { control: 'text', description: 'The cohort shown (`2024`); the latest by default.' },
    scope: {
      control: 'select',
      options: [undefined, 'overall', 'undergraduate', 'master', 'doctoral'],
      description: 'The scope shown; `overall` by default.',
    },
    'compare-window': {
      control: 'text',
      description: 'Days from the same date a figure of last year may be (21 by default).',
    },
    variant: { control: 'select', options: [...VARIANTS] },
    label: { control: 'text', description: 'A label of the page’s own, instead of the feed’s.' },
    lang: { control: 'select', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) => html`
    <fair-placement-badge
      .feed=${args.feed}
      src=${ifDefined(args.src)}
      cohort=${ifDefined(args.cohort)}
      scope=${ifDefined(args.scope)}
      compare-window=${ifDefined(args['compare-window'])}
      variant=${ifDefined(args.variant)}
      label=${ifDefined(args.label)}
      lang=${ifDefined(args.lang)}
    >
      ${
        args.lang === 'en'
          ? html`<p>Class of 2024 placement rate: 55.2% as of March 20, 2024.</p>`
          : html`<p>2024届毕业生去向落实率 55.2%（截至 2024年3月20日）。</p>`
      }
    </fair-placement-badge>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The compact pill: the rate, and ▲ with signed points against the same time last year. */
export const Badge: Story = {};

/**
 * Last year's nearest figure is five weeks away, beyond `compare-window` (21 days): no
 * comparison is shown, rather than one against a different point in the season.
 */
export const BadgeNoComparison: Story = {
  args: { feed: uncompared },
};

/** The badge's ⓘ opens what the figure means, its counts, the figure compared with, and its source. */
export const BadgeDetails: Story = {
  decorators: [roomBelow],
  play: async ({ canvasElement }) => openDetails(canvasElement),
};

/** `variant="ring"`: a `role="meter"` ring with the rate inside, the label, date and comparison below. */
export const Ring: Story = {
  args: { variant: 'ring' },
};

/** The ring without a figure from last year within the window. */
export const RingNoComparison: Story = {
  args: { feed: uncompared, variant: 'ring' },
};

/**
 * `variant="card"`: the figure large, the comparison in arrow, signed points and words. With one
 * figure a year, the "sparkline" is two points: this year's and last year's.
 */
export const Card: Story = {
  args: { variant: 'card' },
};

/**
 * The card without a comparison. Last year's figure still appears in the sparkline (five weeks
 * earlier on the calendar): it is the comparison that needs the window, not the drawing.
 */
export const CardNoComparison: Story = {
  args: { feed: uncompared, variant: 'card' },
};

/**
 * Monthly bulletins for both classes: the sparkline draws this season against last year's (dashed,
 * moved a year on), on a 0–100% scale. Screen readers get both series in words.
 */
export const CardLongSeason: Story = {
  args: { feed: season, variant: 'card' },
};

/** The badge in English (`lang="en"` on the element or an ancestor). */
export const BadgeEnglish: Story = {
  args: { lang: 'en' },
};

/** The badge in English, without a comparison. */
export const BadgeEnglishNoComparison: Story = {
  args: { feed: uncompared, lang: 'en' },
};

/** The ring in English. */
export const RingEnglish: Story = {
  args: { variant: 'ring', lang: 'en' },
};

/** The ring in English, without a comparison. */
export const RingEnglishNoComparison: Story = {
  args: { feed: uncompared, variant: 'ring', lang: 'en' },
};

/** The card in English, with last year's season. */
export const CardEnglish: Story = {
  args: { feed: season, variant: 'card', lang: 'en' },
};

/** The card in English, without a comparison. */
export const CardEnglishNoComparison: Story = {
  args: { feed: uncompared, variant: 'card', lang: 'en' },
};

/** `compare-window="45"`: the figure five weeks from the same date is now near enough to compare with. */
export const WiderCompareWindow: Story = {
  args: { feed: uncompared, variant: 'card', 'compare-window': '45' },
};

/** `scope="undergraduate"`: the undergraduates' figure, the scope named in the label. */
export const Undergraduate: Story = {
  args: { feed: placementFeed({ scopes: true }), scope: 'undergraduate', variant: 'card' },
};

/** `label`: the page's own words for the figure, instead of the feed's "2024届". */
export const OwnLabel: Story = {
  args: { label: '本校毕业生去向落实率', variant: 'ring' },
};

/** All three variants on a dark page: `--fair-color-scheme: dark` pins fairkit's palette. */
export const Dark: Story = {
  args: { feed: season },
  decorators: [darkPage],
  render: (args) => html`
    <div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${VARIANTS.map(
        (variant) => html`<div style="flex: 1 1 16rem">${meta.render({ ...args, variant })}</div>`,
      )}
    </div>
  `,
};

/** The card in a 320 px phone column: label and comparison wrap, the sparkline narrows. */
export const Phone: Story = {
  args: { feed: season, variant: 'card' },
  decorators: [phoneColumn(320)],
};

/** The badge's details open in a 320 px column: the panel floats below the pill and fits. */
export const PhoneBadgeDetails: Story = {
  decorators: [roomBelow, phoneColumn(320)],
  play: async ({ canvasElement }) => openDetails(canvasElement),
};

/**
 * `cohort` names a class the feed does not have: a message that says which classes it has, and
 * the fallback.
 */
export const UnknownCohort: Story = {
  args: { cohort: '2019', variant: 'card' },
};

/** `scope` names a scope the feed does not have: a message listing the scopes it has. */
export const UnknownScope: Story = {
  args: { feed: placementFeed({ scopes: true }), scope: 'doctoral', variant: 'card' },
};

/**
 * The newest figure is written as a percentage (`"rate": 55`): it is left out, the one before it is
 * shown, and the details (opened here) name the mistake and what to write instead.
 */
export const RateAsPercentage: Story = {
  args: { feed: placementFeed({ season: true, percentage: true }), variant: 'card' },
  play: async ({ canvasElement }) => openDetails(canvasElement),
};

/** Waiting for the feed: the light-DOM fallback shows (the request is held open). */
export const Loading: Story = {
  args: { feed: undefined, src: NEVER },
  beforeEach: holdFeed,
};

/** `src="#…"` names an inline feed that is not on the page: a message for the webmaster, and the fallback. */
export const FeedError: Story = {
  args: { feed: undefined, src: '#no-such-feed', variant: 'card' },
};

/** The feed URL answers 404 Not Found: the message names the URL and the status, and the fallback stays. */
export const FeedNotFound: Story = {
  args: { feed: undefined, src: MISSING, variant: 'card' },
  beforeEach: answer404,
};

/**
 * `toSVG()`: each variant as a standalone SVG (for a WeChat article, an e-mail, a PDF), drawn here
 * as images next to the element they came from.
 */
export const ToSVG: Story = {
  args: { feed: season, variant: 'card' },
  render: (args) => html`
    <div style="display: grid; gap: 1rem; max-inline-size: 28rem">
      ${meta.render(args)}
      ${VARIANTS.map(
        (variant) =>
          html`<img
            data-variant=${variant}
            alt=""
            style="justify-self: start; max-inline-size: 100%"
          />`,
      )}
    </div>
  `,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector<FairPlacementBadge>('fair-placement-badge')!;
    await badge.updateComplete;
    for (const img of canvasElement.querySelectorAll<HTMLImageElement>('img[data-variant]')) {
      const variant = img.dataset['variant'] as (typeof VARIANTS)[number];
      const svg = badge.toSVG(variant);
      if (!svg) continue;
      // The picture's own accessible name, from its <title>.
      const title = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title');
      img.alt = title?.textContent ?? variant;
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    }
  },
};
