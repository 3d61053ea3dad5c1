#!/usr/bin/env node
// `npm run bench` (builds first): what 100 ticking <fair-countdown> cost the main thread while the
// page sits idle, against two baselines measured in the same run:
//   vanilla        100 plain-DOM countdowns updated by one shared setTimeout per second
//   relative-time  100 <relative-time format="duration" precision="second"> (@github/relative-time-element)
// and an empty page, the floor an idle renderer costs by itself.
// The three pages run side by side, each in its own browser context (its own renderer process),
// so the machine's noise hits all three alike; CDP Performance.getMetrics gives each renderer's
// main-thread task and script time (thread CPU time where Chromium supports it) over a 10 s window.
// Several rounds, median reported. Then "no timers while hidden" (see pages/hidden.html).
//
// Reports only: exit 0 whatever the numbers, but says whether each goal is met.
//   node bench/run.mjs [--rounds 3] [--window 10] [--n 100] [--tz Asia/Shanghai]
// Results: bench/results/latest.json (git-ignored).

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { listen, median, metrics, round1 } from './common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 3);
const WINDOW_S = arg('window', 10);
const N = arg('n', 100);
// The viewer's zone matters: fairkit names the fair's zone when it differs from the viewer's.
const tzIndex = process.argv.indexOf('--tz');
const TIME_ZONE = tzIndex > 0 ? process.argv[tzIndex + 1] : undefined;
const SETTLE_MS = 2000;
const GOALS = { vanilla: 1.1, 'relative-time': 0.7 };
const VARIANTS = ['vanilla', 'fairkit', 'relative-time', 'empty'];
// Each page is measured twice: as a long page, where most instances are below the fold (as most of
// a portal is), and with all of them on screen at once, where nothing can be skipped.
const VIEWS = { page: 'Long page (about 5 of 100 on screen)', all: 'All 100 on screen' };
const CHROMIUM_ARGS = [
  ...chromiumArgs,
  // Side-by-side pages must not be throttled as background ones.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// ---------------------------------------------------------------------------------------------

function startServer() {
  const files = {
    '/fairkit.js': 'dist/cdn/fairkit.js',
    '/vanilla.html': 'bench/pages/vanilla.html',
    '/fairkit.html': 'bench/pages/fairkit.html',
    '/relative-time.html': 'bench/pages/relative-time.html',
    '/hidden.html': 'bench/pages/hidden.html',
    '/empty.html': 'bench/pages/empty.html',
    '/bench-common.js': 'bench/pages/bench-common.js',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = files[path];
    if (!file && /^\/rte\/[\w.-]+\.js$/.test(path)) {
      file = `node_modules/@github/relative-time-element/dist/${path.slice(5)}`;
    }
    if (!file || !existsSync(join(root, file))) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    const type = file.endsWith('.html') ? 'text/html' : 'text/javascript';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    res.end(readFileSync(join(root, file)));
  });
  return listen(server);
}

