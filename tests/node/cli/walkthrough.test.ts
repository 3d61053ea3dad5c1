/**
 * docs/cli.md works as written: its shell blocks run, in order, in a fresh folder laid out like a
 * webmaster's project after `npm install fairkit`, and print what the page says they print.
 *
 * The page's convention, in the info string of a fenced block:
 *
 *     ```sh          run it with `bash -e`; it must exit 0
 *     ```sh exit=N   run it; it must exit N (so the failing command goes last in the block)
 *     ```sh no-run   only shown (`npm install`, `npm start`)
 *     ```text        right after a block that runs (blank lines between at most): what the
 *                    terminal shows, standard error then standard output
 *
 * Outputs are compared after dropping npm's own warnings, the folder's path, and the date a
 * command prints for "today" (a fair created without --start starts today).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../../src/feed/parse.js';
import { fencedBlocks, type Block } from '../../helpers/markdown.js';
import { siteProject, terminalEnv } from '../../helpers/site-project.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = join(ROOT, 'docs/cli.md');

const isShell = (block: Block) => block.lang === 'sh';
const runs = (block: Block) => isShell(block) && !block.info.includes('no-run');

/** The exit status a block must end with: `exit=N`, else 0. */
function expectedExit(block: Block): number {
  const word = block.info.find((w) => w.startsWith('exit='));
  return word ? Number(word.slice('exit='.length)) : 0;
}

/** The block's main command (its last line), for test names. */
const commandOf = (block: Block) => block.text.trim().split('\n').at(-1)!;

/** A site's project after `npm install fairkit`, plus the repository's tests/ (the sample sheets). */
const DIR = siteProject('walkthrough');
symlinkSync(join(ROOT, 'tests'), join(DIR, 'tests'), 'dir');
after(() => rmSync(DIR, { recursive: true, force: true }));
const env = terminalEnv(DIR);

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  /** my-fair/feed.json after the block, when there is one. */
  feed?: string;
}

const results = new Map<Block, Result>();

