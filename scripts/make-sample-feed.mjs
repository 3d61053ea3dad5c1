#!/usr/bin/env node
// Writes tests/fixtures/spring-fair.json: a full-scale spring 双选会 of a fictional university, used by
// the demo, the embedding checks, the benchmarks and the elements' "huge" stories.
//
// Deterministic: a seeded PRNG and no clock, so re-running it gives the same bytes and the committed
// file only changes when this script does. Every name is made up from syllables; any likeness to a
// real organisation is chance. Dates hang off ANCHOR so the sample can be moved to a new season by
// changing one line.
//
//   node scripts/make-sample-feed.mjs            # write the file
//   node scripts/make-sample-feed.mjs --check    # exit 1 if the committed file is out of date

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../tests/fixtures/spring-fair.json', import.meta.url));
const MAX_BYTES = 900 * 1024;

/** The day of the main fair; every other date is an offset from it. */
const ANCHOR = '2027-03-22';
const MAIN_TITLE = { 'zh-CN': '2027届春季综合类双选会', en: 'Class of 2027 Spring Career Fair' };
const EMPLOYER_COUNT = 1227;
const FREE_BOOTHS = 20;
const MIN_OPENINGS = 70368; // "70,000+ positions" on the poster: stats.positions is the sum of openings

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32).

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20270322);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
/** Picks from `[item, weight]` pairs. */
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of pairs) if ((r -= w) < 0) return item;
  return pairs[pairs.length - 1][0];
}
function sample(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length)
    out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates relative to ANCHOR, written as wall-clock times in the feed's zone (no offset).

