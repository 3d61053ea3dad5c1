/**
 * `fairkit badge <feed.json | URL>`: the placement badge as a standalone SVG on standard output,
 * for WeChat articles, e-mails and PDFs. The picture is `placementSVG`'s, the same words and
 * drawing as the element's `toSVG()`.
 *
 * Exit 0 with the SVG; 1 when the feed has no figure to draw (none at all, or not of the cohort or
 * scope asked for: the message lists what the feed has); 2 when it cannot be read.
 */
import { listFormat, type Message } from '../core/i18n.js';
import { parseFeed } from '../feed/parse.js';
import { placementFigure } from '../feed/placement.js';
import { placementSVG, type BadgeVariant } from '../placement-svg.js';
import { CliError, output, readInput, say, utf8, type Context } from './context.js';

export const M = {
  summary: [
    '用法：fairkit badge <feed.json | 网址 | -> [选项] > badge.svg',
    'Usage: fairkit badge <feed.json | URL | -> [options] > badge.svg',
  ],
  help: [
    `把去向落实率徽章输出为独立的 SVG 图片（用于微信公众号文章、邮件、PDF），
与页面上 <fair-placement-badge> 的 toSVG() 是同一幅图。

选项：
  --cohort <届别>    显示哪一届（默认最新一届）
  --scope <范围>     overall、undergraduate、master …（默认 overall）
  --variant <样式>   badge、ring 或 card（默认 badge）
  --window <天数>    与去年同期比较时允许相差的天数（默认 21）
  --label <文字>     代替数据源中的标签
  --lang <语言>      图中文字的语言：zh-CN 或 en
  --out <文件>       写入这个文件，而不是标准输出

退出码：0 已输出；1 数据源中没有可画的数据；2 文件无法读取`,
    `Prints the placement-rate badge as a standalone SVG (for WeChat articles, e-mails, PDFs): the
same picture as the toSVG() of <fair-placement-badge> on a page.

Options:
  --cohort <cohort>    which graduating class (default: the latest)
  --scope <scope>      overall, undergraduate, master … (default: overall)
  --variant <variant>  badge, ring or card (default: badge)
  --window <days>      how far from the same date last year's figure may be (default: 21)
  --label <text>       instead of the feed's label
  --lang <tag>         the language of the picture: zh-CN or en
  --out <file>         write this file instead of standard output

Exit status: 0 printed; 1 the feed has no figure to draw; 2 the file cannot be read`,
  ],
  notFeed: [
    '{file} 不是可用的数据源；请先运行 fairkit validate {file}',
    '{file} is not a usable feed; run fairkit validate {file}',
  ],
  noPlacement: ['{file} 中没有去向落实率数据（placement）', '{file} has no placement figures'],
  noCohort: [
    '{file} 中没有 {scope} 范围的 {cohort} 届数据；可选：{list}',
    '{file} has no {scope} figure for cohort {cohort}; it has: {list}',
  ],
  noScope: [
    '{file} 中没有范围为 {scope} 的数据；可选：{list}',
    '{file} has no figure of scope {scope}; it has: {list}',
  ],
  variant: [
    '--variant 应为 badge、ring 或 card，实际是 {found}',
    '--variant must be badge, ring or card, not {found}',
  ],
  window: [
    '--window 应为大于或等于 0 的天数，实际是 {found}',
    '--window must be a number of days ≥ 0, not {found}',
  ],
  skipped: [
    '注意：数据源有 {count} 个错误，相关数据已略去（fairkit validate 可列出）',
    'Note: the feed has {count} error; that part is left out (fairkit validate lists it)|Note: the feed has {count} errors; those parts are left out (fairkit validate lists them)',
  ],
} satisfies Record<string, Message>;

const VARIANTS: readonly BadgeVariant[] = ['badge', 'ring', 'card'];

export interface BadgeOptions {
  cohort?: string;
  scope?: string;
  variant?: string;
  window?: string;
  label?: string;
  out?: string;
}

/** Runs `fairkit badge`; resolves with the exit status. */
export async function badge(ctx: Context, source: string, options: BadgeOptions): Promise<number> {
  const variant = (options.variant ?? 'badge') as BadgeVariant;
  if (!VARIANTS.includes(variant)) throw new CliError(say(ctx, M.variant, { found: variant }));
  const windowDays = options.window === undefined ? undefined : Number(options.window);
  if (windowDays !== undefined && !(windowDays >= 0)) {
    throw new CliError(say(ctx, M.window, { found: options.window! }));
  }
  const input = await readInput(ctx, source);
  const text = utf8(input.bytes);
  const { feed, issues } = parseFeed(text, { baseUrl: input.baseUrl });
  const file = input.name;
  if (!feed) throw new CliError(say(ctx, M.notFeed, { file }));
  const query = { cohort: options.cohort, scope: options.scope, windowDays };
  const found = placementFigure(feed, query);
  if ('problem' in found) {
    const quoted = (list: string[]) => listFormat(ctx.lang).format(list.map((s) => `"${s}"`));
    const scope = options.scope || 'overall';
    const message =
      found.problem === 'no-placement'
        ? say(ctx, M.noPlacement, { file })
        : found.problem === 'no-scope'
          ? say(ctx, M.noScope, { file, scope, list: quoted(found.scopes) })
          : say(ctx, M.noCohort, {
              file,
              scope,
              cohort: options.cohort!,
              list: quoted(found.cohorts),
            });
    throw new CliError(message, 1);
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors) ctx.err(`${say(ctx, M.skipped, { count: errors })}\n`);
  const { svg } = placementSVG(text, {
    ...query,
    variant,
    lang: ctx.lang,
    label: options.label,
    baseUrl: input.baseUrl,
  });
  await output(ctx, options.out, `${svg}\n`);
  return 0;
}
