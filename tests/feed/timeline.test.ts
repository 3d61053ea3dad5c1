import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import { dayInZone } from '../../src/feed/queries.js';
import {
  SOON_MS,
  eventPhase,
  eventStatus,
  groupByDay,
  icsEvent,
  initialFocus,
  nextChange,
  seriesICS,
  seriesProgress,
  timelineEvents,
  type TimelineEvent,
  type TimelineFilter,
} from '../../src/feed/timeline.js';
import { corruptedFeed, validFeed } from './arbitraries.js';
import { RUNS, feedOf } from './helpers.js';

/** An instant written as a wall-clock time in Asia/Shanghai, the zone of every feed here unless told. */
const sh = (wall: string): number => Date.parse(`${wall}+08:00`);

const HOUR = 3_600_000;

const ids = (events: readonly TimelineEvent[]): string[] => events.map((event) => event.id);

const only = (input: object, filter?: TimelineFilter): TimelineEvent => {
  const events = timelineEvents(feedOf(input), filter);
  assert.equal(events.length, 1);
  return events[0]!;
};

const talk = (id: string, start: string, extra: object = {}) => ({
  id,
  title: id,
  kind: 'talk',
  start,
  ...extra,
});

/**
 * The example: a city and a university ran six themed events for one campus, and the career
 * centre announced further fairs for 3/29 and 4/29. The electronics fair is in `fairs` and stands
 * in the series through an activity of kind `fair`.
 */
const SIX = {
  series: [
    {
      id: 'six',
      title: { 'zh-CN': '六大主题活动', en: 'Six themed events' },
      description: '市校联合，走进名企、专场招聘、宣讲大赛、短视频论坛、夏令营、实地参访',
    },
  ],
  employers: [{ id: 'huawei', name: '华为技术有限公司' }],
  fairs: [
    { id: 'spring-0329', title: '春季双选会', start: '2024-03-29' },
    {
      id: 'electronics',
      title: { 'zh-CN': '电子信息行业专场招聘会', en: 'Electronics Industry Fair' },
      start: '2024-04-20 09:00',
      end: '2024-04-20 16:00',
      online: true,
      venue: { name: '体育馆', campus: '南校区', address: '大学路 1 号' },
      url: 'https://career.example.edu.cn/fairs/electronics',
      liveUrl: 'https://live.example.cn/electronics',
    },
    { id: 'spring-0429', title: '四月双选会', start: '2024-04-29 09:00', end: '2024-04-29 15:00' },
  ],
  activities: [
    {
      id: 'visits',
      title: '走进名企',
      kind: 'visit',
      series: 'six',
      start: '2024-04-12 13:30',
      end: '2024-04-12 17:30',
      location: '松山湖园区',
    },
    {
      id: 'electronics-fair',
      title: '电子信息行业专场招聘会',
      kind: 'fair',
      series: 'six',
      fair: 'electronics',
      start: '2024-04-20 09:00',
      end: '2024-04-20 16:00',
    },
    {
      id: 'talks-contest',
      title: {
        'zh-CN': '企业宣讲暨模拟招聘大赛',
        en: 'Employer talks and mock recruitment contest',
      },
      kind: 'competition',
      series: 'six',
      employer: 'huawei',
      start: '2024-05-08 14:00',
      end: '2024-05-08 17:00',
      location: '学术报告厅',
      description: { 'zh-CN': '先宣讲，后比赛', en: 'Talks first, then the contest' },
      url: 'https://career.example.edu.cn/six/contest',
    },
    {
      id: 'short-video',
      title: '短视频论坛',
      kind: 'livestream',
      series: 'six',
      start: '2024-05-16 19:00',
      end: '2024-05-16 21:00',
      liveUrl: 'https://live.example.cn/forum',
    },
    {
      id: 'summer-camp',
      title: '夏令营',
      kind: 'camp',
      series: 'six',
      start: '2024-07-08',
      end: '2024-07-12',
      location: '北校区',
    },
    {
      id: 'site-visit',
      title: '实地参访',
      kind: 'visit',
      series: 'six',
      start: '2024-07-20 09:00',
      end: '2024-07-20 12:00',
    },
  ],
};

/** SIX with some activities' fields changed. */
function sixWith(changes: Record<string, object>): object {
  return {
    ...SIX,
    activities: SIX.activities.map((a) => ({ ...a, ...changes[a.id] })),
  };
}

const SIX_IDS = [
  'visits',
  'electronics-fair',
  'talks-contest',
  'short-video',
  'summer-camp',
  'site-visit',
];

