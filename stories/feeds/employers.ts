/**
 * Feeds for the employer carousel's stories, built in code: the employers are fictional, their
 * logos inline SVG (`data:image/svg+xml`) so every story works offline, and activities are placed
 * relative to the moment the story loads so "live now" is always live.
 */

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MINUTE = 60_000;

/** Brand stems: `[zh-CN, en]`. */
const STEMS: [string, string][] = [
  ['岚拓', 'Lantuo'],
  ['青禾', 'Qinghe'],
  ['云帆', 'Yunfan'],
  ['景曜', 'Jingyao'],
  ['星澜', 'Xinglan'],
  ['融信', 'Rongxin'],
  ['恒川', 'Hengchuan'],
  ['明远', 'Mingyuan'],
  ['北辰', 'Beichen'],
  ['海岳', 'Haiyue'],
  ['启明', 'Qiming'],
  ['睿驰', 'Ruichi'],
  ['鼎盛', 'Dingsheng'],
  ['泰和', 'Taihe'],
  ['博远', 'Boyuan'],
  ['长风', 'Changfeng'],
  ['金石', 'Jinshi'],
  ['瀚海', 'Hanhai'],
  ['天衡', 'Tianheng'],
  ['华章', 'Huazhang'],
  ['锦程', 'Jincheng'],
  ['弘毅', 'Hongyi'],
  ['致远', 'Zhiyuan'],
  ['澄江', 'Chengjiang'],
  ['朗峰', 'Langfeng'],
];

/** Industries with what their employers are called and hire for. */
const INDUSTRIES = [
  {
    id: 'electronics',
    name: { 'zh-CN': '电子信息', en: 'Electronics & IT' },
    suffix: ['微电子股份有限公司', 'Microelectronics Inc.'],
    short: ['微电子', 'Micro'],
    titles: [
      ['芯片设计工程师', 'Chip design engineer'],
      ['嵌入式软件工程师', 'Embedded software engineer'],
      ['测试工程师', 'Test engineer'],
    ],
  },
  {
    id: 'new-energy',
    name: { 'zh-CN': '新能源', en: 'New energy' },
    suffix: ['新能源科技有限公司', 'New Energy Technology Co., Ltd.'],
    short: ['新能源', 'Energy'],
    titles: [
      ['电池研发工程师', 'Battery R&D engineer'],
      ['光伏工艺工程师', 'PV process engineer'],
    ],
  },
  {
    id: 'finance',
    name: { 'zh-CN': '金融', en: 'Finance' },
    suffix: ['银行股份有限公司', 'Bank Co., Ltd.'],
    short: ['银行', 'Bank'],
    titles: [
      ['管理培训生', 'Management trainee'],
      ['金融科技岗', 'Fintech analyst'],
      ['客户经理', 'Relationship manager'],
    ],
  },
  {
    id: 'construction',
    name: { 'zh-CN': '建筑工程', en: 'Construction' },
    suffix: ['建设集团有限公司', 'Construction Group Co., Ltd.'],
    short: ['建设', 'Construction'],
    titles: [
      ['土木工程师', 'Civil engineer'],
      ['造价工程师', 'Cost engineer'],
    ],
  },
  {
    id: 'biomedicine',
    name: { 'zh-CN': '生物医药', en: 'Biomedicine' },
    suffix: ['生物医药有限公司', 'Biopharma Co., Ltd.'],
    short: ['生物', 'Bio'],
    titles: [
      ['药物研发员', 'Drug R&D scientist'],
      ['质量控制专员', 'Quality control specialist'],
    ],
  },
  {
    id: 'internet',
    name: { 'zh-CN': '互联网', en: 'Internet' },
    suffix: ['网络科技有限公司', 'Internet Technology Co., Ltd.'],
    short: ['网络', 'Net'],
    titles: [
      ['后端开发工程师', 'Back-end developer'],
      ['产品经理', 'Product manager'],
      ['算法工程师', 'Algorithm engineer'],
    ],
  },
] as const;

const REGIONS: [string, string][] = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['深圳', 'Shenzhen'],
  ['杭州', 'Hangzhou'],
  ['西安', "Xi'an"],
  ['成都', 'Chengdu'],
  ['苏州', 'Suzhou'],
];

const TYPES = ['private', 'soe', 'central-soe', 'foreign', 'private', 'institution'];
const TAGS = ['五险一金', '双休', '落户支持', '提供住宿', '年终奖'];
const MARKS = [
  '<circle cx="28" cy="28" r="20"/>',
  '<rect x="8" y="8" width="40" height="40" rx="10"/>',
  '<path d="M28 6 50 28 28 50 6 28z"/>',
  '<path d="M8 48 28 8 48 48z"/>',
];

/**
 * An inline SVG logo: a coloured mark and the brand name, on a transparent background (the
 * carousel puts logos on a light plate).
 */
