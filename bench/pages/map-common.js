// Shared by the booth-map benchmark pages (map-svg.html, the plain-SVG baseline, and
// map-fairkit.html): the same synthetic hall for both, and the same measurements.
//
// The hall: N booths (?n=, default 1227) of 3 × 2 units, in blocks of two rows of ten booths back
// to back, with 3-unit aisles, laid out about 1.8 times as wide as deep; one booth in ten is free.
// Employer names are Chinese company names made from a city, a core and a suffix by a seeded
// random generator, so both pages and every round get the same hall.

function mapCount() {
  return Number(new URLSearchParams(location.search).get('n')) || 1227;
}

function mapParam(name) {
  return new URLSearchParams(location.search).get(name);
}

var MAP_CITIES = [
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
  '天津',
  '重庆',
  '长沙',
  '合肥',
  '青岛',
  '厦门',
];
var MAP_CORES = [
  '华信',
  '中科',
  '星辰',
  '海创',
  '新材',
  '智联',
  '恒通',
  '天宇',
  '博远',
  '云帆',
  '启明',
  '泰和',
  '金桥',
  '鼎盛',
  '瑞达',
  '宏图',
  '远航',
  '锦程',
  '正泰',
  '科达',
];
var MAP_SUFFIXES = [
  '科技有限公司',
  '信息技术股份有限公司',
  '集团有限公司',
  '电子有限公司',
  '生物医药有限公司',
  '建设工程有限公司',
  '银行股份有限公司',
  '教育科技有限公司',
  '智能制造有限公司',
  '新能源有限公司',
];

/** What a visitor types, one keystroke at a time, then a second search; null clears the box. */
var MAP_KEYSTROKES = ['新', '新能', '新能源', null, '智', '智能', '银', '银行', null];

function mapRandom(seed) {
  return function () {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic hall: { hall, booths: [{ id, hall, x, y, w, h, label, employer? }], names: {id: name} }. */
function mapHall(n) {
  var random = mapRandom(1227);
  var pick = function (list) {
    return list[Math.floor(random() * list.length)];
  };
  var perBlock = 20;
  var blocks = Math.ceil(n / perBlock);
  var across = Math.max(1, Math.ceil(Math.sqrt((blocks * 1.8 * 7) / 33)));
  var down = Math.ceil(blocks / across);
  var width = across * 33 + 9;
  var height = down * 7 + 9;
  var booths = [];
  var names = {};
  for (var i = 0; i < n; i++) {
    var block = Math.floor(i / perBlock);
    var inBlock = i % perBlock;
    var bx = 6 + (block % across) * 33;
    var by = 6 + Math.floor(block / across) * 7;
    var id = 'A-' + String(i + 1).padStart(n >= 10000 ? 5 : 4, '0');
    var booth = {
      id: id,
      hall: 'A',
      x: bx + (inBlock % 10) * 3,
      y: by + Math.floor(inBlock / 10) * 2,
      w: 3,
      h: 2,
      label: id,
    };
    if (random() >= 0.1) {
      booth.employer = 'e' + i;
      names[id] = pick(MAP_CITIES) + pick(MAP_CORES) + pick(MAP_SUFFIXES);
    }
    booths.push(booth);
  }
  return {
    hall: { id: 'A', name: 'A馆', width: width, height: height },
    booths: booths,
    names: names,
    landmarks: [
      {
        id: 'in',
        hall: 'A',
        kind: 'entrance',
        name: '南门入口',
        x: width / 2 - 4,
        y: height - 2,
        w: 8,
        h: 2,
      },
      { id: 'out', hall: 'A', kind: 'exit', name: '北门出口', x: width / 2 - 4, y: 0, w: 8, h: 2 },
      { id: 'svc', hall: 'A', kind: 'service', name: '求职服务站', x: 1, y: 6, w: 4, h: 12 },
      { id: 'wc', hall: 'A', kind: 'toilet', name: '卫生间', x: width - 3, y: 8 },
    ],
  };
}

/**
 * ?open=booth: the page opens on one booth, as a deep link (#booth=…) does: the booth in the
 * middle of the list, at OPEN_SCALE screen pixels per hall unit (a 3-unit booth 75 px wide, where
 * fairkit draws numbers and names).
 */
var MAP_OPEN_SCALE = 25;
function mapOpenBooth(data) {
  return mapParam('open') === 'booth' ? data.booths[data.booths.length >> 1] : null;
}

/** The booth ids whose employer name contains `query` (a new Set), or null for an empty box. */
function mapMatches(data, query) {
  if (query === null) return null;
  var keys = new Set();
  for (var id in data.names) if (data.names[id].indexOf(query) >= 0) keys.add(id);
  return keys;
}

/**
 * Resolves after the next frame has been produced (rAF, then a task after its paint), with the
 * time the frame's work took on the main thread: from its rAF callback to that task.
 */
function mapNextFrame() {
  return new Promise(function (resolve) {
    requestAnimationFrame(function () {
      var start = performance.now();
      setTimeout(function () {
        resolve(performance.now() - start);
      }, 0);
    });
  });
}

/** Marks when building started and ended, and the first frame after it: window.__map. */
function mapMarkBuilt(start) {
  var built = performance.now();
  window.__map = { start: start, built: built };
  requestAnimationFrame(function () {
    setTimeout(function () {
      window.__map.frame = performance.now();
    }, 0);
  });
}

/**
 * Types MAP_KEYSTROKES `rounds` times through `apply(keys)`; each keystroke is timed from the call
 * to the end of the next frame (ms), and as main-thread work (workMs: the call itself plus the
 * frame's style, layout, paint and commit, without the wait for the frame to begin, which alone
 * can take up to 16.7 ms). Returns { ms: [...], workMs: [...], sizes: [...] }.
 */
async function mapTypeKeystrokes(data, apply, rounds) {
  var sets = MAP_KEYSTROKES.map(function (q) {
    return mapMatches(data, q);
  });
  var ms = [];
  var workMs = [];
  await mapNextFrame();
  for (var r = 0; r < rounds; r++) {
    for (var i = 0; i < sets.length; i++) {
      var t0 = performance.now();
      apply(sets[i]);
      var call = performance.now() - t0;
      var frame = await mapNextFrame();
      ms.push(performance.now() - t0);
      workMs.push(call + frame);
    }
  }
  return {
    ms: ms,
    workMs: workMs,
    sizes: sets.map(function (s) {
      return s ? s.size : null;
    }),
  };
}

/**
 * Zooms in by 5 % a frame for 30 frames and out again for 30, through `step(factor)` called in
 * requestAnimationFrame. Returns { totalMs, frames: [ms between frames] }.
 */
function mapZoomSteps(step) {
  return new Promise(function (resolve) {
    var count = 0;
    var stamps = [];
    var start = performance.now();
    function frame(now) {
      stamps.push(now);
      if (count === 60) {
        setTimeout(function () {
          var frames = [];
          for (var i = 1; i < stamps.length; i++) frames.push(stamps[i] - stamps[i - 1]);
          resolve({ totalMs: performance.now() - start, frames: frames });
        }, 0);
        return;
      }
      step(count < 30 ? 1.05 : 1 / 1.05);
      count++;
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  });
}
