// Shared by the benchmark scripts: a local server, command-line options, the fairkit bundle, CDP
// metrics and the statistics they print.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The value after `--name` on the command line, else `fallback`. */
export const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/**
 * The fairkit CDN bundle as text: the file at `path` (`--bundle` / `FAIRKIT_BUNDLE`), else src/cdn.ts
 * bundled and minified by esbuild in memory; `null` when there is no such file or the build fails.
 */
export async function fairkitBundle(path) {
  if (path) return existsSync(path) ? readFileSync(path, 'utf8') : null;
  const result = await build({
    entryPoints: [`${root}src/cdn.ts`],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    write: false,
    logLevel: 'silent',
  }).catch(() => null);
  return result?.outputFiles[0].text ?? null;
}

/** The renderer's CDP Performance metrics, by name. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Listens on a free port of 127.0.0.1; resolves to `{ server, origin }`. */
export function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const round1 = (x) => Math.round(x * 10) / 10;

/**
 * Why fairkit is "not available" in a run, from what {@link fairkitBundle} gave for `path`: the
 * bundle lacks the element `tag`, there was no file, or src/ did not bundle.
 */
export const missingBundle = (bundle, path, tag) =>
  bundle
    ? `the bundle does not define <${tag}>`
    : path
      ? `no bundle at ${path}`
      : 'src/cdn.ts did not bundle';

/**
 * Ends a benchmark: adds its duration and the machine's load (1-minute average, before and now) to
 * `results`, writes them to bench/results/<name>.json (git-ignored, read by bench/report.mjs) and
 * says so; `moves` says what the load moves and what it does not.
 */
export function writeResults(name, results, { started, loadBefore, moves }) {
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.loadAverage = { before: round1(loadBefore), after: round1(loadavg()[0]) };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/${name}.json`), JSON.stringify(results, null, 2) + '\n');
  console.log(
    `\nMachine load (1-minute average) ${results.loadAverage.before} before, ` +
      `${results.loadAverage.after} after, on ${availableParallelism()} cores: ${moves}`,
  );
  console.log(`Wrote bench/results/${name}.json (${results.durationSeconds} s).`);
}
