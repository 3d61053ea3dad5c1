#!/usr/bin/env node
// The <fair-booth-map> drawing and zoom engine (createFloor + ZoomPan) against the plain SVG of
// issue 3, on the same synthetic hall, in one run of headless Chromium:
//   map-svg      a <g> with a <rect> and a <text> per booth, built with one innerHTML string; a
//                search toggles a class on every booth; zoom writes the SVG transform attribute
//   map-fairkit  createFloor() in a shadow root with the element's styles, in a ZoomPan viewport;
//                a search is floor.setMatches(keys); zoom is zoomBy() with setDetail() on change
// At N = 1,227 and 10,000 booths, each page in a fresh browser context, the sides alternating
// which goes first, several rounds, medians reported:
//   first render   navigation start to the end of the first frame after building (rAF, then a
//                  task); first-contentful-paint alongside; and again with the page opened
//                  zoomed in on one booth, as a deep link does (every number and name drawn)
//   heap           after the page has settled and two forced GCs: V8 heap used (CDP
//                  Performance.getMetrics JSHeapUsedSize) and DOM nodes (Memory.getDOMCounters)
//   keystroke      each of a typed search (bench/pages/map-common.js MAP_KEYSTROKES, 3 times over),
//                  from the call to the end of the next frame; and its main-thread work alone
//                  (the call, then the frame from its rAF to a task after it: no vsync wait)
//   zoom           60 steps, one per frame, 5 % in ×30 then out ×30 (10,000 booths only); then
//                  one 4× step from rest, the moment fairkit draws the booth numbers (no goal)
//
// Reports only: exit 0 whatever the numbers, but says whether each goal of the issue is met.
//   node bench/map.mjs [--rounds 5] [--sizes 1227,10000]
// Needs no build: bundles src/ with esbuild in memory. Results: bench/results/map.json (ignored).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { listen, median, option, round1, writeResults } from './common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(option('rounds', 5));
const SIZES = option('sizes', '1227,10000').split(',').map(Number);
const ZOOM_SIZES = new Set([10000]);
const KEYSTROKE_ROUNDS = 3;
const SIDES = ['svg', 'fairkit'];
const VIEWPORT = { width: 1280, height: 900 };
const GOALS = {
  firstRender: { 1227: 1.1, 10000: 1.15 },
  // At 10,000 booths, time to the next frame; at 1,227, "at most 16 ms" read as: every keystroke's
  // work fits in one frame (time to the next frame also waits for the frame to begin, up to
  // 16.7 ms whatever the work, so it is shown but cannot be held to 16 ms).
  keystroke: { 1227: { workWorst: 16 }, 10000: { median: 50, worst: 100 } },
  zoom: { totalMs: 1300, p95Ms: 50 },
  heap: 1.5,
};

// ---------------------------------------------------------------------------------------------