describe('timelineEvents', () => {
  test('shows the activities and the fairs, fairs as events of kind fair with a fair: id', () => {
    assert.deepEqual(ids(timelineEvents(feedOf(SIX))), [
      'fair:spring-0329',
      ...SIX_IDS.slice(0, 2),
      'fair:spring-0429',
      ...SIX_IDS.slice(2),
    ]);
    const fair = timelineEvents(feedOf(SIX))[0]!;
    assert.equal(fair.kind, 'fair');
    assert.equal(fair.fair, 'spring-0329');
    assert.equal(fair.source.fair?.id, 'spring-0329');
    assert.equal(fair.source.activity, undefined);
  });

  test('an activity of kind fair stands for its fair, which then has no event of its own', () => {
    const events = timelineEvents(feedOf(SIX));
    assert.equal(events.filter((e) => e.fair === 'electronics').length, 1);
    const stand = events.find((e) => e.id === 'electronics-fair')!;
    assert.equal(stand.kind, 'fair');
    assert.equal(stand.series, 'six');
    assert.equal(stand.source.activity?.id, 'electronics-fair');
    assert.equal(stand.source.fair?.id, 'electronics');
  });

  test('the activity standing for a fair takes the venue, links and online from the fair', () => {
    const stand = timelineEvents(feedOf(SIX)).find((e) => e.id === 'electronics-fair')!;
    assert.equal(stand.location, '体育馆');
    assert.deepEqual(stand.venue, { name: '体育馆', campus: '南校区', address: '大学路 1 号' });
    assert.equal(stand.url, 'https://career.example.edu.cn/fairs/electronics');
    assert.equal(stand.liveUrl, 'https://live.example.cn/electronics');
    assert.equal(stand.online, true);
  });

  test('the activity standing for a fair keeps its own location and links when it gives them', () => {
    const stand = timelineEvents(
      feedOf(
        sixWith({
          'electronics-fair': { location: '东门广场', url: 'https://example.cn/own' },
        }),
      ),
    ).find((e) => e.id === 'electronics-fair')!;
    assert.equal(stand.location, '东门广场');
    assert.equal(stand.venue, undefined);
    assert.equal(stand.url, 'https://example.cn/own');
  });

  test('the activity standing for a cancelled fair is cancelled too', () => {
    const input = {
      ...SIX,
      fairs: SIX.fairs.map((f) => (f.id === 'electronics' ? { ...f, status: 'cancelled' } : f)),
    };
    const stand = timelineEvents(feedOf(input)).find((e) => e.id === 'electronics-fair')!;
    assert.equal(stand.status, 'cancelled');
  });

  test('a postponed activity standing for a scheduled fair stays postponed', () => {
    const stand = timelineEvents(
      feedOf(sixWith({ 'electronics-fair': { status: 'postponed' } })),
    ).find((e) => e.id === 'electronics-fair')!;
    assert.equal(stand.status, 'postponed');
  });

  test('a talk at a fair leaves the fair its own event', () => {
    const events = timelineEvents(
      feedOf({
        fairs: [{ id: 'f', title: 'F', start: '2024-03-22 09:00' }],
        activities: [talk('t', '2024-03-22 10:00', { fair: 'f' })],
      }),
    );
    assert.deepEqual(ids(events), ['fair:f', 't']);
  });

  test('an activity without a kind is of kind other', () => {
    assert.equal(
      only({ activities: [{ id: 'a', title: 'A', start: '2024-03-22' }] }).kind,
      'other',
    );
  });

  test('events are sorted by start, then end, then feed order with fairs first', () => {
    const events = timelineEvents(
      feedOf({
        fairs: [{ id: 'f', title: 'F', start: '2024-03-22 09:00', end: '2024-03-22 12:00' }],
        activities: [
          talk('late', '2024-03-22 14:00'),
          talk('long', '2024-03-22 09:00', { end: '2024-03-22 17:00' }),
          talk('same-b', '2024-03-22 09:00', { end: '2024-03-22 12:00' }),
          talk('short', '2024-03-22 09:00', { end: '2024-03-22 10:00' }),
          talk('same-a', '2024-03-22 09:00', { end: '2024-03-22 12:00' }),
        ],
      }),
    );
    assert.deepEqual(ids(events), ['short', 'fair:f', 'same-b', 'same-a', 'long', 'late']);
  });

  test('an activity without an end ends at the end of its day in the feed zone, as a fair does', () => {
    const event = only({ activities: [talk('t', '2024-03-22 14:00')] });
    assert.equal(event.end, sh('2024-03-23T00:00') - 1);
    const [fair] = timelineEvents(
      feedOf({ fairs: [{ id: 'f', title: 'F', start: '2024-03-22 14:00' }] }),
    );
    assert.equal(fair!.end, event.end);
  });

  test('an activity written as dates alone is all-day and ends at the end of its last day', () => {
    const camp = timelineEvents(feedOf(SIX)).find((e) => e.id === 'summer-camp')!;
    assert.equal(camp.allDay, true);
    assert.equal(camp.start, sh('2024-07-08T00:00'));
    assert.equal(camp.end, sh('2024-07-13T00:00') - 1);
  });

  test('an activity with a time is not all-day', () => {
    assert.equal(only({ activities: [talk('t', '2024-03-22 14:00')] }).allDay, false);
  });

  test('a live stream, and any activity with a live link, is online; one with a place only is not', () => {
    const events = timelineEvents(
      feedOf({
        activities: [
          { id: 'stream', title: 's', kind: 'livestream', start: '2024-03-22' },
          talk('linked', '2024-03-22', { liveUrl: 'https://live.example.cn/x' }),
          talk('hall', '2024-03-22', { location: '报告厅' }),
        ],
      }),
    );
    assert.deepEqual(
      events.map((e) => [e.id, e.online]),
      [
        ['stream', true],
        ['linked', true],
        ['hall', false],
      ],
    );
  });

  test('a fair is online as its online field says, and its location is its venue name', () => {
    const [cloud, hall] = timelineEvents(
      feedOf({
        fairs: [
          { id: 'cloud', title: 'C', start: '2024-03-22', online: true },
          { id: 'hall', title: 'H', start: '2024-03-23', venue: { name: '体育馆' } },
        ],
      }),
    );
    assert.equal(cloud!.online, true);
    assert.equal(cloud!.location, undefined);
    assert.equal(hall!.online, false);
    assert.equal(hall!.location, '体育馆');
  });

  test('an event carries what the element shows and its source', () => {
    const feed = feedOf(SIX);
    const event = timelineEvents(feed).find((e) => e.id === 'talks-contest')!;
    const activity = feed.activities.find((a) => a.id === 'talks-contest')!;
    assert.deepEqual(
      { ...event, source: undefined },
      {
        id: 'talks-contest',
        title: activity.title,
        kind: 'competition',
        start: sh('2024-05-08T14:00'),
        end: sh('2024-05-08T17:00'),
        allDay: false,
        status: 'scheduled',
        location: '学术报告厅',
        online: false,
        employer: 'huawei',
        series: 'six',
        fair: undefined,
        url: 'https://career.example.edu.cn/six/contest',
        liveUrl: undefined,
        image: undefined,
        description: activity.description,
        timeZone: 'Asia/Shanghai',
        day: '2024-05-08',
        source: undefined,
      },
    );
    assert.equal(event.source.activity, activity);
  });

  test('a cancelled event is kept', () => {
    const events = timelineEvents(feedOf(sixWith({ 'short-video': { status: 'cancelled' } })));
    assert.equal(events.find((e) => e.id === 'short-video')?.status, 'cancelled');
  });
});

