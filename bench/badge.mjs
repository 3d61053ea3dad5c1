#!/usr/bin/env node
// <fair-placement-badge> (issue 5): what it costs to show 100 of them, against a plain-DOM
// baseline measured in the same run, on the same feed (bench/pages/badge-common.js):
//   fairkit   100 <fair-placement-badge src="#feed" variant=…> reading one shared inline
//             <script type="application/json" id="feed">, scopes overall / undergraduate / master
//             in turn, created with createElement and appended at once (badge-fairkit.html)
//   plain     the same 100 figures built by hand from the same JSON text: JSON.parse, the figure
//             and last year's nearest picked out per scope, Intl.NumberFormat / DateTimeFormat /
//             ListFormat made once, createElement / textContent for the same texts (label, rate,
//             date, comparison, the "数据说明" disclosure button), the ring's SVG circles and the card's
//             sparkline, in light DOM with one page stylesheet (badge-plain.html): the honest
//             minimal equivalent, checked to show the same text as fairkit
// for each variant (badge, ring, card), 100 of one variant a page, 1280 × 900 (the badges wrap
// in a row; rings and cards in a grid, most of them below the fold). Each page loads in a fresh
// browser context, one at a time, the order rotating between rounds; medians of the rounds.
//
// "render" is, in the page (badgeBench in badge-common.js), from just before the figures are
// created to the end of the first frame in which all 100 rates ([part~="value"] in each shadow
// root; .value on the plain side) have a non-zero box, polled in requestAnimationFrame, the end
// being a task posted from that rAF callback, which runs once the frame is painted. Inside it:
//   fairkit  creating the 100 elements (constructors, attributes), connecting them, the ONE shared
//            parse of the inline feed (JSON.parse + parseFeed, done when the first one connects;
//            also timed apart, warm, after the render), each element's update (the figure, its
//            words, Lit's render, the shared styles adopted), then the frame: style, layout, paint
//   plain    JSON.parse of the same text, the figures and their texts, building the DOM, the frame
// Both sides also pay, inside it, what a fresh page pays the first time: code run cold and Intl's
// locale data loaded (the first zh-CN NumberFormat alone took 14–37 ms in a fresh renderer on the
// 2-core machine this was written on).
// Not inside: loading and evaluating the bundle (the page has it before it starts), the fonts
// (loaded by the page's own heading first). The wait for the frame to begin (up to 16.7 ms at
// 60 Hz) is inside render; "work" takes it out (render less the gap between the end of the
// build's microtasks and the first rAF callback), and "main" is the renderer's main-thread time
// over the same window (CDP Performance.getMetrics TaskDuration delta, thread CPU time where
// Chromium supports it; the call that starts the window and the rAF poll included). Also shown:
// "built", to the end of the build's microtasks (every element's first update done, the DOM made,
// no style or layout yet), and "laid out", to the rAF check that saw them all (no paint yet).
// The goal (≤ 30 ms) is read on render. Then the page removes the figures and, two frames later,
// builds them again: the same numbers for a warm page ("again": code run once, Intl data loaded,
// the feed already parsed and cached), which is what the elements themselves cost.
//
// "No timers": before anything on the page runs (page.addInitScript), setTimeout, setInterval,
// requestAnimationFrame and requestIdleCallback are wrapped to count calls; the pages' own probe
// uses the saved originals, so every call counted is the page's other code. Counted while the
// page loads, during the render and (first round, fairkit) over IDLE ms of idle after it, with
// the first callers' stacks; goal 0. The plain page, which uses none, shows the harness's own
// floor (0 expected). A call to the wrapped setTimeout at the end checks the wrappers are live.
//
// Reports only: exit 0 whatever the numbers, but says whether each goal is met.
//   node bench/badge.mjs [--rounds 3] [--n 100] [--idle 2000] [--bundle path/to/fairkit.js]
// The fairkit bundle: --bundle or FAIRKIT_BUNDLE, else src/cdn.ts bundled by esbuild in memory.
// Results: bench/results/badge.json (git-ignored).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
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
const N = Number(option('n', 100));
const IDLE_MS = Number(option('idle', 2000));
const BUNDLE = option('bundle', process.env.FAIRKIT_BUNDLE);
const VIEWPORT = { width: 1280, height: 900 };
const TAG = 'fair-placement-badge';
const VARIANTS = ['badge', 'ring', 'card'];
const SIDES = [
  { key: 'fairkit', label: 'fairkit', page: 'badge-fairkit' },
  { key: 'plain', label: 'plain DOM', page: 'badge-plain' },
];
const PAGES = VARIANTS.flatMap((variant) =>
  SIDES.map((side) => ({ ...side, variant, id: `${side.key}-${variant}` })),
);
const GOALS = { renderMs: 30, timers: 0 };
const TIMERS = ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'];