async function bundle() {
  const result = await build({
    stdin: {
      contents: [
        "export { createFloor, floorStyles } from './src/elements/fair-booth-map/floor.ts';",
        "export { ZoomPan } from './src/elements/fair-booth-map/zoom.ts';",
        "export { baseStyles } from './src/core/styles.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'fairkitMap',
    minify: true,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

function startServer(script) {
  const pages = new Set(['/map-svg.html', '/map-fairkit.html', '/map-common.js']);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/map-fairkit.js' || pages.has(path)) {
      const type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      return res.end(
        path === '/map-fairkit.js' ? script : readFileSync(join(root, 'bench/pages', path)),
      );
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404);
    res.end();
  });
  return listen(server);
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mb = (bytes) => round1(bytes / 1048576);

/**
 * One page load of one side at one size: every measurement, in order; or, with `open`, only the
 * first render of the page opened zoomed in on one booth (a deep link).
 */
async function measure(browser, origin, side, n, { open = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/map-${side}.html?n=${n}${open ? '&open=booth' : ''}`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => window.__map?.frame, null, { timeout: 30_000 });
    // First-contentful-paint is reported once the frame has been presented, a little later.
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length, null, {
        timeout: 5_000,
      })
      .catch(() => {});
    const marks = await page.evaluate(() => ({
      ...window.__map,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      booths: window.__bench.booths(),
    }));
    if (open) return { firstRenderMs: marks.frame, fcpMs: marks.fcp, booths: marks.booths, errors };

    // Heap once the page has settled.
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const { nodes } = await cdp.send('Memory.getDOMCounters');

    const keystrokes = await page.evaluate(
      (rounds) => mapTypeKeystrokes(window.__bench.data, window.__bench.search, rounds),
      KEYSTROKE_ROUNDS,
    );
    const zoom = ZOOM_SIZES.has(n)
      ? await page.evaluate(() => mapZoomSteps(window.__bench.zoom))
      : null;
    // One 4× step from rest: past the threshold where fairkit draws booth numbers.
    await page.waitForTimeout(400);
    const jumpMs = await page.evaluate(async () => {
      const t0 = performance.now();
      window.__bench.jump();
      await mapNextFrame();
      return performance.now() - t0;
    });
    return {
      firstRenderMs: marks.frame,
      buildMs: marks.built - marks.start,
      fcpMs: marks.fcp,
      booths: marks.booths,
      heapBytes: heap,
      domNodes: nodes,
      keystrokeMs: keystrokes.ms,
      keystrokeWorkMs: keystrokes.workMs,
      matchSizes: keystrokes.sizes,
      zoom,
      jumpMs,
      errors,
    };
  } finally {
    await context.close();
  }
}

function summarise(runs) {
  const keys = runs.flatMap((r) => r.keystrokeMs);
  const work = runs.flatMap((r) => r.keystrokeWorkMs);
  const zooms = runs.map((r) => r.zoom).filter(Boolean);
  return {
    firstRenderMs: round1(median(runs.map((r) => r.firstRenderMs))),
    buildMs: round1(median(runs.map((r) => r.buildMs))),
    fcpMs: runs.every((r) => r.fcpMs !== null) ? round1(median(runs.map((r) => r.fcpMs))) : null,
    heapMB: mb(median(runs.map((r) => r.heapBytes))),
    domNodes: median(runs.map((r) => r.domNodes)),
    keystroke: {
      medianMs: round1(median(keys)),
      worstMs: round1(Math.max(...keys)),
      // The worst of each round's run, medianed: one slow round on a shared machine aside.
      worstPerRoundMs: round1(median(runs.map((r) => Math.max(...r.keystrokeMs)))),
      workMedianMs: round1(median(work)),
      workWorstMs: round1(Math.max(...work)),
    },
    jumpMs: round1(median(runs.map((r) => r.jumpMs))),
    zoom: zooms.length
      ? {
          totalMs: round1(median(zooms.map((z) => z.totalMs))),
          p95FrameMs: round1(median(zooms.map((z) => percentile(z.frames, 95)))),
          worstFrameMs: round1(median(zooms.map((z) => Math.max(...z.frames)))),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const script = await bundle();
  const { server, origin } = await startServer(script);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const runs = {};
  const opens = {};
  try {
    console.log(
      `fairkit map bench: ${SIZES.join(' and ')} booths, ${ROUNDS} rounds, ` +
        `${VIEWPORT.width}×${VIEWPORT.height}, bundle ${(script.length / 1024).toFixed(1)} KB, ` +
        `Chromium ${browser.version()}`,
    );
    for (let r = 0; r < ROUNDS; r++) {
      const line = [];
      for (const n of SIZES) {
        // Alternate which side loads first, so neither always gets the warmer machine.
        const order = r % 2 ? [...SIDES].reverse() : SIDES;
        for (const side of order) {
          const result = await measure(browser, origin, side, n);
          ((runs[n] ??= {})[side] ??= []).push(result);
          const opened = await measure(browser, origin, side, n, { open: true });
          ((opens[n] ??= {})[side] ??= []).push(opened);
          line.push(
            `${side}@${n} ${Math.round(result.firstRenderMs)} ms ` +
              `(on a booth ${Math.round(opened.firstRenderMs)} ms)`,
          );
        }
      }
      console.log(`  round ${r + 1}: first render ${line.join(', ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const summary = {};
  const goals = [];
  const goal = (what, value, limit, unit = '') => {
    const met = value <= limit;
    const shown = unit === '×' ? value.toFixed(2) : String(round1(value));
    goals.push({ what, value: Number(shown), limit, met });
    return `${shown}${unit} (goal ≤ ${limit}${unit}: ${met ? 'met' : 'NOT met'})`;
  };
  const lines = [];
  for (const n of SIZES) {
    const svg = ((summary[n] ??= {}).svg = summarise(runs[n].svg));
    const fk = (summary[n].fairkit = summarise(runs[n].fairkit));
    const ratio = (a, b) => (b ? a / b : NaN);
    lines.push(`\n${n.toLocaleString('en')} booths (median of ${ROUNDS}):`);
    lines.push(`  ${''.padEnd(36)}${'plain SVG'.padStart(12)}${'fairkit'.padStart(12)}   ratio`);
    const row = (label, a, b, r = ratio(b, a)) =>
      lines.push(
        `  ${label.padEnd(36)}${String(a).padStart(12)}${String(b).padStart(12)}   ${Number.isFinite(r) ? r.toFixed(2) : ''}`,
      );
    row('first render, ms', svg.firstRenderMs, fk.firstRenderMs);
    row('  of which building, ms', svg.buildMs, fk.buildMs);
    row(
      'first contentful paint, ms',
      svg.fcpMs ?? '–',
      fk.fcpMs ?? '–',
      ratio(fk.fcpMs, svg.fcpMs),
    );
    const openSvg = round1(median(opens[n].svg.map((r) => r.firstRenderMs)));
    const openFk = round1(median(opens[n].fairkit.map((r) => r.firstRenderMs)));
    summary[n].svg.openedOnBoothMs = openSvg;
    summary[n].fairkit.openedOnBoothMs = openFk;
    row('  opened on a booth (no goal), ms', openSvg, openFk);
    row('keystroke to next frame, median', svg.keystroke.medianMs, fk.keystroke.medianMs);
    row('  worst, ms', svg.keystroke.worstMs, fk.keystroke.worstMs);
    row(
      '  worst of each round, median',
      svg.keystroke.worstPerRoundMs,
      fk.keystroke.worstPerRoundMs,
    );
    row(
      'keystroke main-thread work, median',
      svg.keystroke.workMedianMs,
      fk.keystroke.workMedianMs,
    );
    row('  worst, ms', svg.keystroke.workWorstMs, fk.keystroke.workWorstMs);
    row('JS heap, MB', svg.heapMB, fk.heapMB);
    row('DOM nodes', svg.domNodes, fk.domNodes);
    row('one 4× zoom step from rest, ms', svg.jumpMs, fk.jumpMs);
    if (svg.zoom && fk.zoom) {
      row('60 zoom steps, ms', svg.zoom.totalMs, fk.zoom.totalMs);
      row('  p95 frame, ms', svg.zoom.p95FrameMs, fk.zoom.p95FrameMs);
      row('  worst frame, ms', svg.zoom.worstFrameMs, fk.zoom.worstFrameMs);
    }
    const goalLines = [];
    goalLines.push(
      `first render ${goal(`first render ${n}`, fk.firstRenderMs / svg.firstRenderMs, GOALS.firstRender[n] ?? 1.15, '×')}`,
    );
    const k = GOALS.keystroke[n] ?? GOALS.keystroke[10000];
    if (k.median !== undefined) {
      goalLines.push(
        `keystroke median ${goal(`keystroke median ${n}`, fk.keystroke.medianMs, k.median, ' ms')}`,
      );
    }
    if (k.worst !== undefined) {
      goalLines.push(
        `keystroke worst ${goal(`keystroke worst ${n}`, fk.keystroke.worstMs, k.worst, ' ms')}`,
      );
    }
    if (k.workWorst !== undefined) {
      goalLines.push(
        `keystroke work, worst ${goal(`keystroke work worst ${n}`, fk.keystroke.workWorstMs, k.workWorst, ' ms')}`,
      );
    }
    goalLines.push(`JS heap ${goal(`heap ${n}`, fk.heapMB / svg.heapMB, GOALS.heap, '×')}`);
    goalLines.push(
      `DOM nodes ${goal(`DOM nodes ${n}`, fk.domNodes / svg.domNodes, GOALS.heap, '×')}`,
    );
    if (fk.zoom) {
      goalLines.push(
        `60 zoom steps ${goal(`zoom total ${n}`, fk.zoom.totalMs, GOALS.zoom.totalMs, ' ms')}`,
      );
      goalLines.push(
        `zoom p95 frame ${goal(`zoom p95 ${n}`, fk.zoom.p95FrameMs, GOALS.zoom.p95Ms, ' ms')}`,
      );
    }
    lines.push(`  goals: ${goalLines.join('\n         ')}`);
  }
  const sizes = runs[SIZES[0]].fairkit[0].matchSizes;
  lines.push(
    `\nKeystrokes: ${sizes.map((s) => (s === null ? 'clear' : s)).join(' → ')} matches ` +
      `at ${SIZES[0].toLocaleString('en')} booths, ${KEYSTROKE_ROUNDS} times over.`,
  );
  const problems = SIZES.flatMap((n) =>
    SIDES.flatMap((side) =>
      [...runs[n][side], ...opens[n][side]].flatMap((run, i) => [
        ...(run.booths !== n ? [`${side}@${n} round ${i + 1}: ${run.booths} booths drawn`] : []),
        ...run.errors.map((e) => `${side}@${n} round ${i + 1}: ${e}`),
      ]),
    ),
  );
  if (problems.length)
    lines.push(`\nWarnings (numbers may mean little):\n  ${problems.join('\n  ')}`);
  console.log(lines.join('\n'));

  const results = {
    date: new Date().toISOString(),
    chromium: executablePath,
    viewport: VIEWPORT,
    rounds: ROUNDS,
    summary,
    goals,
    problems,
    runs,
    openedOnBooth: opens,
  };
  writeResults('map', results, {
    started,
    loadBefore,
    moves: 'absolute times move with it, ratios much less.',
  });
}

await main();