describe('filters', () => {
  test('a series keeps its activities, and no fair of its own', () => {
    assert.deepEqual(ids(timelineEvents(feedOf(SIX), { series: 'six' })), SIX_IDS);
  });

  test('a fair keeps its own event and its activities', () => {
    const feed = feedOf({
      fairs: [
        { id: 'f', title: 'F', start: '2024-03-22 09:00' },
        { id: 'g', title: 'G', start: '2024-03-22 09:00' },
      ],
      activities: [
        talk('at-f', '2024-03-22 10:00', { fair: 'f' }),
        talk('at-g', '2024-03-22 10:00', { fair: 'g' }),
        talk('alone', '2024-03-22 10:00'),
      ],
    });
    assert.deepEqual(ids(timelineEvents(feed, { fair: 'f' })), ['fair:f', 'at-f']);
  });

  test('a fair that an activity stands for is shown through that activity', () => {
    assert.deepEqual(ids(timelineEvents(feedOf(SIX), { fair: 'electronics' })), [
      'electronics-fair',
    ]);
  });

  test('kinds keep those kinds, fairs being of kind fair', () => {
    const feed = feedOf(SIX);
    assert.deepEqual(ids(timelineEvents(feed, { kinds: ['visit'] })), ['visits', 'site-visit']);
    assert.deepEqual(ids(timelineEvents(feed, { kinds: new Set(['fair']) })), [
      'fair:spring-0329',
      'electronics-fair',
      'fair:spring-0429',
    ]);
  });

  test('filters combine', () => {
    assert.deepEqual(ids(timelineEvents(feedOf(SIX), { series: 'six', kinds: ['fair'] })), [
      'electronics-fair',
    ]);
  });

  test('blank filters and empty kinds mean any', () => {
    const feed = feedOf(SIX);
    assert.deepEqual(
      ids(timelineEvents(feed, { series: '', fair: '', kinds: [] })),
      ids(timelineEvents(feed)),
    );
  });

  test('an unknown series, fair or kind gives no events', () => {
    const feed = feedOf(SIX);
    assert.deepEqual(timelineEvents(feed, { series: 'nope' }), []);
    assert.deepEqual(timelineEvents(feed, { fair: 'nope' }), []);
    assert.deepEqual(timelineEvents(feed, { kinds: ['nope'] }), []);
  });
});

