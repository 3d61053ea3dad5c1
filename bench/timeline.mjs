#!/usr/bin/env node
// <fair-activity-timeline> (issue 6) against two peers measured in the same run, on the same N
// activities (6, 60 and 600; bench/pages/timeline-common.js), in a 1280 × 900 viewport:
//   vis          vis-timeline's standalone UMD build and its CSS: a vis.Timeline of a DataSet of
//                range items, one group per kind, height 100 %, its default window (fits them all)
//   timelinejs   TimelineJS's dist timeline.js and timeline.css: a TL.Timeline of its JSON events
//                ({ start_date, end_date, text: { headline, text }, group }), language zh-cn
//   fairkit      <fair-activity-timeline src="#feed"> on the inline feed, no other attribute
// Every page carries its data inline, written by the server as a CMS page would carry it (the
// generator runs here, in node:vm): no page's ready time includes making it. Each page loads in a
// fresh browser context, one at a time, the order rotating between rounds; medians of the rounds.
//
// "ready": ms from navigation start (performance.now() in the page) to the first animation frame
// in which the page shows its events laid out, polled in requestAnimationFrame by the page from
// its first script (timelineBench in timeline-common.js) until then, and no longer:
//   vis          at least one .vis-item in the container with a non-zero box: the library loaded
//                and run, the inline JSON parsed, the DataSets made, the Timeline built, its first
//                redraw (items' DOM, stacking) and the frame's style and layout
//   timelinejs   at least one .tl-timemarker (the time navigation's markers) and at least one
//                .tl-slide (the story slider's slides) with a non-zero box: the library loaded
//                and run, its zh-cn locale fetched (a request to this server, which TimelineJS
//                waits for before building anything), the config made and validated, the layout
//                built (a marker and a slide per event), the frame's style and layout
//   fairkit      the host's data-state="ready" and at least one [part~="event"] in its shadow root
//                with a non-zero box: the bundle loaded and run, the tag defined, the feed read
//                and parsed, the element's render and the frame's style and layout
// Beside it, "main" and "script": the renderer's main-thread time from navigation to ready (CDP
// Performance.getMetrics TaskDuration and ScriptDuration, enabled on the blank page before the
// navigation; thread CPU time where Chromium supports it), which the machine's load moves much
// less than the wall-clock ready; the goals are read on ready, these ratios printed beside them.
// The figure is read at the first task boundary after ready, so a task the page runs right after
// its ready frame is counted in it whole (main can then exceed ready).
// Not waited for: web fonts (TimelineJS's default font CSS asks Google Fonts for PT Sans and PT
// Serif: blocked here, see below), TimelineJS's opening slide animation, anything after the frame.
// "code in" is when the page's own code began: the library loaded and run (fairkit: the tag
// defined); a part of ready.
// "all in" (fairkit only): the first frame after its updateComplete following ready, which waits
// for the months it renders after its first frame (a list of more than 120 events opens on the
// month it shows and the next); the peers build everything before their ready.
//
// After ready, 1 s untouched, then:
//   heap   V8's used JS heap after two forced collections (CDP HeapProfiler.collectGarbage twice,
//          then Performance.getMetrics JSHeapUsedSize), every round; DOM nodes (Memory.getDOMCounters)
//   idle   (once per page, at the largest N, in the first round, to keep the run short; after the
//          heap and 0.5 s more) the renderer's main-thread time over IDLE ms with the page left
//          alone: CDP Performance.getMetrics TaskDuration delta (thread CPU time where Chromium
//          supports it), per 10 s; style recalculations and layouts counted alongside. An empty
//          page (empty.html) is measured the same way, once: the harness's floor.
//
// No request leaves this machine: Chromium resolves no host name but this server's
// (--host-resolver-rules), and every request to another origin is recorded and reported (they
// fail at once; where such a host is unreachable rather than refused, a real page waits instead).
//
// Reports only: exit 0 whatever the numbers, but says whether each goal of the issue is met.
//   node bench/timeline.mjs [--rounds 5] [--sizes 6,60,600] [--idle 10000] [--now ISO]
//                           [--bundle path/to/fairkit.js] [--screenshots dir]
// The fairkit bundle: --bundle or FAIRKIT_BUNDLE, else src/cdn.ts bundled by esbuild in memory;
// fairkit is "not available" when the bundle does not define fair-activity-timeline.
// The activities are spread around "now", the start of the current hour unless --now says.
// --screenshots saves each page as it was after the first round's measurements, to check what
// each shows. Results: bench/results/timeline.json (git-ignored).

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
const ROUNDS = Number(option('rounds', 5));
const SIZES = option('sizes', '6,60,600').split(',').map(Number);
const IDLE_MS = Number(option('idle', 10000));
const IDLE_SIZE = Math.max(...SIZES);
const BUNDLE = option('bundle', process.env.FAIRKIT_BUNDLE);
const SCREENSHOTS = option('screenshots');
const NOW = option('now') ? Date.parse(option('now')) : Math.floor(Date.now() / 3600000) * 3600000;
if (!Number.isFinite(NOW)) throw new Error(`--now ${option('now')}: not a date`);
const SETTLE_MS = 1000;
const READY_TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 1280, height: 900 };
const TAG = 'fair-activity-timeline';
const SIDES = [
  { key: 'vis', label: 'vis-timeline' },
  { key: 'timelinejs', label: 'TimelineJS' },
  { key: 'fairkit', label: 'fairkit', tag: TAG },
];
const PAGES = SIZES.flatMap((n) =>
  SIDES.map((side) => ({ ...side, n, id: `${side.key}@${n}`, page: `timeline-${side.key}` })),
);
// Issue 6: ready against vis-timeline by size, and against TimelineJS at 600; heap against
// vis-timeline; idle main thread in ms per 10 s.
const GOALS = {
  readyVsVis: { 6: 1.0, 60: 1.0, 600: 0.75 },
  readyVsTimelineJS: { 600: 0.35 },
  heapVsVis: 0.8,
  idleMsPer10s: 2,
};
const ISSUE_600 = { vis: 330, timelinejs: 710 };
const version = (dir) =>
  JSON.parse(readFileSync(join(root, 'node_modules', dir, 'package.json'), 'utf8')).version;
