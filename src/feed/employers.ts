/**
 * The employer carousel's data layer: which employers to show for a fair and a few filters, what
 * each card says, and the order of the cards. Pure: no DOM.
 *
 * The `shuffle` order is seeded by the day: stable within a day, and over `ceil(n / FRONT_PAGE)`
 * consecutive days every employer is among the first {@link FRONT_PAGE} cards at least once.
 */
import { resolveText } from './text.js';
import type { Employer, Fair, Feed, Text } from './types.js';

/** Filters for the carousel; `undefined` (or a blank string) means "any". */
export interface EmployerFilter {
  /** Only employers taking part in this fair: holding a booth in it, or in `fair.employers`. */
  fair?: Fair;
  /** Without `fair`: the fair whose booths the entries show (every employer still listed). */
  boothsOf?: Fair;
  /** An industry id, or the industry's name in any language; case-insensitive, trimmed. */
  industry?: string;
  /** An employer type exactly as written, e.g. `central-soe`. */
  type?: string;
  /** One of the employer's tags in any language; case-insensitive, trimmed. */
  tag?: string;
}

/** One card of the carousel. */
export interface EmployerEntry {
  employer: Employer;
  /** The full name in the entries' language. */
  name: string;
  /** The short name in the entries' language; `''` when it has none. */
  shortName: string;
  /**
   * The industry's name in the entries' language (from `feed.industries`, else the employer's own
   * text); `''` when none.
   */
  industry: string;
  /** The region in the entries' language; `''` when none. */
  region: string;
  /** The employer's booths in the filter's fair, in feed order; `[]` without a fair filter. */
  booths: { id: string; label: string; hall: string }[];
  /**
   * `count`: the number of positions. `openings`: the sum of the openings given, `undefined` when
   * no position gives any. `titles`: up to 3 titles in the entries' language, most openings first
   * (a position without openings counts as 0), ties in feed order.
   */
  positions: { count: number; openings: number | undefined; titles: string[] };
  /**
   * For a logo placeholder: the first character of the short name, else of the name, upper-cased
   * (a CJK character stays as it is); `'?'` when both are empty.
   */
  initial: string;
}

/** How many cards the carousel's first page holds, for the `shuffle` order's daily rotation. */
export const FRONT_PAGE = 12;

/** The orders {@link orderEntries} knows. */
export type EmployerOrder = 'feed' | 'name' | 'shuffle';

const DAY = 86_400_000;

const norm = (text: string): string => text.trim().toLowerCase();

/** Every language of a text, normalized. */
const languages = (text: Text | undefined): string[] =>
  (typeof text === 'string' ? [text] : Object.values(text ?? {})).map(norm);

/**
 * One card. Only the employer and its booths are found up front: the rest is worked out the first
 * time it is read, so 1,227 employers cost little more than 50 when a page shows three of them.
 */
class Entry implements EmployerEntry {
  #name?: string;
  #shortName?: string;
  #positions?: EmployerEntry['positions'];
  readonly #lang: string;
  readonly #industry: Text | undefined;

  constructor(
    readonly employer: Employer,
    readonly booths: EmployerEntry['booths'],
    lang: string,
    industry: Text | undefined,
  ) {
    this.#lang = lang;
    this.#industry = industry;
  }

