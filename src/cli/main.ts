/**
 * The `fairkit` command line: `fairkit <command> [options]`, each command in its own module, each
 * with `--help` in the user's language. {@link main} takes the arguments and a {@link Context} and
 * resolves with the exit status; it never throws and never exits the process itself, so tests call
 * it directly and `bin/fairkit.js` only wires it to the process.
 */
import { createRequire } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Message } from '../core/i18n.js';
import { badge, M as BADGE, type BadgeOptions } from './badge.js';
import { CliError, detail, langFromEnv, say, type Context } from './context.js';
import { importSheet, M as IMPORT, type ImportOptions } from './import.js';
import { layout, M as LAYOUT, type LayoutOptions } from './layout.js';
import { sample, M as SAMPLE, type SampleCommandOptions } from './sample-command.js';
import { SAMPLE_LIMITS } from './sample.js';
import { LIMIT, validate, M as VALIDATE } from './validate.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One command: its words, its options, how many file arguments it takes, and what it does. */
interface Command {
  words: { summary: Message; help: Message };
  /** One line for `fairkit --help`. */
  brief: Message;
  options: Options;
  /** The file arguments it takes: `[least, most]`. */
  args: [number, number];
  /** Values for the placeholders of its help. */
  helpParams?: Record<string, string | number>;
  run(ctx: Context, args: string[], values: Values): Promise<number>;
}

const str = { type: 'string' } as const;

const COMMANDS: Record<string, Command> = {
  validate: {
    words: VALIDATE,
    brief: ['检查数据源，列出每个问题', 'check a feed and list every problem'],
    options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
    args: [1, 1],
    helpParams: { limit: LIMIT },
    run: (ctx, [file], v) => validate(ctx, file!, { all: !!v.all, json: !!v.json }),
  },
  import: {
    words: IMPORT,
    brief: ['把招聘信息表（CSV）导入数据源', 'import a recruitment sheet (CSV) into a feed'],
    options: {
      booths: str,
      into: str,
      fair: str,
      map: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
    },
    args: [1, 1],
    run: (ctx, [file], v) => importSheet(ctx, file!, v as ImportOptions),
  },
  layout: {
    words: LAYOUT,
    brief: ['生成展厅和展位网格', 'generate a hall and a grid of booths'],
    options: {
      hall: str,
      rows: str,
      cols: str,
      'aisle-every': str,
      booth: str,
      aisle: str,
      name: str,
      floor: str,
      into: str,
      fair: str,
      title: str,
      start: str,
      replace: { type: 'boolean' },
    },
    args: [0, 0],
    run: (ctx, _, v) => layout(ctx, v as LayoutOptions),
  },
  badge: {
    words: BADGE,
    brief: ['把去向落实率徽章输出为 SVG', 'print the placement-rate badge as SVG'],
    options: { cohort: str, scope: str, variant: str, window: str, label: str, out: str },
    args: [1, 1],
    run: (ctx, [file], v) => badge(ctx, file!, v as BadgeOptions),
  },
  sample: {
    words: SAMPLE,
    brief: ['生成任意规模的示例数据源', 'generate a realistic sample feed of any size'],
    options: { employers: str, halls: str, seed: str, out: str },
    args: [0, 0],
    helpParams: {
      emin: SAMPLE_LIMITS.employers.min,
      emax: SAMPLE_LIMITS.employers.max,
      hmin: SAMPLE_LIMITS.halls.min,
      hmax: SAMPLE_LIMITS.halls.max,
    },
    run: (ctx, _, v) => sample(ctx, v as SampleCommandOptions),
  },
};

const M = {
  usage: [
    `用法：fairkit <命令> [选项]

命令：
{commands}

每个命令都有 --help，如 fairkit import --help。
全局选项：--lang zh-CN|en（默认取自系统区域设置）、--version
数据源格式：https://github.com/fairkit/fairkit/blob/main/docs/feed-v1.md`,
    `Usage: fairkit <command> [options]

Commands:
{commands}

Every command has --help, e.g. fairkit import --help.
Global options: --lang zh-CN|en (default: from the system locale), --version
The feed format: https://github.com/fairkit/fairkit/blob/main/docs/feed-v1.md`,
  ],
  unknown: ['没有命令 "{name}"。', 'There is no command "{name}".'],
  args: ['参数个数不对。', 'Wrong number of arguments.'],
  bad: ['{detail}', '{detail}'],
  option: [
    'fairkit {name} 没有选项 {option}；fairkit {name} --help 可列出所有选项。',
    'fairkit {name} has no option {option}; fairkit {name} --help lists them.',
  ],
  value: ['选项 {option} 需要一个值。', 'Option {option} needs a value.'],
  crashed: [
    'fairkit 出错了（{detail}）。请把这条信息和所用的文件报告给我们。',
    'fairkit failed ({detail}). Please report this message with the files you used.',
  ],
} satisfies Record<string, Message>;

const GLOBAL: Options = {
  help: { type: 'boolean', short: 'h' },
};

/** The package's version, from its package.json (two folders up from src/cli and dist/cli alike). */
const version = (): string => createRequire(import.meta.url)('../../package.json').version;

function overview(ctx: Context): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${say(ctx, command.brief)}`)
    .join('\n');
  return say(ctx, M.usage, { commands });
}

/** What was wrong with the command line, from `parseArgs`' error, in the user's language. */
function usageError(ctx: Context, name: string, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say(ctx, M.option, { name, option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return say(ctx, M.value, { option });
  return say(ctx, M.bad, { detail: detail(ctx, error) });
}

/** A command's own help: its usage line and its text. */
const helpOf = (ctx: Context, command: Command) =>
  `${say(ctx, command.words.summary)}\n\n${say(ctx, command.words.help, command.helpParams)}`;

/**
 * Runs the command line `argv` (without `node` and the script). Resolves with the exit status:
 * each command's own (see its module), 2 for a usage error, 70 for a bug in fairkit (one sentence
 * to report, never a stack trace).
 */
export async function main(
  argv: string[],
  base: Omit<Context, 'lang'> & { lang?: string },
): Promise<number> {
  // --lang is global: taken out wherever it stands, so `fairkit --lang zh-CN import …` works too.
  let lang = base.lang;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang' && i + 1 < argv.length) lang = argv[++i];
    else args.push(arg);
  }
  const ctx: Context = { ...base, lang: lang || 'en' };
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    ctx.out(`${command ? helpOf(ctx, command) : overview(ctx)}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    ctx.out(`${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    ctx.err(`${say(ctx, M.unknown, { name })}\n\n${overview(ctx)}\n`);
    return 2;
  }
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { ...GLOBAL, ...command.options },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    ctx.err(`${usageError(ctx, name, error)}\n\n${say(ctx, command.words.summary)}\n`);
    return 2;
  }
  if (values.help) {
    ctx.out(`${helpOf(ctx, command)}\n`);
    return 0;
  }
  const [least, most] = command.args;
  if (positionals.length < least || positionals.length > most) {
    ctx.err(`${say(ctx, M.args)}\n${say(ctx, command.words.summary)}\n`);
    return 2;
  }
  try {
    return await command.run(ctx, positionals, values);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.err(`${error.message}\n`);
      return error.exit;
    }
    ctx.err(
      `${say(ctx, M.crashed, { detail: error instanceof Error ? error.message : String(error) })}\n`,
    );
    return 70;
  }
}

/** The context of the running process: its streams, its directory, its locale, `fetch`. */
export function processContext(): Omit<Context, 'lang'> & { lang: string } {
  return {
    lang: langFromEnv(process.env),
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    fetch: globalThis.fetch,
  };
}
