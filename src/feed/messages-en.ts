import type { FeedIssue } from './types.js';

/**
 * Sentences for issue codes, with `{param}` placeholders. A key `code:value` is a variant for
 * issues whose `received` (or else `found`) param is `value`, and wins over the plain `code`.
 * `@suggestion` and `@leftOut` are appended when the issue has those params; `@end` closes the
 * sentence unless it already ends with a stop or a question mark.
 */
export type IssueTemplates = Readonly<Record<string, string>>;

/** The English sentences; `parseFeed` writes them into every issue's `message`. */
export const EN: IssueTemplates = {
  'not-json': 'The feed is not valid JSON ({detail}): look for a missing or extra comma',
  'not-json:html': 'The feed URL returned an HTML page, not the JSON file',
  'not-json:empty': 'The feed is empty',
  'not-feed': 'The feed must be an object ({"version": 1, …}), not {found}',
  'unsupported-version': 'Write "version": 1 (a number, not a string), not {found}',
  'unsupported-version:': 'Add "version": 1 at the top of the feed',
  'expected-number': 'expected a number, got {found}',
  'expected-string': 'expected a string, got {found}',
  'expected-boolean': 'expected true or false, got {found}',
  'expected-object': 'expected an object ({…}), got {found}',
  'expected-array': 'expected a list ([…]), got {found}',
  'expected-text': 'expected a string or {"zh-CN": "…"}, got {found}',
  'expected-non-negative': 'expected a number of 0 or more, got {found}',
  'expected-positive': 'expected a number greater than 0, got {found}',
  'expected-one-of': 'expected one of {allowed}, got {found}',
  'invalid-time': 'expected a time such as "2024-03-22 09:00" or a date "2024-03-22", got {found}',
  'empty-id': 'an id must not be empty',
  'unsafe-url': 'expected an http(s) URL or a relative path, got {found}',
  'missing-field': 'the required field "{field}" is missing',
  'duplicate-id': 'the id "{id}" is already used by {first}',
  'unknown-reference': 'there is no valid {kind} with the id "{id}" in {list}',
  'outside-hall': 'this is not entirely inside the hall "{hall}"',
  'booth-overlap': 'this booth overlaps the booth "{other}"',
  'end-before-start': 'the end ({end}) is before the start ({start})',
  'rate-out-of-range': 'a rate must be between 0 and 1 (55% is 0.55), got {found}',
  'rate-percentage': '{found} looks like a percentage: write {hint}',
  'invalid-time-zone': 'unknown time zone "{found}", using {fallback}',
  'unknown-field': 'unknown field "{field}", ignored',
  unreadable: 'this value could not be read',
  'internal-error': 'The feed could not be read ({detail})',
  '@suggestion': '; did you mean "{suggestion}"?',
  '@leftOut': '; {leftOut} is left out',
  '@end': '.',
};

/**
 * The sentence for an issue from a template table: `path: problem; left-out part.`
 *
 * @returns `undefined` when the table has no sentence for the issue's code.
 */
export function issueSentence(issue: FeedIssue, templates: IssueTemplates): string | undefined {
  const { path, code, params } = issue;
  let text = templates[`${code}:${params.received ?? params.found}`] ?? templates[code];
  if (text === undefined) return undefined;
  if (params.suggestion) text += templates['@suggestion'];
  if (params.leftOut) text += templates['@leftOut'];
  text = text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  if (!/[.。?？!！]$/.test(text)) text += templates['@end'];
  return path === '' ? text : `${path}: ${text}`;
}
