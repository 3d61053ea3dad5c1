// The `fairkit` command as the published package runs it: bin/fairkit.js on the built dist/cli
// (FAIRKIT_CLI_DIST=1; the clone's own runs go through tsx and are tested in tests/node/cli).
// Runs in the build stage of `npm test`, after rollup, in plain Node.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/** A four-by-ten hall A (booths A-001 … A-040) in a new fair `spring`, into feed.json. */
const HALL_A =
  'layout --hall A --rows 4 --cols 10 --into feed.json --fair spring --start 2027-03-22';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');

/** `fairkit ...args` from the build, in `cwd`, in English. */
function fairkit(args, cwd = root) {
  return spawnSync(process.execPath, [join(root, 'bin/fairkit.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FAIRKIT_CLI_DIST: '1', LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
}

test('the built command validates the sample feed', () => {
  const run = fairkit(['validate', join(fixtures, 'spring-fair.json')]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /no errors/);
});

test('the built command lays out a hall and imports a GB18030 sheet into it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairkit-dist-'));
  const layout = fairkit(HALL_A.split(' '), dir);
  assert.equal(layout.status, 0, layout.stderr);
  const sheet = join(fixtures, 'cli/employers-gb18030.csv');
  const run = fairkit(['import', sheet, '--into', 'feed.json'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /15 employers \(15 new, 0 updated\), 46 positions, 16 booths linked/);
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.equal(feed.employers.length, 15);
});

test('the built command draws the placement badge', () => {
  const run = fairkit(['badge', join(fixtures, 'spring-fair.json'), '--variant', 'card']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('the built command writes the committed sample feed', () => {
  const run = fairkit(['sample']);
  assert.equal(run.stdout, readFileSync(join(fixtures, 'spring-fair.json'), 'utf8'));
});

test('the package ships the bin and the built command, not the sources', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const pack = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(pack.status, 0, pack.stderr);
  const files = JSON.parse(pack.stdout)[0].files.map((file) => file.path);
  for (const path of ['bin/fairkit.js', 'dist/cli/main.js', 'dist/placement-svg.js']) {
    assert.ok(files.includes(path), `${path} is not in the package`);
  }
  assert.ok(!files.some((path) => path.startsWith('src/')), 'sources in the package');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(manifest.bin.fairkit, './bin/fairkit.js');
});
