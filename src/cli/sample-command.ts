/**
 * `fairkit sample --employers 1227 --halls 2 > feed.json`: a realistic synthetic feed at any scale
 * (see `sample.ts`), for trying the elements and for the benchmarks. The same options always give
 * the same bytes.
 */
import type { Message } from '../core/i18n.js';
import { CliError, output, say, type Context } from './context.js';
import { formatSample, sampleFeed, SAMPLE_LIMITS } from './sample.js';

export const M = {
  summary: [
    '用法：fairkit sample [--employers 1227] [--halls 2] [--seed <数字>] > feed.json',
    'Usage: fairkit sample [--employers 1227] [--halls 2] [--seed <n>] > feed.json',
  ],
  help: [
    `生成一个逼真的虚构数据源：一场春季双选会及其展厅、展位、单位和岗位，
系列活动和去向落实率数据。名称均为虚构。相同的选项总是生成相同的内容。

选项：
  --employers <n>   单位数（{emin} 到 {emax}，默认 1227）
  --halls <n>       展厅数（{hmin} 到 {hmax}，默认 2）
  --seed <n>        随机种子（换一个数得到另一份数据）
  --out <文件>      写入这个文件，而不是标准输出

退出码：0 已输出；2 选项有误或文件无法写入`,
    `Generates a realistic made-up feed: a spring career fair with its halls, booths, employers and
positions, an activity series and placement figures. Every name is invented. The same options
always give the same feed.

Options:
  --employers <n>   how many employers ({emin} to {emax}, default 1227)
  --halls <n>       how many halls ({hmin} to {hmax}, default 2)
  --seed <n>        the random seed (another number gives another feed)
  --out <file>      write this file instead of standard output

Exit status: 0 printed; 2 an option is wrong or the file cannot be written`,
  ],
  range: [
    '--{name} 应为 {min} 到 {max} 的整数，实际是 {found}',
    '--{name} must be a whole number from {min} to {max}, not {found}',
  ],
  seed: [
    '--seed 应为 {min} 到 {max} 的整数，实际是 {found}',
    '--seed must be a whole number from {min} to {max}, not {found}',
  ],
} satisfies Record<string, Message>;

export interface SampleCommandOptions {
  employers?: string;
  halls?: string;
  seed?: string;
  out?: string;
}

/** Runs `fairkit sample`; resolves with the exit status. */
export async function sample(ctx: Context, options: SampleCommandOptions): Promise<number> {
  const whole = (name: 'employers' | 'halls') => {
    const text = options[name];
    if (text === undefined) return undefined;
    const { min, max } = SAMPLE_LIMITS[name];
    const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!(n >= min && n <= max))
      throw new CliError(say(ctx, M.range, { name, min, max, found: text }));
    return n;
  };
  const seedText = options.seed;
  const { min, max } = SAMPLE_LIMITS.seed;
  if (
    seedText !== undefined &&
    !(/^\d+$/.test(seedText.trim()) && +seedText >= min && +seedText <= max)
  ) {
    throw new CliError(say(ctx, M.seed, { found: seedText, min, max }));
  }
  const feed = sampleFeed({
    employers: whole('employers'),
    halls: whole('halls'),
    seed: seedText === undefined ? undefined : Number(seedText),
  });
  await output(ctx, options.out, formatSample(feed));
  return 0;
}
