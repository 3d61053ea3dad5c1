/**
 * What a spreadsheet cell means, for `fairkit import`: head counts written as people write them
 * ("20人", "10-20", "二十", "若干"), degree and employer-type words in Chinese or English mapped to
 * the contract's values, lists of majors and booth numbers, and the keys names and booth numbers
 * are matched by. Pure functions, tested on their own.
 */
import { DEGREES, EMPLOYER_TYPES } from '../core/vocab.js';

/** What a head-count cell said. */
export type Count =
  | { kind: 'number'; value: number }
  /** "10-20": the lower bound, so no more people are promised than the employer did. */
  | { kind: 'range'; value: number }
  /** "若干", "不限", "面议": people, but no number. */
  | { kind: 'vague' }
  | { kind: 'empty' }
  /** Not a head count at all ("-3", "1e3", "abc"). */
  | { kind: 'bad' };

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** "二十" is 20, "一百零五" is 105, "两千" is 2000, "十五" is 15; `undefined` for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (Object.hasOwn(CN_DIGITS, ch)) digit = CN_DIGITS[ch]!;
    else if (ch === '万') {
      total += (section + digit) * 10_000;
      section = digit = 0;
    } else {
      section += (digit || 1) * CN_UNITS[ch]!;
      digit = 0;
    }
  }
  return total + section + digit;
}

const VAGUE = /^(若干|不限|不定|面议|待定|未定|未知|多|[-—–/?？]|n\/?a|tbd|several|any)$/i;

/** The head count of a cell: full-width digits, "约", "人", "名", "余", "以上" and the like allowed. */
export function parseCount(cell: string): Count {
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return { kind: 'empty' };
  const core = text
    .replace(/^(约|大约|近|共|计|约计|不少于|至少)/, '')
    .replace(/(人|名|个|位|左右|余|多|以上|及以上|以内|内)+$/, '');
  if (/^\d+$/.test(core)) return { kind: 'number', value: Number(core) };
  const range = /^(\d+)[-~～—–至到](\d+)$/.exec(core);
  if (range && Number(range[1]) <= Number(range[2]))
    return { kind: 'range', value: Number(range[1]) };
  const chinese = chineseNumber(core);
  if (chinese !== undefined) return { kind: 'number', value: chinese };
  if (core === '' || VAGUE.test(core)) return { kind: 'vague' };
  return { kind: 'bad' };
}

/** A word as it is looked up: compatibility forms folded, lower case, no spaces or apostrophes. */
const wordKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’]/g, '');

/** A lookup from the words of a vocabulary table (both languages) and more aliases, to its values. */
function vocabulary(
  table: Readonly<Record<string, readonly [string, string]>>,
  aliases: Readonly<Record<string, string>>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, words] of Object.entries(table)) {
    map.set(wordKey(value), value);
    for (const word of words) map.set(wordKey(word), value);
  }
  for (const [word, value] of Object.entries(aliases)) map.set(wordKey(word), value);
  return map;
}

const TYPES = vocabulary(EMPLOYER_TYPES, {
  中央企业: 'central-soe',
  中央国有企业: 'central-soe',
  央企: 'central-soe',
  centralsoe: 'central-soe',
  国企: 'soe',
  地方国企: 'soe',
  地方国有企业: 'soe',
  国有控股企业: 'soe',
  stateowned: 'soe',
  民企: 'private',
  民营: 'private',
  私营企业: 'private',
  民营企业: 'private',
  其他企业: 'private',
  外企: 'foreign',
  三资企业: 'foreign',
  外商独资企业: 'foreign',
  中外合资企业: 'foreign',
  合资企业: 'foreign',
  科研院所: 'institution',
  科研设计单位: 'institution',
  其他事业单位: 'institution',
  高等学校: 'university',
  高等院校: 'university',
  高校: 'university',
  大学: 'university',
  医疗卫生单位: 'hospital',
  医疗单位: 'hospital',
});

const DEGREE_WORDS = vocabulary(DEGREES, {
  大专: 'associate',
  高职: 'associate',
  高职高专: 'associate',
  专科生: 'associate',
  学士: 'bachelor',
  本科生: 'bachelor',
  bachelors: 'bachelor',
  undergraduate: 'bachelor',
  ba: 'bachelor',
  bs: 'bachelor',
  研究生: 'master',
  硕士研究生: 'master',
  masters: 'master',
  postgraduate: 'master',
  ms: 'master',
  ma: 'master',
  博士研究生: 'doctoral',
  博士后: 'doctoral',
  phd: 'doctoral',
  doctorate: 'doctoral',
  doctor: 'doctoral',
});

/** The contract's employer type for a word (`国有企业` → `soe`); the word as written when unknown. */
export const employerType = (cell: string): string => TYPES.get(wordKey(cell)) ?? cell.trim();

/**
 * The contract's degree for a word: the lowest degree asked for (`本科及以上` → `bachelor`);
 * `undefined` for "any" (`不限`); the word as written when unknown.
 */
export function degree(cell: string): string | undefined {
  const key = wordKey(cell).replace(
    /(及|或)?以上(学历)?$|学历$|及以上$|\+$|orabove$|orhigher$/,
    '',
  );
  if (/^(不限|无|any|none|)$/.test(key)) return undefined;
  return DEGREE_WORDS.get(key) ?? cell.trim();
}

/** Majors from a cell ("计算机、软件工程"); none for "any" (`不限`). */
export function majors(cell: string): string[] {
  const list = cell
    .split(/[、,，;；/|\n\r]+/)
    .map((major) => major.trim())
    .filter(Boolean);
  return list.length === 1 && /^(专业)?不限(专业)?$|^any$|^all$/i.test(list[0]!) ? [] : list;
}

/** Booth numbers from a cell: one ("A-001") or several ("A-011、A-012", "A-011/A-012"). */
export const boothNumbers = (cell: string): string[] =>
  cell
    .normalize('NFKC')
    .split(/[、,;/|\s]+|\s*&\s*/)
    .map((n) => n.trim())
    .filter(Boolean);

/** A booth number as matched: `A-001`, `a-001`, `A001` and `Ａ－００１` are the same booth. */
export const boothKey = (label: string): string =>
  label
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_‐–—]/g, '');

/** A name as matched: compatibility forms folded (full-width brackets), no spaces, lower case. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A short, stable id for a name (FNV-1a): importing the same sheet twice gives the same ids. */
export function idFor(name: string): string {
  let hash = 0x811c9dc5;
  for (const ch of nameKey(name)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `e-${hash.toString(16).padStart(8, '0')}`;
}