describe('eventStatus', () => {
  const event = only({ activities: [talk('t', '2024-03-22 10:00', { end: '2024-03-22 12:00' })] });

  test('is upcoming until 24 hours before the start', () => {
    assert.equal(eventStatus(event, sh('2024-03-21T10:00') - 1), 'upcoming');
  });

  test('is soon from 24 hours before the start', () => {
    assert.equal(eventStatus(event, sh('2024-03-21T10:00')), 'soon');
    assert.equal(eventStatus(event, sh('2024-03-22T10:00') - 1), 'soon');
  });

  test('takes how long before the start is soon as an option, 24 hours unless a number ≥ 0', () => {
    assert.equal(eventStatus(event, sh('2024-03-22T07:00'), { soonMs: 3 * HOUR }), 'soon');
    assert.equal(eventStatus(event, sh('2024-03-22T07:00') - 1, { soonMs: 3 * HOUR }), 'upcoming');
    assert.equal(eventStatus(event, sh('2024-03-22T09:59'), { soonMs: 0 }), 'upcoming');
    assert.equal(eventStatus(event, sh('2024-03-21T11:00'), { soonMs: -1 }), 'soon');
    assert.equal(eventStatus(event, sh('2024-03-21T11:00'), { soonMs: NaN }), 'soon');
  });

  test('an activity is live from its start, included, to its end, excluded', () => {
    assert.equal(eventStatus(event, sh('2024-03-22T10:00')), 'live');
    assert.equal(eventStatus(event, sh('2024-03-22T12:00') - 1), 'live');
    assert.equal(eventStatus(event, sh('2024-03-22T12:00')), 'ended');
  });

  test('a fair is live up to its end, included, as fairPhase says', () => {
    const fair = only({
      fairs: [{ id: 'f', title: 'F', start: '2024-03-22 09:00', end: '2024-03-22 16:00' }],
    });
    assert.equal(eventStatus(fair, sh('2024-03-22T16:00')), 'live');
    assert.equal(eventStatus(fair, sh('2024-03-22T16:00') + 1), 'ended');
  });

  test('an activity without an end is live until the last millisecond of its day', () => {
    const open = only({ activities: [talk('t', '2024-03-22 14:00')] });
    assert.equal(eventStatus(open, sh('2024-03-22T23:59:59.998')), 'live');
    assert.equal(eventStatus(open, sh('2024-03-23T00:00')), 'ended');
  });

  test('an all-day activity is live for the whole day', () => {
    const day = only({ activities: [talk('t', '2024-03-22')] });
    assert.equal(eventStatus(day, sh('2024-03-22T00:00')), 'live');
    assert.equal(eventStatus(day, sh('2024-03-22T23:59')), 'live');
    assert.equal(eventStatus(day, sh('2024-03-23T00:00')), 'ended');
  });

  test('a cancelled event that would be live is cancelled, and its phase is still live', () => {
    const cancelled = only({
      activities: [talk('t', '2024-03-22 10:00', { end: '2024-03-22 12:00', status: 'cancelled' })],
    });
    assert.equal(eventStatus(cancelled, sh('2024-03-22T11:00')), 'cancelled');
    assert.equal(eventPhase(cancelled, sh('2024-03-22T11:00')), 'live');
  });

  test('a postponed event is postponed before, during and after its dates', () => {
    const postponed = only({
      activities: [talk('t', '2024-03-22 10:00', { status: 'postponed' })],
    });
    for (const at of ['2024-03-01T00:00', '2024-03-22T11:00', '2024-04-01T00:00']) {
      assert.equal(eventStatus(postponed, sh(at)), 'postponed');
    }
  });
});

