import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fairkit, scratch, SPRING_FAIR, write, type RawFeed } from './helpers.js';

const spring = () => JSON.parse(readFileSync(SPRING_FAIR, 'utf8')) as RawFeed;
/** An object of a feed, to break on purpose. */
const loose = (value: object) => value as Record<string, unknown>;

/** A folder with `feed.json`: the spring fair with two errors and two notices. */
function brokenFeed(): string {
  const feed = spring();
  feed.employers[3]!.url = 'javascript:alert(1)';
  loose(feed.fairs[0]!.booths[5]!).x = '12a';
  feed.fairs[0]!.bogus = 1;
  feed.employers[0]!.nmae = 'x';
  const dir = scratch();
  write(dir, 'feed.json', feed);
  return dir;
}

describe('fairkit validate', () => {
  test('says a valid feed has no errors, what it holds, and exits 0', async () => {
    const run = await fairkit(['validate', SPRING_FAIR]);
    assert.equal(run.code, 0);
    assert.match(run.out, /spring-fair\.json: no errors\.\nRead: /);
    assert.match(
      run.out,
      /Read: 5 fairs, 1,227 employers, 1,247 booths, 15 activities, 45 placement figures\./,
    );
  });

  test('lists every error with its JSON path and a sentence, grouped by kind, and exits 1', async () => {
    const run = await fairkit(['validate', 'feed.json'], { cwd: brokenFeed() });
    assert.equal(run.code, 1);
    assert.match(run.out, /^feed\.json: 2 errors, 2 notices\.$/m);
    assert.match(run.out, /^Errors \(2\): left out, the page will not show these$/m);
    assert.match(
      run.out,
      /expected-number × 1\n {4}fairs\[0\]\.booths\[5\]\.x: expected a number, got "12a"; fairs\[0\]\.booths\[5\] is left out\./,
    );
    assert.match(run.out, /unsafe-url × 1\n {4}employers\[3\]\.url: /);
    assert.match(
      run.out,
      /Notices \(2\):\n {2}unknown-field × 2\n {4}employers\[0\]\.nmae: unknown field "nmae", ignored; did you mean "name"\?/,
    );
  });

  test('exits 0 when only warnings and notices remain', async () => {
    const feed = spring();
    feed.fairs[0]!.bogus = 1;
    const dir = scratch();
    write(dir, 'feed.json', feed);
    const run = await fairkit(['validate', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.out, /feed\.json: 1 notice\./);
  });

  test('speaks Chinese with a zh locale', async () => {
    const run = await fairkit(['validate', 'feed.json'], { cwd: brokenFeed(), lang: 'zh-CN' });
    assert.match(run.out, /^feed\.json：2 个错误，2 条提示。$/m);
    assert.match(
      run.out,
      /fairs\[0\]\.booths\[5\]\.x: 应为数字，实际是 "12a"；已略去 fairs\[0\]\.booths\[5\]。/,
    );
    assert.match(run.out, /读取到：5 场展会，1,227 家单位/);
  });

  test('lists at most 20 issues of a kind unless --all', async () => {
    const feed = spring();
    for (const booth of feed.fairs[0]!.booths.slice(0, 25)) loose(booth).w = 'wide';
    const dir = scratch();
    write(dir, 'feed.json', feed);
    const some = await fairkit(['validate', 'feed.json'], { cwd: dir });
    assert.equal(some.out.match(/\.w: expected a number/g)?.length, 20);
    assert.match(some.out, /… and 5 more \(--all lists them\)/);
    const all = await fairkit(['validate', 'feed.json', '--all'], { cwd: dir });
    assert.equal(all.out.match(/\.w: expected a number/g)?.length, 25);
  });

  test('prints every issue as JSON with --json', async () => {
    const run = await fairkit(['validate', 'feed.json', '--json'], { cwd: brokenFeed() });
    const report = JSON.parse(run.out) as {
      valid: boolean;
      issues: { path: string; code: string; severity: string }[];
    };
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.issues.map((i) => [i.path, i.code, i.severity]),
      [
        ['employers[0].nmae', 'unknown-field', 'notice'],
        ['employers[3].url', 'unsafe-url', 'error'],
        ['fairs[0].bogus', 'unknown-field', 'notice'],
        ['fairs[0].booths[5].x', 'expected-number', 'error'],
      ],
    );
  });

  test('says a file that is not JSON cannot be used, and exits 2', async () => {
    const dir = scratch();
    write(dir, 'feed.json', '{"version": 1,}');
    const run = await fairkit(['validate', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.out, /feed\.json is not a usable feed:\n {2}The feed is not valid JSON/);
  });

  test('says a feed of another version cannot be used, and exits 2', async () => {
    const dir = scratch();
    write(dir, 'feed.json', { version: 2 });
    const run = await fairkit(['validate', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.out, /Write "version": 1 \(a number, not a string\), not 2\./);
  });

  test('reads a feed with a byte-order mark', async () => {
    const dir = scratch();
    write(dir, 'feed.json', `\uFEFF${readFileSync(SPRING_FAIR, 'utf8')}`);
    const run = await fairkit(['validate', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 0, run.out);
  });

  test('says a missing file is missing, and exits 2', async () => {
    const run = await fairkit(['validate', 'nope.json']);
    assert.equal(run.code, 2);
    assert.equal(run.err, 'No such file: nope.json\n');
  });

  test('reads a feed from a URL and resolves its relative URLs against it', async () => {
    const requested: string[] = [];
    const fetch = (async (url: string) => {
      requested.push(url);
      return new Response(
        JSON.stringify({ version: 1, employers: [{ id: 'a', name: 'A', logo: 'logos/a.png' }] }),
      );
    }) as unknown as typeof globalThis.fetch;
    const run = await fairkit(['validate', 'https://career.example.edu/fair/feed.json', '--json'], {
      fetch,
    });
    assert.deepEqual(requested, ['https://career.example.edu/fair/feed.json']);
    assert.equal(run.code, 0);
  });

  test('says which HTTP status a URL answered, and exits 2', async () => {
    const fetch = (async () =>
      new Response('gone', { status: 404 })) as unknown as typeof globalThis.fetch;
    const run = await fairkit(['validate', 'https://career.example.edu/feed.json'], { fetch });
    assert.equal(run.code, 2);
    assert.equal(run.err, 'https://career.example.edu/feed.json answered HTTP 404\n');
  });

  test('says why a URL could not be fetched, and exits 2', async () => {
    const run = await fairkit(['validate', 'https://career.example.edu/feed.json']);
    assert.equal(run.code, 2);
    assert.match(
      run.err,
      /^Cannot fetch https:\/\/career\.example\.edu\/feed\.json \(no network in tests\)$/m,
    );
  });

  test('reads standard input for -', async () => {
    const run = await fairkit(['validate', '-'], { stdin: '{"version": 1}' });
    assert.equal(run.code, 0);
    assert.match(run.out, /^stdin: no errors\.$/m);
  });
});
