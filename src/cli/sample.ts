/**
 * `fairkit sample`: a realistic synthetic feed for a spring 双选会 of a fictional university, at any
 * size from one employer to tens of thousands, in one hall or many.
 *
 * Deterministic: a seeded PRNG (mulberry32) and no clock, so the same options give the same feed.
 * With the defaults it is the committed `tests/fixtures/spring-fair.json` (written by
 * `scripts/make-sample-feed.mjs`), which the demo, the embedding checks, the benchmarks and the
 * elements' "huge" stories use: the order of random draws for the defaults must not change, or
 * that file changes with it. Every name is made up from syllables; any likeness to a real
 * organisation is chance. Dates hang off {@link ANCHOR}.
 *
 * Out-of-range options: {@link checkSampleOptions} says what is wrong (an English sentence, or
 * `null`), and {@link sampleFeed} throws it as a `RangeError`.
 */

/** What {@link sampleFeed} makes; every field is optional. */
export interface SampleOptions {
  /** How many employers, all with a booth in the main fair: 1 to 50,000 (default 1,227). */
  employers?: number;
  /** How many halls, `A` to `Z` (default 2). */
  halls?: number;
  /** Seed of the random generator, a whole number from 0 to 4,294,967,295 (default 20270322). */
  seed?: number;
}

/** The options of `tests/fixtures/spring-fair.json`. */
export const SAMPLE_DEFAULTS: Readonly<Required<SampleOptions>> = Object.freeze({
  employers: 1227,
  halls: 2,
  seed: 20270322,
});

/** The accepted range of each option, both ends included. */
export const SAMPLE_LIMITS: {
  readonly employers: { readonly min: number; readonly max: number };
  readonly halls: { readonly min: number; readonly max: number };
  readonly seed: { readonly min: number; readonly max: number };
} = Object.freeze({
  employers: Object.freeze({ min: 1, max: 50_000 }),
  halls: Object.freeze({ min: 1, max: 26 }),
  seed: Object.freeze({ min: 0, max: 0xffffffff }),
});

/**
 * What is wrong with `options`, as one English sentence naming the option, its range and the value
 * given (`"employers must be a whole number from 1 to 50000, not 0."`), or `null` when they are fine.
 * `undefined` fields take their defaults.
 */
