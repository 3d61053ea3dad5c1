/**
 * Feeds for the activity timeline's stories, built in code, in Chinese and English.
 *
 * The element reads the real clock (`Date.now()`), so a feed with fixed dates would show other
 * statuses every day it is opened. Instead every builder here (but {@link seasonFeed}) places its
 * events relative to {@link NOW}, the moment the stories loaded, rounded down to a whole minute:
 *
 * - the live event runs from an hour before {@link NOW} to an hour after it, and the "soon" one
 *   starts three hours after it (these follow the clock to the minute);
 * - past events are on days before today and future ones two days or more after it, at ordinary
 *   times of day (`on(-6, '13:30')`), so their status never depends on the hour.
 *
 * Each story thus shows the same statuses, the same "第 3 / 6 场" and opens on the same event
 * whenever it is opened; only the dates printed (and the live and soon events' times) follow today.
 * A story left open long enough sees its statuses move on, as a portal page would.
 *
 * Times are written as a webmaster writes them: wall-clock times without an offset (or dates alone
 * for whole days) in the feed's zone, Asia/Shanghai, which keeps no daylight saving time, so its
 * wall clock is always UTC+8.
 */
import { employerFeed } from './employers.js';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** When the stories loaded, rounded down to a whole minute: every relative time counts from it. */
export const NOW = Math.floor(Date.now() / MINUTE) * MINUTE;

/** `YYYY-MM-DDTHH:mm` in Shanghai (UTC+8 all year), `offset` ms from {@link NOW}. */
const at = (offset: number): string => new Date(NOW + offset + 8 * HOUR).toISOString().slice(0, 16);

/** `YYYY-MM-DD` in Shanghai, `days` days from today: a whole day in the feed's zone. */
const dateIn = (days: number): string => at(days * DAY).slice(0, 10);

/**
 * `YYYY-MM-DDTHH:mm` at a time of day in Shanghai, `days` days from today. Its status never depends
 * on the hour the story is opened when `days` is at most -1 (over by today) or at least 2 (more
 * than 24 hours away, so not yet "soon").
 */
const on = (days: number, time: string): string => `${dateIn(days)}T${time}`;

/** `[zh-CN, en]` as a feed Text. */
const text = ([zh, en]: readonly [string, string]): Raw => ({ 'zh-CN': zh, en });

/** Fictional employers (ids `c001` …) with short names, for talks and visits. */
const EMPLOYERS: Raw[] = employerFeed(25).employers;

const SITE = 'https://career.example.edu.cn';

const SERIES = {
  id: 'zhiyin',
  title: text(['“职”引未来 系列活动', 'Careers Ahead series']),
  description: text([
    '市人社局与学校联合举办的六场主题活动：名企参访、行业专场招聘会、宣讲与模拟招聘、短视频论坛、暑期实践营和实地参访。',
    'Six themed events run by the city and the university: employer visits, an industry fair, talks with a mock-recruitment contest, a short-video forum, a summer camp and a site visit.',
  ]),
  url: `${SITE}/series/zhiyin`,
};

/** What {@link seriesFeed} puts in the feed. */
export interface SeriesFeedOptions {
  /** Which of the six events is live now (1-based); `0` for none: the third starts in 3 hours. */
  live?: number;
}

/**
 * The six-event series “职”引未来 (series id `zhiyin`), in the issue's order: two have ended, the
 * third (talks and a mock-recruitment contest, streamed) is live now, so progress is "第 3 / 6 场";
 * the short-video forum is in 8 days, the summer camp runs for 12 whole days from day 20, the site
 * visit is on day 40. Two talks outside the series are in the feed too: `series` leaves them out.
 */
