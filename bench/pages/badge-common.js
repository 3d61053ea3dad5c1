// Shared by the placement-badge benchmark pages (badge-fairkit.html and badge-plain.html, the
// plain-DOM baseline): the feed, the baseline's figures built by hand, and the probe
// bench/badge.mjs reads through window.__badge.
//
// The feed: placement figures of the cohorts 2024, 2025 and 2026, seven dates a season each, for
// three scopes (overall, undergraduate, master), with counts and a source. bench/badge.mjs runs
// badgeFeed() in Node and writes it into the page as <script type="application/json" id="feed">,
// so both pages start from the same JSON text, as a CMS page would carry it. Figure i of N shows
// the latest cohort in scope BADGE_SCOPES[i % 3]: up 1.2 points overall, down 0.8 points for
// undergraduates, level for master's graduates, so every kind of comparison is drawn.

var BADGE_SCOPES = ['overall', 'undergraduate', 'master'];
var BADGE_SCOPE_NAMES = { undergraduate: '本科生', master: '硕士研究生' };
var BADGE_SEASON = [
  [10, 16, 0.104],
  [11, 20, 0.171],
  [1, 15, 0.336],
  [3, 20, 0.55],
  [5, 21, 0.724],
  [6, 30, 0.857],
  [8, 31, 0.921],
];

function badgeParam(name, fallback) {
  return new URLSearchParams(location.search).get(name) || fallback;
}

/** The feed (version 1): placement figures only, dates as calendar dates in Asia/Shanghai. */
function badgeFeed() {
  var placement = [];
  var graduates = { overall: 8906, undergraduate: 5874, master: 3032 };
  [2024, 2025, 2026].forEach(function (cohort) {
    var back = 2026 - cohort;
    BADGE_SEASON.forEach(function (point) {
      var y = point[0] >= 9 ? cohort - 1 : cohort;
      // Each earlier season reported a day or two earlier in the year: never the very same date.
      var asOf =
        y +
        '-' +
        String(point[0]).padStart(2, '0') +
        '-' +
        String(point[1] - back).padStart(2, '0');
      BADGE_SCOPES.forEach(function (scope) {
        var rate =
          scope === 'overall'
            ? point[2] - 0.012 * back
            : scope === 'undergraduate'
              ? point[2] - 0.03 + 0.008 * back
              : point[2] + 0.02;
        rate = Math.round(Math.min(1, Math.max(0, rate)) * 1000) / 1000;
        var total = graduates[scope] - 150 * back;
        placement.push({
          cohort: String(cohort),
          scope: scope,
          rate: rate,
          asOf: asOf,
          graduates: total,
          placed: Math.round(rate * total),
          source: '就业指导中心 毕业去向落实情况通报',
          sourceUrl: 'https://career.example.edu.cn/placement/' + cohort + '/' + asOf,
        });
      });
    });
  });
  return { version: 1, timeZone: 'Asia/Shanghai', placement: placement };
}

// --- The plain-DOM baseline ------------------------------------------------------------------
// What a page would write by hand for the same figures: JSON.parse of the inline feed, the figure
// and last year's nearest one picked out per scope, Intl for the number and dates (formatters made
// once for the page), and createElement / textContent for the same elements and texts fairkit
// shows: the label, the rate, the date, the comparison (arrow, signed points and words), a
// disclosure with the counts, the figure compared with, the definition and the source; the ring's
// SVG circle and the card's sparkline with its legend. Light DOM and one page stylesheet, no
// shadow roots. It knows the feed's zone is UTC+8 all year (Asia/Shanghai since 1991).

var BADGE_OFFSET = 8 * 3600000;
var BADGE_DAY = 86400000;

/** Midnight UTC of a calendar date, Feb 29 of a year without one being Feb 28. */
function badgeDate(y, m, d) {
  var t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d ? t : Date.UTC(y, m, 0);
}

/** 'YYYY-MM-DD' → [y, m, d]. */
function badgeYmd(iso) {
  return iso.split('-').map(Number);
}