/** Opens one variant in its own context and returns a CDP session with Performance enabled. */
async function openVariant(browser, origin, variant, view) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: TIME_ZONE,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/${variant}.html?n=${N}&view=${view}`, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  let timeDomain = process.env.BENCH_TIME_DOMAIN || 'threadTicks';
  try {
    await cdp.send('Performance.enable', { timeDomain });
  } catch {
    timeDomain = 'timeTicks';
    await cdp.send('Performance.enable');
  }
  return { variant, context, page, cdp, errors, timeDomain };
}

/** Checks that a page really shows N ticking countdowns, so a broken page cannot look cheap. */
async function rendered(page, variant) {
  return page.evaluate((v) => {
    if (v === 'fairkit') {
      return [...document.querySelectorAll('fair-countdown')].filter((el) =>
        el.shadowRoot?.querySelector("[part~='countdown']"),
      ).length;
    }
    if (v === 'relative-time') {
      return [...document.querySelectorAll('relative-time')].filter((el) =>
        el.shadowRoot?.textContent?.trim(),
      ).length;
    }
    if (v === 'empty') return 0;
    return [...document.querySelectorAll('#list b')].filter((b) => b.textContent).length / 4;
  }, variant);
}

async function measureRound(browser, origin, order, view) {
  const open = [];
  for (const variant of order) open.push(await openVariant(browser, origin, variant, view));
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const counts = {};
  for (const o of open) counts[o.variant] = await rendered(o.page, o.variant);
  const before = await Promise.all(open.map((o) => metrics(o.cdp)));
  await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
  const after = await Promise.all(open.map((o) => metrics(o.cdp)));
  const result = {};
  open.forEach((o, i) => {
    const d = (key) => ((after[i][key] ?? 0) - (before[i][key] ?? 0)) * 1000;
    result[o.variant] = {
      taskMs: d('TaskDuration'),
      scriptMs: d('ScriptDuration'),
      layoutMs: d('LayoutDuration'),
      styleMs: d('RecalcStyleDuration'),
      rendered: counts[o.variant],
      errors: o.errors,
      timeDomain: o.timeDomain,
    };
  });
  await Promise.all(open.map((o) => o.context.close()));
  return result;
}

/** "No timers while hidden": count timer calls while the page says it is hidden. */
async function hiddenCheck(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/hidden.html?n=${N}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.querySelector('fair-countdown')?.shadowRoot?.querySelector("[part~='countdown']"),
    null,
    { timeout: 10_000 },
  );
  const seconds = () =>
    page.evaluate(
      () =>
        document
          .querySelector('fair-countdown')
          .shadowRoot.querySelector("[part~='segment--second'] [part~='value']")?.textContent,
    );
  await page.evaluate(() => window.__bench.reset());
  await page.waitForTimeout(3000);
  const visible = await page.evaluate(() => ({ ...window.__bench }));
  const shownBefore = await seconds();
  await page.evaluate(() => {
    window.__bench.setHidden(true);
    window.__bench.reset();
  });
  await page.waitForTimeout(4000);
  const hidden = await page.evaluate(() => ({ ...window.__bench }));
  const shownHidden = await seconds();
  await page.evaluate(() => window.__bench.setHidden(false));
  await page.waitForTimeout(50);
  const shownAfter = await seconds();
  await page.evaluate(() => window.__bench.reset());
  await page.waitForTimeout(3000);
  const resumed = await page.evaluate(() => ({ ...window.__bench }));
  await context.close();
  return {
    visible3s: { timeouts: visible.timeouts, intervals: visible.intervals, frames: visible.frames },
    hidden4s: { timeouts: hidden.timeouts, intervals: hidden.intervals, frames: hidden.frames },
    afterVisible3s: {
      timeouts: resumed.timeouts,
      intervals: resumed.intervals,
      frames: resumed.frames,
    },
    frozenWhileHidden: shownBefore === shownHidden,
    updatedAtOnceOnVisible: shownAfter !== shownHidden,
    ok:
      hidden.timeouts + hidden.intervals + hidden.frames === 0 &&
      resumed.timeouts > 0 &&
      shownAfter !== shownHidden,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(root, 'dist/cdn/fairkit.js'))) {
    console.error(
      'dist/cdn/fairkit.js is missing: run `npm run bench` (it builds first) or `npm run build`.',
    );
    process.exit(0);
  }
  const started = Date.now();
  const { server, origin } = await startServer();
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  const roundsByView = {};
  try {
    const zone =
      TIME_ZONE ?? `${Intl.DateTimeFormat().resolvedOptions().timeZone} (this machine's)`;
    console.log(
      `fairkit bench: ${N} instances per page, ${WINDOW_S} s idle window, ${ROUNDS} rounds per layout, ` +
        `viewer zone ${zone}, Chromium ${browser.version()}`,
    );
    for (const view of Object.keys(VIEWS)) {
      const rounds = (roundsByView[view] = []);
      console.log(`${VIEWS[view]}:`);
      for (let r = 0; r < ROUNDS; r++) {
        // Rotate which page opens first, so none always gets the freshest process.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length]);
        const result = await measureRound(browser, origin, order, view);
        rounds.push(result);
        console.log(
          `  round ${r + 1}: ` +
            VARIANTS.map(
              (v) => `${v} ${round1(result[v].taskMs)} ms (${result[v].rendered} shown)`,
            ).join(', '),
        );
      }
    }
    var hidden = await hiddenCheck(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }

  const views = {};
  const problems = [];
  for (const [view, rounds] of Object.entries(roundsByView)) {
    const med = Object.fromEntries(
      VARIANTS.map((v) => [
        v,
        {
          taskMs: round1(median(rounds.map((r) => r[v].taskMs))),
          scriptMs: round1(median(rounds.map((r) => r[v].scriptMs))),
          layoutMs: round1(median(rounds.map((r) => r[v].layoutMs))),
          styleMs: round1(median(rounds.map((r) => r[v].styleMs))),
        },
      ]),
    );
    rounds.forEach((r, i) =>
      VARIANTS.forEach((v) => {
        if (v !== 'empty' && r[v].rendered < N)
          problems.push(`${view} round ${i + 1}: ${v} showed ${r[v].rendered} of ${N}`);
        for (const e of r[v].errors) problems.push(`${view} round ${i + 1}: ${v}: ${e}`);
      }),
    );
    console.log(
      `\n${VIEWS[view]}: main-thread time per ${WINDOW_S} s idle, ${N} instances (median of ${ROUNDS}; CDP TaskDuration, ${rounds[0].fairkit.timeDomain}):\n`,
    );
    console.log(`  page           ms / ${WINDOW_S} s   above empty   µs per instance per second`);
    for (const v of VARIANTS) {
      const m = med[v].taskMs;
      const net = m - med.empty.taskMs;
      const per = v === 'empty' ? '' : String(Math.round((net * 1000) / (N * WINDOW_S)));
      console.log(
        `  ${v.padEnd(14)} ${String(m).padStart(9)} ${String(round1(net)).padStart(13)} ${per.padStart(16)}`,
      );
    }
    console.log('');
    const goals = {};
    for (const [base, goal] of Object.entries(GOALS)) {
      const ratio = med.fairkit.taskMs / med[base].taskMs;
      goals[base] = { ratio: Math.round(ratio * 100) / 100, goal, met: ratio <= goal };
      console.log(
        `  fairkit / ${base.padEnd(13)} ${ratio.toFixed(2)}  (goal ≤ ${goal}: ${ratio <= goal ? 'met' : 'NOT met'})`,
      );
    }
    views[view] = { rounds, median: med, goals };
  }
  console.log(
    `\n  no timers while hidden: ${hidden.ok ? 'met' : 'NOT met'} ` +
      `(hidden 4 s: ${hidden.hidden4s.timeouts} setTimeout, ${hidden.hidden4s.intervals} setInterval, ${hidden.hidden4s.frames} rAF; ` +
      `visible again: updated at once ${hidden.updatedAtOnceOnVisible ? 'yes' : 'no'}, ${hidden.afterVisible3s.timeouts} setTimeout in 3 s)`,
  );
  if (problems.length)
    console.log(`\n  Warnings (numbers may mean little):\n    ${problems.join('\n    ')}`);

  const results = {
    date: new Date().toISOString(),
    chromium: executablePath,
    instances: N,
    timeZone: TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    windowSeconds: WINDOW_S,
    views,
    hidden,
    problems,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote bench/results/latest.json (${results.durationSeconds} s).`);
}

await main();
