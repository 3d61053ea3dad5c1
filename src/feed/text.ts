import type { Text } from './types.js';

/** The primary language subtag, lower case: `zh` for `zh-Hans-CN`. */
const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

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
  if (text == null || typeof text === 'string') return text ?? '';
  const tags = Object.keys(text);
  const wanted = lang.toLowerCase();
  const language = primary(wanted);
  let tag: string | undefined;
  if (wanted !== '') {
    tag =
      tags.find((t) => t.toLowerCase() === wanted) ??
      tags.find((t) => t.toLowerCase() === language) ??
      tags.find((t) => primary(t) === language);
  }
  tag ??= tags.find((t) => t.toLowerCase() === 'zh-cn') ?? tags[0];
  return tag === undefined ? '' : text[tag]!;
}