describe('nextChange', () => {
  const events = timelineEvents(
    feedOf({ activities: [talk('t', '2024-03-22 10:00', { end: '2024-03-22 12:00' })] }),
  );

  test('is the start of the soon window, then the start, then the end', () => {
    assert.equal(nextChange(events, sh('2024-03-20T00:00')), sh('2024-03-21T10:00'));
    assert.equal(nextChange(events, sh('2024-03-21T10:00')), sh('2024-03-22T10:00'));
    assert.equal(nextChange(events, sh('2024-03-22T10:00')), sh('2024-03-22T12:00'));
  });

  test('is undefined once everything has ended', () => {
    assert.equal(nextChange(events, sh('2024-03-22T12:00')), undefined);
  });

  test('follows the soon option', () => {
    assert.equal(
      nextChange(events, sh('2024-03-20T00:00'), { soonMs: HOUR }),
      sh('2024-03-22T09:00'),
    );
  });

  test('is the earliest change of any event', () => {
    const two = timelineEvents(
      feedOf({
        activities: [
          talk('a', '2024-03-22 10:00', { end: '2024-03-22 18:00' }),
          talk('b', '2024-03-22 11:00', { end: '2024-03-22 12:00' }),
        ],
      }),
    );
    assert.equal(nextChange(two, sh('2024-03-22T10:30')), sh('2024-03-22T11:00'));
    assert.equal(nextChange(two, sh('2024-03-22T11:30')), sh('2024-03-22T12:00'));
    assert.equal(nextChange(two, sh('2024-03-22T12:00')), sh('2024-03-22T18:00'));
  });

  test('is exact to the millisecond, not rounded to a minute', () => {
    const odd = timelineEvents(feedOf({ activities: [talk('t', '2024-03-22T09:00:30+08:00')] }));
    assert.equal(nextChange(odd, sh('2024-03-22T08:00')), sh('2024-03-22T09:00:30'));
  });

  test('for a fair, is the millisecond after its end', () => {
    const fairs = timelineEvents(
      feedOf({
        fairs: [{ id: 'f', title: 'F', start: '2024-03-22 09:00', end: '2024-03-22 16:00' }],
      }),
    );
    assert.equal(nextChange(fairs, sh('2024-03-22T15:00')), sh('2024-03-22T16:00') + 1);
  });

  test('cancelled and postponed events never change', () => {
    const still = timelineEvents(
      feedOf({
        activities: [
          talk('c', '2024-03-22 10:00', { status: 'cancelled' }),
          talk('p', '2024-03-23 10:00', { status: 'postponed' }),
        ],
      }),
    );
    assert.equal(nextChange(still, sh('2024-03-01T00:00')), undefined);
  });

  test('is undefined for no events', () => {
    assert.equal(nextChange([], 0), undefined);
  });
});

describe('groupByDay', () => {
  test('groups the six events by month and then by day', () => {
    const months = groupByDay(timelineEvents(feedOf(SIX), { series: 'six' }));
    assert.deepEqual(
      months.map(({ month, days }) => [month, days.map(({ day, events }) => [day, ids(events)])]),
      [
        [
          '2024-04',
          [
            ['2024-04-12', ['visits']],
            ['2024-04-20', ['electronics-fair']],
          ],
        ],
        [
          '2024-05',
          [
            ['2024-05-08', ['talks-contest']],
            ['2024-05-16', ['short-video']],
          ],
        ],
        [
          '2024-07',
          [
            ['2024-07-08', ['summer-camp']],
            ['2024-07-20', ['site-visit']],
          ],
        ],
      ],
    );
  });

  test('groups by the day in the feed zone, not in UTC', () => {
    // 23:30 and 00:30 the next morning in Shanghai are both on March 21 in UTC.
    const events = timelineEvents(
      feedOf({
        activities: [talk('late', '2024-03-21 23:30'), talk('early', '2024-03-22 00:30')],
      }),
    );
    assert.deepEqual(
      groupByDay(events)[0]!.days.map(({ day, events: list }) => [day, ids(list)]),
      [
        ['2024-03-21', ['late']],
        ['2024-03-22', ['early']],
      ],
    );
    assert.deepEqual(
      groupByDay(events, 'UTC')[0]!.days.map(({ day, events: list }) => [day, ids(list)]),
      [['2024-03-21', ['late', 'early']]],
    );
  });

  test('an event just after midnight on the first of a month in the feed zone is in that month', () => {
    const events = timelineEvents(feedOf({ activities: [talk('t', '2024-04-01T00:30+08:00')] }));
    assert.deepEqual(
      groupByDay(events).map(({ month }) => month),
      ['2024-04'],
    );
    assert.deepEqual(
      groupByDay(events, 'UTC').map(({ month }) => month),
      ['2024-03'],
    );
  });

  test('reads days in the feed own zone when it is not Shanghai', () => {
    const event = only({
      timeZone: 'America/New_York',
      activities: [talk('t', '2024-03-10 23:30')],
    });
    assert.equal(event.day, '2024-03-10');
    assert.equal(groupByDay([event])[0]!.days[0]!.day, '2024-03-10');
  });

  test('lists an event lasting several days once, on its start day', () => {
    const months = groupByDay(timelineEvents(feedOf(SIX), { kinds: ['camp'] }));
    assert.deepEqual(
      months.flatMap(({ days }) => days.map(({ day }) => day)),
      ['2024-07-08'],
    );
  });

  test('gives no months for no events', () => {
    assert.deepEqual(groupByDay([]), []);
  });
});