// ---------------------------------------------------------------------------------------------

/**
 * The feed as an inline `<script type="application/json" id="feed">`, made here with the pages'
 * own generator (badgeFeed in badge-common.js), so both pages carry the same JSON text.
 */
function inlineFeed() {
  const context = { location: { search: '' }, URLSearchParams };
  vm.createContext(context);
  vm.runInContext(
    `${readFileSync(join(root, 'bench/pages/badge-common.js'), 'utf8')}
    globalThis.feed = JSON.stringify(badgeFeed());`,
    context,
  );
  const json = context.feed.replace(/</g, '\\u003c');
  return {
    script: `<script type="application/json" id="feed">${json}</script>`,
    bytes: json.length,
  };
}

function startServer(bundle, feed) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let body = null;
    let type = 'text/javascript';
    if (path === '/fairkit.js') body = bundle;
    else if (path === '/badge-common.js') body = readFileSync(join(root, 'bench/pages', path));
    else if (/^\/badge-(fairkit|plain)\.html$/.test(path)) {
      type = 'text/html';
      body = readFileSync(join(root, 'bench/pages', path), 'utf8').replace(
        '<!-- bench-feed -->',
        feed,
      );
    }
    if (body === null) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  });
  return listen(server);
}

/**
 * Runs in the page before anything else: wraps the timer functions to count calls (and keep the
 * first callers' stacks), and saves the originals for the page's own probe (window.__timers.raw).
 */
function instrumentTimers(names) {
  const counts = {};
  const raw = {};
  const stacks = [];
  for (const name of names) {
    const original = window[name];
    if (typeof original !== 'function') continue;
    counts[name] = 0;
    raw[name] = original.bind(window);
    window[name] = function (...args) {
      counts[name]++;
      if (stacks.length < 5) stacks.push(`${name}: ${new Error().stack}`);
      return original.apply(this, args);
    };
  }
  Object.defineProperty(window, '__timers', { value: { counts, raw, stacks } });
}

const timerSnapshot = (page) =>
  page.evaluate(() => ({ ...window.__timers.counts, stacks: [...window.__timers.stacks] }));
const totalCalls = (snapshot) => TIMERS.reduce((sum, name) => sum + (snapshot[name] ?? 0), 0);
const callsBetween = (a, b) => totalCalls(b) - totalCalls(a);

