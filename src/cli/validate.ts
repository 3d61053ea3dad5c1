/**
 * `fairkit validate <feed.json | URL>`: every problem of a feed, grouped by severity and kind, in
 * the user's language. The same `parseFeed` as the elements, so the command and the page agree.
 *
 * Exit 0 when the feed has no errors (warnings and notices may remain), 1 when it has errors,
 * 2 when the file cannot be read or is not a feed at all (not JSON, not version 1).
 */
import { formatIssue } from '../feed/messages.js';
import { parseFeed } from '../feed/parse.js';
import type { Feed, FeedIssue, IssueSeverity } from '../feed/types.js';
import type { Message } from '../core/i18n.js';
import { readInput, say, utf8, type Context } from './context.js';

export const M = {
  summary: [
    '用法：fairkit validate <feed.json | 网址 | -> [选项]',
    'Usage: fairkit validate <feed.json | URL | -> [options]',
  ],
  help: [
    `检查数据源：列出每个问题及其 JSON 路径，按严重程度和类型分组计数。
与页面上的组件使用同一个 parseFeed，因此结论与页面一致。

选项：
  --all          列出每一个问题（默认每类最多 {limit} 条）
  --json         以 JSON 输出（供脚本使用）
  --lang <语言>  zh-CN 或 en（默认取自系统区域设置）

退出码：0 没有错误；1 有错误；2 文件无法读取或不是数据源`,
    `Checks a feed: every problem with its JSON path, grouped by severity and kind, and counted.
Uses the same parseFeed as the elements on the page, so both always agree.

Options:
  --all          list every problem (by default at most {limit} of each kind)
  --json         print JSON (for scripts)
  --lang <tag>   zh-CN or en (default: from the system locale)

Exit status: 0 no errors; 1 errors; 2 the file cannot be read or is not a feed`,
  ],
  ok: ['{file}：没有错误。', '{file}: no errors.'],
  counts: ['{file}：{list}。', '{file}: {list}.'],
  error: ['{count} 个错误', '{count} error|{count} errors'],
  warning: ['{count} 个警告', '{count} warning|{count} warnings'],
  notice: ['{count} 条提示', '{count} notice|{count} notices'],
  errorHead: [
    '错误 {count} 个（已略去，页面上不会显示）：',
    'Errors ({count}): left out, the page will not show these',
  ],
  warningHead: [
    '警告 {count} 个（已保留，但可能不是本意）：',
    'Warnings ({count}): kept, but probably not what you meant',
  ],
  noticeHead: ['提示 {count} 条：', 'Notices ({count}):'],
  sep: ['，', ', '],
  more: ['……另有 {count} 条（加 --all 全部列出）', '… and {count} more (--all lists them)'],
  unusable: ['{file} 不是可用的数据源：', '{file} is not a usable feed:'],
  read: ['读取到：{list}。', 'Read: {list}.'],
  fairs: ['{count} 场展会', '{count} fair|{count} fairs'],
  employers: ['{count} 家单位', '{count} employer|{count} employers'],
  booths: ['{count} 个展位', '{count} booth|{count} booths'],
  activities: ['{count} 项活动', '{count} activity|{count} activities'],
  placement: ['{count} 条落实率数据', '{count} placement figure|{count} placement figures'],
} satisfies Record<string, Message>;

/** How many issues of one kind are listed without `--all`. */
export const LIMIT = 20;

const SEVERITIES: IssueSeverity[] = ['error', 'warning', 'notice'];
const HEADS = { error: M.errorHead, warning: M.warningHead, notice: M.noticeHead };

/** The issues of one severity, by code, each code's issues in feed order. */
function byCode(issues: FeedIssue[]): Map<string, FeedIssue[]> {
  const groups = new Map<string, FeedIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group) group.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return groups;
}

/** "1 fair, 1,227 employers, …": what the valid part of the feed holds. */
function contents(ctx: Context, feed: Feed): string {
  const booths = feed.fairs.reduce((sum, fair) => sum + fair.booths.length, 0);
  const parts: [Message, number][] = [
    [M.fairs, feed.fairs.length],
    [M.employers, feed.employers.length],
    [M.booths, booths],
    [M.activities, feed.activities.length],
    [M.placement, feed.placement.length],
  ];
  return parts.map(([message, count]) => say(ctx, message, { count })).join(say(ctx, M.sep));
}

/** The report a person reads: counts, then each severity's issues by kind. */
export function report(
  ctx: Context,
  name: string,
  feed: Feed | null,
  issues: FeedIssue[],
  all = false,
): string {
  const lines: string[] = [];
  if (!feed) {
    lines.push(say(ctx, M.unusable, { file: name }));
    for (const issue of issues) lines.push(`  ${formatIssue(issue, ctx.lang)}`);
    return lines.join('\n');
  }
  const counts = SEVERITIES.map((severity) => issues.filter((i) => i.severity === severity).length);
  lines.push(
    issues.length === 0
      ? say(ctx, M.ok, { file: name })
      : say(ctx, M.counts, {
          file: name,
          list: SEVERITIES.flatMap((severity, i) =>
            counts[i] ? [say(ctx, M[severity], { count: counts[i]! })] : [],
          ).join(say(ctx, M.sep)),
        }),
  );
  SEVERITIES.forEach((severity, i) => {
    if (!counts[i]) return;
    lines.push('', say(ctx, HEADS[severity], { count: counts[i]! }));
    for (const [code, group] of byCode(issues.filter((x) => x.severity === severity))) {
      lines.push(`  ${code} × ${group.length}`);
      const shown = all ? group : group.slice(0, LIMIT);
      for (const issue of shown) lines.push(`    ${formatIssue(issue, ctx.lang)}`);
      if (shown.length < group.length) {
        lines.push(`    ${say(ctx, M.more, { count: group.length - shown.length })}`);
      }
    }
  });
  // A blank line before the contents only when issues are listed above them.
  if (issues.length) lines.push('');
  lines.push(say(ctx, M.read, { list: contents(ctx, feed) }));
  return lines.join('\n');
}

export interface ValidateOptions {
  all?: boolean;
  json?: boolean;
}

/** Runs `fairkit validate`; resolves with the exit status. */
export async function validate(
  ctx: Context,
  source: string,
  options: ValidateOptions = {},
): Promise<number> {
  const input = await readInput(ctx, source);
  const { feed, issues } = parseFeed(utf8(input.bytes), { baseUrl: input.baseUrl });
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const exit = !feed ? 2 : errors ? 1 : 0;
  if (options.json) {
    const localized = issues.map((issue) => ({ ...issue, message: formatIssue(issue, ctx.lang) }));
    ctx.out(
      `${JSON.stringify({ file: input.name, valid: exit === 0, issues: localized }, null, 2)}\n`,
    );
  } else {
    ctx.out(`${report(ctx, input.name, feed, issues, options.all)}\n`);
  }
  return exit;
}
