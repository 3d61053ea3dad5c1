import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { placementSVG } from '../../../src/placement-svg.js';
import { fairkit, scratch, SPRING_FAIR, write } from './helpers.js';

describe('fairkit badge', () => {
  test('prints the same SVG as placementSVG for the latest cohort', async () => {
    const run = await fairkit(['badge', SPRING_FAIR], { lang: 'zh-CN' });
    assert.equal(run.code, 0, run.err);
    const { svg } = placementSVG(readFileSync(SPRING_FAIR, 'utf8'), { lang: 'zh-CN' });
    assert.equal(run.out, `${svg}\n`);
    assert.match(run.out, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test('draws the cohort, scope, variant and label asked for, in the language asked for', async () => {
    const run = await fairkit(
      [
        'badge',
        SPRING_FAIR,
        '--cohort',
        '2026',
        '--variant',
        'ring',
        '--label',
        'Class of 2026',
        '--lang',
        'en',
      ],
      { lang: 'zh-CN' },
    );
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /aria-label="Class of 2026: /);
    assert.match(run.out, /<circle/);
  });

  test('writes the SVG to --out instead of standard output', async () => {
    const run = await fairkit(['badge', SPRING_FAIR, '--out', 'out/badge.svg']);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, '');
    assert.match(readFileSync(join(run.cwd, 'out/badge.svg'), 'utf8'), /^<svg /);
  });

  test('says the feed has no placement figures, and exits 1', async () => {
    const dir = scratch();
    write(dir, 'feed.json', { version: 1 });
    const run = await fairkit(['badge', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.err, 'feed.json has no placement figures\n');
    assert.equal(run.out, '');
  });

  test('lists the cohorts the feed has when the one asked for is missing, and exits 1', async () => {
    const run = await fairkit(['badge', SPRING_FAIR, '--cohort', '1999']);
    assert.equal(run.code, 1);
    assert.match(
      run.err,
      /has no overall figure for cohort 1999; it has: "2025", "2026", and "2027"/,
    );
  });

  test('lists the scopes the feed has when the one asked for is missing, and exits 1', async () => {
    const run = await fairkit(['badge', SPRING_FAIR, '--scope', 'postdoc']);
    assert.equal(run.code, 1);
    assert.match(run.err, /has no figure of scope postdoc; it has: /);
  });

  test('refuses an unknown variant and a negative window, and exits 2', async () => {
    const variant = await fairkit(['badge', SPRING_FAIR, '--variant', 'donut']);
    assert.equal(variant.code, 2);
    assert.equal(variant.err, '--variant must be badge, ring or card, not donut\n');
    const window = await fairkit(['badge', SPRING_FAIR, '--window=-3']);
    assert.equal(window.code, 2);
    assert.equal(window.err, '--window must be a number of days ≥ 0, not -3\n');
  });

  test('draws what is valid of a feed with errors and says so on standard error', async () => {
    const feed = JSON.parse(readFileSync(SPRING_FAIR, 'utf8')) as { placement: object[] };
    feed.placement.push({ cohort: '2027', rate: 55, asOf: '2027-01-01' });
    const dir = scratch();
    write(dir, 'feed.json', feed);
    const run = await fairkit(['badge', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(
      run.err,
      /^Note: the feed has 1 error; that part is left out \(fairkit validate lists it\)$/m,
    );
    assert.match(run.out, /^<svg/);
  });

  test('says a file that is not a feed is not one, and exits 2', async () => {
    const dir = scratch();
    write(dir, 'feed.json', 'hello');
    const run = await fairkit(['badge', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.err, 'feed.json is not a usable feed; run fairkit validate feed.json\n');
  });
});
