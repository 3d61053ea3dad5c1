#!/usr/bin/env node
// <fair-employer-carousel> (issue 4) against two peers measured in the same run, on the same
// synthetic employers (bench/pages/carousel-common.js), 3 slides per view, autoplay every second,
// 960 px wide:
//   swiper     Swiper element (swiper-element-bundle.min.js), <swiper-container> of <swiper-slide>
//   shoelace   Shoelace's <sl-carousel> of <sl-carousel-item> (cdn/ modules, light theme)
//   fairkit    <fair-employer-carousel> on an inline feed, at 50 and at 1,227 employers
// The peers move one slide a tick (their default, as the issue measured them); fairkit a page.
// Each page loads in a fresh browser context, one at a time, the order rotating between rounds;
// medians of the rounds are reported:
//   ready           ms from navigation start to the first animation frame in which the first slide
//                   is laid out as one of three, with its text at a non-zero size and its logo
//                   loaded (polled in requestAnimationFrame by the page, carouselShown()); the
//                   best round as well, and the page's own setup time inside it
//   per transition  after 1 s of settling, over a window from one counted transition to the
//                   TRANSITIONS-th after it (so both ends fall at the same point of a period):
//                   the renderer's main-thread time (CDP Performance.getMetrics TaskDuration,
//                   thread CPU time where Chromium supports it), and from a trace (devtools.timeline)
//                   its style recalculations (UpdateLayoutTree), layouts and rAF callbacks, each
//                   divided by the transitions counted; and the longest stretch of each period with
//                   no traced main-thread work (an animation loop between slides leaves none)
// How transitions are counted is the page's (carouselBench in carousel-common.js), and printed.
// fairkit is "not available" when the bundle does not define fair-employer-carousel.
//
// Reports only: exit 0 whatever the numbers, but says whether each goal of the issue is met.
//   node bench/carousel.mjs [--rounds 3] [--transitions 10] [--bundle path/to/fairkit.js]
// The fairkit bundle: --bundle or FAIRKIT_BUNDLE, else src/cdn.ts bundled by esbuild in memory.
// Results: bench/results/carousel.json (git-ignored).

import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import {
  fairkitBundle,
  listen,
  median,
  metrics,
  missingBundle,
  option,
  round1,
  writeResults,
} from './common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(option('rounds', 3));
const TRANSITIONS = Number(option('transitions', 10));
const BUNDLE = option('bundle', process.env.FAIRKIT_BUNDLE);
const SETTLE_MS = 1000;
const VIEWPORT = { width: 1280, height: 900 };
const TAG = 'fair-employer-carousel';
const VARIANTS = [
  { key: 'swiper', label: 'Swiper element', page: 'carousel-swiper', n: 50 },
  { key: 'shoelace', label: 'Shoelace carousel', page: 'carousel-shoelace', n: 50 },
  { key: 'fairkit', label: 'fairkit', page: 'carousel-fairkit', n: 50, tag: TAG },
  { key: 'fairkit1227', label: 'fairkit', page: 'carousel-fairkit', n: 1227, tag: TAG },
];
const GOALS = { readyVsSwiper: 1.0, taskMs: 15, recalcs: 2, ready1227: 1.2 };
// A period with no rendering work for this long has no animation loop running between slides.
const QUIET_MS = 250;
const CATEGORIES = ['devtools.timeline'];
const PACKAGES = {
  swiper: JSON.parse(readFileSync(join(root, 'node_modules/swiper/package.json'), 'utf8')).version,
  shoelace: JSON.parse(
    readFileSync(join(root, 'node_modules/@shoelace-style/shoelace/package.json'), 'utf8'),
  ).version,
};

// ---------------------------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};

/** A logo: a 48 × 48 tile of the given hue (the pages link /logo/<hue>.svg). */
const logo = (hue) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">` +
  `<rect width="48" height="48" rx="8" fill="hsl(${hue},55%,45%)"/>` +
  `<circle cx="24" cy="24" r="11" fill="#fff"/></svg>`;