export function seriesFeed(options: SeriesFeedOptions = {}): Raw {
  const { live = 3 } = options;
  // The third event: live from an hour ago to an hour from now, or starting in 3 hours.
  const third = live === 3 ? -HOUR : 3 * HOUR;
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    organizer: { name: text(['华东理工科技大学就业指导中心', 'University Career Centre']) },
    employers: EMPLOYERS.slice(0, 6),
    series: [SERIES],
    activities: [
      {
        id: 'zy-1',
        series: 'zhiyin',
        kind: 'visit',
        title: text(['名企参访', 'Visits to leading employers']),
        start: on(-20, '13:00'),
        end: on(-20, '17:30'),
        employer: 'c001',
        location: text(['苏州工业园区', 'Suzhou Industrial Park']),
        url: `${SITE}/series/zhiyin/1`,
      },
      {
        id: 'zy-2',
        series: 'zhiyin',
        kind: 'fair',
        title: text(['电子信息行业专场招聘会', 'Electronics & IT industry fair']),
        start: on(-6, '13:30'),
        end: on(-6, '17:00'),
        location: text(['学生活动中心一楼', 'Student Centre, ground floor']),
        url: `${SITE}/series/zhiyin/2`,
      },
      {
        id: 'zy-3',
        series: 'zhiyin',
        kind: 'competition',
        title: text(['企业宣讲+模拟招聘大赛', 'Employer talks and mock-recruitment contest']),
        start: at(third),
        end: at(third + 2 * HOUR),
        location: text(['图书馆报告厅', 'Library lecture hall']),
        url: `${SITE}/series/zhiyin/3`,
        liveUrl: 'https://live.example.com/zhiyin/3',
        description: text([
          '六家用人单位的人力资源负责人先做宣讲，再担任面试官：参赛同学分组完成简历筛选、无领导小组讨论和结构化面试，评委现场点评，优胜者可获得合作单位的实习直通卡。未能到场的同学可在线观看全程直播，并通过弹幕向评委和面试官提问。',
          'HR leads from six employers give a talk, then act as interviewers: teams of students go through CV screening, a leaderless group discussion and a structured interview, with feedback from the judges on the spot. Winners get a fast-track internship pass. Streamed live.',
        ]),
      },
      {
        id: 'zy-4',
        series: 'zhiyin',
        kind: 'workshop',
        title: text(['短视频就业论坛', 'Short-video careers forum']),
        start: on(8, '14:00'),
        end: on(8, '16:00'),
        location: text(['图书馆报告厅', 'Library lecture hall']),
        url: `${SITE}/series/zhiyin/4`,
        description: text([
          '求职短视频怎么拍、怎么说。',
          'How to film and pitch yourself in a short video.',
        ]),
      },
      {
        id: 'zy-5',
        series: 'zhiyin',
        kind: 'camp',
        title: text(['暑期实践营', 'Summer practice camp']),
        start: dateIn(20),
        end: dateIn(31),
        location: text(['合作企业实践基地', 'Partner employers’ sites']),
        url: `${SITE}/series/zhiyin/5`,
      },
      {
        id: 'zy-6',
        series: 'zhiyin',
        kind: 'visit',
        title: text(['实地参访', 'Site visit']),
        start: on(40, '08:30'),
        end: on(40, '17:00'),
        employer: 'c006',
        location: text(['上海临港', 'Lingang, Shanghai']),
        url: `${SITE}/series/zhiyin/6`,
      },
      {
        id: 'talk-a',
        kind: 'talk',
        title: text(['专场宣讲会', 'Campus talk']),
        start: on(2, '14:00'),
        end: on(2, '15:30'),
        employer: 'c002',
        location: text(['学术报告厅', 'Lecture hall']),
      },
      {
        id: 'talk-b',
        kind: 'livestream',
        title: text(['空中宣讲会', 'Online talk']),
        start: on(-2, '19:00'),
        end: on(-2, '20:30'),
        employer: 'c003',
        liveUrl: 'https://live.example.com/talk-b',
      },
    ],
  };
}

/** The Shanghai calendar year of the next spring: this year in January and February, else next. */
function springYear(): number {
  const [year, month] = at(0).split('-').map(Number) as [number, number];
  return month < 3 ? year : year + 1;
}

/**
 * A fair season: the career centre's spring fairs (3/15, 3/22, the healthcare fair on 3/29 and the
 * online "100-day sprint" fair from 4/29 to 5/1), as `fairs` of the feed, with campus talks, live
 * talks and workshops in between, two of them at a fair. These are calendar dates, as the issue
 * has them, so the season is always the next spring (this year's until the end of February, else
 * next year's): every event is upcoming whenever the story is opened.
 */