describe('seriesProgress', () => {
  const feed = feedOf(SIX);

  test('before the first event, the first of six is next', () => {
    const progress = seriesProgress(feed, 'six', sh('2024-04-01T00:00'))!;
    assert.deepEqual(
      { ...progress, event: progress.event.id },
      { current: 1, total: 6, done: false, event: 'visits' },
    );
  });

  test('while the third event is live, it is the third of six', () => {
    const progress = seriesProgress(feed, 'six', sh('2024-05-08T15:00'))!;
    assert.deepEqual(
      [progress.current, progress.total, progress.event.id],
      [3, 6, 'talks-contest'],
    );
  });

  test('between the third and the fourth, the fourth is current', () => {
    const progress = seriesProgress(feed, 'six', sh('2024-05-10T00:00'))!;
    assert.deepEqual([progress.current, progress.total, progress.event.id], [4, 6, 'short-video']);
  });

  test('a camp lasting several days is current until its last day ends', () => {
    assert.equal(seriesProgress(feed, 'six', sh('2024-07-12T23:00'))!.current, 5);
    assert.equal(seriesProgress(feed, 'six', sh('2024-07-13T00:00'))!.current, 6);
  });

  test('when every event has ended, it is done at the last of six', () => {
    const progress = seriesProgress(feed, 'six', sh('2024-08-01T00:00'))!;
    assert.deepEqual(
      { ...progress, event: progress.event.id },
      { current: 6, total: 6, done: true, event: 'site-visit' },
    );
  });

  test('cancelled events are left out of the count', () => {
    const progress = seriesProgress(
      feedOf(sixWith({ 'short-video': { status: 'cancelled' } })),
      'six',
      sh('2024-05-10T00:00'),
    )!;
    assert.deepEqual([progress.current, progress.total, progress.event.id], [4, 5, 'summer-camp']);
  });

  test('postponed events count where their dates put them', () => {
    const progress = seriesProgress(
      feedOf(sixWith({ 'short-video': { status: 'postponed' } })),
      'six',
      sh('2024-05-10T00:00'),
    )!;
    assert.deepEqual([progress.current, progress.total], [4, 6]);
  });

  test('is undefined for an unknown or blank series, or one whose events are all cancelled', () => {
    assert.equal(seriesProgress(feed, 'nope', 0), undefined);
    assert.equal(seriesProgress(feed, '', 0), undefined);
    const cancelled = Object.fromEntries(SIX_IDS.map((id) => [id, { status: 'cancelled' }]));
    assert.equal(seriesProgress(feedOf(sixWith(cancelled)), 'six', 0), undefined);
  });
});