export function checkSampleOptions(options: SampleOptions): string | null {
  for (const key of ['employers', 'halls', 'seed'] as const) {
    const value: unknown = options[key];
    if (value === undefined) continue;
    const { min, max } = SAMPLE_LIMITS[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const found =
        typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value);
      return `${key} must be a whole number from ${min} to ${max}, not ${found}.`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The size of the default feed, which the figures below scale from.

/** The day of the main fair; every other date is an offset from it. */
const ANCHOR = '2027-03-22';
const MAIN_TITLE = { 'zh-CN': '2027届春季综合类双选会', en: 'Class of 2027 Spring Career Fair' };
const BASE_EMPLOYERS = 1227;
/** Free stands at the base size (1.6 %), scaled with the employers. */
const BASE_FREE_BOOTHS = 20;
/** "70,000+ positions" on the poster: stats.positions is the sum of openings, topped up to this. */
const BASE_MIN_OPENINGS = 70368;
const BASE_VISITORS = 20000;

/** `base` for the default employer count, in proportion for any other. */
const scaled = (base: number, employers: number): number =>
  Math.round((base * employers) / BASE_EMPLOYERS);

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32).

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof randomness>;

function randomness(seed: number) {
  const random = mulberry32(seed);
  return {
    random,
    int: (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!,
    chance: (p: number): boolean => random() < p,
    /** Picks from `[item, weight]` pairs. */
    weighted<T>(pairs: readonly (readonly [T, number])[]): T {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = random() * total;
      for (const [item, w] of pairs) if ((r -= w) < 0) return item;
      return pairs[pairs.length - 1]![0];
    },
    /** `n` distinct items of `list` (all of them if it is shorter), in drawn order. */
    sample<T>(list: readonly T[], n: number): T[] {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length)
        out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Dates relative to ANCHOR, written as wall-clock times in the feed's zone (no offset).

function day(offset: number): string {
  const d = new Date(`${ANCHOR}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const at = (offset: number, hhmm: string): string => `${day(offset)}T${hhmm}`;

interface Bilingual {
  'zh-CN': string;
  en: string;
}
const T = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

// ---------------------------------------------------------------------------------------------
// Reference lists.

type Province = readonly [zh: string, en: string, weight: number, cities: readonly string[]];
type Industry = readonly [
  id: string,
  zh: string,
  en: string,
  weight: number,
  nouns: readonly (readonly [zh: string, en: string])[],
  majors: readonly string[],
  titles: readonly string[],
];

const PROVINCES: readonly Province[] = [
  // [zh, en, weight, cities]
  ['北京', 'Beijing', 40, ['北京']],
  ['天津', 'Tianjin', 12, ['天津']],
  ['河北', 'Hebei', 8, ['石家庄', '保定']],
  ['山西', 'Shanxi', 5, ['太原']],
  ['内蒙古', 'Inner Mongolia', 4, ['呼和浩特', '包头']],
  ['辽宁', 'Liaoning', 8, ['沈阳', '大连']],
  ['吉林', 'Jilin', 4, ['长春']],
  ['黑龙江', 'Heilongjiang', 4, ['哈尔滨']],
  ['上海', 'Shanghai', 260, ['上海']],
  ['江苏', 'Jiangsu', 170, ['南京', '苏州', '无锡', '常州', '南通']],
  ['浙江', 'Zhejiang', 140, ['杭州', '宁波', '嘉兴', '绍兴']],
  ['安徽', 'Anhui', 50, ['合肥', '芜湖']],
  ['福建', 'Fujian', 30, ['福州', '厦门']],
  ['江西', 'Jiangxi', 15, ['南昌']],
  ['山东', 'Shandong', 40, ['济南', '青岛', '烟台']],
  ['河南', 'Henan', 15, ['郑州', '洛阳']],
  ['湖北', 'Hubei', 25, ['武汉', '宜昌']],
  ['湖南', 'Hunan', 15, ['长沙', '株洲']],
  ['广东', 'Guangdong', 70, ['广州', '深圳', '东莞', '佛山']],
  ['广西', 'Guangxi', 5, ['南宁', '柳州']],
  ['海南', 'Hainan', 4, ['海口', '三亚']],
  ['重庆', 'Chongqing', 12, ['重庆']],
  ['四川', 'Sichuan', 18, ['成都', '绵阳']],
  ['贵州', 'Guizhou', 4, ['贵阳']],
  ['云南', 'Yunnan', 4, ['昆明']],
  ['西藏', 'Tibet', 1, ['拉萨']],
  ['陕西', 'Shaanxi', 12, ['西安']],
  ['甘肃', 'Gansu', 3, ['兰州']],
  ['青海', 'Qinghai', 1, ['西宁']],
  ['宁夏', 'Ningxia', 2, ['银川']],
  ['新疆', 'Xinjiang', 3, ['乌鲁木齐']],
];

// Syllables for made-up brand names: [character, pinyin].
const SYLLABLES: readonly (readonly [zh: string, pinyin: string])[] = [
  ['澄', 'Cheng'],
  ['岚', 'Lan'],
  ['珩', 'Heng'],
  ['璟', 'Jing'],
  ['沛', 'Pei'],
  ['骁', 'Xiao'],
  ['弈', 'Yi'],
  ['棠', 'Tang'],
  ['岱', 'Dai'],
  ['朔', 'Shuo'],
  ['曦', 'Xi'],
  ['峤', 'Qiao'],
  ['湛', 'Zhan'],
  ['翎', 'Ling'],
  ['霁', 'Ji'],
  ['溯', 'Su'],
  ['砚', 'Yan'],
  ['樾', 'Yue'],
  ['禾', 'He'],
  ['昕', 'Xin'],
  ['晟', 'Sheng'],
  ['琮', 'Cong'],
  ['泓', 'Hong'],
  ['瀚', 'Han'],
  ['钧', 'Jun'],
  ['柘', 'Zhe'],
  ['芃', 'Peng'],
  ['屹', 'Yi'],
  ['桉', 'An'],
  ['芮', 'Rui'],
  ['筠', 'Yun'],
  ['鹭', 'Lu'],
  ['澜', 'Lan'],
  ['槿', 'Jin'],
  ['溱', 'Zhen'],
  ['昶', 'Chang'],
  ['炜', 'Wei'],
  ['朗', 'Lang'],
  ['峰', 'Feng'],
  ['拓', 'Tuo'],
  ['衍', 'Yan'],
  ['泽', 'Ze'],
];
// Latin syllables for foreign employers.
const LATIN_A = [
  'Vel',
  'Nor',
  'Ast',
  'Kel',
  'Mer',
  'Lum',
  'Tar',
  'Sol',
  'Bren',
  'Quor',
  'Hal',
  'Orv',
];
const LATIN_B = ['ora', 'ex', 'ion', 'ix', 'and', 'aris', 'ent', 'ova', 'is', 'ar', 'eon', 'ium'];

// industry id, zh, en, weight, [noun zh, noun en][], majors, position titles
const INDUSTRIES: readonly Industry[] = [
  [
    'electronics',
    '电子信息',
    'Electronics & IT',
    130,
    [
      ['电子科技', 'Electronic Technology'],
      ['微电子', 'Microelectronics'],
      ['半导体', 'Semiconductor'],
      ['通信技术', 'Communication Technology'],
    ],
    ['电子信息工程', '通信工程', '微电子科学与工程', '计算机科学与技术', '自动化'],
    ['嵌入式软件工程师', '硬件工程师', '芯片验证工程师', '射频工程师', '测试工程师', 'FAE技术支持'],
  ],
  [
    'equipment',
    '装备制造',
    'Equipment Manufacturing',
    110,
    [
      ['重工', 'Heavy Industry'],
      ['精密机械', 'Precision Machinery'],
      ['智能装备', 'Intelligent Equipment'],
      ['机电', 'Mechatronics'],
    ],
    ['机械设计制造及其自动化', '机械电子工程', '材料成型及控制工程', '工业工程', '测控技术与仪器'],
    ['机械设计工程师', '工艺工程师', '电气工程师', '质量工程师', '生产管培生'],
  ],
  [
    'new-energy',
    '新能源',
    'New Energy',
    80,
    [
      ['新能源', 'New Energy'],
      ['光伏科技', 'Photovoltaic Technology'],
      ['储能科技', 'Energy Storage'],
      ['氢能', 'Hydrogen Energy'],
    ],
    ['新能源科学与工程', '电气工程及其自动化', '材料科学与工程', '化学工程与工艺'],
    ['电池研发工程师', '电力电子工程师', '项目工程师', '储能系统工程师'],
  ],
  [
    'biomedicine',
    '生物医药',
    'Biomedicine',
    70,
    [
      ['生物医药', 'Biopharma'],
      ['制药', 'Pharmaceutical'],
      ['生物科技', 'Biotechnology'],
      ['基因科技', 'Genomics'],
    ],
    ['生物工程', '制药工程', '药学', '生物技术', '化学'],
    ['药物研发专员', 'QA/QC专员', '临床监查员', '医药代表', '细胞培养工程师'],
  ],
  [
    'finance',
    '金融',
    'Finance',
    80,
    [
      ['证券', 'Securities'],
      ['保险', 'Insurance'],
      ['资产管理', 'Asset Management'],
      ['金融服务', 'Financial Services'],
    ],
    ['金融学', '会计学', '经济学', '统计学', '数学与应用数学'],
    ['客户经理', '风险管理岗', '金融科技岗', '柜员', '财务管培生'],
  ],
  [
    'education',
    '教育',
    'Education',
    60,
    [
      ['教育科技', 'Education Technology'],
      ['教育集团', 'Education Group'],
      ['实验学校', 'Experimental School'],
    ],
    ['汉语言文学', '英语', '数学与应用数学', '物理学', '教育技术学'],
    ['中学数学教师', '中学英语教师', '课程研发', '学业规划师'],
  ],
  [
    'construction',
    '建筑工程',
    'Construction',
    90,
    [
      ['建设', 'Construction'],
      ['建工', 'Building Engineering'],
      ['工程设计', 'Engineering Design'],
      ['市政工程', 'Municipal Engineering'],
    ],
    ['土木工程', '建筑学', '工程管理', '给排水科学与工程', '工程造价'],
    ['施工员', '结构设计师', '造价工程师', 'BIM工程师', '项目管培生'],
  ],
  [
    'transport',
    '交通运输',
    'Transport',
    45,
    [
      ['轨道交通', 'Rail Transit'],
      ['航运', 'Shipping'],
      ['港务', 'Port'],
      ['交通科技', 'Transport Technology'],
    ],
    ['交通运输', '交通工程', '轮机工程', '航海技术', '物流工程'],
    ['调度员', '线路工程师', '船舶管理员', '运营管培生'],
  ],
  [
    'chemicals',
    '化工材料',
    'Chemicals & Materials',
    60,
    [
      ['化工', 'Chemical'],
      ['新材料', 'Advanced Materials'],
      ['精细化工', 'Fine Chemicals'],
      ['高分子材料', 'Polymer'],
    ],
    ['化学工程与工艺', '高分子材料与工程', '应用化学', '材料科学与工程', '安全工程'],
    ['工艺工程师', '研发工程师', '安全工程师', '分析检测员'],
  ],
  [
    'internet',
    '互联网',
    'Internet',
    110,
    [
      ['网络科技', 'Network Technology'],
      ['信息科技', 'Information Technology'],
      ['数字科技', 'Digital Technology'],
      ['智能科技', 'AI Technology'],
    ],
    ['计算机科学与技术', '软件工程', '数据科学与大数据技术', '人工智能', '数字媒体技术'],
    [
      '后端开发工程师',
      '前端开发工程师',
      '算法工程师',
      '产品经理',
      '数据分析师',
      '测试开发工程师',
      'UI设计师',
      '运维开发工程师',
    ],
  ],
  [
    'healthcare',
    '医疗卫生',
    'Healthcare',
    50,
    [
      ['医疗器械', 'Medical Devices'],
      ['健康科技', 'Health Technology'],
      ['医学检验', 'Medical Laboratory'],
    ],
    ['临床医学', '护理学', '医学检验技术', '生物医学工程', '康复治疗学'],
    ['护士', '住院医师', '检验技师', '医疗器械注册专员'],
  ],
  [
    'power',
    '能源电力',
    'Energy & Power',
    55,
    [
      ['电力', 'Electric Power'],
      ['能源', 'Energy'],
      ['电力设计', 'Power Engineering Design'],
      ['热电', 'Thermal Power'],
    ],
    ['电气工程及其自动化', '能源与动力工程', '热能与动力工程', '自动化'],
    ['变电运维岗', '继电保护工程师', '电力设计工程师', '营销服务岗'],
  ],
  [
    'automotive',
    '汽车',
    'Automotive',
    60,
    [
      ['汽车', 'Automotive'],
      ['汽车零部件', 'Auto Parts'],
      ['智能驾驶', 'Autonomous Driving'],
      ['动力科技', 'Powertrain'],
    ],
    ['车辆工程', '机械设计制造及其自动化', '电子信息工程', '软件工程'],
    ['整车测试工程师', '底盘工程师', '智能驾驶算法工程师', '供应商质量工程师'],
  ],
  [
    'aerospace',
    '航空航天',
    'Aerospace',
    30,
    [
      ['航空', 'Aviation'],
      ['航天科技', 'Space Technology'],
      ['飞行器', 'Aircraft'],
      ['航空装备', 'Aero Equipment'],
    ],
    ['飞行器设计与工程', '航空航天工程', '机械工程', '材料科学与工程', '电子信息工程'],
    ['结构强度工程师', '航电工程师', '总装工艺员', '适航工程师'],
  ],
  [
    'agrifood',
    '农业食品',
    'Agriculture & Food',
    40,
    [
      ['食品', 'Foods'],
      ['农业科技', 'Agritech'],
      ['乳业', 'Dairy'],
      ['饮品', 'Beverages'],
    ],
    ['食品科学与工程', '食品质量与安全', '生物工程', '农学', '市场营销'],
    ['食品研发工程师', '品控专员', '储备干部', '销售代表'],
  ],
  [
    'media',
    '文化传媒',
    'Culture & Media',
    40,
    [
      ['文化传媒', 'Culture & Media'],
      ['影视', 'Film & TV'],
      ['出版', 'Publishing'],
      ['广告', 'Advertising'],
    ],
    ['新闻学', '广告学', '数字媒体艺术', '汉语言文学', '视觉传达设计'],
    ['新媒体运营', '视频编导', '文案策划', '编辑'],
  ],
  [
    'consulting',
    '咨询服务',
    'Consulting',
    45,
    [
      ['咨询', 'Consulting'],
      ['人力资源', 'Human Resources'],
      ['管理咨询', 'Management Consulting'],
      ['工程咨询', 'Engineering Consulting'],
    ],
    ['工商管理', '人力资源管理', '会计学', '统计学', '法学'],
    ['咨询顾问', '审计助理', '招聘专员', '研究助理'],
  ],
  [
    'logistics',
    '商贸物流',
    'Trade & Logistics',
    55,
    [
      ['供应链', 'Supply Chain'],
      ['物流', 'Logistics'],
      ['商贸', 'Trading'],
      ['国际贸易', 'International Trade'],
    ],
    ['物流管理', '国际经济与贸易', '电子商务', '市场营销', '供应链管理'],
    ['供应链专员', '采购专员', '外贸业务员', '仓储主管'],
  ],
  [
    'environment',
    '环境保护',
    'Environmental Protection',
    35,
    [
      ['环保科技', 'Environmental Technology'],
      ['水务', 'Water'],
      ['环境工程', 'Environmental Engineering'],
      ['生态', 'Ecology'],
    ],
    ['环境工程', '环境科学', '给排水科学与工程', '化学工程与工艺'],
    ['环评工程师', '水处理工程师', '检测技术员', '项目助理'],
  ],
  [
    'public',
    '公共服务',
    'Public Services',
    40,
    [
      ['公共事业', 'Public Utilities'],
      ['城市服务', 'City Services'],
      ['城市运营', 'Urban Operations'],
    ],
    ['公共事业管理', '行政管理', '社会工作', '法学', '汉语言文学'],
    ['综合管理岗', '社区工作者', '文秘', '项目专员'],
  ],
];

const TYPES: readonly (readonly [string, number])[] = [
  ['central-soe', 6],
  ['soe', 16],
  ['private', 55],
  ['foreign', 8],
  ['institution', 7],
  ['university', 3],
  ['hospital', 5],
];
const DEGREES: readonly (readonly [string, number])[] = [
  ['bachelor', 60],
  ['master', 30],
  ['doctoral', 4],
  ['associate', 6],
];
const TAGS = [
  '五险一金',
  '双休',
  '提供住宿',
  '落户支持',
  '年终奖',
  '带薪年假',
  '导师制',
  '股权激励',
];
const LOGO_COLOURS = [
  '#c8102e',
  '#0b5fa5',
  '#1f7a4d',
  '#8a4b0f',
  '#5b2a86',
  '#0f766e',
  '#b45309',
  '#334155',
];

// ---------------------------------------------------------------------------------------------
// Employers.

interface Position {
  title: string;
  openings: number;
  majors?: string[];
  degree: string;
  city?: string;
}

interface Employer {
  id: string;
  name: Bilingual;
  shortName: Bilingual;
  logo?: string;
  industry: string;
  region: Bilingual;
  type: string;
  url?: string;
  applyUrl?: string;
  video?: string;
  tags?: string[];
  positions: Position[];
}

interface Brand {
  zh: string;
  en: string;
}

/** After this many draws in a row that gave a name already taken, brands have three syllables… */
const TWO_SYLLABLE_TRIES = 20;
/** …and after this many, the last brand drawn takes the lowest number that makes it unique. */
const RANDOM_TRIES = 40;

function brand(r: Random, syllables: number): Brand {
  const parts = r.sample(SYLLABLES, syllables);
  return {
    zh: parts.map(([zh]) => zh).join(''),
    en: parts.map(([, en], i) => (i === 0 ? en : en.toLowerCase())).join(''),
  };
}

function tinyLogo(char: string, colour: string): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'><rect width='40' height='40' rx='8' fill='${colour}'/>` +
    `<text x='20' y='27' font-size='20' text-anchor='middle' fill='#fff'>${char}</text></svg>`;
  return (
    'data:image/svg+xml,' +
    encodeURIComponent(svg)
      .replace(/%20/g, ' ')
      .replace(/%3D/g, '=')
      .replace(/%2F/g, '/')
      .replace(/%3A/g, ':')
      .replace(/%27/g, "'")
  );
}

/** What the random draws of one naming attempt chose. */
interface NameDraw {
  type: string;
  brand: Brand;
  noun: readonly [string, string];
  /** The Latin brand of a foreign employer. */
  latin: string;
  /** A private employer named after its city rather than as a listed company. */
  local: boolean;
  city: string;
  province: Province;
}

/** An employer's full and short names, in the shape its type uses. */
function employerNames({ type, brand: b, noun, latin, local, city, province }: NameDraw): {
  name: Brand;
  shortName: Brand;
} {
  const [nounZh, nounEn] = noun;
  const [provZh, provEn] = province;
  const cityEn = provEn; // city names only in Chinese; the English name uses the province
  switch (type) {
    case 'central-soe':
      return {
        name: {
          zh: `中国${b.zh}${nounZh}集团有限公司`,
          en: `China ${b.en} ${nounEn} Group Co., Ltd.`,
        },
        shortName: { zh: `中${b.zh}`, en: `${b.en} Group` },
      };
    case 'soe':
      return {
        name: {
          zh: `${provZh}${b.zh}${nounZh}集团有限公司`,
          en: `${provEn} ${b.en} ${nounEn} Group Co., Ltd.`,
        },
        shortName: { zh: `${b.zh}集团`, en: `${b.en} Group` },
      };
    case 'foreign':
      return {
        name: {
          zh: `${b.zh}（中国）${nounZh}有限公司`,
          en: `${latin} (China) ${nounEn} Co., Ltd.`,
        },
        shortName: { zh: b.zh, en: latin },
      };
    case 'institution':
      return {
        name: {
          zh: `${city}市${b.zh}${nounZh}研究院`,
          en: `${cityEn} ${b.en} Institute of ${nounEn}`,
        },
        shortName: { zh: `${b.zh}研究院`, en: `${b.en} Institute` },
      };
    case 'university':
      return {
        name: { zh: `${b.zh}理工学院`, en: `${b.en} Institute of Technology` },
        shortName: { zh: `${b.zh}理工`, en: `${b.en} Tech` },
      };
    case 'hospital':
      return {
        name: { zh: `${city}${b.zh}医院`, en: `${b.en} Hospital, ${cityEn}` },
        shortName: { zh: `${b.zh}医院`, en: `${b.en} Hospital` },
      };
    default:
      return {
        name: local
          ? { zh: `${city}${b.zh}${nounZh}有限公司`, en: `${cityEn} ${b.en} ${nounEn} Co., Ltd.` }
          : { zh: `${b.zh}${nounZh}股份有限公司`, en: `${b.en} ${nounEn} Inc.` },
        shortName: { zh: b.zh + (nounZh.length <= 3 ? nounZh : nounZh.slice(0, 2)), en: b.en },
      };
  }
}

/**
 * Names unique across the feed. Two syllables make 1,722 brands, and a university's name is its
 * brand alone: at tens of thousands of employers they run out, so repeated misses move on to three
 * syllables, and then to a number, which always ends the search.
 */
function uniqueNames(
  r: Random,
  used: Set<string>,
  type: string,
  nouns: Industry[4],
  city: string,
  province: Province,
): { name: Brand; shortName: Brand } {
  for (let tries = 0; ; tries++) {
    const draw: NameDraw = {
      type,
      brand: brand(r, tries < TWO_SYLLABLE_TRIES ? 2 : 3),
      noun: r.pick(nouns),
      latin: type === 'foreign' ? r.pick(LATIN_A) + r.pick(LATIN_B) : '',
      local: type === 'private' && r.chance(0.5),
      city,
      province,
    };
    let names = employerNames(draw);
    if (!used.has(names.name.zh)) return names;
    if (tries < RANDOM_TRIES) continue;
    const { zh, en } = draw.brand;
    for (let n = 2; used.has(names.name.zh); n++) {
      names = employerNames({ ...draw, brand: { zh: `${zh}${n}`, en: `${en} ${n}` } });
    }
    return names;
  }
}

function makeEmployer(
  r: Random,
  id: string,
  usedNames: Set<string>,
  industry: Industry,
  province: Province,
): Employer {
  const [indId, , , , nouns, majors, titles] = industry;
  const [provZh, provEn, , cities] = province;
  let type = r.weighted(TYPES);
  if (type === 'hospital' && indId !== 'healthcare') type = 'institution';
  if (indId === 'healthcare' && (type === 'institution' || r.chance(0.5))) type = 'hospital';
  const city = r.pick(cities);
  const { name, shortName } = uniqueNames(r, usedNames, type, nouns, city, province);
  usedNames.add(name.zh);

  // Built in the order of the fixture's keys: the casts stand for the fields filled in below.
  const employer: Employer = {
    id,
    name: T(name.zh, name.en),
    shortName: T(shortName.zh, shortName.en),
  } as Employer;
  if (r.chance(0.05)) employer.logo = tinyLogo(shortName.zh[0]!, r.pick(LOGO_COLOURS));
  employer.industry = indId;
  employer.region = T(provZh, provEn);
  employer.type = type;
  if (r.chance(0.25)) employer.url = `https://${id}.example.com/`;
  if (r.chance(0.35)) employer.applyUrl = `https://jobs.example.com/${id}/apply`;
  if (r.chance(0.08)) employer.video = `https://video.example.org/${id}.mp4`;
  if (r.chance(0.3)) {
    employer.tags = r.sample(TAGS, r.int(1, 3));
  }
  // 1–8 positions, most employers bring a few. Position titles stay Chinese (as employers post
  // them) and majors/city are left out now and then, as in real listings; that keeps the file lean.
  const count = 1 + Math.floor(r.random() ** 2.2 * 8);
  employer.positions = r.sample(titles, Math.min(count, titles.length)).map((title) => {
    const position = {
      title,
      openings: Math.max(1, Math.round(Math.exp(r.random() * 4.2))),
    } as Position;
    if (r.chance(0.8)) position.majors = r.sample(majors, r.int(1, 2));
    position.degree =
      type === 'university' || type === 'institution'
        ? r.pick(['master', 'doctoral', 'master'])
        : r.weighted(DEGREES);
    if (r.chance(0.7)) position.city = r.chance(0.8) ? city : r.pick(cities);
    return position;
  });
  return employer;
}

// ---------------------------------------------------------------------------------------------
// Halls and booths: 3 × 2 m stands in back-to-back double rows ("blocks") 3 m apart, in segments
// of 20 with 6 m cross aisles between them. A standard hall is 160 × 96 m with 2 segments across
// and 10 blocks down (800 stands); a hall that must hold more grows by whole segments and blocks,
// keeping about the standard hall's proportions, and its landmarks keep their distance to the
// nearest walls. Employers stand in industry zones (sorted by industry), a free stand now and then.

const BOOTH_W = 3;
const BOOTH_H = 2;
const PER_SEGMENT = 20;
const LEFT = 8;
const TOP = 14;
const CROSS_AISLE = 6;
const ROW_PITCH = 2 * BOOTH_H + 3;
const SEGMENT_PITCH = PER_SEGMENT * BOOTH_W + CROSS_AISLE;
const HALL_W = 160;
const HALL_H = 96;
const SEGMENTS = 2;
const BLOCKS = 10;

interface Grid {
  segments: number;
  blocks: number;
}

const capacity = ({ segments, blocks }: Grid): number => segments * blocks * 2 * PER_SEGMENT;
const STANDARD_CAPACITY = capacity({ segments: SEGMENTS, blocks: BLOCKS });

/** The smallest grid, in the standard hall's proportions or wider, with room for `booths`. */
function gridFor(booths: number): Grid {
  if (booths <= STANDARD_CAPACITY) return { segments: SEGMENTS, blocks: BLOCKS };
  for (let segments = SEGMENTS + 1; ; segments++) {
    const blocks = Math.max(BLOCKS, Math.ceil(booths / (segments * 2 * PER_SEGMENT)));
    if (blocks * ROW_PITCH * HALL_W <= segments * SEGMENT_PITCH * HALL_H)
      return { segments, blocks };
  }
}

/**
 * How many booths each hall holds. The halls fill in order, as organisers fill the ground floor
 * first, when that leaves none empty and fits standard halls; otherwise the booths are shared out
 * evenly (over standard halls, or over larger ones).
 */
function hallShares(booths: number, halls: number): number[] {
  const fillInOrder =
    booths > STANDARD_CAPACITY * (halls - 1) && booths <= STANDARD_CAPACITY * halls;
  return Array.from({ length: halls }, (_, i) =>
    fillInOrder
      ? Math.min(STANDARD_CAPACITY, booths - i * STANDARD_CAPACITY)
      : Math.floor(booths / halls) + (i < booths % halls ? 1 : 0),
  );
}

interface Slot {
  hall: string;
  x: number;
  y: number;
}

/** The first `count` stands of a hall, block by block, each block's two rows left to right. */
function slots(hall: string, { segments }: Grid, count: number): Slot[] {
  const out: Slot[] = [];
  for (let block = 0; out.length < count; block++) {
    for (let side = 0; side < 2; side++) {
      for (let seg = 0; seg < segments; seg++) {
        for (let k = 0; k < PER_SEGMENT && out.length < count; k++) {
          out.push({
            hall,
            x: LEFT + seg * SEGMENT_PITCH + k * BOOTH_W,
            y: TOP + block * ROW_PITCH + side * BOOTH_H,
          });
        }
      }
    }
  }
  return out;
}

interface Booth {
  id: string;
  hall: string;
  x: number;
  y: number;
  w: number;
  h: number;
  employer?: string;
}

/** `A`, `B`, … `Z`. */
const hallId = (index: number): string => String.fromCharCode(65 + index);

/** "楼梯（至B馆）", "Stairs to Hall B"; "楼梯（至A馆、C馆）", "Stairs to Halls A and C". */
function stairsTo(ids: string[]): Bilingual {
  const zh = `楼梯（至${ids.map((id) => `${id}馆`).join('、')}）`;
  return T(
    zh,
    ids.length === 1 ? `Stairs to Hall ${ids[0]}` : `Stairs to Halls ${ids.join(' and ')}`,
  );
}

interface Landmark {
  id: string;
  hall: string;
  kind: string;
  name: Bilingual;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A hall's landmarks, placed for a standard hall. The ground-floor hall A has the entrances and
 * the service station; every hall above it is entered by the stairs and has a stage for talks.
 */
function standardLandmarks(index: number, halls: number): Omit<Landmark, 'hall'>[] {
  const id = hallId(index);
  const neighbours = [index - 1, index + 1].filter((i) => i >= 0 && i < halls).map(hallId);
  const L = (key: string, kind: string, name: Bilingual, x: number, y: number, w = 0, h = 0) => ({
    id: `${id.toLowerCase()}-${key}`,
    kind,
    name,
    x,
    y,
    w,
    h,
  });
  const stairsAndLift = (stairsX: number) =>
    neighbours.length
      ? [
          L('stairs', 'stairs', stairsTo(neighbours), stairsX, 84, 4, 8),
          L('lift', 'elevator', T('电梯', 'Lift'), 2, 74, 4, 4),
        ]
      : [];
  if (index === 0) {
    // Ground floor: entrances on the south side, the service station on the east side.
    return [
      L('in-1', 'entrance', T('南门入口', 'South entrance'), 30, 94, 8, 2),
      L('in-2', 'entrance', T('西南入口', 'South-west entrance'), 90, 94, 8, 2),
      L('out-1', 'exit', T('北门出口', 'North exit'), 60, 0, 8, 2),
      L('info', 'info', T('咨询台', 'Information desk'), 40, 86, 6, 3),
      L('service', 'service', T('求职服务站', 'Job-seeker service station'), 140, 14, 16, 40),
      L('clinic', 'service', T('简历门诊', 'CV clinic'), 141, 16, 14, 10),
      L('policy', 'service', T('政策咨询', 'Policy advice'), 141, 28, 14, 10),
      L('counselling', 'service', T('心理咨询', 'Counselling'), 141, 40, 14, 10),
      L('wc', 'toilet', T('卫生间', 'Toilets'), 150, 80, 8, 6),
      ...stairsAndLift(2),
    ];
  }
  return [
    L('in', 'entrance', T('楼梯口入口', 'Entrance from the stairs'), 2, 84, 4, 8),
    L('out', 'exit', T('东侧安全出口', 'East emergency exit'), 156, 60, 2, 8),
    L('stage', 'stage', T('宣讲舞台', 'Talks stage'), 140, 14, 16, 24),
    L('info', 'info', T('咨询台', 'Information desk'), 10, 86, 6, 3),
    L('wc', 'toilet', T('卫生间', 'Toilets'), 150, 80, 8, 6),
    ...stairsAndLift(8),
  ];
}

// ---------------------------------------------------------------------------------------------
// The feed.

const ORG = T(
  '华东理工科技大学就业指导中心',
  'Career Centre, East China University of Science and Engineering Technology',
);
const SITE = 'https://career.example.org';
const VENUE = {
  name: T('华东理工科技大学 体育馆', 'University Sports Centre'),
  address: T('临港新区海润大道 1 号', '1 Hairun Avenue, Lingang'),
  campus: T('临港校区', 'Lingang campus'),
};

/**
 * A realistic synthetic feed: the raw JSON object, as a webmaster would write it. Besides the main
 * fair (every employer at a booth, in `halls` halls, with landmarks and stats that match the data)
 * it has a specialist fair, an online fair, a past one and a cancelled one, a series of activities,
 * live talks and two seasons of placement figures. Deterministic for given options; no clock.
 *
 * @throws RangeError when an option is out of range (see {@link checkSampleOptions}).
 */
export function sampleFeed(options: SampleOptions = {}): Record<string, unknown> {
  const problem = checkSampleOptions(options);
  if (problem) throw new RangeError(problem);
  const {
    employers: employerCount = SAMPLE_DEFAULTS.employers,
    halls: hallCount = SAMPLE_DEFAULTS.halls,
    seed = SAMPLE_DEFAULTS.seed,
  } = options;
  const r = randomness(seed);

  const idWidth = Math.max(4, String(employerCount).length);
  const provinceWeights = PROVINCES.map((p) => [p, p[2]] as const);
  const industryWeights = INDUSTRIES.map((x) => [x, x[3]] as const);
  const usedNames = new Set<string>();
  const employers: Employer[] = [];
  /** Each employer's place in INDUSTRIES, for the booth order. */
  const industryIndex: number[] = [];
  for (let i = 0; i < employerCount; i++) {
    // The first employers cover every province and industry once; the rest follow the weights.
    const province = i < PROVINCES.length ? PROVINCES[i]! : r.weighted(provinceWeights);
    const industry = i < INDUSTRIES.length ? INDUSTRIES[i]! : r.weighted(industryWeights);
    const id = `e${String(i + 1).padStart(idWidth, '0')}`;
    employers.push(makeEmployer(r, id, usedNames, industry, province));
    industryIndex.push(INDUSTRIES.indexOf(industry));
  }

  // Top the openings up to the headline figure, so stats.positions is the real sum.
  const minOpenings = scaled(BASE_MIN_OPENINGS, employerCount);
  const allPositions = employers.flatMap((e) => e.positions);
  let openings = allPositions.reduce((s, p) => s + p.openings, 0);
  for (let i = 0; openings < minOpenings; i = (i + 7) % allPositions.length) {
    allPositions[i]!.openings += 1;
    openings += 1;
  }

  // Halls, and the stands in them.
  const freeBooths = scaled(BASE_FREE_BOOTHS, employerCount);
  const totalBooths = employerCount + freeBooths;
  const shares = hallShares(totalBooths, hallCount);
  const grid = gridFor(Math.max(...shares));
  const dw = (grid.segments - SEGMENTS) * SEGMENT_PITCH;
  const dh = (grid.blocks - BLOCKS) * ROW_PITCH;
  const halls = shares.map((_, i) => {
    const id = hallId(i);
    return {
      id,
      name: T(`${id}馆`, `Hall ${id}`),
      floor: i + 1,
      width: HALL_W + dw,
      height: HALL_H + dh,
    };
  });
  const landmarks: Landmark[] = halls.flatMap(({ id: hall }, i) =>
    standardLandmarks(i, hallCount).map(({ id, kind, name, x, y, w, h }) => ({
      id,
      hall,
      kind,
      name,
      x: x < HALL_W / 2 ? x : x + dw,
      y: y < HALL_H / 2 ? y : y + dh,
      w,
      h,
    })),
  );

  // Employers by industry, then in id order.
  const order = employers
    .map((employer, i) => ({ employer, industry: industryIndex[i]!, i }))
    .sort((a, b) => a.industry - b.industry || a.i - b.i)
    .map(({ employer }) => employer);
  const freeEvery = Math.floor(totalBooths / Math.max(1, freeBooths));
  const booths: Booth[] = [];
  let next = 0;
  halls.forEach((hall, h) => {
    const digits = Math.max(3, String(shares[h]).length);
    slots(hall.id, grid, shares[h]!).forEach((slot, k) => {
      const i = booths.length;
      const booth: Booth = {
        id: `${hall.id}-${String(k + 1).padStart(digits, '0')}`,
        hall: hall.id,
        x: slot.x,
        y: slot.y,
        w: BOOTH_W,
        h: BOOTH_H,
      };
      const free = i % freeEvery === freeEvery - 1 && i < freeBooths * freeEvery;
      if (!free) booth.employer = order[next++]!.id;
      booths.push(booth);
    });
  });
  if (next !== employerCount) throw new Error(`assigned ${next} of ${employerCount} employers`);

  const byIndustry = (id: string) => employers.filter((e) => e.industry === id).map((e) => e.id);
  const fairs = [
    {
      id: 'spring-2027',
      title: MAIN_TITLE,
      start: at(0, '09:00'),
      end: at(0, '16:00'),
      url: `${SITE}/fairs/spring-2027`,
      registrationUrl: `${SITE}/fairs/spring-2027/register`,
      liveUrl: 'https://live.example.com/spring-2027',
      venue: VENUE,
      stats: {
        employers: employerCount,
        positions: openings,
        visitors: Math.max(100, Math.round(scaled(BASE_VISITORS, employerCount) / 100) * 100),
        provinces: new Set(employers.map((e) => e.region.en)).size,
        industries: new Set(employers.map((e) => e.industry)).size,
      },
      halls,
      booths,
      landmarks,
    },
    {
      id: 'spring-2027-health',
      title: T('春季医药卫生类专场双选会', 'Spring Fair: Healthcare & Biomedicine'),
      start: at(7, '13:30'),
      end: at(7, '16:30'),
      url: `${SITE}/fairs/spring-2027-health`,
      venue: {
        name: T('学生活动中心一楼', 'Student Centre, ground floor'),
        campus: T('临港校区', 'Lingang campus'),
      },
      employers: [...byIndustry('healthcare'), ...byIndustry('biomedicine')].slice(0, 60),
    },
    {
      id: 'spring-2027-online',
      title: T('“百日冲刺”云端双选会', '100-Day Sprint Online Fair'),
      start: at(38, '09:00'),
      end: day(40),
      online: true,
      url: `${SITE}/fairs/spring-2027-online`,
      liveUrl: 'https://live.example.com/sprint-2027',
      employers: r
        .sample(employers, 150)
        .map((e) => e.id)
        .sort(),
    },
    {
      id: 'autumn-2026',
      title: T('秋季综合类双选会', 'Autumn Career Fair'),
      start: '2026-10-24T09:00',
      end: '2026-10-24T16:00',
      url: `${SITE}/fairs/autumn-2026`,
      venue: VENUE,
      stats: { employers: 986, positions: 52310, visitors: 17000, provinces: 29, industries: 20 },
    },
    {
      id: 'spring-2027-west',
      title: T('西部地区专场招聘会', 'Western Regions Recruitment Day'),
      start: at(-7, '13:30'),
      end: at(-7, '16:30'),
      status: 'cancelled',
      url: `${SITE}/news/west-fair-cancelled`,
      venue: { name: T('图书馆报告厅', 'Library lecture hall') },
    },
  ];

  const series = [
    {
      id: 'zhiyin',
      title: T('“职”引未来 系列活动', 'Careers Ahead series'),
      description: T(
        '覆盖名企参访、行业专场、宣讲与模拟招聘、短视频论坛、暑期实践和实地参访的六场主题活动。',
        'Six themed events: company visits, an industry fair, talks with a mock-recruitment contest, a short-video forum, a summer camp and site visits.',
      ),
      url: `${SITE}/series/zhiyin`,
    },
  ];

  /** `{ employer }` naming the first employer of an industry, or nothing in a feed without one. */
  const hostFrom = (industry: string) => {
    const host = employers.find((e) => e.industry === industry);
    return host ? { employer: host.id } : {};
  };
  const activities: Record<string, unknown>[] = [
    {
      id: 'zy-1',
      series: 'zhiyin',
      kind: 'visit',
      title: T('名企参访', 'Visits to leading employers'),
      start: '2026-11-13T13:00',
      end: '2026-11-13T17:30',
      ...hostFrom('electronics'),
      location: T('苏州工业园区', 'Suzhou Industrial Park'),
      url: `${SITE}/series/zhiyin/1`,
    },
    {
      id: 'zy-2',
      series: 'zhiyin',
      kind: 'fair',
      title: T('电子信息行业专场招聘会', 'Electronics & IT Industry Fair'),
      start: '2026-12-10T13:30',
      end: '2026-12-10T17:00',
      location: T('学生活动中心一楼', 'Student Centre, ground floor'),
      url: `${SITE}/series/zhiyin/2`,
    },
    {
      id: 'zy-3',
      series: 'zhiyin',
      kind: 'competition',
      title: T('企业宣讲+模拟招聘大赛', 'Company talks and mock-recruitment contest'),
      start: '2026-12-18T14:00',
      end: '2026-12-18T17:30',
      location: T('图书馆报告厅', 'Library lecture hall'),
      url: `${SITE}/series/zhiyin/3`,
    },
    {
      id: 'zy-4',
      series: 'zhiyin',
      kind: 'talk',
      title: T('短视频就业论坛', 'Short-video careers forum'),
      start: at(-12, '14:00'),
      end: at(-12, '16:00'),
      location: T('图书馆报告厅', 'Library lecture hall'),
      liveUrl: 'https://live.example.com/zhiyin-forum',
      url: `${SITE}/series/zhiyin/4`,
    },
    {
      id: 'zy-5',
      series: 'zhiyin',
      kind: 'visit',
      title: T('实地参访', 'Site visits'),
      start: at(25, '08:30'),
      end: at(25, '17:00'),
      ...hostFrom('aerospace'),
      location: T('上海临港', 'Lingang, Shanghai'),
      url: `${SITE}/series/zhiyin/5`,
    },
    {
      id: 'zy-6',
      series: 'zhiyin',
      kind: 'camp',
      title: T('暑期实践营', 'Summer practice camp'),
      start: '2027-07-05',
      end: '2027-07-16',
      location: T('合作企业实践基地', "Partner employers' sites"),
      url: `${SITE}/series/zhiyin/6`,
    },
    {
      id: 'act-spring',
      kind: 'fair',
      fair: 'spring-2027',
      title: MAIN_TITLE,
      start: at(0, '09:00'),
      end: at(0, '16:00'),
      location: VENUE.name,
      url: `${SITE}/fairs/spring-2027`,
    },
  ];
  const livestreamHosts = r.sample(
    employers.filter((e) => e.type !== 'hospital'),
    8,
  );
  const liveDays = [2, 9, 16, 23, 30, 37, 44, 51];
  livestreamHosts.forEach((e, i) => {
    // 云宣讲 from late November on, one a week.
    const start = new Date(Date.UTC(2026, 10, 26 + liveDays[i]! - 2));
    const date = start.toISOString().slice(0, 10);
    activities.push({
      id: `live-${i + 1}`,
      kind: 'livestream',
      title: T(`云宣讲：${e.shortName['zh-CN']}`, `Live talk: ${e.shortName.en}`),
      start: `${date}T19:00`,
      end: `${date}T20:30`,
      employer: e.id,
      ...(i === 5 ? { status: 'postponed' } : {}),
      liveUrl: `https://live.example.com/talk/${e.id}`,
    });
  });

  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    organizer: { name: ORG, url: `${SITE}/` },
    updated: '2026-11-20T10:30:00+08:00',
    fairs,
    series,
    activities,
    placement: placement(),
    industries: INDUSTRIES.map(([id, zh, en]) => ({ id, name: T(zh, en) })),
    employers,
  };
}

// ---------------------------------------------------------------------------------------------
// Placement (毕业去向落实率) through two seasons; the rate is the published figure, `placed` follows it.
// The class of 2027 graduates in June 2027: on the feed's date (November 2026) its season has just
// begun, so it has two early figures, each with a same-time-last-year counterpart in the 2026 season.

const SEASONS: Record<
  string,
  { graduates: Record<string, number>; points: readonly (readonly [string, number])[] }
> = {
  2025: {
    graduates: { overall: 8412, undergraduate: 5630, master: 2782 },
    points: [
      ['2024-11-21', 0.158],
      ['2025-01-16', 0.312],
      ['2025-03-21', 0.518],
      ['2025-05-23', 0.701],
      ['2025-06-30', 0.842],
      ['2025-08-31', 0.913],
    ],
  },
  2026: {
    graduates: { overall: 8906, undergraduate: 5874, master: 3032 },
    points: [
      ['2025-10-16', 0.104],
      ['2025-11-20', 0.171],
      ['2026-01-15', 0.336],
      ['2026-03-20', 0.55],
      ['2026-05-21', 0.724],
      ['2026-06-30', 0.857],
      ['2026-08-31', 0.921],
    ],
  },
  2027: {
    graduates: { overall: 9120, undergraduate: 5980, master: 3140 },
    points: [
      ['2026-10-15', 0.118],
      ['2026-11-19', 0.187],
    ],
  },
};
const SCOPE_SHIFT = { overall: 0, undergraduate: -0.024, master: 0.041 };

/** The placement figures: the same whatever the options. */
function placement(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [cohort, { graduates, points }] of Object.entries(SEASONS)) {
    for (const [asOf, rate] of points) {
      for (const [scope, shift] of Object.entries(SCOPE_SHIFT)) {
        const r = Math.min(1, Math.round((rate + shift * (1 - rate) * 2) * 1000) / 1000);
        out.push({
          cohort,
          label: T(`${cohort}届`, `Class of ${cohort}`),
          scope,
          rate: scope === 'overall' ? rate : r,
          asOf,
          graduates: graduates[scope],
          placed: Math.round((scope === 'overall' ? rate : r) * graduates[scope]!),
          source: T('就业指导中心 毕业去向落实情况通报', 'Career Centre placement bulletin'),
          sourceUrl: `${SITE}/placement/${cohort}/${asOf}`,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output.

/**
 * A feed as text, the way `tests/fixtures/spring-fair.json` is written: readable at the top, one
 * list item per line below (so diffs stay small and the file lean), and a final newline.
 */
export function formatSample(feed: unknown): string {
  return `${format(feed)}\n`;
}

function format(value: unknown, indent = '', depth = 0): string {
  const flat = JSON.stringify(value);
  const expand = depth < 2 || flat.length > 1000;
  if (!expand || value === null || typeof value !== 'object' || flat.length < 80) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + format(v, inner, depth + 1)).join(',\n')}\n${indent}]`;
  }
  const body = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, depth + 1)}`,
  );
  return `{\n${body.join(',\n')}\n${indent}}`;
}
