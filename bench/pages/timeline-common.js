// Shared by the activity-timeline benchmark pages (timeline-vis.html, timeline-timelinejs.html,
// timeline-fairkit.html): the one generator of their data, and the "ready" probe bench/timeline.mjs
// reads through window.__timeline.
//
// The data is made by bench/timeline.mjs, not by the pages: it runs this file in node:vm after
// carousel-common.js (for its seeded PRNG, carouselRandom, and its city and company-name lists), and
// writes each page's data into it as an inline <script type="application/json" id="feed">, the way
// a CMS page carries it, so no page's ready time includes making it:
//   timelineFeed(n, now)       N activities in the fairkit feed format (version 1), with their
//                              series and employers, spread over about six months around `now`
//   timelineVisData(feed)      the same events as vis-timeline items (a DataSet's rows) and groups
//   timelineTimelineJS(feed)   the same events in TimelineJS's JSON format
// The pages themselves use only the probe below and the page frame style.

var TIMELINE_ZONE_MS = 8 * 3600000; // Asia/Shanghai, UTC+8 all year
var TIMELINE_DAY_MS = 24 * 3600000;

/** kind: [zh-CN word, English word, weight among the generated events] */
var TIMELINE_KINDS = {
  fair: ['双选会', 'Career fair', 8],
  talk: ['宣讲会', 'Campus talk', 38],
  livestream: ['直播', 'Live stream', 16],
  visit: ['参访', 'Visit', 10],
  workshop: ['工作坊', 'Workshop', 14],
  camp: ['训练营', 'Camp', 5],
  competition: ['竞赛', 'Competition', 9],
};

// The six themed events one city and one university ran for a campus (issue 6): the first six
// activities of every feed, the series `s1`.
var TIMELINE_SIX = [
  ['visit', '走进名企：头部企业参访日', 'Visiting leading employers'],
  ['fair', '电子信息产业专场招聘会', 'Electronics industry career fair'],
  ['competition', '企业宣讲暨模拟招聘大赛', 'Employer talks and mock recruitment contest'],
  ['workshop', '短视频求职论坛', 'Short-video job-hunting forum'],
  ['camp', '暑期职业体验营', 'Summer career camp'],
  ['visit', '产业园区实地参访', 'Industrial park site visit'],
];

var TIMELINE_SERIES = [
  [
    's1',
    '校城联动·就业促进系列活动',
    'City and campus employment series',
    '市人社局与学校联合举办的六场主题活动，面向本校全体毕业生。',
    'Six themed events by the city and the university for this year’s graduates.',
  ],
  [
    's2',
    '名企宣讲月',
    'Employer talk month',
    '每周多场名企校园宣讲。',
    'Employer talks every week.',
  ],
  [
    's3',
    '云宣讲·空中双选',
    'Online talks',
    '线上宣讲与直播双选。',
    'Live-streamed talks and fairs.',
  ],
  ['s4', '职业发展工作坊', 'Career workshops', '简历、面试与规划。', 'CVs, interviews, planning.'],
  ['s5', '春季招聘季', 'Spring recruitment season', '春季专场招聘会。', 'The spring fairs.'],
  ['s6', '创新创业大赛', 'Innovation contest', '校级创新创业赛事。', 'The campus contest.'],
];

var TIMELINE_TOPICS = [
  ['信息技术', 'IT'],
  ['智能制造', 'Smart manufacturing'],
  ['金融', 'Finance'],
  ['新能源', 'New energy'],
  ['生物医药', 'Biomedicine'],
  ['教育', 'Education'],
  ['建筑工程', 'Construction'],
];

var TIMELINE_TITLES = {
  workshop: [
    ['简历诊断工作坊', 'CV clinic'],
    ['模拟面试工作坊', 'Mock interviews'],
    ['职业规划工作坊', 'Career planning'],
    ['求职礼仪工作坊', 'Interview etiquette'],
  ],
  camp: [
    ['就业能力训练营', 'Employability camp'],
    ['寒假实习训练营', 'Winter internship camp'],
    ['领导力训练营', 'Leadership camp'],
  ],
  competition: [
    ['职业规划大赛', 'Career planning contest'],
    ['模拟招聘大赛', 'Mock recruitment contest'],
    ['创新创业大赛', 'Innovation contest'],
  ],
};