describe('initialFocus', () => {
  const events = timelineEvents(feedOf(SIX));

  test('opens at the live event', () => {
    assert.equal(initialFocus(events, sh('2024-05-08T15:00'))?.id, 'talks-contest');
  });

  test('opens at the next event when none is live', () => {
    assert.equal(initialFocus(events, sh('2024-05-10T00:00'))?.id, 'short-video');
  });

  test('opens at the last past event when all have ended', () => {
    assert.equal(initialFocus(events, sh('2024-08-01T00:00'))?.id, 'site-visit');
  });

  test('passes over a cancelled live event to the next scheduled one', () => {
    const cancelled = timelineEvents(feedOf(sixWith({ 'talks-contest': { status: 'cancelled' } })));
    assert.equal(initialFocus(cancelled, sh('2024-05-08T15:00'))?.id, 'short-video');
  });

  test('opens at the last started event when only cancelled or postponed ones are to come', () => {
    const rest = Object.fromEntries(SIX_IDS.slice(3).map((id) => [id, { status: 'postponed' }]));
    const list = timelineEvents(feedOf(sixWith(rest)), { series: 'six' });
    assert.equal(initialFocus(list, sh('2024-05-10T00:00'))?.id, 'talks-contest');
  });

  test('opens at the first event when every one is to come and none is scheduled', () => {
    const all = Object.fromEntries(SIX_IDS.map((id) => [id, { status: 'cancelled' }]));
    const list = timelineEvents(feedOf(sixWith(all)), { series: 'six' });
    assert.equal(initialFocus(list, sh('2024-01-01T00:00'))?.id, 'visits');
  });

  test('is undefined for no events', () => {
    assert.equal(initialFocus([], 0), undefined);
  });
});

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its lines. */
const lines = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('calendar', () => {
  const events = timelineEvents(feedOf(SIX));
  const byId = (id: string) => events.find((e) => e.id === id)!;
  const STAMP = Date.UTC(2024, 2, 1);

  test('an activity becomes an IcsEvent with its texts in the language', () => {
    assert.deepEqual(
      icsEvent(byId('talks-contest'), 'en', { domain: 'career.example.edu.cn', stamp: STAMP }),
      {
        uid: 'activity-talks-contest@career.example.edu.cn',
        start: sh('2024-05-08T14:00'),
        end: sh('2024-05-08T17:00'),
        allDay: false,
        timeZone: 'Asia/Shanghai',
        summary: 'Employer talks and mock recruitment contest',
        location: '学术报告厅',
        description: 'Talks first, then the contest',
        url: 'https://career.example.edu.cn/six/contest',
        status: 'confirmed',
        stamp: STAMP,
      },
    );
  });

  test('a fair keeps the uid the countdown gives it and falls back to its registration link', () => {
    const [fair] = timelineEvents(
      feedOf({
        fairs: [
          {
            id: 'spring',
            title: 'F',
            start: '2024-03-22',
            registrationUrl: 'https://example.cn/signup',
            venue: { name: '体育馆', campus: '南校区', address: '大学路 1 号' },
          },
        ],
      }),
    );
    const ics = icsEvent(fair!, 'zh-CN', { domain: 'example.cn' });
    assert.equal(ics.uid, 'spring@example.cn');
    assert.equal(ics.url, 'https://example.cn/signup');
    assert.equal(ics.location, '体育馆, 南校区, 大学路 1 号');
    assert.equal(ics.allDay, true);
  });

  test('the domain defaults to fairkit', () => {
    assert.equal(icsEvent(byId('visits'), 'zh-CN').uid, 'activity-visits@fairkit');
  });

  test('a live stream without a page links to its live stream', () => {
    assert.equal(icsEvent(byId('short-video'), 'zh-CN').url, 'https://live.example.cn/forum');
  });

  test('a cancelled event is CANCELLED, a postponed one TENTATIVE', () => {
    const changed = timelineEvents(
      feedOf(sixWith({ visits: { status: 'cancelled' }, 'site-visit': { status: 'postponed' } })),
    );
    const status = (id: string) =>
      icsEvent(
        changed.find((e) => e.id === id)!,
        'en',
      ).status;
    assert.equal(status('visits'), 'cancelled');
    assert.equal(status('site-visit'), 'tentative');
  });

  test('a series makes one calendar named after it, with every event, cancelled ones too', () => {
    const feed = feedOf(sixWith({ visits: { status: 'cancelled' } }));
    const l = lines(seriesICS(feed, 'six', 'en', { stamp: STAMP })!);
    assert.ok(l.includes('X-WR-CALNAME:Six themed events'));
    assert.equal(l.filter((x) => x === 'BEGIN:VEVENT').length, 6);
    assert.deepEqual(
      l.filter((x) => x.startsWith('UID:')),
      SIX_IDS.map((id) => `UID:activity-${id}@fairkit`),
    );
    assert.ok(l.includes('STATUS:CANCELLED'));
  });

  test('the series calendar writes an all-day camp as dates', () => {
    const l = lines(seriesICS(feedOf(SIX), 'six', 'zh-CN')!);
    assert.ok(l.includes('DTSTART;VALUE=DATE:20240708'));
    assert.ok(l.includes('DTEND;VALUE=DATE:20240713'));
  });

  test('there is no series calendar for an unknown series', () => {
    assert.equal(seriesICS(feedOf(SIX), 'nope', 'en'), undefined);
  });
});

/** A valid feed, a filter built from its ids, an instant near one of its times, and a soon window. */
const cases = validFeed().chain((input) => {
  const { feed } = parseFeed(input);
  assert.ok(feed);
  const pick = <T>(list: T[]) =>
    list.length ? fc.option(fc.constantFrom(...list), { nil: undefined }) : fc.constant(undefined);
  const times = [...feed.fairs, ...feed.activities].flatMap((item) => [
    item.start,
    item.end ?? item.start,
  ]);
  return fc.record({
    feed: fc.constant(feed),
    filter: fc.record({
      series: pick(feed.series.map((s) => s.id)),
      fair: pick(feed.fairs.map((f) => f.id)),
      kinds: fc.option(
        fc.subarray(['fair', 'talk', 'livestream', 'visit', 'camp', 'other', 'nope']),
        { nil: undefined },
      ),
    }),
    now: fc
      .tuple(
        times.length ? fc.constantFrom(...times) : fc.constant(Date.UTC(2024, 0, 1)),
        fc.oneof(
          fc.integer({ min: -2, max: 2 }),
          fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
          fc.constantFrom(-SOON_MS, -SOON_MS - 1, -HOUR),
        ),
      )
      .map(([t, delta]) => t + delta),
    soonMs: fc.option(fc.constantFrom(0, HOUR, SOON_MS, 7 * SOON_MS), { nil: undefined }),
  });
});

