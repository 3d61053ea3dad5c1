import type { FeedIssue } from './types.js';

type Params = FeedIssue['params'];
type Template = (p: Params) => string;

const q = (value: string | number | undefined): string => `"${value ?? ''}"`;

const EXPECTED_EN: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object ({…})',
  array: 'a list ([…])',
  text: 'a text: a string or an object of language tags to strings',
  'non-negative': 'a number of 0 or more',
  positive: 'a number greater than 0',
};

const EXPECTED_ZH: Record<string, string> = {
  number: '数字',
  string: '字符串',
  boolean: 'true 或 false',
  object: '对象（{…}）',
  array: '列表（[…]）',
  text: '文本：字符串，或“语言标签→字符串”的对象',
  'non-negative': '大于或等于 0 的数字',
  positive: '大于 0 的数字',
};

const EN: Record<string, Template> = {
  'not-json': (p) =>
    p.received === 'html'
      ? 'The feed address returned an HTML page, not JSON. Check that the feed URL points at the JSON file itself and that the server does not answer with an error or login page.'
      : p.received === 'empty'
        ? 'The feed is empty. Check that the feed URL points at the JSON file and that the file is not empty.'
        : `The feed is not valid JSON (${p.detail ?? 'syntax error'}). Check it with a JSON validator; common causes are a missing comma, a trailing comma or curly quotes.`,
  'not-feed': (p) =>
    `The feed must be a JSON object such as {"version": 1, "fairs": […]}, but it is ${p.found}.`,
  'unsupported-version': (p) =>
    p.found === ''
      ? 'The feed has no "version". Add "version": 1 at the top of the document.'
      : `The feed says "version": ${p.found}, but fairkit reads version 1. Write "version": 1 (a number, not a string).`,
  expected: (p) => `expected ${EXPECTED_EN[String(p.expected)] ?? p.expected}, got ${p.found}`,
  'empty-id': () => 'an id must not be empty',
  'expected-one-of': (p) => `expected one of ${p.allowed}, got ${p.found}`,
  'invalid-time': (p) =>
    `expected a time such as "2024-03-22T09:00", "2024-03-22 09:00", "2024-03-22T09:00:00+08:00" or a date "2024-03-22", got ${p.found}`,
  'unsafe-url': (p) =>
    `${p.found} is not a URL that can be used here: write an http:// or https:// address, or a path relative to the feed`,
  'missing-field': (p) => `the required field ${q(p.field)} is missing`,
  'duplicate-id': (p) => `the id ${q(p.id)} is already used by ${p.first}`,
  'unknown-reference': (p) => `there is no valid ${p.kind} with the id ${q(p.id)} in ${p.list}`,
  'outside-hall': (p) => `this is not entirely inside the hall ${q(p.hall)}`,
  'booth-overlap': (p) => `this booth overlaps the booth ${q(p.other)}`,
  'end-before-start': (p) => `the end (${p.end}) is before the start (${p.start})`,
  'rate-out-of-range': (p) => `a rate must be between 0 and 1 (55% is 0.55), got ${p.found}`,
  'rate-percentage': (p) => `${p.found} looks like a percentage: write ${p.hint}`,
  'invalid-time-zone': (p) =>
    `${q(p.found)} is not a time zone name such as "Asia/Shanghai"; using ${p.fallback}`,
  'unknown-field': (p) =>
    `unknown field ${q(p.field)}, ignored` +
    (p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ''),
  unreadable: () => 'this value could not be read',
  'internal-error': (p) => `the feed could not be read (${p.detail})`,
};

