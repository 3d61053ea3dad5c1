#!/usr/bin/env node
// Writes tests/fixtures/spring-fair.json: `fairkit sample` with its defaults (the generator is
// src/cli/sample.ts), a full-scale spring 双选会 of a fictional university used by the demo, the
// embedding checks, the benchmarks and the elements' "huge" stories.
//
// Deterministic: a seeded PRNG and no clock, so re-running it gives the same bytes and the committed
// file only changes when the generator does. The budget below is this file's alone (the demo and
// the embedding checks load it); `fairkit sample` writes feeds of any size.
//
//   node --import tsx scripts/make-sample-feed.mjs            # write the file
//   node --import tsx scripts/make-sample-feed.mjs --check    # exit 1 if the committed file is out of date

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatSample, sampleFeed } from '../src/cli/sample.ts';

const OUT = fileURLToPath(new URL('../tests/fixtures/spring-fair.json', import.meta.url));
const MAX_BYTES = 900 * 1024;

const feed = sampleFeed();
const text = formatSample(feed);
const bytes = Buffer.byteLength(text);
if (bytes > MAX_BYTES)
  throw new Error(`sample feed is ${bytes} bytes, over the ${MAX_BYTES} budget`);

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error(
      'tests/fixtures/spring-fair.json is out of date: run node --import tsx scripts/make-sample-feed.mjs',
    );
    process.exit(1);
  }
  console.log(`spring-fair.json is up to date (${(bytes / 1024).toFixed(0)} KB)`);
} else {
  writeFileSync(OUT, text);
  const { employers, fairs } = feed;
  const { booths } = fairs[0];
  const positions = employers.flatMap((e) => e.positions);
  const openings = positions.reduce((s, p) => s + p.openings, 0);
  console.log(
    `wrote ${OUT}: ${(bytes / 1024).toFixed(0)} KB, ${employers.length} employers, ${booths.length} booths ` +
      `(${booths.length - employers.length} free), ${positions.length} positions, ${openings} openings`,
  );
}
