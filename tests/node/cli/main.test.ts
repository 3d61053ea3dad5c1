import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { langFromEnv } from '../../../src/cli/context.js';
import { fairkit, SPRING_FAIR } from './helpers.js';

const COMMANDS = ['validate', 'import', 'layout', 'badge', 'sample'];
const BIN = fileURLToPath(new URL('../../../bin/fairkit.js', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { version: string };

describe('fairkit: help and usage', () => {
  test('lists every command with a line each for --help', async () => {
    const run = await fairkit(['--help']);
    assert.equal(run.code, 0);
    for (const name of COMMANDS) assert.match(run.out, new RegExp(`^  ${name} +\\S`, 'm'));
  });

  test('lists the commands without any argument too', async () => {
    const run = await fairkit([]);
    assert.equal(run.code, 0);
    assert.match(run.out, /^Usage: fairkit <command> \[options\]/);
  });

  for (const name of COMMANDS) {
    test(`explains ${name} with --help in English and in Chinese`, async () => {
      const en = await fairkit([name, '--help']);
      const zh = await fairkit([name, '--help'], { lang: 'zh-CN' });
      assert.equal(en.code, 0);
      assert.match(en.out, new RegExp(`^Usage: fairkit ${name}`));
      assert.match(en.out, /\n\n[A-Z]/);
      assert.match(zh.out, new RegExp(`^用法：fairkit ${name}`));
      assert.doesNotMatch(`${en.out}${zh.out}`, /\{\w+\}/, 'a placeholder left unfilled');
    });
  }

  test('gives the same help for fairkit help <command>', async () => {
    const help = await fairkit(['help', 'import']);
    const flag = await fairkit(['import', '--help']);
    assert.equal(help.out, flag.out);
  });

  test('follows --lang over the locale', async () => {
    const run = await fairkit(['--lang', 'zh-CN', '--help']);
    assert.match(run.out, /^用法：fairkit <命令>/);
  });

  test('prints the package version for --version', async () => {
    const run = await fairkit(['--version']);
    assert.equal(run.out, `${version}\n`);
  });

  test('names an unknown command, lists the real ones, and exits 2', async () => {
    const run = await fairkit(['valdate', 'feed.json']);
    assert.equal(run.code, 2);
    assert.match(run.err, /^There is no command "valdate"\.\n\nUsage: fairkit <command>/);
  });

  test('names an unknown option, shows the usage, and exits 2', async () => {
    const run = await fairkit(['validate', SPRING_FAIR, '--strict']);
    assert.equal(run.code, 2);
    assert.match(
      run.err,
      /^fairkit validate has no option --strict; fairkit validate --help lists them\./,
    );
    assert.match(run.err, /Usage: fairkit validate/);
  });

  test('says an option needs a value, and exits 2', async () => {
    const run = await fairkit(['layout', '--hall']);
    assert.equal(run.code, 2);
    assert.match(run.err, /^Option --hall needs a value\./);
  });

  test('says a command is missing its file, and exits 2', async () => {
    const run = await fairkit(['badge']);
    assert.equal(run.code, 2);
    assert.equal(
      run.err,
      'Wrong number of arguments.\nUsage: fairkit badge <feed.json | URL | -> [options] > badge.svg\n',
    );
  });
});

describe('fairkit: the language', () => {
  test('reads zh_CN.UTF-8 from LANG as zh-CN', () => {
    assert.equal(langFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
  });

  test('lets LC_ALL win over LANG', () => {
    assert.equal(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en-US');
  });

  test('passes over the C locale to the runtime default', () => {
    assert.equal(langFromEnv({ LANG: 'C.UTF-8' }), Intl.DateTimeFormat().resolvedOptions().locale);
  });
});

describe('fairkit: the bin as a process', () => {
  const bin = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
      timeout: 60_000,
    });

  test('exits with the command status and writes problems to standard error only', () => {
    const run = bin(['validate', 'no-such-feed.json']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'No such file: no-such-feed.json\n');
  });

  test('writes only the result to standard output', () => {
    const run = bin(['sample', '--employers', '12', '--halls', '1']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { employers: unknown[] }).employers.length, 12);
  });

  test('speaks the language of LANG', () => {
    const run = bin(['--help'], { LANG: 'zh_CN.UTF-8' });
    assert.match(run.stdout, /^用法：fairkit/);
  });

  test('stops quietly when the reader of its output goes away', () => {
    const run = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" sample --employers 5000 | head -c 10`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(run.stdout, '{\n  "versi');
    assert.equal(run.stderr, '');
  });
});

describe('fairkit sample', () => {
  test('refuses a size outside its limits with the limits, and exits 2', async () => {
    const run = await fairkit(['sample', '--employers', '0']);
    assert.equal(run.code, 2);
    assert.equal(run.err, '--employers must be a whole number from 1 to 50,000, not 0\n');
  });

  test('refuses a seed that is not a whole number, and exits 2', async () => {
    const run = await fairkit(['sample', '--seed', 'abc']);
    assert.equal(run.code, 2);
    assert.equal(run.err, '--seed must be a whole number from 0 to 4,294,967,295, not abc\n');
  });

  test('writes the feed to --out instead of standard output', async () => {
    const run = await fairkit([
      'sample',
      '--employers',
      '3',
      '--halls',
      '1',
      '--out',
      'sample.json',
    ]);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, '');
    const feed = JSON.parse(readFileSync(join(run.cwd, 'sample.json'), 'utf8')) as {
      employers: unknown[];
    };
    assert.equal(feed.employers.length, 3);
  });

  test('prints the committed sample feed with the defaults', async () => {
    const run = await fairkit(['sample']);
    assert.equal(run.out, readFileSync(SPRING_FAIR, 'utf8'));
  });
});
