import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { darkPage, holdFeed, NEVER, phoneColumn } from './decorators.js';
import type { FairBoothMap } from '../src/elements/fair-booth-map/fair-booth-map.js';
import spring from '../tests/fixtures/spring-fair.json';
import small from './feeds/small-fair.json';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The spring fair's halls and booths repeated `copies` times (halls A1, B1, A2 …), every booth
 * keeping its employer: about 10,000 booths from eight copies, for the scale story.
 */
function repeated(feed: Raw, copies: number): Raw {
  const fair = feed.fairs[0];
  const halls: Raw[] = [];
  const booths: Raw[] = [];
  for (let n = 1; n <= copies; n++) {
    for (const hall of fair.halls) {
      halls.push({ ...hall, id: `${hall.id}${n}`, name: `${hall.name['zh-CN']} ${n}`, floor: n });
    }
    for (const booth of fair.booths) {
      const id = `${booth.id.replace('-', `${n}-`)}`;
      booths.push({ ...booth, id, label: id, hall: `${booth.hall}${n}` });
    }
  }
  return {
    ...feed,
    fairs: [{ ...fair, id: 'huge', halls, booths, landmarks: [], employers: [] }],
  };
}

const huge = repeated(spring, 8);

interface Args {
  feed?: unknown;
  src?: string;
  fair?: string;
  selected?: string;
  'sync-url'?: boolean;
  lang?: string;
}

const meta = {
  title: 'Elements/fair-booth-map',
  component: 'fair-booth-map',
  tags: ['autodocs'],
  args: { feed: small },
  argTypes: {
    feed: { control: 'object', description: 'The feed as an object (property `feed`).' },
    src: { control: 'text', description: 'Feed URL or `#id` of an inline JSON script.' },
    fair: { control: 'text', description: 'Id of the fair to show.' },
    selected: { control: 'text', description: 'Id of the chosen booth.' },
    'sync-url': { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) => html`
    <fair-booth-map
      .feed=${args.feed}
      src=${ifDefined(args.src)}
      fair=${ifDefined(args.fair)}
      selected=${ifDefined(args.selected)}
      ?sync-url=${args['sync-url']}
      lang=${ifDefined(args.lang)}
    >
      <p>展位图加载中……</p>
    </fair-booth-map>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Two small halls: 24 booths (some free), landmarks, and one employer taking part without a booth. */
export const SmallFair: Story = {};

/** The full-scale spring fair: 1,227 employers, 1,247 booths in halls A and B. */
export const FullScale: Story = {
  args: { feed: spring, fair: 'spring-2027' },
};

/** About 10,000 booths in sixteen halls: the static floor is built once per hall. */
export const TenThousandBooths: Story = {
  args: { feed: huge, fair: 'huge' },
};

/** A hall switcher for several halls or floors; search spans all of them. */
export const SeveralHalls: Story = {
  args: { feed: spring, fair: 'spring-2027', selected: 'B-020' },
};

/** A fair without a floor plan: the list alone, with a note. */
export const NoHalls: Story = {
  args: {
    feed: { ...small, fairs: [{ ...small.fairs[0], halls: [], booths: [], landmarks: [] }] },
  },
};

/** Matches stand out, the rest dims; the list shows the matches. */
export const SearchResults: Story = {
  args: { feed: spring, fair: 'spring-2027' },
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector<FairBoothMap>('fair-booth-map')!;
    await map.updateComplete;
    map.search('微电子');
  },
};

/** A chosen booth: the map shows it and its card opens. */
export const SelectedBooth: Story = {
  args: { selected: 'A-002' },
};

/** A free booth says so. */
export const FreeBooth: Story = {
  args: { selected: 'A-012' },
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
  args: { lang: 'en', selected: 'A-001' },
};

/** On a dark page: `--fair-color-scheme: dark` pins fairkit's palette. */
export const Dark: Story = {
  args: { selected: 'A-003' },
  decorators: [darkPage],
};

/** A 360 px phone: the list and card below the map. */
export const Phone: Story = {
  args: { feed: spring, fair: 'spring-2027' },
  decorators: [phoneColumn(360)],
};
