// Shared by the employer-carousel benchmark pages (carousel-swiper.html, carousel-shoelace.html,
// carousel-fairkit.html): the same N employers (?n=, default 50) from a seeded generator, the same
// card for the two peers, and the probes bench/carousel.mjs reads through window.__carousel.
//
// Each employer: a logo (/logo/<hue>.svg, a 48 × 48 coloured tile served by the harness), a
// Chinese company name, its industry and region, and two or three positions.

function carouselCount() {
  return Number(new URLSearchParams(location.search).get('n')) || 50;
}

var CAROUSEL_CITIES = [
  '北京',
  '上海',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '武汉',
  '成都',
  '西安',
  '苏州',
];
var CAROUSEL_CORES = [
  '华信',
  '中科',
  '星辰',
  '海创',
  '智联',
  '恒通',
  '天宇',
  '博远',
  '云帆',
  '启明',
];
var CAROUSEL_INDUSTRIES = [
  ['it', '信息技术', '科技有限公司'],
  ['finance', '金融', '银行股份有限公司'],
  ['manufacturing', '智能制造', '智能制造有限公司'],
  ['energy', '新能源', '新能源有限公司'],
  ['health', '生物医药', '生物医药有限公司'],
  ['education', '教育', '教育科技有限公司'],
  ['construction', '建筑工程', '建设工程有限公司'],
];
var CAROUSEL_POSITIONS = [
  '软件开发工程师',
  '算法工程师',
  '硬件工程师',
  '产品经理',
  '数据分析师',
  '管理培训生',
  '财务分析师',
  '销售代表',
  '人力资源专员',
  '质量工程师',
];