  get name(): string {
    return (this.#name ??= resolveText(this.employer.name, this.#lang));
  }

  get shortName(): string {
    return (this.#shortName ??= resolveText(this.employer.shortName, this.#lang));
  }

  get industry(): string {
    return resolveText(this.#industry, this.#lang);
  }

  get region(): string {
    return resolveText(this.employer.region, this.#lang);
  }

  get positions(): EmployerEntry['positions'] {
    if (this.#positions) return this.#positions;
    const { positions = [] } = this.employer;
    let openings: number | undefined;
    for (const position of positions) {
      if (position.openings !== undefined) openings = (openings ?? 0) + position.openings;
    }
    // Sorting is stable: positions with as many openings keep the feed's order.
    const top = [...positions].sort((a, b) => (b.openings ?? 0) - (a.openings ?? 0));
    return (this.#positions = {
      count: positions.length,
      openings,
      titles: top.slice(0, 3).map((position) => resolveText(position.title, this.#lang)),
    });
  }

  get initial(): string {
    const first = (this.shortName.trim() || this.name.trim()).codePointAt(0);
    return first === undefined ? '?' : String.fromCodePoint(first).toUpperCase();
  }
}

/**
 * The carousel's cards for a feed, in the feed's order of employers, each employer once. Never
 * throws on partial data (a hand-written feed or fair missing its lists). What a card says is
 * worked out when it is first read (see {@link Entry}).
 *
 * @param lang - The language names, industries, regions and titles are resolved in.
 */
export function employerEntries(feed: Feed, filter: EmployerFilter, lang: string): EmployerEntry[] {
  const { fair } = filter;
  const industry = norm(filter.industry ?? '');
  const tag = norm(filter.tag ?? '');
  const booths = new Map<string, EmployerEntry['booths']>();
  for (const booth of (fair ?? filter.boothsOf)?.booths ?? []) {
    if (booth.employer === undefined) continue;
    const { id, label = id, hall } = booth;
    const list = booths.get(booth.employer);
    if (list) list.push({ id, label, hall });
    else booths.set(booth.employer, [{ id, label, hall }]);
  }
  const industries = new Map(feed?.industries?.map((entry) => [entry.id, entry]));
  const taking = new Set(fair?.employers);
  const seen = new Set<string>();
  const entries: EmployerEntry[] = [];
  for (const employer of feed?.employers ?? []) {
    const { id } = employer;
    if (seen.has(id) || (fair && !booths.has(id) && !taking.has(id))) continue;
    if (filter.type && employer.type !== filter.type) continue;
    if (tag && !(employer.tags ?? []).some((text) => languages(text).includes(tag))) continue;
    // An industry id names an industry of the feed; anything else is the employer's own text.
    const named =
      typeof employer.industry === 'string' ? industries.get(employer.industry) : undefined;
    const own = named ? named.name : employer.industry;
    if (industry && !(named ? [norm(named.id)] : []).concat(languages(own)).includes(industry)) {
      continue;
    }
    seen.add(id);
    entries.push(new Entry(employer, booths.get(id) ?? [], lang, own));
  }
  return entries;
}

/** A pseudo-random number generator (mulberry32): numbers in [0, 1), the same for the same seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A 32-bit hash of a string (FNV-1a), to seed {@link random}. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The cards in an order, as a new array.
 *
 * - `feed` (and any unknown order): as given.
 * - `name`: by name in `lang`'s collation (pinyin for `zh-CN`), ties as given.
 * - `shuffle`: a permutation seeded by `seed`, rotated by {@link FRONT_PAGE} cards per day since
 *   1970-01-01: the same all `day`, and over `ceil(n / FRONT_PAGE)` consecutive days every card is
 *   among the first {@link FRONT_PAGE} at least once.
 *
 * @param options.day - `YYYY-MM-DD`, today in the feed's zone (see `dayInZone`).
 */
export function orderEntries(
  entries: EmployerEntry[],
  order: EmployerOrder | string | undefined,
  options: { lang: string; day: string; seed?: string },
): EmployerEntry[] {
  const n = entries.length;
  if (order === 'name') {
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(options.lang);
    } catch {
      // An invalid language tag: the runtime's default order is better than no order.
      collator = new Intl.Collator();
    }
    return [...entries].sort((a, b) => collator.compare(a.name, b.name));
  }
  if (order !== 'shuffle' || n < 2) return [...entries];
  const next = random(hash(options.seed ?? ''));
  const shuffled = [...entries];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  // An unreadable day counts as day 0 rather than losing the order.
  const day = Math.floor(Date.parse(options.day) / DAY) || 0;
  const shift = (((day * FRONT_PAGE) % n) + n) % n;
  return [...shuffled.slice(shift), ...shuffled.slice(0, shift)];
}