const LATEST = 8.64e15;

describe('properties', () => {
  test('timelineEvents never throws and is sorted by start, then end', () => {
    fc.assert(
      fc.property(cases, ({ feed, filter }) => {
        const events = timelineEvents(feed, filter);
        for (let i = 1; i < events.length; i++) {
          const [a, b] = [events[i - 1]!, events[i]!];
          assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('without filters, every activity is shown once and every fair once unless one stands for it', () => {
    fc.assert(
      fc.property(cases, ({ feed }) => {
        const shown = ids(timelineEvents(feed));
        const standIns = new Set(
          feed.activities.filter((a) => a.kind === 'fair' && a.fair).map((a) => a.fair),
        );
        const expected = [
          ...feed.fairs.filter((f) => !standIns.has(f.id)).map((f) => `fair:${f.id}`),
          ...feed.activities.map((a) => a.id),
        ];
        assert.deepEqual([...shown].sort(), expected.sort());
      }),
      { numRuns: RUNS },
    );
  });

  test('every event shown matches the filter and ends no earlier than it starts', () => {
    fc.assert(
      fc.property(cases, ({ feed, filter }) => {
        const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
        for (const event of timelineEvents(feed, filter)) {
          if (filter.series) assert.equal(event.series, filter.series);
          if (filter.fair) assert.equal(event.fair, filter.fair);
          if (kinds) assert.ok(kinds.has(event.kind));
          assert.ok(event.end >= event.start);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('nextChange is after now, a status changes there, and none changes before it', () => {
    fc.assert(
      fc.property(cases, ({ feed, filter, now, soonMs }) => {
        const events = timelineEvents(feed, filter);
        const options = { soonMs };
        const status = (t: number) => events.map((e) => eventStatus(e, t, options));
        const at = nextChange(events, now, options);
        if (at === undefined) {
          assert.deepEqual(status(LATEST), status(now));
          return;
        }
        assert.ok(at > now);
        assert.deepEqual(status(at - 1), status(now));
        assert.notDeepEqual(status(at), status(at - 1));
      }),
      { numRuns: RUNS },
    );
  });

  test('initialFocus is one of the events, or undefined for none', () => {
    fc.assert(
      fc.property(cases, ({ feed, filter, now }) => {
        const events = timelineEvents(feed, filter);
        const focus = initialFocus(events, now);
        if (events.length === 0) assert.equal(focus, undefined);
        else assert.ok(focus && events.includes(focus));
        const live = events.find((e) => eventStatus(e, now) === 'live');
        if (live) assert.equal(focus, live);
      }),
      { numRuns: RUNS },
    );
  });

  test('groupByDay keeps every event once, under its day and month in the zone', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(undefined, 'UTC'), ({ feed, filter }, zone) => {
        const events = timelineEvents(feed, filter);
        const months = groupByDay(events, zone);
        const days = months.flatMap((m) => m.days);
        assert.deepEqual(
          days.flatMap((d) => d.events),
          events,
        );
        assert.equal(new Set(days.map((d) => d.day)).size, days.length);
        assert.equal(new Set(months.map((m) => m.month)).size, months.length);
        for (const month of months) {
          for (const { day, events: list } of month.days) {
            assert.equal(day.slice(0, 7), month.month);
            for (const e of list) assert.equal(dayInZone(e.start, zone ?? feed.timeZone), day);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a series progress is within its count, and done exactly when every counted event ended', () => {
    fc.assert(
      fc.property(cases, ({ feed, filter, now }) => {
        if (!filter.series) return;
        const progress = seriesProgress(feed, filter.series, now);
        const counted = timelineEvents(feed, { series: filter.series }).filter(
          (e) => e.status !== 'cancelled',
        );
        if (!progress) {
          assert.equal(counted.length, 0);
          return;
        }
        assert.equal(progress.total, counted.length);
        assert.ok(progress.current >= 1 && progress.current <= progress.total);
        assert.equal(
          progress.done,
          counted.every((e) => eventPhase(e, now) === 'ended'),
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('nothing throws on a corrupted feed', () => {
    fc.assert(
      fc.property(corruptedFeed(), fc.integer(), (input, now) => {
        const { feed } = parseFeed(input);
        if (!feed) return;
        const events = timelineEvents(feed);
        groupByDay(events);
        nextChange(events, now);
        initialFocus(events, now);
        for (const series of feed.series) {
          seriesProgress(feed, series.id, now);
          seriesICS(feed, series.id, 'en');
        }
        events.forEach((event) => icsEvent(event, 'zh-CN'));
      }),
      { numRuns: RUNS },
    );
  });
});