const ZH: Record<string, Template> = {
  'not-json': (p) =>
    p.received === 'html'
      ? '数据源地址返回的是 HTML 网页而不是 JSON。请检查数据源地址是否直接指向 JSON 文件，以及服务器是否返回了错误页或登录页。'
      : p.received === 'empty'
        ? '数据源是空的。请检查数据源地址是否指向 JSON 文件，以及文件内容是否为空。'
        : `数据源不是有效的 JSON（${p.detail ?? '语法错误'}）。请用 JSON 校验工具检查，常见原因是漏写逗号、多写逗号或使用了中文引号。`,
  'not-feed': (p) =>
    `数据源必须是形如 {"version": 1, "fairs": […]} 的 JSON 对象，实际是 ${p.found}。`,
  'unsupported-version': (p) =>
    p.found === ''
      ? '数据源缺少 "version"。请在文档开头加上 "version": 1。'
      : `数据源写的是 "version": ${p.found}，fairkit 只能读取第 1 版。请写 "version": 1（数字，不是字符串）。`,
  expected: (p) => `应为${EXPECTED_ZH[String(p.expected)] ?? p.expected}，实际是 ${p.found}`,
  'empty-id': () => 'id 不能为空',
  'expected-one-of': (p) => `应为 ${p.allowed} 之一，实际是 ${p.found}`,
  'invalid-time': (p) =>
    `应为时间，如 "2024-03-22T09:00"、"2024-03-22 09:00"、"2024-03-22T09:00:00+08:00" 或日期 "2024-03-22"，实际是 ${p.found}`,
  'unsafe-url': (p) =>
    `${p.found} 不是可用的网址：请填写 http:// 或 https:// 地址，或相对于数据源的路径`,
  'missing-field': (p) => `缺少必填字段 ${q(p.field)}`,
  'duplicate-id': (p) => `id ${q(p.id)} 已被 ${p.first} 使用`,
  'unknown-reference': (p) => `${p.list} 中没有 id 为 ${q(p.id)} 的有效条目`,
  'outside-hall': (p) => `没有完全位于展厅 ${q(p.hall)} 之内`,
  'booth-overlap': (p) => `与展位 ${q(p.other)} 重叠`,
  'end-before-start': (p) => `结束时间（${p.end}）早于开始时间（${p.start}）`,
  'rate-out-of-range': (p) => `比率应在 0 到 1 之间（55% 写作 0.55），实际是 ${p.found}`,
  'rate-percentage': (p) => `${p.found} 看起来是百分数：请写作 ${p.hint}`,
  'invalid-time-zone': (p) =>
    `${q(p.found)} 不是时区名称（如 "Asia/Shanghai"），已改用 ${p.fallback}`,
  'unknown-field': (p) =>
    `未知字段 ${q(p.field)}，已忽略` + (p.suggestion ? `；是否想写 ${q(p.suggestion)}？` : ''),
  unreadable: () => '无法读取这个值',
  'internal-error': (p) => `无法读取数据源（${p.detail}）`,
};

function template(table: Record<string, Template>, code: string): Template | undefined {
  return table[code.startsWith('expected-') && code !== 'expected-one-of' ? 'expected' : code];
}

/**
 * Builds the sentence for an issue from its `code`, `path` and `params`.
 *
 * @param issue - An issue from `parseFeed`.
 * @param lang - Any `zh…` tag gives Chinese (simplified); anything else gives English.
 * @returns `path: problem; left-out part.` — or, for an unknown code, the issue's own message.
 */
export function formatIssue(issue: FeedIssue, lang: string): string {
  const zh = lang.toLowerCase().startsWith('zh');
  const make = template(zh ? ZH : EN, issue.code);
  if (!make) return issue.message;
  const { path, code } = issue;
  const params = code.startsWith('expected-')
    ? { expected: code.slice(9), ...issue.params }
    : issue.params;
  let sentence = make(params);
  if (path !== '') sentence = `${path}: ${sentence}`;
  if (params.leftOut !== undefined && params.leftOut !== '') {
    sentence += zh ? `；已略去 ${params.leftOut}` : `; ${params.leftOut} is left out`;
  }
  if (!/[.。?？!！]$/.test(sentence)) sentence += zh ? '。' : '.';
  return sentence;
}
