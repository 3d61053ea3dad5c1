#!/usr/bin/env node
// The last step of `npm run bench`: BENCHMARKS.md from the results the benchmarks just wrote
// (bench/results/*.json) and the bundle sizes of dist/ (scripts/size.mjs, after the build). Every
// figure is a ratio against a peer or baseline measured in the same run, or an absolute figure
// the issue names, with its goal and whether it is met; then the machine, the date and how to
// reproduce. Writes nothing it did not read: a benchmark that did not run is listed as missing.
//
//   node bench/report.mjs            # write BENCHMARKS.md
//   node bench/report.mjs --stdout   # print it instead

import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = (name) => {
  const file = join(root, 'bench/results', `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

/** Each benchmark: its results file, the element and issue, its peers, how to run it alone. */
const BENCHES = [
  {
    file: 'latest',
    title: '`<fair-countdown>` (issue 2)',
    run: 'node bench/run.mjs',
    peers: 'a vanilla shared-timer page, `@github/relative-time-element`',
  },
  {
    file: 'map',
    title: '`<fair-booth-map>` (issue 3)',
    run: 'node bench/map.mjs',
    peers: 'a plain-SVG map',
  },
  {
    file: 'carousel',
    title: '`<fair-employer-carousel>` (issue 4)',
    run: 'node bench/carousel.mjs',
    peers: 'Swiper element, Shoelace carousel',
  },
  {
    file: 'badge',
    title: '`<fair-placement-badge>` (issue 5)',
    run: 'node bench/badge.mjs',
    peers: 'a plain-DOM page',
    // The goal is an absolute time; the baseline of the same run says what this machine allows.
    context: (data) => {
      const variants = ['badge', 'ring', 'card'].filter(
        (v) => data.summary?.[`fairkit-${v}`] && data.summary?.[`plain-${v}`],
      );
      if (!variants.length) return [];
      const cell = (v, pick) => {
        const ours = pick(data.summary[`fairkit-${v}`]);
        const plain = pick(data.summary[`plain-${v}`]);
        return `${number(ours)} / ${number(plain)} ms (${(ours / plain).toFixed(2)}×)`;
      };
      return [
        'The plain-DOM page of the same run, showing the same texts (fairkit / plain DOM):',
        '',
        '| Variant | Render, fresh page | Render again, warm page |',
        '|---|---|---|',
        ...variants.map(
          (v) => `| ${v} | ${cell(v, (s) => s.renderMs)} | ${cell(v, (s) => s.again.renderMs)} |`,
        ),
        '',
      ];
    },
  },
  {
    file: 'timeline',
    title: '`<fair-activity-timeline>` (issue 6)',
    run: 'node bench/timeline.mjs',
    peers: 'vis-timeline, TimelineJS',
  },
];

const number = (value) =>
  typeof value !== 'number'
    ? String(value)
    : Math.abs(value) < 10
      ? value.toFixed(2)
      : value.toFixed(1);

/** The goals of one results file as rows: what, measured, goal, met. */
function goalRows(name, data) {
  if (name === 'latest') {
    // The countdown's file keeps its ratios per view (a long page, all on screen).
    const labels = { page: 'long page (5 of 100 on screen)', all: 'all 100 on screen' };
    return Object.entries(data.views ?? {})
      .flatMap(([view, { goals = {} }]) =>
        Object.entries(goals).map(([base, goal]) => [
          `idle main thread / ${base}, ${labels[view] ?? view}`,
          `${number(goal.ratio)}×`,
          `≤ ${goal.goal}×`,
          goal.met,
        ]),
      )
      .concat(
        data.hidden
          ? [
              [
                'timers while the page is hidden',
                data.hidden.ok ? 'none' : 'some',
                'none',
                data.hidden.ok,
              ],
            ]
          : [],
      );
  }
  return (data.goals ?? []).map((goal) => {
    const ratio = /\/| vs /.test(goal.what) || /^(first render|heap|DOM nodes) /.test(goal.what);
    const calls = /^timer calls/.test(goal.what);
    const ms =
      !ratio &&
      !calls &&
      /render|keystroke|main thread|zoom|idle|quiet|animation loop/.test(goal.what);
    const unit = ratio ? '×' : ms ? ' ms' : calls ? ' calls' : '';
    // A goal is a ceiling unless what was met lies above its limit (a quiet stretch, a floor).
    const floor = goal.met === goal.value > goal.limit && goal.value !== goal.limit;
    return [
      goal.what,
      `${calls ? goal.value : number(goal.value)}${unit}`,
      `${floor ? '≥' : '≤'} ${goal.limit}${unit}`,
      goal.met,
    ];
  });
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * The peer stack a portal would load instead of fairkit, measured here: each peer's own minified
 * browser build where it ships one (with its CSS), else its entry bundled and minified by esbuild
 * with its dependencies (Lit for Shoelace), gzipped alone.
 */
const PEERS = [
  { name: 'Swiper element', files: ['swiper/swiper-element-bundle.min.js'] },
  {
    name: 'TimelineJS (js + css)',
    files: [
      '@knight-lab/timelinejs/dist/js/timeline.js',
      '@knight-lab/timelinejs/dist/css/timeline.css',
    ],
  },
  { name: 'Panzoom', files: ['@panzoom/panzoom/dist/panzoom.min.js'] },
  { name: '@github/relative-time-element', entry: "import '@github/relative-time-element';" },
  {
    name: 'Shoelace progress ring and badge',
    entry:
      "import '@shoelace-style/shoelace/dist/components/progress-ring/progress-ring.js'; import '@shoelace-style/shoelace/dist/components/badge/badge.js';",
  },
];

async function peerSizes() {
  const rows = [];
  for (const peer of PEERS) {
    let bytes;
    if (peer.files) {
      bytes = gzip(
        peer.files.map((f) => readFileSync(join(root, 'node_modules', f), 'utf8')).join('\n'),
      );
    } else {
      const out = await build({
        stdin: { contents: peer.entry, resolveDir: root, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      bytes = gzip(out.outputFiles[0].text);
    }
    rows.push([peer.name, bytes]);
  }
  return rows;
}

/** The bundle sizes table, from scripts/size.mjs's own output (it builds nothing). */
function sizes() {
  if (!existsSync(join(root, 'dist/cdn/fairkit.js')))
    return 'dist/ is not built: run `npm run build` first.';
  try {
    return execFileSync(process.execPath, ['scripts/size.mjs'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    return String(error.stdout ?? error.message);
  }
}

const lines = ['# Benchmarks', ''];
lines.push(
  'Written by `npm run bench` (bench/report.mjs) from the latest results of each benchmark',
  '(bench/results/, git-ignored): every element against its peers or a baseline measured in the same',
  'run of that benchmark, in headless Chromium, as ratios (this machine is shared and noisy; ratios',
  'move much less than milliseconds). Each benchmark file says at its top what it measures and how.',
  '',
);
const found = BENCHES.map((bench) => ({ ...bench, data: results(bench.file) }));
const dates = found
  .filter((b) => b.data)
  .map((b) => b.data.date)
  .sort();
const browser = found.find((b) => b.data?.chromium)?.data.chromium;
let chromiumVersion = '';
try {
  chromiumVersion = execFileSync(browser ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  chromiumVersion = browser ?? 'unknown';
}
lines.push(
  '## The run',
  '',
  `- Dates: ${dates[0] ?? '–'} to ${dates.at(-1) ?? '–'}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${chromiumVersion}`,
  `- Reproduce: \`npm ci && npm run bench\` (about 15 minutes), or one benchmark alone as listed below`,
  '',
);
let met = 0;
let all = 0;
for (const bench of found) {
  lines.push(`## ${bench.title}`, '', `Peers: ${bench.peers}. Alone: \`${bench.run}\`.`, '');
  if (!bench.data) {
    lines.push('Not run: no results file.', '');
    continue;
  }
  const load = bench.data.loadAverage;
  lines.push(
    `Run ${bench.data.date}${load ? `; machine load (1-minute average) ${load.before} before, ${load.after} after` : ''}.`,
    '',
  );
  lines.push('| Goal | Measured | Goal | Met |', '|---|---|---|---|');
  for (const [what, value, goal, ok] of goalRows(bench.file, bench.data)) {
    all++;
    if (ok) met++;
    lines.push(`| ${what} | ${value} | ${goal} | ${ok ? 'yes' : '**no**'} |`);
  }
  lines.push('', ...(bench.context?.(bench.data) ?? []));
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const peers = await peerSizes();
const stack = peers.reduce((sum, [, bytes]) => sum + bytes, 0);
const cdnFile = join(root, 'dist/cdn/fairkit.js');
const cdn = existsSync(cdnFile) ? gzip(readFileSync(cdnFile, 'utf8')) : undefined;
all++;
if (cdn !== undefined && cdn <= 0.2 * stack) met++;
const versus =
  cdn === undefined
    ? 'not built'
    : `${kb(cdn)}: ${(cdn / stack).toFixed(2)}× the stack (goal ≤ 0.2×: ${cdn <= 0.2 * stack ? 'met' : '**not met**'})`;
lines.push(
  '## Bundle sizes',
  '',
  'The whole CDN file (all five elements) against the peer stack a portal would otherwise load,',
  'each gzipped alone (level 9) from the installed devDependencies:',
  '',
  '| Peer | gzip |',
  '|---|---|',
  ...peers.map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`),
  `| **The peer stack** | **${kb(stack)}** |`,
  `| fairkit's CDN file, all five elements | ${versus} |`,
  '',
  "Against the budgets in size-budgets.json and the issues' goals (scripts/size.mjs):",
  '',
  '```text',
  sizes().trim(),
  '```',
  '',
  `Goals met: ${met} of ${all}.`,
  '',
);
const text = lines.join('\n');
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(join(root, 'BENCHMARKS.md'), text);
  console.log(`Wrote BENCHMARKS.md (${met} of ${all} goals met).`);
}