/** The formatters of the page, made once (those of the card's sparkline for cards only). */
function badgeFormats(timeZone, variant) {
  var lang = 'zh-CN';
  return {
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
    signed: new Intl.NumberFormat(lang, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
    points: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    count: new Intl.NumberFormat(lang),
    day: new Intl.DateTimeFormat(lang, { timeZone: timeZone, month: 'long', day: 'numeric' }),
    dayYear: new Intl.DateTimeFormat(lang, {
      timeZone: timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }),
    long: new Intl.DateTimeFormat(lang, { timeZone: timeZone, dateStyle: 'long' }),
    // The card's sparkline only.
    short:
      variant === 'card' &&
      new Intl.DateTimeFormat(lang, { timeZone: timeZone, month: 'short', day: 'numeric' }),
    list: variant === 'card' && new Intl.ListFormat(lang, { type: 'unit' }),
    thisYear: new Date(Date.now() + BADGE_OFFSET).getUTCFullYear(),
  };
}

/** The figure of the latest cohort in `scope`, last year's nearest one within 21 days, seasons. */
function badgeFigure(data, scope) {
  var mine = data.placement.filter(function (p) {
    return (p.scope || 'overall') === scope;
  });
  var cohort = mine.reduce(function (a, p) {
    return +p.cohort > +a ? p.cohort : a;
  }, mine[0].cohort);
  var seasonOf = function (c) {
    return mine
      .filter(function (p) {
        return p.cohort === c;
      })
      .sort(function (a, b) {
        return a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0;
      });
  };
  var season = seasonOf(cohort);
  var entry = season[season.length - 1];
  var e = badgeYmd(entry.asOf);
  var today = badgeDate(e[0], e[1], e[2]);
  var previous = null;
  var nearest = Infinity;
  var lastSeason = seasonOf(String(+cohort - 1)).map(function (p) {
    var d = badgeYmd(p.asOf);
    var distance = Math.min(
      Math.abs(today - badgeDate(e[0] - 1, d[1], d[2])),
      Math.abs(today - badgeDate(e[0], d[1], d[2])),
      Math.abs(today - badgeDate(e[0] + 1, d[1], d[2])),
    );
    if (distance < nearest) {
      previous = p;
      nearest = distance;
    }
    return { p: p, shifted: badgeDate(d[0] + 1, d[1], d[2]) - badgeDate(d[0], d[1], d[2]) };
  });
  if (nearest > 21 * BADGE_DAY) previous = null;
  var diff = previous ? (entry.rate - previous.rate) * 1000 : 0;
  return {
    scope: scope,
    cohort: cohort,
    entry: entry,
    previous: previous,
    points: previous ? (Math.sign(diff) * Math.round(+Math.abs(diff).toFixed(6))) / 10 + 0 : null,
    season: season,
    lastSeason: lastSeason,
  };
}

/** An instant (start of the day in UTC+8) of a 'YYYY-MM-DD' date. */
function badgeInstant(iso) {
  var d = badgeYmd(iso);
  return Date.UTC(d[0], d[1] - 1, d[2]) - BADGE_OFFSET;
}

/** The texts of a figure, as fairkit words them in Chinese. */
function badgeWords(figure, f) {
  var entry = figure.entry;
  var at = badgeInstant(entry.asOf);
  var label =
    figure.cohort +
    '届毕业生去向落实率' +
    (figure.scope === 'overall' ? '' : ' · ' + (BADGE_SCOPE_NAMES[figure.scope] || figure.scope));
  var w = {
    label: label,
    value: f.percent.format(entry.rate),
    asOf:
      '截至 ' + (+entry.asOf.slice(0, 4) === f.thisYear ? f.day : f.dayYear).format(new Date(at)),
    iso: entry.asOf,
    trend: null,
  };
  if (figure.previous) {
    var p = figure.points;
    w.trend = p > 0 ? 'up' : p < 0 ? 'down' : 'same';
    w.arrow = p > 0 ? '▲' : p < 0 ? '▼' : '=';
    w.points = f.signed.format(p);
    w.pointsText = w.points + ' 个百分点';
    w.direction = p > 0 ? '高于去年同期' : p < 0 ? '低于去年同期' : '与去年同期持平';
    w.comparison = p ? w.direction + ' ' + f.points.format(Math.abs(p)) + ' 个百分点' : w.direction;
    w.against =
      '去年同期（' +
      f.long.format(new Date(badgeInstant(figure.previous.asOf))) +
      '）为 ' +
      f.percent.format(figure.previous.rate);
  }
  return w;
}

/** document.createElement with a class, text and attributes; children appended. */
function badgeEl(tag, cls, text, attrs) {
  var el = document.createElement(tag);
  if (cls) el.className = cls;
  if (text) el.textContent = text;
  if (attrs) for (var name in attrs) el.setAttribute(name, attrs[name]);
  for (var i = 4; i < arguments.length; i++) el.append(arguments[i]);
  return el;
}

var BADGE_SVG = 'http://www.w3.org/2000/svg';
function badgeSvg(tag, cls, attrs) {
  var el = document.createElementNS(BADGE_SVG, tag);
  if (cls) el.setAttribute('class', cls);
  for (var name in attrs) el.setAttribute(name, attrs[name]);
  for (var i = 3; i < arguments.length; i++) el.append(arguments[i]);
  return el;
}

function badgeChange(w) {
  return badgeEl(
    'p',
    'change change--' + w.trend,
    '',
    null,
    badgeEl('span', 'arrow', w.arrow, { 'aria-hidden': 'true' }),
    ' ',
    w.pointsText + ' · ' + w.direction,
  );
}

function badgeDetails(figure, w, f, compact) {
  // A disclosure button, as fairkit has: what it explains is made only when it is opened.
  var button = compact
    ? badgeEl(
        'button',
        'summary',
        '',
        { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'about' },
        badgeEl('span', 'info', 'i', { 'aria-hidden': 'true' }),
        badgeEl('span', 'visually-hidden', '数据说明'),
      )
    : badgeEl('button', 'summary', '数据说明', {
        type: 'button',
        'aria-expanded': 'false',
        'aria-controls': 'about',
      });
  return badgeEl('div', 'details', '', null, button);
}

/** The card's sparkline: this season and last season moved a year on, 0–100 % bottom to top. */
function badgeSparkline(figure, f) {
  var w = 200;
  var h = 48;
  var pad = 3;
  var now = figure.season.map(function (p) {
    return [badgeInstant(p.asOf), p.rate];
  });
  var last = figure.lastSeason.map(function (s) {
    return [badgeInstant(s.p.asOf) + s.shifted, s.p.rate];
  });
  var times = now.concat(last).map(function (p) {
    return p[0];
  });
  var from = Math.min.apply(null, times);
  var span = Math.max.apply(null, times) - from;
  var path = function (points) {
    return points
      .map(function (p, i) {
        var x = +(
          pad + (span ? ((p[0] - from) / span) * (w - 2 * pad) : (w - 2 * pad) / 2)
        ).toFixed(1);
        var y = +(h - pad - p[1] * (h - 2 * pad)).toFixed(1);
        return (i ? 'L' : 'M') + x + ' ' + y;
      })
      .join('');
  };
  var series = function (which, points) {
    return (
      which +
      '：' +
      f.list.format(
        points.map(function (p) {
          return f.short.format(new Date(badgeInstant(p.asOf))) + ' ' + f.percent.format(p.rate);
        }),
      )
    );
  };
  var described = [series('本届', figure.season)];
  var svg = badgeSvg('svg', 'sparkline', {
    viewBox: '0 0 ' + w + ' ' + h,
    preserveAspectRatio: 'none',
    role: 'img',
  });
  if (last.length) {
    described.push(
      series(
        '去年同期',
        figure.lastSeason.map(function (s) {
          return s.p;
        }),
      ),
    );
    svg.append(badgeSvg('path', 'last', { d: path(last) }));
  }
  svg.append(badgeSvg('path', 'now', { d: path(now) }));
  svg.setAttribute('aria-label', described.join('；'));
  var caption = badgeEl(
    'figcaption',
    '',
    '',
    { 'aria-hidden': 'true' },
    badgeEl('span', 'key now', '本届'),
  );
  if (last.length) caption.append(badgeEl('span', 'key last', '去年同期'));
  return badgeEl('figure', 'trend', '', null, svg, caption);
}

/** One figure of the baseline, as an element (the counterpart of fairkit's [part~="base"]). */
function badgePlainFigure(figure, variant, f) {
  var w = badgeWords(figure, f);
  var label = badgeEl('span', 'label', w.label);
  var date = badgeEl('time', 'date', w.asOf, { datetime: w.iso });
  var base = badgeEl('div', 'base base--' + variant);
  if (variant === 'badge') {
    var pill = badgeEl('span', 'pill', '', null, label, ' ', badgeEl('strong', 'value', w.value));
    if (w.trend) {
      pill.append(
        ' ',
        badgeEl(
          'span',
          'change change--' + w.trend,
          '',
          null,
          badgeEl(
            'span',
            '',
            '',
            { 'aria-hidden': 'true' },
            badgeEl('span', 'arrow', w.arrow),
            ' ' + w.points,
          ),
          badgeEl('span', 'visually-hidden', w.comparison),
        ),
      );
    }
    pill.append(' ', badgeEl('span', 'visually-hidden', w.asOf));
    base.append(pill, badgeDetails(figure, w, f, true));
    return base;
  }
  if (variant === 'ring') {
    var percent = +(figure.entry.rate * 100).toFixed(2);
    var circle = { cx: '18', cy: '18', r: '16', pathLength: '100' };
    var meter = badgeEl(
      'div',
      'meter',
      '',
      {
        role: 'meter',
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': String(percent),
        'aria-valuetext': w.trend ? w.value + '，' + w.comparison : w.value,
        'aria-label': w.label,
      },
      badgeSvg(
        'svg',
        'ring',
        { viewBox: '0 0 36 36', 'aria-hidden': 'true' },
        badgeSvg('circle', 'track', circle),
        badgeSvg(
          'circle',
          'ring-fill',
          Object.assign({ 'stroke-dasharray': percent + ' 100' }, circle),
        ),
      ),
      badgeEl('strong', 'value', w.value),
    );
    base.append(meter);
  } else {
    base.append(badgeEl('p', 'value', w.value));
  }
  // Then, as fairkit shows them: label, change, date (and the card's sparkline).
  base.append(badgeEl('p', '', '', null, label));
  if (w.trend) base.append(badgeChange(w));
  base.append(badgeEl('p', '', '', null, date));
  if (variant === 'card') base.append(badgeSparkline(figure, f));
  base.append(badgeDetails(figure, w, f, false));
  return base;
}

/** The baseline's build: from the feed's JSON text to n figures in `container`. */
function badgePlainBuild(container, variant, n) {
  var data = JSON.parse(document.getElementById('feed').textContent);
  var f = badgeFormats(data.timeZone, variant);
  var fragment = document.createDocumentFragment();
  for (var i = 0; i < n; i++) {
    var figure = badgeFigure(data, BADGE_SCOPES[i % BADGE_SCOPES.length]);
    fragment.append(badgePlainFigure(figure, variant, f));
  }
  container.append(fragment);
}

// The baseline's look, close to fairkit's: a pill, an 8em ring, a card with a sparkline.
var BADGE_PLAIN_CSS =
  '.base{position:relative;font-size:16px;line-height:1.5;color:#1f1b16}' +
  '.base p{margin:0}' +
  '.base--badge{display:inline-flex;flex-wrap:wrap;align-items:center;gap:.25em;vertical-align:middle}' +
  '.base--ring,.base--card{display:grid;gap:.25em;padding:1em;background:#fff;border:1px solid #d6cfc7;border-radius:8px}' +
  '.base--ring{justify-items:center;text-align:center}' +
  '.pill{display:inline-flex;flex-wrap:wrap;align-items:baseline;gap:0 .5em;padding:.2em .8em;background:#fbeeed;border:1px solid #d6cfc7;border-radius:1.5em}' +
  '.value{font-weight:700;font-variant-numeric:tabular-nums}.pill .value,.arrow,.summary,.base a{color:#b3261e}' +
  '.date,.change,.details{font-size:.875em}.date,.base--card .label,figcaption{color:#6b645c}' +
  '.base--card .value{font-size:2.5em;line-height:1.1}' +
  '.meter{position:relative;display:grid;place-items:center;width:8em;aspect-ratio:1}.meter .value{font-size:1.6em}' +
  '.ring{position:absolute;inset:0;width:100%;height:100%;transform:rotate(-90deg)}' +
  '.base circle,.base path{fill:none}.base circle{stroke-width:3.5;stroke:#d6cfc7}.ring-fill{stroke:#b3261e}' +
  '.trend{margin:.5em 0 0}.sparkline{display:block;width:100%;height:3.5em;background:#fbeeed}' +
  '.base path{vector-effect:non-scaling-stroke;stroke-linecap:round;stroke-linejoin:round}' +
  '.now{stroke:#b3261e;stroke-width:2}.last{stroke:#6b645c;stroke-width:1.5;stroke-dasharray:3 3}' +
  'figcaption{display:flex;gap:1em;font-size:.75em}' +
  '.summary{min-height:1.75em;cursor:pointer}' +
  '.base--badge .summary{display:grid;place-items:center;width:1.75em;list-style:none}' +
  '.info{display:grid;place-items:center;width:1.25em;height:1.25em;border:.1em solid;border-radius:50%;font-size:.875em;font-weight:700;line-height:1}' +
  '.about{display:grid;gap:.4em;padding-top:.4em}' +
  '.base--badge .about{position:absolute;z-index:1;top:100%;left:0;width:min(22em,90vw);padding:.75em;background:#fff;border:1px solid #d6cfc7}' +
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

// --- The probe -------------------------------------------------------------------------------

/**
 * The page's own timers and frames go through the originals bench/badge.mjs saved before anything
 * else ran (window.__timers.raw), so that every call its wrappers count is the page's other code.
 */
function badgeRaw(name) {
  var raw = window.__timers && window.__timers.raw[name];
  return raw || window[name].bind(window);
}

/** The first `n` figures' text (all of it, white space removed), to check both pages agree. */
function badgeTexts(bases, n) {
  return [].slice.call(bases, 0, n).map(function (base) {
    return base ? base.textContent.replace(/\s+/g, '') : null;
  });
}

/**
 * window.__badge for bench/badge.mjs:
 *   armed     a promise: the page's fonts are loaded and two frames have passed, nothing built yet
 *   go()      builds the figures (options.build) and resolves once they are shown, to
 *             { renderMs, laidOutMs, syncMs, builtMs, workMs, frames, shown, n, texts }:
 *               renderMs   from just before build() to the end of the first frame in which all
 *                          options.values() (one per figure) have a non-zero box: polled in
 *                          requestAnimationFrame (the poll forces that frame's layout), then a task
 *                          posted from that callback, which runs once the frame is painted
 *               laidOutMs  the same to the end of that rAF callback's check (laid out, not painted)
 *               syncMs     build() itself (fairkit's element updates run in microtasks after it)
 *               builtMs    build() and its microtasks: the DOM made, before style and layout
 *               workMs     renderMs less the wait for the frame to begin: from the end of the
 *                          build's microtasks (options.drained() resolved: fairkit's updates
 *                          complete) to the first rAF callback
 *   reset()   removes the figures (options.reset) and resolves two frames later, for a second
 *             go() on the same page: warm code, Intl data loaded, the feed already parsed
 *   parseMs() options.parse timed once, if given (after go(): warm)
 */
function badgeBench(options) {
  var raf = badgeRaw('requestAnimationFrame');
  var later = badgeRaw('setTimeout');
  var frame = function () {
    return new Promise(function (resolve) {
      raf(resolve);
    });
  };
  var bench = (window.__badge = {
    n: options.n,
    armed: document.fonts.ready
      .then(frame)
      .then(frame)
      .then(function () {
        return true;
      }),
    // Removes what go() built and lets two frames pass, for a second go() on a warm page.
    reset: function () {
      options.reset();
      return frame()
        .then(frame)
        .then(function () {
          return true;
        });
    },
    go: function () {
      return new Promise(function (resolve) {
        var t0 = performance.now();
        options.build();
        var syncMs = performance.now() - t0;
        var drainedAt = null;
        Promise.resolve(options.drained ? options.drained() : null).then(function () {
          drainedAt = performance.now();
        });
        var frames = 0;
        var firstRafAt = null;
        var poll = function () {
          if (firstRafAt === null) firstRafAt = performance.now();
          frames++;
          var values = options.values();
          var shown = 0;
          for (var i = 0; i < values.length; i++) {
            var box = values[i] && values[i].getBoundingClientRect();
            if (box && box.width > 0 && box.height > 0) shown++;
          }
          if (shown < options.n && frames < 600) return raf(poll);
          var laidOutAt = performance.now();
          later(function () {
            var end = performance.now();
            var renderMs = end - t0;
            var wait = drainedAt !== null && drainedAt < firstRafAt ? firstRafAt - drainedAt : 0;
            resolve({
              renderMs: renderMs,
              laidOutMs: laidOutAt - t0,
              syncMs: syncMs,
              builtMs: drainedAt === null ? null : drainedAt - t0,
              workMs: renderMs - wait,
              frames: frames,
              shown: shown,
              n: options.n,
              texts: badgeTexts(options.bases(), 3),
            });
          }, 0);
        };
        raf(poll);
      });
    },
    parseMs: function () {
      if (!options.parse) return null;
      var t0 = performance.now();
      options.parse();
      return performance.now() - t0;
    },
  });
  return bench;
}
