/**
 * docs/feed-guide.md is true: every feed it shows is one `parseFeed` reads as the page says, every
 * message it quotes is the one fairkit gives, and its `fairkit validate` commands print what it shows.
 *
 * The page's convention, in HTML comments on the lines right above a fenced block's opening:
 *
 *     <!-- example: <sentence> -->             what a ```json block shows; every one has it, and it
 *                                              names the block's test
 *     <!-- expect: <severity> <code> <path> --> one per issue of a deliberately wrong example:
 *                                              parseFeed reports exactly these, in this order, and
 *                                              the ```text block right after holds their messages
 *     <!-- file: <name> -->                    the block is saved as <name> in the folder where the
 *                                              ```sh blocks run
 *
 * A ```json block without `expect` is a complete feed with no issue at all. ```sh blocks run in
 * order, as in docs/cli.md (`exit=N`: must exit N; `no-run`: only shown), and a ```text block right
 * after one is what it prints. Every `<script type="application/json">` in an ```html block is a
 * feed with no issue either.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { t } from '../../../src/core/i18n.js';
import { EN } from '../../../src/feed/messages-en.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { placementFigure } from '../../../src/feed/placement.js';
import { dayInZone } from '../../../src/feed/queries.js';
import type { FeedIssue } from '../../../src/feed/types.js';
import { fencedBlocks, type Block } from '../../helpers/markdown.js';
import { siteProject, terminalEnv } from '../../helpers/site-project.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = join(ROOT, 'docs/feed-guide.md');
const MARKDOWN = readFileSync(PAGE, 'utf8');

const KNOWN_MARKS = new Set(['example', 'expect', 'file']);

const marksOf = (block: Block, key: string) =>
  block.marks.filter((mark) => mark.key === key).map((mark) => mark.value);
const isJson = (block: Block) => block.lang === 'json';
const isShell = (block: Block) => block.lang === 'sh';
const runs = (block: Block) => isShell(block) && !block.info.includes('no-run');
/** A deliberately wrong example: the issues it must get are marked. */
const isWrong = (block: Block) => isJson(block) && marksOf(block, 'expect').length > 0;

/** An issue as the page's `expect` marks write it. */
const asMark = (issue: FeedIssue) => `${issue.severity} ${issue.code} ${issue.path}`;

const blocks = fencedBlocks(MARKDOWN, (before) => runs(before) || isWrong(before));
const examples = blocks.filter(isJson);
const outputOf = (block: Block) => blocks.find((b) => b.outputOf === block);
/** The page's text without code marks, line breaks and indents as single spaces: to find quotes. */
const prose = MARKDOWN.replace(/`/g, '').replace(/\s+/g, ' ');

describe('docs/feed-guide.md: the page itself', () => {
  test('gives every JSON example a sentence saying what it shows, and no unknown mark', () => {
    assert.ok(examples.length >= 15, `only ${examples.length} JSON examples`);
    for (const block of blocks) {
      for (const mark of block.marks) {
        assert.ok(KNOWN_MARKS.has(mark.key), `line ${mark.line}: unknown mark "${mark.key}"`);
        assert.ok(isJson(block), `line ${mark.line}: a mark above a ${block.lang} block`);
      }
    }
    for (const block of examples) {
      const [sentence, ...more] = marksOf(block, 'example');
      assert.ok(sentence, `line ${block.line}: a JSON block without <!-- example: … -->`);
      assert.equal(more.length, 0, `line ${block.line}: more than one example sentence`);
      for (const expected of marksOf(block, 'expect')) {
        assert.match(expected, /^(error|warning|notice) [a-z-]+ \S+$/, `line ${block.line}`);
      }
    }
  });

  test('follows every deliberately wrong example with the messages it gets', () => {
    for (const block of examples.filter(isWrong)) {
      assert.ok(outputOf(block), `line ${block.line}: no text block of messages right after it`);
    }
  });

  test('saves each file once, and only files a command reads', () => {
    const files = examples.flatMap((block) => marksOf(block, 'file'));
    assert.equal(new Set(files).size, files.length, `saved twice: ${files.join(', ')}`);
    const commands = blocks.filter(runs).map((block) => block.text);
    for (const file of files) {
      assert.ok(
        commands.some((command) => command.includes(file)),
        `${file} is read by no command`,
      );
    }
  });

  test('marks every shell block to run, to run and fail with a given code, or not to run', () => {
    for (const block of blocks.filter(isShell)) {
      for (const word of block.info) {
        assert.match(word, /^(no-run|exit=\d+)$/, `line ${block.line}: unknown mark ${word}`);
      }
    }
  });

  test('links only to headings of the page in its table of contents and cross-references', () => {
    // GitHub's anchors: lower case, punctuation dropped, spaces as hyphens; CJK letters stay.
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
    const anchors = new Set(
      [...MARKDOWN.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!.replace(/`/g, ''))),
    );
    const links = [...MARKDOWN.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(links.length >= 8, 'no table of contents');
    for (const link of links) assert.ok(anchors.has(link), `no heading for #${link}`);
  });
});