var TIMELINE_VENUES = [
  ['图书馆报告厅', 'Library lecture hall'],
  ['学生活动中心多功能厅', 'Student centre hall'],
  ['体育馆', 'Gymnasium'],
  ['就业指导中心 201', 'Career centre, room 201'],
  ['东区教学楼 A101', 'East building A101'],
  ['国际学术交流中心', 'International conference centre'],
];

/** An instant as ISO 8601 with the +08:00 offset: 2026-03-22T09:00:00+08:00. */
function timelineIso(ms) {
  return new Date(ms + TIMELINE_ZONE_MS).toISOString().slice(0, 19) + '+08:00';
}

/** The Shanghai wall clock of an instant: { year, month (1–12), day, hour, minute }. */
function timelineWallClock(ms) {
  var d = new Date(ms + TIMELINE_ZONE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/**
 * N activities (version 1 feed: `series`, `employers`, `activities`), the same for the same N and
 * `now` (ms): the six-event series first (one of them live at `now`, with a liveUrl; the next
 * starting three hours after `now`; the last postponed), then talks, live streams, fairs, visits,
 * workshops, camps and competitions on random days from 91 days before `now` to 91 days after, at
 * their usual hours, most in one of five more series; about 3 % postponed and 3 % cancelled; every
 * live stream and a third of the talks with a liveUrl. Sorted by start, as a CMS lists them.
 */
function timelineFeed(n, now) {
  var random = carouselRandom(6);
  var pick = function (list) {
    return list[Math.floor(random() * list.length)];
  };
  var kinds = Object.keys(TIMELINE_KINDS);
  var total = kinds.reduce(function (sum, k) {
    return sum + TIMELINE_KINDS[k][2];
  }, 0);
  var pickKind = function () {
    var x = random() * total;
    for (var i = 0; i < kinds.length; i++) {
      x -= TIMELINE_KINDS[kinds[i]][2];
      if (x < 0) return kinds[i];
    }
    return kinds[kinds.length - 1];
  };
  // Midnight in Shanghai of `now`'s day: the days are counted from it.
  var today = now - ((now + TIMELINE_ZONE_MS) % TIMELINE_DAY_MS);
  var employers = [];
  var employer = function () {
    if (employers.length < 40 && (employers.length < 4 || random() < 0.4)) {
      var industry = pick(CAROUSEL_INDUSTRIES);
      employers.push({
        id: 'e' + (employers.length + 1),
        name: { 'zh-CN': pick(CAROUSEL_CITIES) + pick(CAROUSEL_CORES) + industry[2] },
        industry: industry[0],
      });
    }
    return pick(employers);
  };
  var activities = [];
  for (var i = 0; i < n; i++) {
    var six = TIMELINE_SIX[i];
    var kind = six ? six[0] : pickKind();
    var who = kind === 'talk' || kind === 'livestream' || kind === 'visit' ? employer() : null;
    var whoName = who ? who.name['zh-CN'] : '';
    var title;
    if (six) title = { 'zh-CN': six[1], en: six[2] };
    else if (kind === 'talk')
      title = { 'zh-CN': whoName + '校园宣讲会', en: 'Campus talk: ' + whoName };
    else if (kind === 'livestream')
      title = { 'zh-CN': whoName + '云宣讲直播', en: 'Live-streamed talk: ' + whoName };
    else if (kind === 'visit') title = { 'zh-CN': '走进' + whoName, en: 'Visit: ' + whoName };
    else if (kind === 'fair') {
      var topic = pick(TIMELINE_TOPICS);
      title = { 'zh-CN': topic[0] + '行业专场双选会', en: topic[1] + ' career fair' };
    } else {
      var t = pick(TIMELINE_TITLES[kind]);
      title = { 'zh-CN': t[0], en: t[1] };
    }
    // Days and hours by kind: fairs and visits in the morning, talks from 14:00 to 19:30.
    var day = today + (Math.floor(random() * 182) - 91) * TIMELINE_DAY_MS;
    var start;
    var minutes;
    if (kind === 'fair' || kind === 'camp' || kind === 'competition') {
      start = day + 9 * 3600000;
      minutes = kind === 'camp' ? (2 + Math.floor(random() * 3)) * 1440 + 480 : 360 + 60 * (i % 3);
    } else if (kind === 'visit') {
      start = day + (8.5 + Math.floor(random() * 2) * 5) * 3600000;
      minutes = 180;
    } else {
      start = day + (14 + Math.floor(random() * 12) / 2) * 3600000;
      minutes = kind === 'workshop' ? 120 : 60 + 30 * Math.floor(random() * 3);
    }
    var live = kind === 'livestream' || (kind === 'talk' && random() < 0.33);
    if (i === 2) {
      // Live now, and streamed.
      start = now - 40 * 60000;
      minutes = 120;
      live = true;
    } else if (i === 3) {
      // Starting soon.
      start = now + 3 * 3600000;
      minutes = 120;
    }
    var activity = {
      id: 'a' + (i + 1),
      title: title,
      start: timelineIso(start),
      end: timelineIso(start + minutes * 60000),
      kind: kind,
    };
    var series = six ? 's1' : random() < 0.7 ? pick(TIMELINE_SERIES.slice(1))[0] : null;
    if (series) activity.series = series;
    if (who && kind !== 'visit') activity.employer = who.id;
    var r = random();
    if (i === 5 || (i >= 6 && r < 0.03)) activity.status = 'postponed';
    else if (i >= 6 && r < 0.06) activity.status = 'cancelled';
    if (kind === 'visit') activity.location = { 'zh-CN': whoName + '总部', en: whoName + ' HQ' };
    else if (kind !== 'livestream') {
      var venue = pick(TIMELINE_VENUES);
      activity.location = { 'zh-CN': venue[0], en: venue[1] };
    }
    activity.url = 'https://career.example.edu.cn/activity/' + activity.id;
    if (live) activity.liveUrl = 'https://live.example.edu.cn/room/' + activity.id;
    var word = TIMELINE_KINDS[kind];
    activity.description = {
      'zh-CN':
        title['zh-CN'] +
        '：面向2026届毕业生的' +
        word[0] +
        '活动，' +
        (live ? '同步线上直播，' : '') +
        '请提前在就业信息网报名，凭学生证入场，名额有限。',
      en:
        title.en +
        ': a ' +
        word[1].toLowerCase() +
        ' for the class of 2026' +
        (live ? ', also streamed live' : '') +
        '. Sign up on the careers site; bring your student card; places are limited.',
    };
    activities.push(activity);
  }
  activities.sort(function (a, b) {
    return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
  });
  var used = {};
  activities.forEach(function (a) {
    if (a.series) used[a.series] = true;
  });
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    series: TIMELINE_SERIES.filter(function (s) {
      return used[s[0]];
    }).map(function (s) {
      return {
        id: s[0],
        title: { 'zh-CN': s[1], en: s[2] },
        description: { 'zh-CN': s[3], en: s[4] },
      };
    }),
    employers: employers,
    activities: activities,
  };
}

function timelineEscape(s) {
  return String(s).replace(/[&<>"]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
  });
}

var TIMELINE_STATUS_WORDS = { postponed: '已延期', cancelled: '已取消' };

/** What the peers show of one activity besides its title: kind, place or online, employer. */
function timelineDetails(feed, a) {
  var employer = a.employer
    ? feed.employers.find(function (e) {
        return e.id === a.employer;
      })
    : null;
  return [
    TIMELINE_KINDS[a.kind][0],
    a.location ? a.location['zh-CN'] : '线上',
    employer ? employer.name['zh-CN'] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The feed's activities as vis-timeline data: { items, groups }, one group per kind (the group's
 * content its zh-CN word); each item a range (start and end as the feed's ISO strings, which vis
 * parses), its content the title and the details, cancelled and postponed marked by a word and a
 * class, its tooltip (`title`) the description.
 */
function timelineVisData(feed) {
  return {
    groups: Object.keys(TIMELINE_KINDS).map(function (k) {
      return { id: k, content: TIMELINE_KINDS[k][0] };
    }),
    items: feed.activities.map(function (a) {
      var status = TIMELINE_STATUS_WORDS[a.status];
      return {
        id: a.id,
        group: a.kind,
        start: a.start,
        end: a.end,
        content:
          (status ? '<em>' + status + '</em> ' : '') +
          '<b>' +
          timelineEscape(a.title['zh-CN']) +
          '</b><br>' +
          timelineEscape(timelineDetails(feed, a)),
        title: a.description['zh-CN'],
        className: 'kind-' + a.kind + (a.status ? ' status-' + a.status : ''),
      };
    }),
  };
}

/**
 * The feed's activities in TimelineJS's JSON format: { events: [{ unique_id, start_date,
 * end_date ({ year, month, day, hour, minute }, Shanghai wall clock), text: { headline, text },
 * group (the kind's zh-CN word) }] }; the text holds the details, the description and the links.
 */
function timelineTimelineJS(feed) {
  return {
    events: feed.activities.map(function (a) {
      var status = TIMELINE_STATUS_WORDS[a.status];
      return {
        unique_id: a.id,
        start_date: timelineWallClock(Date.parse(a.start)),
        end_date: timelineWallClock(Date.parse(a.end)),
        text: {
          headline: (status ? '【' + status + '】' : '') + timelineEscape(a.title['zh-CN']),
          text:
            '<p>' +
            timelineEscape(timelineDetails(feed, a)) +
            '</p><p>' +
            timelineEscape(a.description['zh-CN']) +
            '</p><p><a href="' +
            a.url +
            '">详情</a>' +
            (a.liveUrl ? ' · <a href="' + a.liveUrl + '">观看直播</a>' : '') +
            '</p>',
        },
        group: TIMELINE_KINDS[a.kind][0],
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// In the pages.

/** The inline data the server wrote into the page (<script type="application/json" id="feed">). */
function timelineData() {
  return JSON.parse(document.getElementById('feed').textContent);
}

/** The first of `elements` laid out with a non-zero box, or null. */
function timelineBoxed(elements) {
  for (var i = 0; i < elements.length; i++) {
    var box = elements[i].getBoundingClientRect();
    if (box.width > 0 && box.height > 0) return elements[i];
  }
  return null;
}

/**
 * Starts the probe of one page, as window.__timeline:
 *   codeAt    performance.now() when the page's own code began, the library loaded and run (the
 *             peers: their script; fairkit: the tag defined)
 *   readyAt   performance.now() (ms from navigation start) of the first animation frame in which
 *             `shown()` holds, polled in requestAnimationFrame from when the probe starts
 *   ready     a promise of readyAt
 */
function timelineBench(shown) {
  var resolve;
  var bench = (window.__timeline = {
    codeAt: null,
    readyAt: null,
    ready: new Promise(function (r) {
      resolve = r;
    }),
    began: function () {
      if (bench.codeAt === null) bench.codeAt = performance.now();
    },
  });
  requestAnimationFrame(function poll() {
    if (!shown()) return requestAnimationFrame(poll);
    bench.readyAt = performance.now();
    resolve(bench.readyAt);
  });
  return bench;
}

// The same page frame for all three: the full 1280 × 900 viewport, the system's CJK font.
document.head.insertAdjacentHTML(
  'beforeend',
  '<style>body{margin:0;font-family:system-ui,"Noto Sans CJK SC",sans-serif}' +
    '.stage{box-sizing:border-box;width:100%;height:100vh}</style>',
);
