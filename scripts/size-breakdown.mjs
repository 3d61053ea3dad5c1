#!/usr/bin/env node
// Where the bytes go: each module of a CDN-style bundle minified and gzipped on its own.
// The per-module figures add up to more than the bundle (gzip shares context across modules), so
// compare them with each other and over time, and use scripts/size.mjs for the budgets.
//   node scripts/size-breakdown.mjs [entry.ts]   (default: the CDN entry, src/cdn.ts)
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { cdnPlugins } from '../rollup.config.mjs';

const entry = process.argv[2] ?? 'src/cdn.ts';
// Everything but terser: modules are minified one by one below.
const plugins = cdnPlugins({ outDir: 'dist/size-check', sourceMap: false }).filter(
  (plugin) => plugin.name !== 'terser',
);
const bundle = await rollup({ input: entry, plugins, onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();

const rows = [];
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  // Not `module: true`: a lone module's unexported functions would be dropped as unused.
  const { code = '' } = await minify(module.code, { compress: { passes: 2 } });
  const name = id.replace(/^.*node_modules\//, '').replace(`${process.cwd()}/`, '');
  rows.push({ gzip: gzipSync(code, { level: 9 }).length, min: code.length, name });
}
rows.sort((a, b) => b.gzip - a.gzip);
for (const r of rows)
  console.log(`${String(r.gzip).padStart(6)} ${String(r.min).padStart(7)}  ${r.name}`);
console.log(
  `${String(rows.reduce((sum, r) => sum + r.gzip, 0)).padStart(6)}          sum of parts (gzip)`,
);