function day(offset) {
  const d = new Date(`${ANCHOR}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const at = (offset, hhmm) => `${day(offset)}T${hhmm}`;

// ---------------------------------------------------------------------------------------------
// Reference lists.

const PROVINCES = [
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
const SYLLABLES = [
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
const INDUSTRIES = [
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

const TYPES = [
  ['central-soe', 6],
  ['soe', 16],
  ['private', 55],
  ['foreign', 8],
  ['institution', 7],
  ['university', 3],
  ['hospital', 5],
];
const DEGREES = [
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

function brand() {
  const [a, b] = sample(SYLLABLES, 2);
  return { zh: a[0] + b[0], en: a[1] + b[1].toLowerCase() };
}

function tinyLogo(char, colour) {
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

function makeEmployer(n, usedNames, industry, province) {
  const [indId, , , , nouns, majors, titles] = industry;
  const [provZh, provEn, , cities] = province;
  let type = weighted(TYPES);
  if (type === 'hospital' && indId !== 'healthcare') type = 'institution';
  if (indId === 'healthcare' && (type === 'institution' || chance(0.5))) type = 'hospital';
  const city = pick(cities);
  let name;
  let shortName;
  for (;;) {
    const b = brand();
    const [nounZh, nounEn] = pick(nouns);
    const cityEn = provEn; // city names only in Chinese; the English name uses the province
    switch (type) {
      case 'central-soe':
        name = {
          zh: `中国${b.zh}${nounZh}集团有限公司`,
          en: `China ${b.en} ${nounEn} Group Co., Ltd.`,
        };
        shortName = { zh: `中${b.zh}`, en: `${b.en} Group` };
        break;
      case 'soe':
        name = {
          zh: `${provZh}${b.zh}${nounZh}集团有限公司`,
          en: `${provEn} ${b.en} ${nounEn} Group Co., Ltd.`,
        };
        shortName = { zh: `${b.zh}集团`, en: `${b.en} Group` };
        break;
      case 'foreign': {
        const latin = pick(LATIN_A) + pick(LATIN_B);
        name = {
          zh: `${b.zh}（中国）${nounZh}有限公司`,
          en: `${latin} (China) ${nounEn} Co., Ltd.`,
        };
        shortName = { zh: b.zh, en: latin };
        break;
      }
      case 'institution':
        name = {
          zh: `${city}市${b.zh}${nounZh}研究院`,
          en: `${cityEn} ${b.en} Institute of ${nounEn}`,
        };
        shortName = { zh: `${b.zh}研究院`, en: `${b.en} Institute` };
        break;
      case 'university':
        name = { zh: `${b.zh}理工学院`, en: `${b.en} Institute of Technology` };
        shortName = { zh: `${b.zh}理工`, en: `${b.en} Tech` };
        break;
      case 'hospital':
        name = { zh: `${city}${b.zh}医院`, en: `${b.en} Hospital, ${cityEn}` };
        shortName = { zh: `${b.zh}医院`, en: `${b.en} Hospital` };
        break;
      default:
        if (chance(0.5)) {
          name = {
            zh: `${city}${b.zh}${nounZh}有限公司`,
            en: `${cityEn} ${b.en} ${nounEn} Co., Ltd.`,
          };
        } else {
          name = { zh: `${b.zh}${nounZh}股份有限公司`, en: `${b.en} ${nounEn} Inc.` };
        }
        shortName = { zh: b.zh + (nounZh.length <= 3 ? nounZh : nounZh.slice(0, 2)), en: b.en };
    }
    if (!usedNames.has(name.zh)) break;
  }
  usedNames.add(name.zh);

  const id = `e${String(n).padStart(4, '0')}`;
  const employer = {
    id,
    name: { 'zh-CN': name.zh, en: name.en },
    shortName: { 'zh-CN': shortName.zh, en: shortName.en },
  };
  if (chance(0.05)) employer.logo = tinyLogo(shortName.zh[0], pick(LOGO_COLOURS));
  employer.industry = indId;
  employer.region = { 'zh-CN': provZh, en: provEn };
  employer.type = type;
  if (chance(0.25)) employer.url = `https://${id}.example.com/`;
  if (chance(0.35)) employer.applyUrl = `https://jobs.example.com/${id}/apply`;
  if (chance(0.08)) employer.video = `https://video.example.org/${id}.mp4`;
  if (chance(0.3)) {
    employer.tags = sample(TAGS, int(1, 3));
  }
  // 1–8 positions, most employers bring a few. Position titles stay Chinese (as employers post
  // them) and majors/city are left out now and then, as in real listings; that keeps the file lean.
  const count = 1 + Math.floor(random() ** 2.2 * 8);
  employer.positions = sample(titles, Math.min(count, titles.length)).map((title) => {
    const position = { title, openings: Math.max(1, Math.round(Math.exp(random() * 4.2))) };
    if (chance(0.8)) position.majors = sample(majors, int(1, 2));
    position.degree =
      type === 'university' || type === 'institution'
        ? pick(['master', 'doctoral', 'master'])
        : weighted(DEGREES);
    if (chance(0.7)) position.city = chance(0.8) ? city : pick(cities);
    return position;
  });
  return employer;
}

const usedNames = new Set();
const employers = [];
for (let i = 0; i < EMPLOYER_COUNT; i++) {
  // The first employers cover every province and industry once; the rest follow the weights.
  const province = i < PROVINCES.length ? PROVINCES[i] : weighted(PROVINCES.map((p) => [p, p[2]]));
  const industry =
    i < INDUSTRIES.length ? INDUSTRIES[i] : weighted(INDUSTRIES.map((x) => [x, x[3]]));
  employers.push(makeEmployer(i + 1, usedNames, industry, province));
}

// Top the openings up to the headline figure, so stats.positions is the real sum.
const allPositions = employers.flatMap((e) => e.positions);
let openings = allPositions.reduce((s, p) => s + p.openings, 0);
for (let i = 0; openings < MIN_OPENINGS; i = (i + 7) % allPositions.length) {
  allPositions[i].openings += 1;
  openings += 1;
}

// ---------------------------------------------------------------------------------------------
// Halls and booths: 3 × 2 m stands in back-to-back double rows, 3 m aisles, a cross aisle in the
// middle. Employers stand in industry zones (sorted by industry), with a free stand now and then.

const halls = [
  { id: 'A', name: { 'zh-CN': 'A馆', en: 'Hall A' }, floor: 1, width: 160, height: 96 },
  { id: 'B', name: { 'zh-CN': 'B馆', en: 'Hall B' }, floor: 2, width: 160, height: 96 },
];
const BOOTH_W = 3;
const BOOTH_H = 2;
const PER_SEGMENT = 20;
const LEFT = 8;
const TOP = 14;
const CROSS_AISLE = 6;
const ROW_PITCH = 2 * BOOTH_H + 3;

function slots(hallId, blocks) {
  const out = [];
  for (let block = 0; block < blocks; block++) {
    for (let side = 0; side < 2; side++) {
      for (let seg = 0; seg < 2; seg++) {
        for (let k = 0; k < PER_SEGMENT; k++) {
          out.push({
            hall: hallId,
            x: LEFT + seg * (PER_SEGMENT * BOOTH_W + CROSS_AISLE) + k * BOOTH_W,
            y: TOP + block * ROW_PITCH + side * BOOTH_H,
          });
        }
      }
    }
  }
  return out;
}

const order = [...employers].sort(
  (a, b) =>
    INDUSTRIES.findIndex((x) => x[0] === a.industry) -
      INDUSTRIES.findIndex((x) => x[0] === b.industry) || a.id.localeCompare(b.id),
);
const totalBooths = EMPLOYER_COUNT + FREE_BOOTHS;
const freeEvery = Math.floor(totalBooths / FREE_BOOTHS);
const slotList = [...slots('A', 10), ...slots('B', 10)].slice(0, totalBooths);
const counters = { A: 0, B: 0 };
let next = 0;
const booths = slotList.map((slot, i) => {
  const label = `${slot.hall}-${String(++counters[slot.hall]).padStart(3, '0')}`;
  const booth = { id: label, hall: slot.hall, x: slot.x, y: slot.y, w: BOOTH_W, h: BOOTH_H };
  const free = i % freeEvery === freeEvery - 1 && i < FREE_BOOTHS * freeEvery;
  if (!free) booth.employer = order[next++].id;
  return booth;
});
if (next !== EMPLOYER_COUNT) throw new Error(`assigned ${next} of ${EMPLOYER_COUNT} employers`);

const T = (zh, en) => ({ 'zh-CN': zh, en });
const landmarks = [
  // Hall A, ground floor: entrances on the south side, the service station on the east side.
  {
    id: 'a-in-1',
    hall: 'A',
    kind: 'entrance',
    name: T('南门入口', 'South entrance'),
    x: 30,
    y: 94,
    w: 8,
    h: 2,
  },
  {
    id: 'a-in-2',
    hall: 'A',
    kind: 'entrance',
    name: T('西南入口', 'South-west entrance'),
    x: 90,
    y: 94,
    w: 8,
    h: 2,
  },
  {
    id: 'a-out-1',
    hall: 'A',
    kind: 'exit',
    name: T('北门出口', 'North exit'),
    x: 60,
    y: 0,
    w: 8,
    h: 2,
  },
  {
    id: 'a-info',
    hall: 'A',
    kind: 'info',
    name: T('咨询台', 'Information desk'),
    x: 40,
    y: 86,
    w: 6,
    h: 3,
  },
  {
    id: 'a-service',
    hall: 'A',
    kind: 'service',
    name: T('求职服务站', 'Job-seeker service station'),
    x: 140,
    y: 14,
    w: 16,
    h: 40,
  },
  {
    id: 'a-clinic',
    hall: 'A',
    kind: 'service',
    name: T('简历门诊', 'CV clinic'),
    x: 141,
    y: 16,
    w: 14,
    h: 10,
  },
  {
    id: 'a-policy',
    hall: 'A',
    kind: 'service',
    name: T('政策咨询', 'Policy advice'),
    x: 141,
    y: 28,
    w: 14,
    h: 10,
  },
  {
    id: 'a-counselling',
    hall: 'A',
    kind: 'service',
    name: T('心理咨询', 'Counselling'),
    x: 141,
    y: 40,
    w: 14,
    h: 10,
  },
  {
    id: 'a-wc',
    hall: 'A',
    kind: 'toilet',
    name: T('卫生间', 'Toilets'),
    x: 150,
    y: 80,
    w: 8,
    h: 6,
  },
  {
    id: 'a-stairs',
    hall: 'A',
    kind: 'stairs',
    name: T('楼梯（至B馆）', 'Stairs to Hall B'),
    x: 2,
    y: 84,
    w: 4,
    h: 8,
  },
  { id: 'a-lift', hall: 'A', kind: 'elevator', name: T('电梯', 'Lift'), x: 2, y: 74, w: 4, h: 4 },
  // Hall B, first floor: the stage for talks and the mock-interview contest.
  {
    id: 'b-in',
    hall: 'B',
    kind: 'entrance',
    name: T('楼梯口入口', 'Entrance from the stairs'),
    x: 2,
    y: 84,
    w: 4,
    h: 8,
  },
  {
    id: 'b-out',
    hall: 'B',
    kind: 'exit',
    name: T('东侧安全出口', 'East emergency exit'),
    x: 156,
    y: 60,
    w: 2,
    h: 8,
  },
  {
    id: 'b-stage',
    hall: 'B',
    kind: 'stage',
    name: T('宣讲舞台', 'Talks stage'),
    x: 140,
    y: 14,
    w: 16,
    h: 24,
  },
  {
    id: 'b-info',
    hall: 'B',
    kind: 'info',
    name: T('咨询台', 'Information desk'),
    x: 10,
    y: 86,
    w: 6,
    h: 3,
  },
  {
    id: 'b-wc',
    hall: 'B',
    kind: 'toilet',
    name: T('卫生间', 'Toilets'),
    x: 150,
    y: 80,
    w: 8,
    h: 6,
  },
  {
    id: 'b-stairs',
    hall: 'B',
    kind: 'stairs',
    name: T('楼梯（至A馆）', 'Stairs to Hall A'),
    x: 8,
    y: 84,
    w: 4,
    h: 8,
  },
  { id: 'b-lift', hall: 'B', kind: 'elevator', name: T('电梯', 'Lift'), x: 2, y: 74, w: 4, h: 4 },
];

// ---------------------------------------------------------------------------------------------
// The feed.

const ORG = T(
  '华东理工科技大学就业指导中心',
  'Career Centre, East China University of Science and Engineering Technology',
);
const SITE = 'https://career.example.org';
const venue = {
  name: T('华东理工科技大学 体育馆', 'University Sports Centre'),
  address: T('临港新区海润大道 1 号', '1 Hairun Avenue, Lingang'),
  campus: T('临港校区', 'Lingang campus'),
};
const byIndustry = (id) => employers.filter((e) => e.industry === id).map((e) => e.id);

const fairs = [
  {
    id: 'spring-2027',
    title: MAIN_TITLE,
    start: at(0, '09:00'),
    end: at(0, '16:00'),
    url: `${SITE}/fairs/spring-2027`,
    registrationUrl: `${SITE}/fairs/spring-2027/register`,
    liveUrl: 'https://live.example.com/spring-2027',
    venue,
    stats: {
      employers: EMPLOYER_COUNT,
      positions: openings,
      visitors: 20000,
      provinces: PROVINCES.length,
      industries: INDUSTRIES.length,
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
    employers: sample(employers, 150)
      .map((e) => e.id)
      .sort(),
  },
  {
    id: 'autumn-2026',
    title: T('秋季综合类双选会', 'Autumn Career Fair'),
    start: '2026-10-24T09:00',
    end: '2026-10-24T16:00',
    url: `${SITE}/fairs/autumn-2026`,
    venue,
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

const firstOf = (industry) => employers.find((e) => e.industry === industry).id;
const activities = [
  {
    id: 'zy-1',
    series: 'zhiyin',
    kind: 'visit',
    title: T('名企参访', 'Visits to leading employers'),
    start: '2026-11-13T13:00',
    end: '2026-11-13T17:30',
    employer: firstOf('electronics'),
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
    employer: firstOf('aerospace'),
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
    location: venue.name,
    url: `${SITE}/fairs/spring-2027`,
  },
];
const livestreamHosts = sample(
  employers.filter((e) => e.type !== 'hospital'),
  8,
);
const liveDays = [2, 9, 16, 23, 30, 37, 44, 51];
livestreamHosts.forEach((e, i) => {
  // 云宣讲 from late November on, one a week.
  const start = new Date(Date.UTC(2026, 10, 26 + liveDays[i] - 2));
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

// Placement (毕业去向落实率) through two seasons; the rate is the published figure, `placed` follows it.
// The class of 2027 graduates in June 2027: on the feed's date (November 2026) its season has just
// begun, so it has two early figures, each with a same-time-last-year counterpart in the 2026 season.
const SEASONS = {
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
const placement = [];
for (const [cohort, { graduates, points }] of Object.entries(SEASONS)) {
  for (const [asOf, rate] of points) {
    for (const [scope, shift] of Object.entries(SCOPE_SHIFT)) {
      const r = Math.min(1, Math.round((rate + shift * (1 - rate) * 2) * 1000) / 1000);
      placement.push({
        cohort,
        label: T(`${cohort}届`, `Class of ${cohort}`),
        scope,
        rate: scope === 'overall' ? rate : r,
        asOf,
        graduates: graduates[scope],
        placed: Math.round((scope === 'overall' ? rate : r) * graduates[scope]),
        source: T('就业指导中心 毕业去向落实情况通报', 'Career Centre placement bulletin'),
        sourceUrl: `${SITE}/placement/${cohort}/${asOf}`,
      });
    }
  }
}

const feed = {
  version: 1,
  timeZone: 'Asia/Shanghai',
  organizer: { name: ORG, url: `${SITE}/` },
  updated: '2026-11-20T10:30:00+08:00',
  fairs,
  series,
  activities,
  placement,
  industries: INDUSTRIES.map(([id, zh, en]) => ({ id, name: T(zh, en) })),
  employers,
};

// ---------------------------------------------------------------------------------------------
// Output: readable at the top, one list item per line below, so diffs stay small and the file lean.

function format(value, indent = '', depth = 0) {
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

const text = format(feed) + '\n';
const bytes = Buffer.byteLength(text);
if (bytes > MAX_BYTES)
  throw new Error(`sample feed is ${bytes} bytes, over the ${MAX_BYTES} budget`);

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error(
      'tests/fixtures/spring-fair.json is out of date: run node scripts/make-sample-feed.mjs',
    );
    process.exit(1);
  }
  console.log(`spring-fair.json is up to date (${(bytes / 1024).toFixed(0)} KB)`);
} else {
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT}: ${(bytes / 1024).toFixed(0)} KB, ${employers.length} employers, ${booths.length} booths ` +
      `(${booths.length - EMPLOYER_COUNT} free), ${allPositions.length} positions, ${openings} openings`,
  );
}
