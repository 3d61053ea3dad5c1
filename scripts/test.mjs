#!/usr/bin/env node
// `npm test`: every check CI runs, in order, each stage's output streamed as it runs:
//   1 typecheck   custom-elements.json (preview.ts imports it), tsc -p tsconfig.check.json, ESLint, Prettier
//   2 node        node --test over tests/feed/*.test.ts and tests/node/**/*.test.ts (via tsx)
//   3 browser     @web/test-runner (tests/core, tests/elements, the time-zone groups)
//   4 build       rollup -c, the manifest, size budgets, README's table of elements and the pages
//                 in docs/elements against the manifest and the stories,
//                 the built fairkit command and the packed file list (tests/build/cli.test.mjs),
//                 the CDN files against the browser baseline (tests/build/baseline.test.mjs),
//                 a TypeScript consumer of the published declarations (tests/build/types)
//   5 storybook   tests/storybook/run.mjs
//   6 embedding   tests/embedding/run.mjs, when it exists
// Counts are summed; the last line is `Total: N passed, N failed`. A stage that crashes, times out
// or exits non-zero without reporting a failure counts as one failure. Exit 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const MINUTE = 60_000;

/** Files under `dir` whose relative path matches `pattern` (Node 20 has no fs.glob). */
function find(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => pattern.test(file.replaceAll('\\', '/')))
    .sort();
}

const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g, '');

/** Runs one command, streaming its output; resolves with its exit code and everything it printed. */
function run(command, args, { timeout = 5 * MINUTE, env = {} } = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      detached: true, // its own process group, so a timeout can stop the whole tree
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n${command} did not finish in ${timeout / 1000} s: stopping it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, output: `${output}\n${error.message}`, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), output: stripAnsi(output), timedOut });
    });
  });
}

/** The last `Word: N passed, N failed` line of `output`, or null. */
function lastCounts(output, word) {
  const re = new RegExp(`^${word}: (\\d+) passed, (\\d+) failed`, 'gm');
  let match = null;
  for (let m = re.exec(output); m; m = re.exec(output)) match = m;
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
}

/** Node's test runner over `args` (files, and flags before them); its own pass and fail counts. */
async function nodeTests(args, options) {
  const { code, output } = await run(
    process.execPath,
    ['--test', '--test-reporter=tap', ...args],
    options,
  );
  const pass = [...output.matchAll(/^# pass (\d+)$/gm)].at(-1);
  const fail = [...output.matchAll(/^# fail (\d+)$/gm)].at(-1);
  const counts = { passed: Number(pass?.[1] ?? 0), failed: Number(fail?.[1] ?? 0) };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** One pass or one failure for a command that reports no counts of its own. */
async function step(command, args, options) {
  const { code } = await run(command, args, options);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

/** A command that prints `word: N passed, N failed`; a crash or a silent non-zero exit is a failure. */
async function counted(word, command, args, options) {
  const { code, output } = await run(command, args, options);
  const counts = lastCounts(output, word) ?? { passed: 0, failed: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const stages = [
  {
    name: 'typecheck',
    async run() {
      const manifest = await step(bin('cem'), ['analyze', '--litelement', '--quiet']);
      const tsc = await step(bin('tsc'), ['-p', 'tsconfig.check.json', '--pretty', 'false']);
      const lint = await step(bin('eslint'), ['--max-warnings', '0', '.']);
      const format = await step(bin('prettier'), ['--check', '.']);
      return sum(manifest, tsc, lint, format);
    },
  },
  {
    name: 'node',
    async run() {
      const files = [
        ...find('tests/feed', /^tests\/feed\/[^/]+\.test\.ts$/),
        ...find('tests/node', /\.test\.ts$/),
      ];
      if (!files.length) {
        console.log('No Node unit test files yet.');
        return { passed: 0, failed: 0 };
      }
      return nodeTests(['--import', 'tsx', ...files], { timeout: 4 * MINUTE });
    },
  },
  {
    name: 'browser',
    async run() {
      const files = [
        ...find('tests/core', /\.test\.ts$/),
        ...find('tests/elements', /\.test\.ts$/),
      ];
      if (!files.length) {
        console.log('No browser test files yet.');
        return { passed: 0, failed: 0 };
      }
      return counted('Tests', bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], {
        timeout: 6 * MINUTE,
      });
    },
  },
  {
    name: 'build',
    async run() {
      const rollup = await step(bin('rollup'), ['-c'], { timeout: 4 * MINUTE });
      const manifest = await step(bin('cem'), ['analyze', '--litelement', '--quiet']);
      const size = await counted('Size', process.execPath, ['scripts/size.mjs'], {
        timeout: 3 * MINUTE,
      });
      const docs = await counted('Docs', process.execPath, ['scripts/readme-api.mjs', '--check']);
      // A page per element in docs/elements, against the manifest and the stories.
      const pages = await counted('Docs', process.execPath, [
        'scripts/element-docs.mjs',
        '--check',
      ]);
      // The fairkit command as published: bin/fairkit.js on dist/cli, and the packed file list.
      const cli = await nodeTests(['tests/build/cli.test.mjs'], { timeout: 2 * MINUTE });
      // The CDN files against docs/browser-support.md: ES2022 syntax, no API newer than the baseline.
      const baseline = await nodeTests(['tests/build/baseline.test.mjs'], { timeout: MINUTE });
      // A TypeScript user of the published declarations: typed tags, events and entries.
      const types = await step(bin('tsc'), [
        '-p',
        'tests/build/types/tsconfig.json',
        '--pretty',
        'false',
      ]);
      return sum(rollup, manifest, size, docs, pages, cli, baseline, types);
    },
  },
  {
    name: 'storybook',
    run: () =>
      counted('Stories', process.execPath, ['tests/storybook/run.mjs'], {
        timeout: 6 * MINUTE,
        env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
      }),
  },
  {
    name: 'embedding',
    async run() {
      if (!existsSync('tests/embedding/run.mjs')) {
        console.log('tests/embedding/run.mjs does not exist yet: skipped.');
        return { passed: 0, failed: 0 };
      }
      return counted('Embedding', process.execPath, ['tests/embedding/run.mjs'], {
        timeout: 4 * MINUTE,
      });
    },
  },
];

function sum(...counts) {
  return counts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), {
    passed: 0,
    failed: 0,
  });
}

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const results = [];
const started = Date.now();
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  console.log(`\n━━ ${stage.name} ━━`);
  const t0 = Date.now();
  let counts;
  try {
    counts = await stage.run();
  } catch (error) {
    console.error(`stage ${stage.name} crashed:`, error);
    counts = { passed: 0, failed: 1 };
  }
  results.push({ name: stage.name, ...counts, seconds: (Date.now() - t0) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(
    `${r.name.padEnd(10)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed ${r.seconds.toFixed(1).padStart(7)} s`,
  );
}
console.log(`${'all'.padEnd(10)} ${((Date.now() - started) / 1000).toFixed(1).padStart(33)} s`);
const total = sum(...results);
console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