export function seasonFeed(): Raw {
  const y = springYear();
  const d = (monthDay: string, time?: string): string =>
    `${y}-${monthDay}${time ? `T${time}` : ''}`;
  const gym = {
    name: text(['体育馆', 'Sports Centre']),
    campus: text(['临港校区', 'Lingang campus']),
    address: text(['临港新区海润大道 1 号', '1 Hairun Avenue, Lingang']),
  };
  const talk = (
    id: string,
    day: string,
    from: string,
    to: string,
    employer: number,
    extra: Raw = {},
  ): Raw => ({
    id,
    kind: 'talk',
    title: text(['专场宣讲会', 'Campus talk']),
    start: d(day, from),
    end: d(day, to),
    employer: EMPLOYERS[employer]!['id'],
    location: text(['学术报告厅', 'Lecture hall']),
    ...extra,
  });
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    employers: EMPLOYERS.slice(0, 12),
    fairs: [
      {
        id: 'west',
        title: text(['西部地区专场招聘会', 'Western regions recruitment day']),
        start: d('03-15', '13:30'),
        end: d('03-15', '16:30'),
        venue: { name: text(['图书馆报告厅', 'Library lecture hall']) },
        url: `${SITE}/fairs/west`,
      },
      {
        id: 'spring',
        title: text([`${y}届春季综合类双选会`, `Class of ${y} Spring Career Fair`]),
        start: d('03-22', '09:00'),
        end: d('03-22', '16:00'),
        venue: gym,
        url: `${SITE}/fairs/spring`,
        registrationUrl: `${SITE}/fairs/spring/register`,
      },
      {
        id: 'health',
        title: text(['春季医药卫生类专场双选会', 'Spring fair: healthcare and biomedicine']),
        start: d('03-29', '13:30'),
        end: d('03-29', '16:30'),
        venue: { name: text(['学生活动中心一楼', 'Student Centre, ground floor']) },
        url: `${SITE}/fairs/health`,
      },
      {
        id: 'online',
        title: text(['“百日冲刺”云端双选会', '100-day sprint online fair']),
        start: d('04-29', '09:00'),
        end: d('05-01'),
        online: true,
        url: `${SITE}/fairs/online`,
        liveUrl: 'https://live.example.com/fairs/online',
      },
    ],
    activities: [
      talk('s-talk-1', '03-17', '14:00', '15:30', 0),
      {
        id: 's-clinic',
        kind: 'workshop',
        title: text(['简历门诊', 'CV clinic']),
        start: d('03-18', '14:00'),
        end: d('03-18', '17:00'),
        location: text(['求职服务站', 'Job-seeker service station']),
        description: text([
          '就业指导老师一对一修改简历，请带上打印稿。',
          'One-to-one CV reviews with a careers adviser; bring a printed copy.',
        ]),
      },
      talk('s-talk-fair', '03-22', '10:00', '11:00', 1, {
        fair: 'spring',
        location: text(['体育馆 B馆东侧宣讲舞台', 'Sports Centre, hall B stage']),
      }),
      {
        id: 's-live-1',
        kind: 'livestream',
        title: text(['云宣讲', 'Live talk']),
        start: d('03-25', '19:00'),
        end: d('03-25', '20:30'),
        employer: EMPLOYERS[2]!['id'],
        liveUrl: 'https://live.example.com/talk/s-live-1',
      },
      talk('s-talk-health', '03-29', '14:00', '15:00', 4, { fair: 'health' }),
      talk('s-talk-2', '04-08', '14:00', '15:30', 5),
      {
        id: 's-interview',
        kind: 'workshop',
        title: text(['面试技巧讲座', 'Interview skills workshop']),
        start: d('04-15', '15:00'),
        end: d('04-15', '16:30'),
        location: text(['图书馆报告厅', 'Library lecture hall']),
      },
      {
        id: 's-live-online',
        kind: 'livestream',
        fair: 'online',
        title: text(['云端双选会开幕直播', 'Online fair: opening stream']),
        start: d('04-29', '09:00'),
        end: d('04-29', '10:00'),
        liveUrl: 'https://live.example.com/fairs/online/opening',
      },
    ],
  };
}