describe('docs/feed-guide.md: every JSON example', () => {
  for (const block of examples) {
    const sentence = marksOf(block, 'example')[0] ?? 'an example without a sentence';
    test(`${sentence} (line ${block.line})`, () => {
      const { feed, issues } = parseFeed(block.text);
      assert.ok(feed, `not a feed: ${issues.map((issue) => issue.message).join('\n')}`);
      const expected = marksOf(block, 'expect');
      const messages = issues.map((issue) => issue.message).join('\n');
      assert.deepEqual(issues.map(asMark), expected, `parseFeed says:\n${messages}`);
      if (expected.length) {
        const quoted = outputOf(block)?.text.trim().split('\n');
        assert.deepEqual(
          quoted,
          issues.map((issue) => issue.message),
        );
      }
    });
  }

  const inline = blocks.flatMap((block) =>
    block.lang === 'html'
      ? [...block.text.matchAll(/<script type="application\/json"[^>]*>([^]*?)<\/script>/g)].map(
          (match) => ({ block, json: match[1]! }),
        )
      : [],
  );
  for (const { block, json } of inline) {
    test(`the feed written inline in the page example on line ${block.line} has no issue`, () => {
      const { feed, issues } = parseFeed(json);
      assert.ok(feed);
      assert.deepEqual(issues.map(asMark), []);
    });
  }
});

describe('docs/feed-guide.md: the messages it quotes in its text', () => {
  const quotes = (sentence: string) =>
    assert.ok(prose.includes(sentence), `the page does not say: ${sentence}`);
  const messageOf = (input: unknown) => parseFeed(input).issues[0]!.message;

  test('quotes what the parser says about a feed it cannot use at all', () => {
    quotes(messageOf({ version: '1' }));
    quotes(messageOf({}));
    quotes(messageOf('<!doctype html><title>404 Not Found</title>'));
    quotes(EN['not-json']!.replace('{detail}', '…') + EN['@end']);
    quotes(EN['rate-out-of-range']!.replace(', got {found}', ''));
  });

  test('describes the comparison with last year that the badge makes of its example', () => {
    const block = examples.find((b) => marksOf(b, 'example')[0]?.includes('placement figures'));
    assert.ok(block, 'no placement example');
    const { feed } = parseFeed(block.text);
    const figure = placementFigure(feed!, {});
    assert.ok('entry' in figure && figure.previous);
    assert.equal(dayInZone(figure.entry.asOf, feed!.timeZone), '2027-03-20');
    assert.equal(dayInZone(figure.previous.asOf, feed!.timeZone), '2026-03-18');
    quotes('here 18 March 2026 (52.0%, two days away)');
    quotes(`so it shows "▲ +${figure.diffPoints}" percentage points`);
  });

  test('quotes what the elements show when the feed cannot be read', () => {
    const url = 'https://data.example.edu.cn/career/fairs.json';
    quotes(`${t('zh-CN', 'error.title')} / ${t('en', 'error.title')}`);
    quotes(t('en', 'error.network', { url }));
    quotes(t('en', 'error.missing-inline', { url: '#fair-feed' }));
    quotes(`${t('zh-CN', 'stale', { time: '…' })} / ${t('en', 'stale', { time: '…' })}`);
  });
});

/** A site's project after `npm install fairkit`, with the page's files saved in it. */
function project(): string {
  const dir = siteProject('feed-guide');
  for (const block of examples) {
    for (const file of marksOf(block, 'file')) writeFileSync(join(dir, file), `${block.text}\n`);
  }
  return dir;
}

describe('docs/feed-guide.md: every command, as a webmaster runs it', () => {
  const dir = project();
  after(() => rmSync(dir, { recursive: true, force: true }));

  const env = terminalEnv(dir);

  const normalise = (text: string) =>
    text
      .replaceAll(dir, '.')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();

  const runnable = blocks.filter(runs);
  test('has commands to run', () => assert.ok(runnable.length >= 2));
  for (const block of runnable) {
    const word = block.info.find((w) => w.startsWith('exit='));
    const code = word ? Number(word.slice('exit='.length)) : 0;
    const command = block.text.trim().split('\n').at(-1)!;
    const output = outputOf(block);
    const prints = output ? ' and prints what the page shows' : '';
    test(`\`${command}\` (line ${block.line}) exits ${code}${prints}`, () => {
      const child = spawnSync('bash', ['-e', '-c', block.text], {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      // npm's own warnings about the machine's npm configuration are not fairkit's.
      const stderr = child.stderr.replace(/^npm (warn|notice) .*\n/gim, '');
      assert.equal(child.status, code, `stderr:\n${stderr}\nstdout:\n${child.stdout}`);
      if (output) assert.equal(normalise(stderr + child.stdout), normalise(output.text));
    });
  }
});