const PACKAGES = {
  'vis-timeline': version('vis-timeline'),
  '@knight-lab/timelinejs': version('@knight-lab/timelinejs'),
};

// ---------------------------------------------------------------------------------------------

/**
 * Each page's data for `n` activities, as the inline `<script type="application/json" id="feed">`
 * the server writes into it: made with the pages' own generator (timeline-common.js, with
 * carousel-common.js for its seeded PRNG) run here in node:vm.
 */
const data = new Map();
function pageData(n) {
  if (!data.has(n)) {
    const context = { document: { head: { insertAdjacentHTML() {} }, addEventListener() {} } };
    vm.createContext(context);
    vm.runInContext(
      `${readFileSync(join(root, 'bench/pages/carousel-common.js'), 'utf8')}
      ${readFileSync(join(root, 'bench/pages/timeline-common.js'), 'utf8')}
      var feed = timelineFeed(${n}, ${NOW});
      globalThis.out = {
        fairkit: JSON.stringify(feed),
        vis: JSON.stringify(timelineVisData(feed)),
        timelinejs: JSON.stringify(timelineTimelineJS(feed)),
        statuses: feed.activities.map(function (a) { return a.status || 'scheduled'; }),
        live: feed.activities.filter(function (a) {
          return Date.parse(a.start) <= ${NOW} && ${NOW} < Date.parse(a.end);
        }).length,
      };`,
      context,
    );
    const { statuses, live, ...json } = context.out;
    const count = (s) => statuses.filter((x) => x === s).length;
    data.set(n, {
      scripts: Object.fromEntries(
        Object.entries(json).map(([side, text]) => [
          side,
          `<script type="application/json" id="feed">${text.replace(/</g, '\\u003c')}</script>`,
        ]),
      ),
      stats: {
        bytes: Object.fromEntries(Object.entries(json).map(([side, text]) => [side, text.length])),
        postponed: count('postponed'),
        cancelled: count('cancelled'),
        live,
      },
    });
  }
  return data.get(n);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The pages, the peers' files from node_modules, and the fairkit bundle (/fairkit.js). */
function startServer(bundle) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    let file = null;
    if (/^\/timeline-[\w-]+\.(html|js)$/.test(path)) file = `bench/pages${path}`;
    else if (path === '/empty.html' || path === '/bench-common.js') file = `bench/pages${path}`;
    else if (path.includes('..')) file = null;
    else if (/^\/vis-timeline\/(standalone|styles)\/[\w/.-]+$/.test(path))
      file = `node_modules${path}`;
    else if (/^\/timelinejs\/[\w/.-]+$/.test(path))
      file = `node_modules/@knight-lab/timelinejs/dist${path.slice('/timelinejs'.length)}`;
    let body =
      path === '/fairkit.js'
        ? bundle
        : file && existsSync(join(root, file))
          ? readFileSync(join(root, file))
          : null;
    const side = /^\/timeline-(vis|timelinejs|fairkit)\.html$/.exec(path)?.[1];
    if (side && body) {
      const n = Number(url.searchParams.get('n')) || 60;
      body = String(body).replace('<!-- bench-feed -->', pageData(n).scripts[side]);
    }
    if (body === null) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  return listen(server);
}