function run(block: Block): Result {
  const child = spawnSync('bash', ['-e', '-c', block.text], {
    cwd: DIR,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const feedPath = join(DIR, 'my-fair/feed.json');
  const result: Result = {
    code: child.status,
    stdout: child.stdout,
    // npm's own warnings about the machine's npm configuration are not fairkit's.
    stderr: child.stderr.replace(/^npm (warn|notice) .*\n/gim, ''),
    feed: existsSync(feedPath) ? readFileSync(feedPath, 'utf8') : undefined,
  };
  results.set(block, result);
  return result;
}

/** What the terminal shows, comparable with the page: see the file's comment. */
const normalise = (text: string) =>
  text
    .replaceAll(DIR, '.')
    .replace(/(Created fair "[^"]*" starting (?:today \()?)\d{4}-\d{2}-\d{2}/g, '$1<today>')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

const blocks = fencedBlocks(readFileSync(PAGE, 'utf8'), runs);
const shell = blocks.filter(isShell);
const runnable = shell.filter(runs);
const resultOf = (block: Block): Result => {
  const result = results.get(block);
  assert.ok(result, `the block on line ${block.line} did not run`);
  return result;
};

describe('docs/cli.md: the page itself', () => {
  test('marks every shell block to run, to run and fail with a given code, or not to run', () => {
    for (const block of shell) {
      for (const word of block.info) {
        assert.match(word, /^(no-run|exit=\d+)$/, `line ${block.line}: unknown mark ${word}`);
      }
    }
    assert.ok(runnable.length >= 10, `only ${runnable.length} blocks to run`);
  });

  test('shows each output right after the command that prints it', () => {
    for (const block of blocks.filter((b) => b.lang === 'text')) {
      assert.ok(block.outputOf, `line ${block.line}: a text block not right after a command`);
    }
  });
});

describe('docs/cli.md: every command, in order, as a webmaster runs it', () => {
  for (const block of runnable) {
    const code = expectedExit(block);
    test(`\`${commandOf(block)}\` (line ${block.line}) exits ${code}`, () => {
      const result = run(block);
      assert.equal(result.code, code, `stderr:\n${result.stderr}\nstdout:\n${result.stdout}`);
    });
    const output = blocks.find((b) => b.outputOf === block);
    if (output) {
      test(`\`${commandOf(block)}\` (line ${block.line}) prints what the page shows`, () => {
        const { stdout, stderr } = resultOf(block);
        assert.equal(normalise(stderr + stdout), normalise(output.text));
      });
    }
  }
});

describe('docs/cli.md: what the commands leave behind', () => {
  const withInto = () => runnable.filter((b) => b.text.includes('--into') && !expectedExit(b));
  const usingCommand = (name: string) =>
    runnable.filter((b) => b.text.includes(`npx fairkit ${name} `));

  test('leaves a feed that parseFeed reads without errors', () => {
    const { feed, issues } = parseFeed(readFileSync(join(DIR, 'my-fair/feed.json'), 'utf8'));
    assert.ok(feed);
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error'),
      [],
    );
  });

  test('puts each of the 15 employers of the sheet on a booth of the fair', () => {
    const { feed } = parseFeed(readFileSync(join(DIR, 'my-fair/feed.json'), 'utf8'));
    const fair = feed!.fairs[0]!;
    const onBooths = new Set(fair.booths.map((booth) => booth.employer).filter(Boolean));
    assert.equal(feed!.employers.length, 15);
    for (const employer of feed!.employers) assert.ok(onBooths.has(employer.id), employer.id);
  });

  test('gives the same feed, byte for byte, when the same sheet is imported again', () => {
    const first = runnable.find((b) => runnable.some((c) => c !== b && c.text === b.text));
    assert.ok(first, 'the page imports no sheet twice');
    const again = runnable.filter((b) => b.text === first.text);
    const feeds = again.map((b) => resultOf(b).feed);
    assert.ok(feeds[0]);
    for (const feed of feeds) assert.equal(feed, feeds[0]);
  });

  test('prints nothing on standard output when a command writes into a feed', () => {
    for (const block of withInto()) {
      const { stdout, stderr } = resultOf(block);
      assert.equal(stdout, '', `line ${block.line}`);
      assert.notEqual(stderr, '', `line ${block.line}: no message at all`);
    }
  });

  test('prints the validate report on standard output and nothing on standard error', () => {
    for (const block of usingCommand('validate')) {
      const { stdout, stderr } = resultOf(block);
      assert.match(stdout, /no errors/);
      assert.equal(stderr, '');
    }
  });

  test('writes only the SVG picture when badge output goes into a file', () => {
    const badges = usingCommand('badge');
    assert.ok(badges.length);
    for (const block of badges) assert.equal(resultOf(block).stderr, '');
    for (const file of ['badge.svg', 'badge-card.svg']) {
      assert.match(readFileSync(join(DIR, file), 'utf8'), /^<svg [^]*<\/svg>\n$/, file);
    }
  });

  test('writes a usable feed of 300 employers with sample, and no message', () => {
    const [block] = usingCommand('sample');
    assert.ok(block);
    assert.equal(resultOf(block).stderr, '');
    const { feed, issues } = parseFeed(readFileSync(join(DIR, 'sample.json'), 'utf8'));
    assert.equal(feed?.employers.length, 300);
    assert.equal(issues.filter((issue) => issue.severity === 'error').length, 0);
  });

  test('explains a failure on standard error and prints nothing on standard output', () => {
    const failing = runnable.filter((b) => expectedExit(b) !== 0);
    assert.ok(failing.length);
    for (const block of failing) {
      const { stdout, stderr } = resultOf(block);
      assert.equal(stdout, '', `line ${block.line}`);
      assert.notEqual(stderr, '', `line ${block.line}`);
    }
  });

  test('leaves a feed that is not JSON exactly as it was', () => {
    assert.equal(readFileSync(join(DIR, 'broken.json'), 'utf8'), '{ "version": 1, "fairs": [');
  });
});