/** One fresh context, one page: the render, its main-thread time, the timer calls. */
async function measure(browser, origin, p, { idle }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(instrumentTimers, TIMERS);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/${p.page}.html?variant=${p.variant}&n=${N}`, { waitUntil: 'load' });
    if (p.key === 'fairkit' && !(await page.evaluate((tag) => !!customElements.get(tag), TAG)))
      return { available: false, errors };
    // The page's own promise, not waitForFunction: its polling would be counted as the page's.
    const armed = await page.evaluate(() => window.__badge?.armed ?? false).catch(() => false);
    if (!armed) return { available: true, render: null, errors };

    const cdp = await context.newCDPSession(page);
    let timeDomain = 'threadTicks';
    await cdp.send('Performance.enable', { timeDomain }).catch(async () => {
      timeDomain = 'timeTicks';
      await cdp.send('Performance.enable');
    });
    /** One go(): the page's own figures, and the renderer's main-thread time over it. */
    const timed = async () => {
      const before = await metrics(cdp);
      const render = await page.evaluate(() => window.__badge.go());
      const after = await metrics(cdp);
      const d = (key) => ((after[key] ?? 0) - (before[key] ?? 0)) * 1000;
      return {
        ...render,
        taskMs: d('TaskDuration'),
        scriptMs: d('ScriptDuration'),
        styleMs: d('RecalcStyleDuration'),
        layoutMs: d('LayoutDuration'),
      };
    };
    const loaded = await timerSnapshot(page);
    const first = await timed();
    const rendered = await timerSnapshot(page);
    // The same again on the now warm page (after removing the first figures).
    await page.evaluate(() => window.__badge.reset());
    const again = await timed();
    delete again.texts;
    let idleCalls = null;
    let stacks = rendered.stacks;
    const renderedAgain = await timerSnapshot(page);
    if (idle) {
      await page.waitForTimeout(IDLE_MS);
      const idled = await timerSnapshot(page);
      idleCalls = callsBetween(renderedAgain, idled);
      stacks = idled.stacks;
    }
    const parseMs = await page.evaluate(() => window.__badge.parseMs());
    // The wrappers are live: one call to the page's setTimeout is counted.
    const live = await page.evaluate(() => {
      const was = window.__timers.counts.setTimeout;
      setTimeout(() => {}, 0);
      return window.__timers.counts.setTimeout - was === 1;
    });
    return {
      available: true,
      ...first,
      again,
      parseMs,
      timers: {
        load: totalCalls(loaded),
        render: callsBetween(loaded, rendered),
        again: callsBetween(rendered, renderedAgain),
        idle: idleCalls,
        byName: Object.fromEntries(TIMERS.map((name) => [name, rendered[name] ?? null])),
        stacks,
        live,
      },
      timeDomain,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Medians over the rounds of one page (and of its second render, `again`). */
function summarise(all) {
  const runs = all.filter((r) => r.renderMs !== undefined && r.renderMs !== null);
  return { ...summariseRenders(runs), again: summariseRenders(runs.map((r) => r.again)) };
}

function summariseRenders(ok) {
  const med = (f) => (ok.length ? round1(median(ok.map(f))) : null);
  const parsed = ok.filter((r) => r.parseMs !== null);
  return {
    renderMs: med((r) => r.renderMs),
    // The best round too: on a shared machine, the one that other work disturbed least.
    renderBestMs: ok.length ? round1(Math.min(...ok.map((r) => r.renderMs))) : null,
    laidOutMs: med((r) => r.laidOutMs),
    syncMs: med((r) => r.syncMs),
    builtMs: med((r) => r.builtMs),
    workMs: med((r) => r.workMs),
    taskMs: med((r) => r.taskMs),
    scriptMs: med((r) => r.scriptMs),
    styleMs: med((r) => r.styleMs),
    layoutMs: med((r) => r.layoutMs),
    parseMs: parsed.length ? round1(median(parsed.map((r) => r.parseMs))) : null,
    frames: ok.length ? median(ok.map((r) => r.frames)) : null,
    ...(ok[0]?.timers && {
      timers: {
        load: Math.max(0, ...ok.map((r) => r.timers.load)),
        render: Math.max(0, ...ok.map((r) => r.timers.render + r.timers.again)),
        idle: ok.some((r) => r.timers.idle !== null)
          ? Math.max(...ok.filter((r) => r.timers.idle !== null).map((r) => r.timers.idle))
          : null,
        live: ok.every((r) => r.timers.live),
      },
    }),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const bundle = await fairkitBundle(BUNDLE);
  const missing = missingBundle(bundle, BUNDLE, TAG);
  const feed = inlineFeed();
  const { server, origin } = await startServer(bundle ?? '', feed.script);
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--disable-renderer-backgrounding'],
  });
  const runs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
  let unavailable = false;
  try {
    console.log(
      `fairkit placement-badge bench: ${N} figures a page, ${ROUNDS} rounds, feed ` +
        `${(feed.bytes / 1024).toFixed(1)} KB inline, fairkit ${BUNDLE ?? 'src/ (esbuild)'}` +
        `${bundle ? ` ${(bundle.length / 1024).toFixed(1)} KB` : ''}; Chromium ${browser.version()}`,
    );
    for (let r = 0; r < ROUNDS; r++) {
      const line = [];
      const order = PAGES.map((_, i) => PAGES[(i + r) % PAGES.length]);
      for (const p of order) {
        if (unavailable && p.key === 'fairkit') continue;
        const result = await measure(browser, origin, p, { idle: r === 0 && p.key === 'fairkit' });
        if (!result.available) {
          // Checked once: the bundle does not change between rounds.
          unavailable = true;
          line.push(`fairkit: not available (${missing})`);
          continue;
        }
        runs[p.id].push(result);
        line.push(
          result.renderMs === undefined || result.renderMs === null
            ? `${p.id} never armed`
            : `${p.id} ${Math.round(result.renderMs)} ms`,
        );
      }
      console.log(`  round ${r + 1}: ${line.join(', ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const summary = {};
  for (const p of PAGES) if (runs[p.id].length) summary[p.id] = summarise(runs[p.id]);
  const lines = [`\nMedians of ${ROUNDS} rounds, ${N} figures a page (ms):\n`];
  const widths = [20, 9, 8, 8, 10, 8, 8, 8, 8, 8];
  const row = (cells) =>
    lines.push(
      '  ' +
        cells
          .map((c, i) => (i ? String(c ?? '–').padStart(widths[i]) : c.padEnd(widths[0])))
          .join(''),
    );
  row(['', 'render', 'best', 'built', 'laid out', 'work', 'main', 'script', 'style', 'layout']);
  for (const p of PAGES) {
    const s = summary[p.id];
    const name = `${p.label} ${p.variant}`;
    if (!s) row([name, `  not available (${missing})`]);
    else
      row([
        name,
        s.renderMs,
        s.renderBestMs,
        s.builtMs,
        s.laidOutMs,
        s.workMs,
        s.taskMs,
        s.scriptMs,
        s.styleMs,
        s.layoutMs,
      ]);
  }
  lines.push(
    `\n  The same again on each page, warm (code run once, Intl data loaded, feed parsed):`,
  );
  for (const p of PAGES) {
    const s = summary[p.id]?.again;
    if (s)
      row([
        `${p.label} ${p.variant}`,
        s.renderMs,
        s.renderBestMs,
        s.builtMs,
        s.laidOutMs,
        s.workMs,
        s.taskMs,
        s.scriptMs,
        s.styleMs,
        s.layoutMs,
      ]);
  }
  const timeDomain = Object.values(runs).flat()[0]?.timeDomain ?? '–';
  lines.push(
    `\n  render: to the end of the first frame showing all ${N} (painted); best: the fastest ` +
      `round; built: to the end of the build and its microtasks (fairkit: every element's first ` +
      `update done; the DOM made, no style or layout yet); laid out: to the rAF check that saw ` +
      `them (layout, no paint); work: render less the ` +
      `wait for the frame to begin; main: CDP TaskDuration over the window (${timeDomain}), of ` +
      `which script, style (RecalcStyleDuration) and layout (LayoutDuration).`,
  );
  const parse = VARIANTS.map((v) => summary[`fairkit-${v}`]?.parseMs).filter((x) => x != null);
  if (parse.length)
    lines.push(
      `  Inside fairkit's render, the one shared feed parse (JSON.parse + parseFeed of the ` +
        `${(feed.bytes / 1024).toFixed(1)} KB feed): ${round1(median(parse))} ms timed warm ` +
        `after it (cold, inside the render, it costs more).`,
    );

  const ratio = (a, b) => (a !== null && a !== undefined && b ? a / b : null);
  const ratios = {};
  for (const v of VARIANTS) {
    const fk = summary[`fairkit-${v}`];
    const plain = summary[`plain-${v}`];
    if (!fk || !plain) continue;
    ratios[v] = {
      render: ratio(fk.renderMs, plain.renderMs),
      work: ratio(fk.workMs, plain.workMs),
      main: ratio(fk.taskMs, plain.taskMs),
      againRender: ratio(fk.again.renderMs, plain.again.renderMs),
      againMain: ratio(fk.again.taskMs, plain.again.taskMs),
    };
    const f = (x) => (x === null ? '–' : `${x.toFixed(2)}×`);
    lines.push(
      `  fairkit / plain DOM, ${v.padEnd(5)}: render ${f(ratios[v].render)}, work ` +
        `${f(ratios[v].work)}, main thread ${f(ratios[v].main)}; again: render ` +
        `${f(ratios[v].againRender)}, main thread ${f(ratios[v].againMain)}`,
    );
  }

  // The texts both sides show for the first figures (one per scope), white space aside.
  const textProblems = [];
  for (const v of VARIANTS) {
    const a = runs[`fairkit-${v}`][0]?.texts;
    const b = runs[`plain-${v}`][0]?.texts;
    if (!a || !b) continue;
    a.forEach((text, i) => {
      if (text !== b[i])
        textProblems.push(`${v} figure ${i + 1}: fairkit "${text}" / plain "${b[i]}"`);
    });
  }
  lines.push(
    textProblems.length
      ? `  The two sides do NOT show the same text:\n    ${textProblems.join('\n    ')}`
      : '  Both sides show the same text (first figure of each scope, white space aside).',
  );

  const goals = [];
  const goal = (what, value, limit, unit) => {
    const met = value !== null && Number.isFinite(value) && value <= limit;
    goals.push({ what, value, limit, met });
    return `  ${what.padEnd(40)}${value ?? '–'}${unit} (goal ≤ ${limit}${unit}: ${met ? 'met' : 'NOT met'})`;
  };
  lines.push('\nGoals (issue 5):');
  if (unavailable || !VARIANTS.some((v) => summary[`fairkit-${v}`]))
    lines.push(`  fairkit: not available (${missing}); goals not measured`);
  else {
    for (const v of VARIANTS) {
      const s = summary[`fairkit-${v}`];
      if (s) lines.push(goal(`${N} × variant="${v}" render`, s.renderMs, GOALS.renderMs, ' ms'));
    }
    const fkRuns = VARIANTS.flatMap((v) => runs[`fairkit-${v}`]).filter((r) => r.timers);
    const calls = (r) => r.timers.load + r.timers.render + r.timers.again + (r.timers.idle ?? 0);
    const worst = fkRuns.length ? Math.max(...fkRuns.map(calls)) : null;
    const idled = fkRuns.filter((r) => r.timers.idle !== null);
    const live = fkRuns.every((r) => r.timers.live);
    lines.push(
      goal(
        `timer calls (load, render, ${IDLE_MS / 1000} s idle)`,
        live ? worst : null,
        GOALS.timers,
        '',
      ) +
        ` — worst page; idle checked on ${idled.length} page(s)` +
        (live ? '' : '; WARNING: the wrappers did not count a test call'),
    );
    const plainRuns = VARIANTS.flatMap((v) => runs[`plain-${v}`]).filter((r) => r.timers);
    if (plainRuns.length)
      lines.push(
        `  ${''.padEnd(40)}(plain DOM pages, the harness's floor: ` +
          `${Math.max(...plainRuns.map(calls))})`,
      );
    const stacks = fkRuns.flatMap((r) => (calls(r) ? r.timers.stacks : []));
    if (stacks.length)
      lines.push(`  First timer calls seen:\n    ${stacks.slice(0, 3).join('\n    ')}`);
  }

  const problems = PAGES.flatMap((p) =>
    runs[p.id].flatMap((r, i) => [
      ...(r.renderMs === undefined || r.renderMs === null
        ? [`${p.id} round ${i + 1}: never armed`]
        : []),
      ...(r.shown !== undefined && r.shown < N
        ? [`${p.id} round ${i + 1}: ${r.shown} of ${N} shown after ${r.frames} frames`]
        : []),
      ...r.errors.map((e) => `${p.id} round ${i + 1}: ${e}`),
    ]),
  );
  if (problems.length)
    lines.push(`\nWarnings (numbers may mean little):\n  ${problems.join('\n  ')}`);
  console.log(lines.join('\n'));

  const results = {
    date: new Date().toISOString(),
    chromium: executablePath,
    viewport: VIEWPORT,
    fairkitBundle: BUNDLE ?? 'src/cdn.ts (esbuild)',
    rounds: ROUNDS,
    n: N,
    idleMs: IDLE_MS,
    feedBytes: feed.bytes,
    unavailable: unavailable ? missing : null,
    summary,
    ratios,
    goals,
    textProblems,
    problems,
    runs,
  };
  writeResults('badge', results, {
    started,
    loadBefore,
    moves: 'render (wall-clock) moves with it; main-thread CPU time much less.',
  });
}

await main();