/** The renderer's main-thread time and rendering counts over IDLE_MS of the page left alone. */
async function idleWindow(page, cdp) {
  const before = await metrics(cdp);
  const t0 = Date.now();
  await page.waitForTimeout(IDLE_MS);
  const after = await metrics(cdp);
  const seconds = (Date.now() - t0) / 1000;
  const d = (key) => (after[key] ?? 0) - (before[key] ?? 0);
  const per10s = 10 / seconds;
  return {
    seconds,
    taskMsPer10s: d('TaskDuration') * 1000 * per10s,
    scriptMsPer10s: d('ScriptDuration') * 1000 * per10s,
    recalcsPer10s: d('RecalcStyleCount') * per10s,
    layoutsPer10s: d('LayoutCount') * per10s,
  };
}

async function enablePerformance(cdp) {
  let timeDomain = 'threadTicks';
  await cdp.send('Performance.enable', { timeDomain }).catch(async () => {
    timeDomain = 'timeTicks';
    await cdp.send('Performance.enable');
  });
  return timeDomain;
}

/** Opens a fresh context and page, recording errors and every request that leaves the origin. */
async function openPage(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  const external = [];
  const outside = (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:');
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (outside(r.url())) external.push(r.url());
  });
  // None should get an answer: a sign the block failed.
  page.on('response', (r) => {
    if (outside(r.url())) errors.push(`answered from outside: ${r.url()}`);
  });
  return { context, page, errors, external };
}