function carouselRandom(seed) {
  return function () {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N employers, the same on every page and in every round: [{ id, name, industry, region, logo, positions }]. */
function carouselEmployers(n) {
  var random = carouselRandom(50);
  var pick = function (list) {
    return list[Math.floor(random() * list.length)];
  };
  var employers = [];
  for (var i = 0; i < n; i++) {
    var city = pick(CAROUSEL_CITIES);
    var industry = pick(CAROUSEL_INDUSTRIES);
    var hue = Math.floor(random() * 360);
    var positions = [];
    for (var p = 2 + Math.floor(random() * 2); p > 0; p--) {
      positions.push({ title: pick(CAROUSEL_POSITIONS), openings: 1 + Math.floor(random() * 20) });
    }
    employers.push({
      id: 'e' + (i + 1),
      name: city + pick(CAROUSEL_CORES) + industry[2],
      industry: industry[0],
      industryName: industry[1],
      region: city,
      // Served by bench/carousel.mjs: a coloured tile, as a real feed links a logo file.
      logo: '/logo/' + hue + '.svg',
      positions: positions,
    });
  }
  return employers;
}

/** The feed (version 1) of the fairkit page: the employers and one fair today that has them all. */
function carouselFeed(employers) {
  // Today in Shanghai (UTC+8 all year), without Intl: its first use would be timed as the page's.
  var today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  return {
    version: 1,
    timeZone: 'Asia/Shanghai',
    industries: CAROUSEL_INDUSTRIES.map(function (i) {
      return { id: i[0], name: i[1] };
    }),
    fairs: [
      {
        id: 'bench',
        title: { 'zh-CN': '春季综合类双选会', en: 'Spring Career Fair' },
        start: today,
        employers: employers.map(function (e) {
          return e.id;
        }),
      },
    ],
    employers: employers.map(function (e) {
      return {
        id: e.id,
        name: { 'zh-CN': e.name },
        industry: e.industry,
        region: e.region,
        logo: e.logo,
        positions: e.positions,
      };
    }),
  };
}

/** The peers' slide content: what fairkit shows from the feed (logo, name, industry, positions). */
function carouselCard(e) {
  return (
    '<div class="card"><img class="logo" src="' +
    e.logo +
    '" alt="" width="48" height="48"><div class="name">' +
    e.name +
    '</div><div class="industry">' +
    e.industryName +
    ' · ' +
    e.region +
    '</div><div class="positions">' +
    e.positions
      .map(function (p) {
        return p.title + ' ' + p.openings + '人';
      })
      .join('、') +
    '</div></div>'
  );
}

// The same page frame and card look for the peers; fairkit's card is its own.
document.head.insertAdjacentHTML(
  'beforeend',
  '<style>body{margin:0;font-family:system-ui,"Noto Sans CJK SC",sans-serif}' +
    '.stage{width:960px;margin:24px auto}' +
    '.card{box-sizing:border-box;width:100%;height:160px;padding:12px;border:1px solid #ddd;border-radius:8px;background:#fff}' +
    '.name{font-weight:600;margin:6px 0 2px}.industry,.positions{font-size:13px;color:#555}</style>',
);

/** The first text node under `node` (through open shadow roots) that is laid out, or null. */
function carouselLaidOutText(node) {
  if (node.nodeType === 3) {
    if (!node.data.trim()) return null;
    var range = document.createRange();
    range.selectNodeContents(node);
    var box = range.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? node : null;
  }
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return null;
  var kids = [].slice.call(node.childNodes);
  if (node.shadowRoot) kids.unshift(node.shadowRoot);
  for (var i = 0; i < kids.length; i++) {
    var found = carouselLaidOutText(kids[i]);
    if (found) return found;
  }
  return null;
}

/**
 * "The first slide is rendered": the slide is laid out as one of three across the carousel and
 * inside its box (not the unstyled light DOM before the element upgrades), its text is laid out
 * with a non-zero size, and its images have loaded.
 */
function carouselShown(host, slide) {
  if (!slide) return false;
  var h = host.getBoundingClientRect();
  var s = slide.getBoundingClientRect();
  if (s.height <= 0 || s.width < h.width * 0.2 || s.width > h.width * 0.45) return false;
  if (s.left < h.left - 1 || s.right > h.right + 1) return false;
  if (!carouselLaidOutText(slide)) return false;
  var images = [].slice.call(slide.querySelectorAll('img'));
  if (slide.shadowRoot)
    images = images.concat([].slice.call(slide.shadowRoot.querySelectorAll('img')));
  return images.every(function (img) {
    return img.complete && img.naturalWidth > 0;
  });
}

/**
 * Starts the probes for one page, as window.__carousel:
 *   setupMs      how long the page took to make its employers and put them in (from `start`),
 *                bench overhead included in readyAt
 *   readyAt      performance.now() (ms from navigation start) of the first animation frame in
 *                which carouselShown(host, firstSlide()) holds, polled in requestAnimationFrame
 *                until then, and no longer
 *   transitions  counted by `events` on the host (each marks a transition); or, while none has
 *                fired, by `fallback` (a root to watch with a MutationObserver, from when the page
 *                is ready, and a signature whose change marks a transition); `how` says which
 *   next(k, ms)  resolves after k more transitions (or after ms), to { count, how, indexes }
 * Each counted transition is marked in the trace with console.timeStamp('carousel-transition').
 */
function carouselBench(options) {
  var host = options.host;
  var bench = (window.__carousel = {
    setupMs: performance.now() - options.start,
    readyAt: null,
    count: 0,
    how: null,
    indexes: [],
    next: function (k, ms) {
      var target = bench.count + k;
      return new Promise(function (resolve) {
        var timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          resolve({ count: bench.count, how: bench.how, indexes: bench.indexes.slice() });
        }
        waiters.push({ target: target, done: done });
      });
    },
  });
  var waiters = [];
  var eventSeen = null;
  var observer = null;
  var last = null;
  function tick(how) {
    bench.how = how;
    bench.count++;
    if (options.index) bench.indexes.push(options.index());
    console.timeStamp('carousel-transition');
    waiters = waiters.filter(function (w) {
      if (bench.count < w.target) return true;
      w.done();
      return false;
    });
  }
  // The first of `events` to fire is the one counted from then on (an element may fire two).
  (options.events || []).forEach(function (name) {
    host.addEventListener(name, function () {
      if (eventSeen && eventSeen !== name) return;
      if (!eventSeen) {
        if (observer) observer.disconnect();
        bench.count = 0;
        bench.indexes = [];
        eventSeen = name;
      }
      tick(name + ' events');
    });
  });
  function watch() {
    var fallback = options.fallback;
    var root = fallback && fallback.root();
    if (!root || eventSeen) return;
    last = fallback.signature();
    observer = new MutationObserver(function () {
      var now = fallback.signature();
      if (now !== last && !eventSeen) tick(fallback.how);
      last = now;
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }
  requestAnimationFrame(function poll() {
    if (!carouselShown(host, options.firstSlide())) return requestAnimationFrame(poll);
    bench.readyAt = performance.now();
    watch();
  });
}
