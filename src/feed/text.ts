import type { Text } from './types.js';

function primary(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * The string of a feed {@link Text} for a language, in the contract's order: the entry whose tag
 * equals `lang` (ignoring case), then one with the same primary language (`zh` or `zh-CN` for
 * `zh-TW`; a bare `zh` entry first), then `zh-CN`, then the first entry.
 *
 * @param text - A plain string (returned as is), a language map, or `undefined`.
 * @param lang - A BCP 47 tag such as `zh-CN`, `en`, `en-GB`; `''` skips to the fallbacks.
 * @returns The chosen string, or `''` when there is none.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const tags = Object.keys(text);
  if (tags.length === 0) return '';
  const wanted = lang.toLowerCase();
  const pick = (tag: string | undefined): string | undefined =>
    tag === undefined ? undefined : text[tag];
  if (wanted !== '') {
    const exact = pick(tags.find((tag) => tag.toLowerCase() === wanted));
    if (exact !== undefined) return exact;
    const language = primary(wanted);
    const bare = pick(tags.find((tag) => tag.toLowerCase() === language));
    if (bare !== undefined) return bare;
    const sibling = pick(tags.find((tag) => primary(tag) === language));
    if (sibling !== undefined) return sibling;
  }
  return pick(tags.find((tag) => tag.toLowerCase() === 'zh-cn')) ?? pick(tags[0]) ?? '';
}