/**
 * Around now: a live talk two days ago and a CV clinic yesterday have ended; a live stream runs
 * from an hour ago to an hour from now (with its `liveUrl`), a talk starts in 3 hours, a fair (in
 * `fairs`) is in 5 days and a camp runs for three whole days from day 9.
 */
export function liveFeed(): Raw {
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    employers: EMPLOYERS.slice(0, 6),
    fairs: [
      {
        id: 'mini',
        title: text(['小型专场双选会', 'Small career fair']),
        start: on(5, '09:00'),
        end: on(5, '12:00'),
        venue: { name: text(['学生活动中心一楼', 'Student Centre, ground floor']) },
        url: `${SITE}/fairs/mini`,
      },
    ],
    activities: [
      {
        id: 'past-1',
        kind: 'livestream',
        title: text(['云宣讲', 'Live talk']),
        start: on(-2, '19:00'),
        end: on(-2, '20:30'),
        employer: 'c004',
        liveUrl: 'https://live.example.com/talk/past-1',
      },
      {
        id: 'past-2',
        kind: 'workshop',
        title: text(['简历门诊', 'CV clinic']),
        start: on(-1, '14:00'),
        end: on(-1, '16:00'),
        location: text(['求职服务站', 'Job-seeker service station']),
      },
      {
        id: 'live',
        kind: 'livestream',
        title: text(['云宣讲', 'Live talk']),
        start: at(-HOUR),
        end: at(HOUR),
        employer: 'c001',
        liveUrl: 'https://live.example.com/talk/live',
        description: text([
          '线上宣讲岗位与校招流程，直播间可提问。',
          'Jobs and the graduate recruitment process, with questions in the chat.',
        ]),
      },
      {
        id: 'soon',
        kind: 'talk',
        title: text(['专场宣讲会', 'Campus talk']),
        start: at(3 * HOUR),
        end: at(3 * HOUR + 90 * MINUTE),
        employer: 'c002',
        location: text(['学术报告厅', 'Lecture hall']),
      },
      {
        id: 'camp',
        kind: 'camp',
        title: text(['求职训练营', 'Job-hunting boot camp']),
        start: dateIn(9),
        end: dateIn(11),
        location: text(['创新创业学院', 'Innovation centre']),
      },
    ],
  };
}

/**
 * Cancelled and postponed items among ordinary ones: a talk that ended 3 days ago, a live talk
 * postponed from yesterday (postponed wins over the time), a talk cancelled at the hour it would be
 * live (so does cancelled), a workshop cancelled for tomorrow, an ordinary talk on day 4, a fair
 * cancelled for day 6 (in `fairs`) and a visit postponed to day 10.
 */
export function changesFeed(): Raw {
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    employers: EMPLOYERS.slice(0, 6),
    fairs: [
      {
        id: 'west',
        title: text(['西部地区专场招聘会', 'Western regions recruitment day']),
        start: on(6, '13:30'),
        end: on(6, '16:30'),
        status: 'cancelled',
        venue: { name: text(['图书馆报告厅', 'Library lecture hall']) },
        url: `${SITE}/fairs/west`,
      },
    ],
    activities: [
      {
        id: 'ended',
        kind: 'talk',
        title: text(['专场宣讲会', 'Campus talk']),
        start: on(-3, '14:00'),
        end: on(-3, '15:30'),
        employer: 'c001',
        location: text(['学术报告厅', 'Lecture hall']),
      },
      {
        id: 'postponed-live',
        kind: 'livestream',
        title: text(['云宣讲（延期）', 'Live talk (postponed)']),
        start: on(-1, '19:00'),
        end: on(-1, '20:30'),
        status: 'postponed',
        employer: 'c002',
        liveUrl: 'https://live.example.com/talk/postponed',
        description: text(['新时间另行通知。', 'A new date will be announced.']),
      },
      {
        id: 'cancelled-now',
        kind: 'talk',
        title: text(['专场宣讲会', 'Campus talk']),
        start: at(-HOUR),
        end: at(HOUR),
        status: 'cancelled',
        employer: 'c003',
        location: text(['学术报告厅', 'Lecture hall']),
      },
      {
        id: 'cancelled-tomorrow',
        kind: 'workshop',
        title: text(['面试技巧讲座', 'Interview skills workshop']),
        start: on(1, '14:00'),
        end: on(1, '16:00'),
        status: 'cancelled',
        location: text(['图书馆报告厅', 'Library lecture hall']),
      },
      {
        id: 'ordinary',
        kind: 'talk',
        title: text(['专场宣讲会', 'Campus talk']),
        start: on(4, '14:00'),
        end: on(4, '15:30'),
        employer: 'c004',
        location: text(['学术报告厅', 'Lecture hall']),
      },
      {
        id: 'postponed-visit',
        kind: 'visit',
        title: text(['名企参访', 'Employer visit']),
        start: on(10, '08:30'),
        end: on(10, '15:00'),
        status: 'postponed',
        employer: 'c005',
        location: text(['苏州工业园区', 'Suzhou Industrial Park']),
      },
    ],
  };
}