/** One fresh context, one page: ready, heap, and (with `idle`) the idle main thread. */
async function measure(browser, origin, p, { idle, screenshot }) {
  const { context, page, errors, external } = await openPage(browser, origin);
  try {
    // Enabled on the blank page, so that the page's main-thread time is counted from its start.
    const cdp = await context.newCDPSession(page);
    const timeDomain = await enablePerformance(cdp);
    await page.goto(`${origin}/${p.page}.html?n=${p.n}`, { waitUntil: 'load' });
    if (p.tag && !(await page.evaluate((tag) => !!customElements.get(tag), p.tag)))
      return { available: false, errors, external };
    // The page's own promise: no polling of ours in the page while it gets ready.
    const readyMs = await page.evaluate(
      (ms) =>
        Promise.race([
          window.__timeline?.ready ?? null,
          new Promise((resolve) => setTimeout(() => resolve(null), ms)),
        ]),
      READY_TIMEOUT_MS,
    );
    if (readyMs === null) return { available: true, readyMs: null, errors, external };
    const atReady = await metrics(cdp);
    const codeMs = await page.evaluate(() => window.__timeline.codeAt);
    // fairkit renders a long list's other months after its first frame: when all of it is in.
    const completeMs = await page.evaluate(
      (ms) =>
        Promise.race([
          window.__timeline.complete ?? null,
          new Promise((resolve) => setTimeout(() => resolve(null), ms)),
        ]),
      READY_TIMEOUT_MS,
    );
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await metrics(cdp)).JSHeapUsedSize ?? null;
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    let idled = null;
    if (idle) {
      await page.waitForTimeout(500);
      idled = await idleWindow(page, cdp);
    }
    if (screenshot) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${p.page}-${p.n}.png`) });
    }
    return {
      available: true,
      readyMs,
      codeMs,
      completeMs,
      mainMs: (atReady.TaskDuration ?? 0) * 1000,
      scriptMs: (atReady.ScriptDuration ?? 0) * 1000,
      heapBytes,
      domNodes: nodes,
      idle: idled,
      timeDomain,
      errors,
      external: [...external],
    };
  } finally {
    await context.close();
  }
}

/** The harness's floor: the idle main thread of an empty page, measured the same way. */
async function measureFloor(browser, origin) {
  const { context, page, errors, external } = await openPage(browser, origin);
  try {
    await page.goto(`${origin}/empty.html`, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await enablePerformance(cdp);
    await page.waitForTimeout(SETTLE_MS + 500);
    return { idle: await idleWindow(page, cdp), errors, external };
  } finally {
    await context.close();
  }
}

const mb = (bytes) => round1(bytes / 1048576);

/** Medians over the rounds of one page. */
function summarise(runs) {
  const ok = runs.filter((r) => r.readyMs !== null);
  const med = (f) => (ok.length ? round1(median(ok.map(f))) : null);
  const idle = ok.map((r) => r.idle).filter(Boolean);
  return {
    readyMs: med((r) => r.readyMs),
    // The best round too: on a shared machine, the one that other work disturbed least.
    readyBestMs: ok.length ? round1(Math.min(...ok.map((r) => r.readyMs))) : null,
    codeMs: med((r) => r.codeMs),
    completeMs: ok.every((r) => r.completeMs != null) ? med((r) => r.completeMs) : null,
    mainMs: med((r) => r.mainMs),
    scriptMs: med((r) => r.scriptMs),
    heapBytes: ok.length ? median(ok.map((r) => r.heapBytes)) : null,
    heapMB: ok.length ? mb(median(ok.map((r) => r.heapBytes))) : null,
    domNodes: ok.length ? median(ok.map((r) => r.domNodes)) : null,
    idle: idle.length
      ? {
          rounds: idle.length,
          taskMsPer10s: round1(median(idle.map((i) => i.taskMsPer10s))),
          scriptMsPer10s: round1(median(idle.map((i) => i.scriptMsPer10s))),
          recalcsPer10s: round1(median(idle.map((i) => i.recalcsPer10s))),
          layoutsPer10s: round1(median(idle.map((i) => i.layoutsPer10s))),
        }
      : null,
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
    args: [
      ...chromiumArgs,
      '--disable-renderer-backgrounding',
      // No request leaves the machine: every host name but this server's fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const runs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
  let unavailable = false;
  let floor = null;
  try {
    const sizes = SIZES.map((n) => {
      const d = pageData(n).stats;
      return (
        `${n} (${d.live} live, ${d.postponed} postponed, ${d.cancelled} cancelled; ` +
        `feed ${(d.bytes.fairkit / 1024).toFixed(1)} KB)`
      );
    });
    console.log(
      `fairkit activity-timeline bench: ${ROUNDS} rounds, ${VIEWPORT.width}×${VIEWPORT.height}, ` +
        `activities ${sizes.join(', ')} around ${new Date(NOW).toISOString()}; ` +
        `vis-timeline ${PACKAGES['vis-timeline']}, TimelineJS ${PACKAGES['@knight-lab/timelinejs']}, ` +
        `fairkit ${BUNDLE ?? 'src/ (esbuild)'}${bundle ? ` ${(bundle.length / 1024).toFixed(1)} KB` : ''}; ` +
        `Chromium ${browser.version()}`,
    );
    console.log(
      `  idle: ${IDLE_MS / 1000} s once per page at ${IDLE_SIZE} activities (first round), ` +
        `and an empty page as the floor`,
    );
    floor = await measureFloor(browser, origin);
    for (let r = 0; r < ROUNDS; r++) {
      const line = [];
      const order = PAGES.map((_, i) => PAGES[(i + r) % PAGES.length]);
      for (const p of order) {
        if (unavailable && p.tag) continue;
        const result = await measure(browser, origin, p, {
          idle: r === 0 && p.n === IDLE_SIZE,
          screenshot: r === 0 && !!SCREENSHOTS,
        });
        if (!result.available) {
          // Checked once: the bundle does not change between rounds.
          unavailable = true;
          line.push(`fairkit: not available (${missing})`);
          continue;
        }
        runs[p.id].push(result);
        line.push(
          result.readyMs === null ? `${p.id} never ready` : `${p.id} ${Math.round(result.readyMs)}`,
        );
      }
      console.log(`  round ${r + 1} (ready, ms): ${line.join(', ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const summary = {};
  for (const p of PAGES) if (runs[p.id].length) summary[p.id] = summarise(runs[p.id]);
  const lines = [];
  const widths = [16, 10, 8, 9, 9, 9, 9, 9, 10];
  const row = (cells) =>
    lines.push(
      '  ' +
        cells
          .map((c, i) => (i ? String(c ?? '–').padStart(widths[i]) : c.padEnd(widths[0])))
          .join(''),
    );
  for (const n of SIZES) {
    lines.push(`\n${n} activities, medians of ${ROUNDS} rounds:`);
    row(['', 'ready ms', 'best', 'all in', 'code in', 'main', 'script', 'heap MB', 'DOM nodes']);
    for (const side of SIDES) {
      const s = summary[`${side.key}@${n}`];
      if (!s) row([side.label, `   not available (${missing})`]);
      else
        row([
          side.label,
          s.readyMs,
          s.readyBestMs,
          s.completeMs,
          s.codeMs,
          s.mainMs,
          s.scriptMs,
          s.heapMB,
          s.domNodes,
        ]);
    }
  }
  const timeDomain = Object.values(runs).flat()[0]?.timeDomain ?? '–';
  lines.push(`\nIdle main thread, ${IDLE_MS / 1000} s untouched after ready, per 10 s:`);
  row(['', 'main ms', 'script', 'recalcs', 'layouts']);
  row([
    'empty page',
    round1(floor.idle.taskMsPer10s),
    round1(floor.idle.scriptMsPer10s),
    round1(floor.idle.recalcsPer10s),
    round1(floor.idle.layoutsPer10s),
  ]);
  for (const side of SIDES) {
    const s = summary[`${side.key}@${IDLE_SIZE}`]?.idle;
    const label = `${side.label} (${IDLE_SIZE})`;
    if (!s) row([label, `   not available (${missing})`]);
    else row([label, s.taskMsPer10s, s.scriptMsPer10s, s.recalcsPer10s, s.layoutsPer10s]);
  }
  lines.push(
    `\n  ready: navigation start to the first frame showing the events laid out (see the top of ` +
      `bench/timeline.mjs for what each includes); best: the fastest round; all in: fairkit only, ` +
      `the first frame after every event is in its DOM (a list of more than 120 opens on the ` +
      `current month and the next, the rest a frame later; the peers build all at once); code in: when the ` +
      `page's own code began (library loaded and run); main and script: the renderer's ` +
      `main-thread time from navigation to ready (and the task running then), CDP TaskDuration and ScriptDuration ` +
      `(${timeDomain}: CPU time, much less moved by the machine's load than ready); heap: ` +
      `JSHeapUsedSize after two forced GCs; recalcs and layouts: Chromium's RecalcStyleCount ` +
      `and LayoutCount.`,
  );
  const vis600 = summary[`vis@600`];
  const tl600 = summary[`timelinejs@600`];
  if (vis600 && tl600)
    lines.push(
      `  Peers at 600 activities: vis-timeline ${vis600.readyMs} ms (issue: about ` +
        `${ISSUE_600.vis}), TimelineJS ${tl600.readyMs} ms (issue: about ${ISSUE_600.timelinejs}).`,
    );

  const goals = [];
  const ratio = (a, b) => (a !== null && a !== undefined && b ? a / b : null);
  const goal = (what, value, limit, unit) => {
    const met = value !== null && Number.isFinite(value) && value <= limit;
    goals.push({ what, value, limit, met });
    const shown = !Number.isFinite(value) ? '–' : unit === '×' ? value.toFixed(2) : value;
    return `  ${what.padEnd(40)}${shown}${unit} (goal ≤ ${limit}${unit}: ${met ? 'met' : 'NOT met'})`;
  };
  const fkAny = SIZES.some((n) => summary[`fairkit@${n}`]);
  if (fkAny) {
    // The same ratios on main-thread CPU time, which the machine's load moves much less: a check
    // on the wall-clock ones when the machine is shared.
    const cpu = SIZES.flatMap((n) => {
      const fk = summary[`fairkit@${n}`];
      return [
        [`/ vis-timeline ${n}`, ratio(fk?.mainMs, summary[`vis@${n}`]?.mainMs)],
        [`/ TimelineJS ${n}`, ratio(fk?.mainMs, summary[`timelinejs@${n}`]?.mainMs)],
      ];
    });
    lines.push(
      `  fairkit's main-thread time to ready: ` +
        cpu.map(([what, x]) => `${what} ${x === null ? '–' : x.toFixed(2)}×`).join(', '),
    );
  }
  lines.push('\nGoals (issue 6):');
  if (unavailable || !fkAny)
    lines.push(`  fairkit: not available (${missing}); goals not measured`);
  else {
    for (const n of SIZES) {
      const fk = summary[`fairkit@${n}`];
      const vis = summary[`vis@${n}`];
      const tl = summary[`timelinejs@${n}`];
      if (!fk) continue;
      const limitVis = GOALS.readyVsVis[n];
      if (limitVis !== undefined)
        lines.push(
          goal(`ready / vis-timeline, ${n}`, ratio(fk.readyMs, vis?.readyMs), limitVis, '×'),
        );
      const limitTl = GOALS.readyVsTimelineJS[n];
      if (limitTl !== undefined)
        lines.push(goal(`ready / TimelineJS, ${n}`, ratio(fk.readyMs, tl?.readyMs), limitTl, '×'));
      lines.push(
        goal(
          `heap / vis-timeline, ${n}`,
          ratio(fk.heapBytes, vis?.heapBytes),
          GOALS.heapVsVis,
          '×',
        ),
      );
    }
    const idle = summary[`fairkit@${IDLE_SIZE}`]?.idle;
    lines.push(
      goal(
        `idle main thread per 10 s, ${IDLE_SIZE}`,
        idle?.taskMsPer10s ?? null,
        GOALS.idleMsPer10s,
        ' ms',
      ),
    );
  }

  // Each page's requests to other hosts (the same in every round): how many, to which hosts.
  const externalBy = Object.fromEntries(
    [['empty', [floor]], ...PAGES.map((p) => [p.id, runs[p.id]])]
      .map(([id, rs]) => [id, [...new Set(rs.flatMap((r) => r.external))]])
      .filter(([, urls]) => urls.length),
  );
  const hosts = (urls) => [...new Set(urls.map((u) => new URL(u).host))].join(', ');
  lines.push(
    Object.keys(externalBy).length
      ? `\nRequests to other hosts, blocked (none left this machine): ` +
          Object.entries(externalBy)
            .map(([id, urls]) => `${id} ${urls.length} (${hosts(urls)})`)
            .join(', ')
      : '\nNo page asked for anything but this server.',
  );

  const problems = [
    ...PAGES.flatMap((p) =>
      runs[p.id].flatMap((r, i) => [
        ...(r.readyMs === null
          ? [`${p.id} round ${i + 1}: never ready in ${READY_TIMEOUT_MS / 1000} s`]
          : []),
        ...r.errors.map((e) => `${p.id} round ${i + 1}: ${e}`),
      ]),
    ),
    ...floor.errors.map((e) => `empty page: ${e}`),
  ];
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
    sizes: SIZES,
    now: new Date(NOW).toISOString(),
    data: Object.fromEntries(
      SIZES.map((n) => {
        return [n, pageData(n).stats];
      }),
    ),
    idleMs: IDLE_MS,
    idleSize: IDLE_SIZE,
    unavailable: unavailable ? missing : null,
    summary,
    floor,
    goals,
    external: externalBy,
    problems,
    runs,
  };
  writeResults('timeline', results, {
    started,
    loadBefore,
    moves: 'ready (wall-clock) moves with it; heap and main-thread CPU time much less.',
  });
}

await main();