/** The pages, the logos, the peers' files from node_modules, and the fairkit bundle (/fairkit.js). */
/**
 * The fairkit page's feed of `n` employers as an inline `<script type="application/json">`, made
 * here with the pages' own generator (carousel-common.js) so the page carries it as a CMS page
 * would, and the page's ready time does not include making it.
 */
const feeds = new Map();
function inlineFeed(n) {
  if (!feeds.has(n)) {
    const context = {
      location: { search: `?n=${n}` },
      URLSearchParams,
      window: {},
      document: { head: { insertAdjacentHTML() {} }, addEventListener() {} },
    };
    vm.createContext(context);
    vm.runInContext(
      `${readFileSync(join(root, 'bench/pages/carousel-common.js'), 'utf8')}
      globalThis.feed = JSON.stringify(carouselFeed(carouselEmployers(${n})));`,
      context,
    );
    const json = context.feed.replace(/</g, '\\u003c');
    feeds.set(n, `<script type="application/json" id="bench-feed">${json}</script>`);
  }
  return feeds.get(n);
}

function startServer(bundle) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const hue = /^\/logo\/(\d+)\.svg$/.exec(path)?.[1];
    if (hue) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
      return res.end(logo(hue));
    }
    let file = null;
    if (/^\/carousel-[\w-]+\.(html|js)$/.test(path)) file = `bench/pages${path}`;
    else if (/^\/swiper\/[\w.-]+$/.test(path)) file = `node_modules${path}`;
    else if (/^\/shoelace\/[\w/.-]+$/.test(path) && !path.includes('..'))
      file = `node_modules/@shoelace-style/shoelace/cdn${path.slice(9)}`;
    let body =
      path === '/fairkit.js'
        ? bundle
        : file && existsSync(join(root, file))
          ? readFileSync(join(root, file))
          : null;
    if (path === '/carousel-fairkit.html' && body) {
      const n = Number(new URL(req.url ?? '/', 'http://localhost').searchParams.get('n')) || 50;
      body = String(body).replace('<!-- bench-feed -->', inlineFeed(n));
    }
    if (body === null) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  });
  return listen(server);
}

/**
 * The trace between the first and the last counted transition of the window, on the renderer main
 * thread that marked them: counts of style recalculations, layouts and rAF callbacks, and for each
 * period between two transitions the longest stretch without any traced work on that thread.
 */
function readTrace(events, transitions) {
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'carousel-transition')
    .sort((a, b) => a.ts - b.ts);
  if (marks.length < transitions + 1) return null;
  const { pid, tid } = marks[0];
  const start = marks[0].ts;
  const end = marks[transitions].ts;
  const main = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.ts >= start && e.ts <= end && e.ph !== 'M',
  );
  // Only the page's own documents: each SVG logo is a document of its own, with its own recalc.
  const frame = marks[0].args.data.frame;
  const count = (name) =>
    main.filter(
      (e) =>
        e.name === name && e.ph !== 'E' && (e.args?.beginData ?? e.args?.data)?.frame === frame,
    ).length;
  const work = main
    .filter((e) => e.name !== 'TimeStamp' && (e.ph === 'X' || e.ph === 'B'))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const quiet = [];
  for (let i = 0; i < transitions; i++) {
    const from = marks[i].ts;
    const to = marks[i + 1].ts;
    let longest = 0;
    let at = from;
    for (const [s, e] of work) {
      if (e < from || s > to) continue;
      longest = Math.max(longest, s - at);
      at = Math.max(at, e);
    }
    quiet.push(Math.max(longest, to - at) / 1000);
  }
  return {
    recalcs: count('UpdateLayoutTree'),
    layouts: count('Layout'),
    frames: count('FireAnimationFrame'),
    quietMs: median(quiet),
  };
}

