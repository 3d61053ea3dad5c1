import { EN, issueSentence, type IssueTemplates } from './messages-en.js';
import type { FeedIssue } from './types.js';

// Kept out of the parser's imports: elements show only whole-feed errors, from the core i18n
// catalog, so only tools that list issues (the CLI, a feed checker page) ship these sentences.
const ZH: IssueTemplates = {
  'not-json':
    '数据源不是有效的 JSON（{detail}）。请用 JSON 校验工具检查，常见原因是漏写逗号、多写逗号或使用了中文引号。',
  'not-json:html':
    '数据源地址返回的是 HTML 网页而不是 JSON。请检查数据源地址是否直接指向 JSON 文件，以及服务器是否返回了错误页或登录页。',
  'not-json:empty': '数据源是空的。请检查数据源地址是否指向 JSON 文件，以及文件内容是否为空。',
  'not-feed': '数据源必须是形如 {"version": 1, "fairs": […]} 的 JSON 对象，实际是 {found}。',
  'unsupported-version':
    '数据源写的是 "version": {found}，fairkit 只能读取第 1 版。请写 "version": 1（数字，不是字符串）。',
  'unsupported-version:': '数据源缺少 "version"。请在文档开头加上 "version": 1。',
  'expected-number': '应为数字，实际是 {found}',
  'expected-string': '应为字符串，实际是 {found}',
  'expected-boolean': '应为true 或 false，实际是 {found}',
  'expected-object': '应为对象（{…}），实际是 {found}',
  'expected-array': '应为列表（[…]），实际是 {found}',
  'expected-text': '应为文本：字符串，或“语言标签→字符串”的对象，实际是 {found}',
  'expected-non-negative': '应为大于或等于 0 的数字，实际是 {found}',
  'expected-positive': '应为大于 0 的数字，实际是 {found}',
  'expected-one-of': '应为 {allowed} 之一，实际是 {found}',
  'invalid-time':
    '应为时间，如 "2024-03-22T09:00"、"2024-03-22 09:00"、"2024-03-22T09:00:00+08:00" 或日期 "2024-03-22"，实际是 {found}',
  'empty-id': 'id 不能为空',
  'unsafe-url': '{found} 不是可用的网址：请填写 http:// 或 https:// 地址，或相对于数据源的路径',
  'missing-field': '缺少必填字段 "{field}"',
  'duplicate-id': 'id "{id}" 已被 {first} 使用',
  'unknown-reference': '{list} 中没有 id 为 "{id}" 的有效条目',
  'outside-hall': '没有完全位于展厅 "{hall}" 之内',
  'booth-overlap': '与展位 "{other}" 重叠',
  'end-before-start': '结束时间（{end}）早于开始时间（{start}）',
  'rate-out-of-range': '比率应在 0 到 1 之间（55% 写作 0.55），实际是 {found}',
  'rate-percentage': '{found} 看起来是百分数：请写作 {hint}',
  'invalid-time-zone': '"{found}" 不是时区名称（如 "Asia/Shanghai"），已改用 {fallback}',
  'unknown-field': '未知字段 "{field}"，已忽略',
  unreadable: '无法读取这个值',
  'internal-error': '无法读取数据源（{detail}）',
  '@suggestion': '；是否想写 "{suggestion}"？',
  '@leftOut': '；已略去 {leftOut}',
  '@end': '。',
};

/**
 * Builds the sentence for an issue from its `code`, `path` and `params`.
 *
 * @param issue - An issue from `parseFeed`.
 * @param lang - Any `zh…` tag gives Chinese (simplified); anything else gives English.
 * @returns `path: problem; left-out part.` — or, for an unknown code, the issue's own message.
 */
export function formatIssue(issue: FeedIssue, lang: string): string {
  const zh = lang.toLowerCase().startsWith('zh');
  return issueSentence(issue, zh ? ZH : EN) ?? issue.message;
}