const KINDS = [
  ['talk', '专场宣讲会', 'Campus talk'],
  ['livestream', '云宣讲', 'Live talk'],
  ['talk', '专场宣讲会', 'Campus talk'],
  ['workshop', '就业指导讲座', 'Careers workshop'],
  ['talk', '专场宣讲会', 'Campus talk'],
  ['visit', '企业参访', 'Employer visit'],
  ['competition', '职业规划大赛', 'Career planning contest'],
  ['fair', '小型招聘会', 'Small career fair'],
  ['camp', '求职训练营', 'Job-hunting boot camp'],
  ['other', '校友分享会', 'Alumni evening'],
] as const;

const PLACES = [
  ['学术报告厅', 'Lecture hall'],
  ['图书馆报告厅', 'Library lecture hall'],
  ['学生活动中心一楼', 'Student Centre, ground floor'],
  ['求职服务站', 'Job-seeker service station'],
] as const;

/**
 * `count` activities 12 hours apart, each 90 minutes long, half before {@link NOW} and half after:
 * the one in the middle is a live stream that started 30 minutes ago, the next two start within
 * 24 hours ("soon"). Kinds and employers cycle; every 37th is cancelled and every 53rd postponed;
 * every 5th has a description (every 10th one long enough to fold). Their times of day follow the
 * time the story was opened.
 */
export function manyFeed(count = 600): Raw {
  const half = Math.floor(count / 2);
  const activities: Raw[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, zh, en] = i === half ? KINDS[1] : KINDS[i % KINDS.length]!;
    const employer = EMPLOYERS[i % EMPLOYERS.length]!;
    const start = (i - half) * 12 * HOUR - 30 * MINUTE;
    const place = PLACES[i % PLACES.length]!;
    activities.push({
      id: `a${String(i + 1).padStart(3, '0')}`,
      kind,
      title: text([
        `${zh} · ${employer['shortName']['zh-CN']}`,
        `${en}: ${employer['shortName'].en}`,
      ]),
      start: at(start),
      end: at(start + 90 * MINUTE),
      ...(kind === 'talk' || kind === 'livestream' || kind === 'visit'
        ? { employer: employer['id'] }
        : {}),
      ...(kind === 'livestream'
        ? { liveUrl: `https://live.example.com/talk/a${i + 1}` }
        : { location: text(place) }),
      ...(i !== half && i % 37 === 36 ? { status: 'cancelled' } : {}),
      ...(i !== half && i % 53 === 52 ? { status: 'postponed' } : {}),
      ...(i % 5 === 0
        ? {
            description: text(
              i % 10 === 0
                ? [
                    '介绍单位概况、校招岗位与培养体系，现场收取简历并安排初面；请提前在就业网报名，携带学生证和打印好的简历，座位有限，先到先得；未能到场的同学可在就业网投递简历，宣讲结束后统一安排线上面试。',
                    'The employer, its graduate jobs and training; CVs collected and first interviews on the spot. Sign up on the careers site beforehand and bring your student card and a printed CV. Seats are limited.',
                  ]
                : ['现场收取简历。', 'CVs collected on the spot.'],
            ),
          }
        : {}),
      url: `${SITE}/activities/a${i + 1}`,
    });
  }
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    employers: EMPLOYERS,
    activities,
  };
}

/** A feed with nothing on: no fairs, no activities. */
export function emptyFeed(): Raw {
  return { version: 1, timeZone: 'Asia/Shanghai', fairs: [], activities: [] };
}