/** One fresh context, one page: ready, then one window of TRANSITIONS transitions. */
async function measure(browser, origin, v) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/${v.page}.html?n=${v.n}`, { waitUntil: 'load' });
    if (v.tag && !(await page.evaluate((tag) => !!customElements.get(tag), v.tag)))
      return { available: false, errors };
    const ready = await page
      .waitForFunction(() => window.__carousel?.readyAt ?? false, null, { timeout: 15_000 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (ready === null) return { available: true, readyMs: null, errors };
    const setupMs = await page.evaluate(() => window.__carousel.setupMs);

    const cdp = await context.newCDPSession(page);
    let timeDomain = 'threadTicks';
    await cdp.send('Performance.enable', { timeDomain }).catch(async () => {
      timeDomain = 'timeTicks';
      await cdp.send('Performance.enable');
    });
    await page.waitForTimeout(SETTLE_MS);
    await browser.startTracing(page, { categories: CATEGORIES });
    // The window opens at a transition and closes at the TRANSITIONS-th after it.
    const first = await page.evaluate(() => window.__carousel.next(1, 3000));
    const t0 = Date.now();
    const before = await metrics(cdp);
    const last = await page.evaluate((k) => window.__carousel.next(k, k * 2000), TRANSITIONS);
    const after = await metrics(cdp);
    const seconds = (Date.now() - t0) / 1000;
    const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // A window that did not start at a transition has no marks to cut the trace at.
    const transitions = first.count > 0 ? last.count - first.count : 0;
    const d = (key) => ((after[key] ?? 0) - (before[key] ?? 0)) * 1000;
    return {
      available: true,
      readyMs: ready,
      setupMs,
      transitions,
      seconds,
      how: last.how,
      // Swiper and Shoelace report their index: each counted transition moved to a new one.
      indexesMoved: last.indexes.every(
        (x, i) => i === 0 || x === undefined || x !== last.indexes[i - 1],
      ),
      taskMs: d('TaskDuration'),
      scriptMs: d('ScriptDuration'),
      styleMs: d('RecalcStyleDuration'),
      layoutMs: d('LayoutDuration'),
      // Chromium's own counters, a check on the trace's counts.
      recalcCount: d('RecalcStyleCount') / 1000,
      layoutCount: d('LayoutCount') / 1000,
      trace: transitions ? readTrace(trace, transitions) : null,
      timeDomain,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Medians over the rounds of one variant, per transition where it applies. */
function summarise(runs) {
  const ok = runs.filter((r) => r.readyMs !== null);
  const moving = ok.filter((r) => r.transitions > 0);
  const per = (f) => (moving.length ? round1(median(moving.map(f))) : null);
  const traced = moving.filter((r) => r.trace);
  const perTrace = (key) =>
    traced.length ? round1(median(traced.map((r) => r.trace[key] / r.transitions))) : null;
  return {
    readyMs: ok.length ? round1(median(ok.map((r) => r.readyMs))) : null,
    // The best round too: on a shared machine, the one that other work disturbed least.
    readyBestMs: ok.length ? round1(Math.min(...ok.map((r) => r.readyMs))) : null,
    setupMs: ok.length ? round1(median(ok.map((r) => r.setupMs))) : null,
    transitions: moving.length ? median(moving.map((r) => r.transitions)) : 0,
    periodMs: per((r) => (r.seconds * 1000) / r.transitions),
    taskMs: per((r) => r.taskMs / r.transitions),
    scriptMs: per((r) => r.scriptMs / r.transitions),
    styleMs: per((r) => r.styleMs / r.transitions),
    layoutMs: per((r) => r.layoutMs / r.transitions),
    recalcs: perTrace('recalcs'),
    layouts: perTrace('layouts'),
    cdpRecalcs: per((r) => r.recalcCount / r.transitions),
    cdpLayouts: per((r) => r.layoutCount / r.transitions),
    rafPerSecond: traced.length
      ? round1(median(traced.map((r) => r.trace.frames / r.seconds)))
      : null,
    quietMs: traced.length ? Math.round(median(traced.map((r) => r.trace.quietMs))) : null,
    how: moving[0]?.how ?? 'no transition seen',
    indexesMoved: moving.every((r) => r.indexesMoved),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const bundle = await fairkitBundle(BUNDLE);
  const missing = missingBundle(bundle, BUNDLE, TAG);
  const { server, origin } = await startServer(bundle ?? '');
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--disable-renderer-backgrounding'],
  });
  const runs = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
  const unavailable = new Set();
  try {
    console.log(
      `fairkit carousel bench: 3 per view, autoplay 1 s, ${ROUNDS} rounds, windows of ` +
        `${TRANSITIONS} transitions; Swiper ${PACKAGES.swiper}, Shoelace ${PACKAGES.shoelace}, ` +
        `fairkit ${BUNDLE ?? 'src/ (esbuild)'}; Chromium ${browser.version()}`,
    );
    for (let r = 0; r < ROUNDS; r++) {
      const line = [];
      const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length]);
      for (const v of order) {
        if (unavailable.has(v.key)) continue;
        const result = await measure(browser, origin, v);
        if (!result.available) {
          // Checked once: the bundle does not change between rounds.
          unavailable.add(v.key);
          line.push(`${v.key}: not available (${missing})`);
          continue;
        }
        runs[v.key].push(result);
        line.push(
          result.readyMs === null
            ? `${v.key} never ready`
            : `${v.key} ready ${Math.round(result.readyMs)} ms, ` +
                `${round1(result.taskMs / (result.transitions || NaN))} ms × ${result.transitions}`,
        );
      }
      console.log(`  round ${r + 1}: ${line.join('; ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const summary = {};
  for (const v of VARIANTS) if (!unavailable.has(v.key)) summary[v.key] = summarise(runs[v.key]);
  const name = (v) => `${v.label} (${v.n.toLocaleString('en')})`;
  const lines = [`\nMedians of ${ROUNDS} rounds; all but ready and rAF/s are per transition:\n`];
  const widths = [24, 9, 7, 9, 8, 9, 9, 7, 10];
  const row = (cells) =>
    lines.push(
      '  ' +
        cells
          .map((c, i) => (i ? String(c ?? '–').padStart(widths[i]) : c.padEnd(widths[0])))
          .join(''),
    );
  row(['', 'ready ms', 'best', 'main ms', 'script', 'recalcs', 'layouts', 'rAF/s', 'quiet ms']);
  for (const v of VARIANTS) {
    const s = summary[v.key];
    if (!s) row([name(v), `   not available (${missing})`]);
    else
      row([
        name(v),
        s.readyMs,
        s.readyBestMs,
        s.taskMs,
        s.scriptMs,
        s.recalcs,
        s.layouts,
        s.rafPerSecond,
        s.quietMs,
      ]);
  }
  lines.push(
    `\n  best: the fastest round's ready; main: CDP TaskDuration ` +
      `(${runs.swiper[0]?.timeDomain ?? '–'}), script: ScriptDuration; ` +
      `recalcs and layouts: the page's UpdateLayoutTree and Layout trace events (not the SVG logos' ` +
      `own documents); quiet: the longest stretch of a period with no main-thread work, ` +
      `median — under ${QUIET_MS} ms, an animation loop runs between slides.`,
  );
  lines.push(
    '  Inside ready, the page making its employers (bench overhead): ' +
      VARIANTS.filter((v) => summary[v.key])
        .map((v) => `${name(v)} ${summary[v.key].setupMs} ms`)
        .join(', '),
  );
  lines.push('  Transitions counted by:');
  for (const v of VARIANTS.filter((v) => summary[v.key])) {
    const s = summary[v.key];
    const moved = s.indexesMoved ? '' : ' (WARNING: the index did not change at every one)';
    lines.push(
      `    ${name(v).padEnd(24)}${s.how}, ${s.transitions} a window, one every ${s.periodMs} ms${moved}`,
    );
  }

  const ratio = (a, b) => (a !== null && b ? a / b : null);
  const fk = summary.fairkit;
  const fk1227 = summary.fairkit1227;
  if (fk) {
    for (const peer of ['swiper', 'shoelace']) {
      const p = summary[peer];
      lines.push(
        `  fairkit (50) / ${peer}: ready ${ratio(fk.readyMs, p.readyMs)?.toFixed(2)}×, ` +
          `main thread per transition ${ratio(fk.taskMs, p.taskMs)?.toFixed(2)}×`,
      );
    }
  }
  const goals = [];
  const goal = (what, value, limit, unit) => {
    const met = value !== null && Number.isFinite(value) && value <= limit;
    goals.push({ what, value, limit, met });
    const shown = !met && !Number.isFinite(value) ? '–' : unit === '×' ? value.toFixed(2) : value;
    return `  ${what.padEnd(38)}${shown}${unit} (goal ≤ ${limit}${unit}: ${met ? 'met' : 'NOT met'})`;
  };
  lines.push('\nGoals (issue 4), fairkit at 50 employers unless said:');
  if (!fk) lines.push(`  fairkit: not available (${missing}); goals not measured`);
  else {
    lines.push(
      goal(
        'ready / Swiper element',
        ratio(fk.readyMs, summary.swiper.readyMs),
        GOALS.readyVsSwiper,
        '×',
      ),
    );
    lines.push(goal('main thread per transition', fk.taskMs, GOALS.taskMs, ' ms'));
    lines.push(goal('style recalculations per transition', fk.recalcs, GOALS.recalcs, ''));
    // "No animation loop between slides": a stretch of each period with no main-thread work.
    const quiet = fk.quietMs ?? 0;
    goals.push({
      what: 'no animation loop between slides',
      value: quiet,
      limit: QUIET_MS,
      met: quiet >= QUIET_MS,
    });
    lines.push(
      `  ${'no animation loop between slides'.padEnd(38)}quiet ${quiet} ms a period, ` +
        `${fk.rafPerSecond} rAF/s (${quiet >= QUIET_MS ? 'met' : 'NOT met'})`,
    );
    if (fk1227)
      lines.push(
        goal(
          'ready, 1,227 / 50 employers',
          ratio(fk1227.readyMs, fk.readyMs),
          GOALS.ready1227,
          '×',
        ),
      );
  }

  const problems = VARIANTS.flatMap((v) =>
    runs[v.key].flatMap((r, i) => [
      ...(r.readyMs === null ? [`${v.key} round ${i + 1}: never ready in 15 s`] : []),
      ...(r.readyMs !== null && r.transitions < TRANSITIONS
        ? [`${v.key} round ${i + 1}: ${r.transitions} of ${TRANSITIONS} transitions seen`]
        : []),
      ...(r.transitions && !r.trace
        ? [`${v.key} round ${i + 1}: trace without transition marks`]
        : []),
      ...r.errors.map((e) => `${v.key} round ${i + 1}: ${e}`),
    ]),
  );
  if (problems.length)
    lines.push(`\nWarnings (numbers may mean little):\n  ${problems.join('\n  ')}`);
  console.log(lines.join('\n'));

  const results = {
    date: new Date().toISOString(),
    chromium: executablePath,
    viewport: VIEWPORT,
    packages: PACKAGES,
    fairkitBundle: BUNDLE ?? 'src/cdn.ts (esbuild)',
    rounds: ROUNDS,
    transitionsPerWindow: TRANSITIONS,
    unavailable: Object.fromEntries([...unavailable].map((key) => [key, missing])),
    summary,
    goals,
    problems,
    runs,
  };
  writeResults('carousel', results, {
    started,
    loadBefore,
    moves: 'ready (wall-clock) moves with it; main-thread CPU time and the counts much less.',
  });
}

await main();