export function logo(name: string, index: number): string {
  const hue = (index * 47) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 180 56">` +
    `<g fill="hsl(${hue} 60% 36%)">${MARKS[index % MARKS.length]}</g>` +
    `<text x="58" y="36" font-family="Arial, Helvetica, sans-serif" font-size="19" ` +
    `font-weight="700" fill="#2b2b2b">${name}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * An image URL that fails to decode: the carousel's `error` path without a network request
 * (a 404 would be a console error, which fails the Storybook check).
 */
export const BROKEN_LOGO = 'data:image/svg+xml,not-an-image';

/** Options for {@link employerFeed}. */
export interface EmployerFeedOptions {
  /** Employers without a logo: every `nth` (from the `nth`th); 0 for none. Default 7. */
  noLogoEvery?: number;
  /** Employers with a logo URL that fails to load. */
  brokenLogos?: number[];
  /** Employers with a video (a URL, e.g. a bundled clip). */
  videos?: Record<number, string>;
  /** Add activities: one live now, one later today (when today has time left), one tomorrow. */
  activities?: boolean;
}

/** `count` fictional employers (ids `c001` …), each with a booth in hall A of fair `spring-mini`. */
export function employerFeed(count: number, options: EmployerFeedOptions = {}): Raw {
  const { noLogoEvery = 7, brokenLogos = [], videos = {}, activities = false } = options;
  const employers: Raw[] = [];
  for (let i = 0; i < count; i++) {
    const [zh, en] = STEMS[i % STEMS.length]!;
    const round = Math.floor(i / STEMS.length);
    const industry = INDUSTRIES[(i + round) % INDUSTRIES.length]!;
    const region = REGIONS[i % REGIONS.length]!;
    const id = `c${String(i + 1).padStart(3, '0')}`;
    const noLogo = noLogoEvery > 0 && (i + 1) % noLogoEvery === 0;
    employers.push({
      id,
      name: { 'zh-CN': `${zh}${industry.suffix[0]}`, en: `${en} ${industry.suffix[1]}` },
      shortName: { 'zh-CN': `${zh}${industry.short[0]}`, en: `${en} ${industry.short[1]}` },
      ...(brokenLogos.includes(i) ? { logo: BROKEN_LOGO } : noLogo ? {} : { logo: logo(en, i) }),
      industry: industry.id,
      region: { 'zh-CN': region[0], en: region[1] },
      type: TYPES[i % TYPES.length],
      url: `https://example.com/${id}`,
      ...(i % 3 === 2 ? {} : { applyUrl: `https://example.com/${id}/apply` }),
      ...(videos[i] ? { video: videos[i] } : {}),
      tags: [TAGS[i % TAGS.length], TAGS[(i + 2) % TAGS.length]],
      positions: industry.titles.slice(0, 1 + (i % industry.titles.length)).map(([t, e], n) => ({
        title: { 'zh-CN': t, en: e },
        openings: ((i * 7 + n * 5) % 30) + 2,
        degree: n % 2 ? 'master' : 'bachelor',
      })),
    });
  }
  const columns = Math.min(count, 10);
  const rows = Math.ceil(count / columns);
  const booths = employers.map((employer, i) => ({
    id: `A-${String(i + 1).padStart(3, '0')}`,
    hall: 'A',
    x: 2 + (i % columns) * 4,
    y: 2 + Math.floor(i / columns) * 3,
    w: 3,
    h: 2,
    employer: employer.id,
  }));
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    industries: INDUSTRIES.map(({ id, name }) => ({ id, name })),
    employers,
    fairs: [
      {
        id: 'spring-mini',
        title: { 'zh-CN': '春季小型双选会', en: 'Spring Mini Career Fair' },
        start: '2027-03-29 09:00',
        end: '2027-03-29 16:00',
        halls: [
          {
            id: 'A',
            name: { 'zh-CN': 'A馆', en: 'Hall A' },
            width: 2 + columns * 4,
            height: 3 + rows * 3,
          },
        ],
        booths,
      },
    ],
    activities: activities ? talks(employers) : [],
  };
}

/** `YYYY-MM-DD`, the day of an instant in Shanghai, the feed's zone. */
const shanghaiDay = (instant: number): string =>
  new Intl.DateTimeFormat('sv', { timeZone: 'Asia/Shanghai' }).format(instant);

/**
 * Talks relative to now: the first employer is live (started 20 minutes ago, with a live stream),
 * the second talks later today when today (in Shanghai) has more than 20 minutes left, the third
 * tomorrow (shown neither as live nor as today's).
 */
function talks(employers: Raw[]): Raw[] {
  const now = Date.now();
  const list: Raw[] = [
    {
      id: 'talk-live',
      kind: 'livestream',
      title: { 'zh-CN': '空中宣讲会', en: 'Online talk' },
      start: new Date(now - 20 * MINUTE).toISOString(),
      end: new Date(now + 70 * MINUTE).toISOString(),
      employer: employers[0]?.id,
      liveUrl: 'https://live.example.com/talk-live',
    },
    {
      id: 'talk-tomorrow',
      kind: 'talk',
      title: { 'zh-CN': '专场宣讲会', en: 'Campus talk' },
      start: new Date(now + 24 * 60 * MINUTE).toISOString(),
      employer: employers[2]?.id,
    },
  ];
  // Shanghai keeps no daylight saving time: its day ends 24 hours after it starts.
  const midnight = Date.parse(`${shanghaiDay(now)}T00:00:00+08:00`) + 24 * 60 * MINUTE;
  if (midnight - now > 20 * MINUTE) {
    // Halfway to midnight, on a whole five minutes: "14:35 宣讲".
    const start = Math.ceil((now + (midnight - now) / 2) / (5 * MINUTE)) * 5 * MINUTE;
    list.push({
      id: 'talk-today',
      kind: 'talk',
      title: { 'zh-CN': '专场宣讲会', en: 'Campus talk' },
      start: new Date(Math.min(start, midnight - 5 * MINUTE)).toISOString(),
      employer: employers[1]?.id,
      location: { 'zh-CN': '学术报告厅', en: 'Lecture hall' },
    });
  }
  return list.filter((talk) => talk.employer);
}
