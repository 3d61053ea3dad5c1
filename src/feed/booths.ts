/**
 * The booth map's data layer: one index of a fair's booths and taking-part employers, search as
 * you type, facet counts for the filters, and a walking order for "my plan". Pure: no DOM.
 *
 * `boothIndex` does the slow part once (names resolved, every text normalized for search in all of
 * its languages); `searchBooths` and `facets` then only compare strings, so a keystroke at 10,000
 * booths costs a couple of milliseconds without remembering earlier keystrokes (only the last
 * text's matches, which `facets` reuses after `searchBooths`).
 */
import { resolveText } from './text.js';
import type { Booth, Employer, Fair, Feed, Hall, Text } from './types.js';

/** One row of the booth map's list: a booth (taken or free), or a taking-part employer without one. */
export interface BoothEntry {
  /** Stable: the booth id, or `employer:<id>` for a taking-part employer without a booth. */
  key: string;
  /** `undefined`: the employer takes part but has no booth in this fair (online, not yet assigned). */
  booth?: Booth;
  /** The booth's hall; `undefined` without a booth or when the hall is unknown. */
  hall?: Hall;
  /** `undefined`: a free (or reserved) booth. */
  employer?: Employer;
  /** The employer's name in the index's language; `''` for a free booth. */
  name: string;
  /** The employer's short name in the index's language; `''` when it has none. */
  shortName: string;
  /** The industry's name in the index's language (from `feed.industries`, else the employer's own text). */
  industry: string;
  /** The employer type (单位性质) as written, e.g. `soe`, `private`; `''` when not given. */
  type: string;
  /** The employer's region in the index's language; `''` when not given. */
  region: string;
}

/** Everything the booth map looks up, built by {@link boothIndex}. */
export interface BoothIndex {
  fair: Fair;
  /** The language names were resolved for. */
  lang: string;
  /** Booths in natural label order (`A-2` before `A-10`), then employers without a booth by name. */
  entries: BoothEntry[];
  byKey: Map<string, BoothEntry>;
  byBoothId: Map<string, BoothEntry>;
  /** An employer's entries: one per booth, or the one entry without a booth. */
  byEmployerId: Map<string, BoothEntry[]>;
}

/** What the student asked for; empty or missing parts do not filter. */
export interface BoothQuery {
  /** Words typed in the search box: every word must match some field. */
  text?: string;
  /** A {@link Facet} `value` of `industries`: an industry id, or the employer's own industry text. */
  industry?: string;
  /** An employer type, e.g. `soe`. */
  type?: string;
  /**
   * A major: matches a position listing a major that contains it, or a position listing no majors
   * (it takes any major; in the spring fixture that is 630 of 3,197 positions).
   */
  major?: string;
  /** A degree, e.g. `master`: matches a position asking for it, or a position asking for none. */
  degree?: string;
}

/** One search result. */
export interface BoothMatch {
  entry: BoothEntry;
  /**
   * Why a position matters, in the index's language: the title of the position (or the major)
   * a word matched, else the title of the first position that satisfies the major/degree filter.
   */
  snippet?: string;
}

/** One value of a filter, with how many entries choosing it would show. */
export interface Facet {
  /** What to put in the {@link BoothQuery}: an industry id (else its name), a type or degree as written. */
  value: string;
  /** What to show, in the index's language. */
  label: string;
  count: number;
}

const SIMPLE = /^[!-~\u4e00-\u9fff]+(?: [!-~\u4e00-\u9fff]+)*$/;

/**
 * Search text as it is compared: Unicode NFKC (full-width letters, digits and punctuation become
 * ASCII, the ideographic space a space), lower case, runs of white space collapsed to one space,
 * trimmed; `undefined` gives `''`.
 */
export function normalizeSearch(text = ''): string {
  // Most feed texts are printable ASCII and CJK ideographs, which NFKC leaves as they are.
  if (SIMPLE.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * A normalized booth number as it is compared: without `-` or spaces, and numbers without their
 * leading zeros, so `A-012`, `a012`, `a 12` and `A12` are all `a12`.
 */
const boothKey = (text: string): string =>
  text.replace(/[\s-]/g, '').replace(/(^|\D)0+(?=\d)/g, '$1');

/**
 * How well an entry matched, best first: the whole text is its booth number (0) or the start of
 * it (1, with a digit), a word starts the name or short name (2) or is inside it (3), the industry
 * (4), a position title (5), a major (6), or is only part of the booth number (7, such as `a` in
 * `A-012`); 8: there was no text. An entry ranks by its best word.
 */
const NAME = 3;
const INDUSTRY = 4;
const TITLE = 5;
const MAJOR = 6;
const LABEL = 7;

interface Position {
  /** In the index's language, for the snippet. */
  title: string;
  /** Every language of every major, each after a `\n`; `''` when the position lists none. */
  majors: string;
  /** As written; `''`: any degree. */
  degree: string;
}

/** An entry as search sees it. */
interface Doc {
  entry: BoothEntry;
  /**
   * Everything a word can match, in ranking order (see {@link NAME}), the label last: every
   * language of each text normalized, each after a `\n`. One search rules out most entries for a
   * word; where it first occurs tells how well it matched.
   */
  all: string;
  /** `[rank, what a snippet shows, where the text ends in \`all\`]` for each text of `all`. */
  texts: [number, string, number][];
  /** The start of `all` that holds the name and the short name, for prefix tests. */
  names: string;
  /** The label's {@link boothKey} (`''` without a booth). */
  key: string;
  /** The industry as {@link Facet} `value`: the id of one of the feed's, else the name. */
  industry: string;
  positions: Position[];
}

type FacetName = 'industry' | 'type' | 'degree';

interface SearchData {
  docs: Doc[];
  collator: Intl.Collator;
  /** Per filter: each value present in the fair, with its label. */
  facets: Record<FacetName, Map<string, string>>;
  /** The text searched last and what matched it: `facets` follows `searchBooths` with the same. */
  last?: [string, Hit[]];
}

/** A doc that matched every word: its rank (see {@link NAME}) and snippet. */
type Hit = [Doc, number, string];

const dataOf = new WeakMap<BoothIndex, SearchData>();

/** Every language of a text, normalized, each after a `\n`. */
const languages = (text: Text | undefined): string =>
  (typeof text === 'string' ? [text] : Object.values(text ?? {}))
    .map((value) => `\n${normalizeSearch(value)}`)
    .join('');

/**
 * The index the booth map searches, for one fair in one language. One entry per booth (taken or
 * free) and one per employer of `fair.employers` that has no booth in this fair. Never throws on
 * partial data (a hand-written feed or fair missing its lists).
 */
export function boothIndex(feed: Feed, fair: Fair, lang: string): BoothIndex {
  const employers = new Map((feed?.employers ?? []).map((employer) => [employer.id, employer]));
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(lang, { numeric: true });
  } catch {
    // An invalid language tag: the runtime's default order is better than no order.
    collator = new Intl.Collator(undefined, { numeric: true });
  }
  const data: SearchData = {
    docs: [],
    collator,
    facets: { industry: new Map(), type: new Map(), degree: new Map() },
  };
  const facet = (name: FacetName, value = '', label = value): void => {
    if (value) data.facets[name].set(value, label);
  };

  const add = (key: string, id = '', booth?: Booth): void => {
    const employer = employers.get(id);
    const raw = employer?.industry;
    // An industry id names an industry of the feed; anything else is the employer's own text.
    const named = feed?.industries?.find((industry) => industry.id === raw);
    const industry = named ? named.name : raw;
    const entry: BoothEntry = {
      key,
      booth,
      hall: fair?.halls?.find((hall) => hall.id === booth?.hall),
      employer,
      name: resolveText(employer?.name, lang),
      shortName: resolveText(employer?.shortName, lang),
      industry: resolveText(industry, lang),
      type: employer?.type ?? '',
      region: resolveText(employer?.region, lang),
    };
    const label = normalizeSearch(booth?.label);
    const doc: Doc = {
      entry,
      all: '',
      texts: [],
      names: '',
      key: boothKey(label),
      industry: named ? named.id : entry.industry,
      positions: [],
    };
    data.docs.push(doc);
    facet('industry', doc.industry, entry.industry);
    facet('type', entry.type);
    const text = (rank: number, value: Text | undefined, shown = ''): void => {
      doc.all += languages(value);
      doc.texts.push([rank, shown, doc.all.length]);
    };
    text(NAME, employer?.name);
    text(NAME, employer?.shortName);
    doc.names = doc.all;
    text(INDUSTRY, industry);
    const positions = employer?.positions ?? [];
    for (const position of positions) {
      facet('degree', position.degree);
      const title = resolveText(position.title, lang);
      doc.positions.push({
        title,
        majors: (position.majors ?? []).map(languages).join(''),
        degree: position.degree ?? '',
      });
      text(TITLE, position.title, title);
    }
    for (const position of positions) {
      for (const major of position.majors ?? []) text(MAJOR, major, resolveText(major, lang));
    }
    text(LABEL, label);
  };

  const seated = new Set<string | undefined>();
  for (const booth of fair?.booths ?? []) {
    seated.add(booth.employer);
    add(booth.id, booth.employer, booth);
  }
  for (const id of fair?.employers ?? []) {
    if (seated.has(id) || !employers.has(id)) continue;
    seated.add(id);
    add(`employer:${id}`, id);
  }
  // Stable: employers without a booth and with the same name keep the fair's order.
  data.docs.sort(
    ({ entry: a }, { entry: b }) =>
      Number(!a.booth) - Number(!b.booth) ||
      collator.compare(a.booth?.label ?? a.name, b.booth?.label ?? b.name),
  );

  const entries = data.docs.map((doc) => doc.entry);
  const byEmployerId = new Map<string, BoothEntry[]>();
  for (const entry of entries) {
    const id = entry.employer?.id;
    if (id !== undefined) byEmployerId.set(id, [...(byEmployerId.get(id) ?? []), entry]);
  }
  const index: BoothIndex = {
    fair,
    lang,
    entries,
    byKey: new Map(entries.map((entry) => [entry.key, entry])),
    // A booth's key is its id.
    byBoothId: new Map(entries.filter((entry) => entry.booth).map((entry) => [entry.key, entry])),
    byEmployerId,
  };
  dataOf.set(index, data);
  return index;
}

/**
 * The docs matching every word of a normalized text, in index order (see {@link Hit}). A word
 * matches a doc when some language of a field contains it, or the booth number does, as written or
 * as a {@link boothKey}; the whole text as a booth key then ranks an exact or starting booth number
 * first, so `A 12` finds `A-012` as `A12` does.
 */
function matchText(data: SearchData, text: string): Hit[] {
  if (data.last?.[0] === text) return data.last[1];
  const words = text
    .split(' ')
    .filter(Boolean)
    .map((word) => [word, `\n${word}`, boothKey(word)] as const);
  const whole = boothKey(text);
  const digit = /\d/.test(whole);
  const hits: Hit[] = [];
  docs: for (const doc of data.docs) {
    const hit: Hit = [doc, 8, ''];
    for (const [word, prefix, key] of words) {
      let at = doc.all.indexOf(word);
      if (at < 0 && !(key && doc.key.includes(key))) continue docs;
      // The text the word first occurs in; a booth number matched as a key is in the label, last.
      if (at < 0) at = doc.all.length - 1;
      let i = 0;
      while (doc.texts[i]![2] <= at) i++;
      // Indexed, not destructured: this runs for every match, and destructuring costs.
      const text = doc.texts[i]!;
      hit[1] = Math.min(hit[1], doc.names.includes(prefix) ? 2 : text[0]);
      hit[2] ||= text[1];
    }
    if (whole && doc.key.startsWith(whole) && (digit || doc.key === whole)) {
      hit[1] = doc.key === whole ? 0 : 1;
    }
    hits.push(hit);
  }
  data.last = [text, hits];
  return hits;
}

/** The query as filters compare it: values as the facets give them, the major normalized. */
const filtersOf = (query: BoothQuery | undefined): BoothQuery => ({
  ...query,
  major: normalizeSearch(query?.major),
});

/** Whether a position takes the major (it lists one containing it, or none) and the degree. */
const takes = (position: Position, filters: BoothQuery): boolean =>
  (!filters.major || !position.majors || position.majors.includes(filters.major)) &&
  (!filters.degree || !position.degree || position.degree === filters.degree);

/**
 * Whether a doc passes the filters: the major and the degree must be taken by one position (of
 * `positions`, when the caller knows which can take the major).
 */
const passes = (doc: Doc, filters: BoothQuery, positions = doc.positions): boolean =>
  (!filters.industry || doc.industry === filters.industry) &&
  (!filters.type || doc.entry.type === filters.type) &&
  (!(filters.major || filters.degree) || positions.some((p) => takes(p, filters)));

/**
 * Finds entries for a query (one keystroke's worth of work: a few milliseconds at 10,000 booths).
 * Text: every space-separated word must match some field, as a case- and width-insensitive
 * substring of any language of the employer's name or short name, the booth number (also without
 * `-`, spaces or leading zeros: `a12`, `A 12` and `012` find `A-012`), the industry's name, a
 * position title or a major. Filters: see {@link BoothQuery}; the major and degree must be
 * accepted by the same position, and an employer without positions never passes them.
 *
 * @returns `matches` ranked: exact booth number, number prefix, name or short name prefix, name
 *   substring, industry, position, major, other number substring (a word that is only part of a
 *   booth number, such as `a` in `A-012`); ties in label order. With no text, every entry passing
 *   the filters in label order. `keys`: the keys of all matches.
 */
export function searchBooths(
  index: BoothIndex,
  query: BoothQuery,
): { matches: BoothMatch[]; keys: Set<string> } {
  const filters = filtersOf(query);
  const ranked: BoothMatch[][] = Array.from({ length: 9 }, () => []);
  const keys = new Set<string>();
  for (const hit of matchText(dataOf.get(index)!, normalizeSearch(query?.text))) {
    const doc = hit[0];
    if (!passes(doc, filters)) continue;
    const snippet =
      hit[2] ||
      ((filters.major || filters.degree) && doc.positions.find((p) => takes(p, filters))?.title);
    ranked[hit[1]]!.push({ entry: doc.entry, snippet: snippet || undefined });
    keys.add(doc.entry.key);
  }
  // Not `flat()`, several times slower at thousands of matches.
  return { matches: ([] as BoothMatch[]).concat(...ranked), keys };
}

/**
 * Counts for the filters. Each value's count is the number of entries the query would show with
 * that value chosen instead of the current one (the other parts of the query still apply), so it
 * matches the list the student gets by picking it. Every value present in the fair is listed, with
 * 0 when nothing matches, so a chosen value never vanishes; sorted by count, then label. A position
 * without a degree counts towards every degree.
 */
export function facets(
  index: BoothIndex,
  query: BoothQuery,
): { industries: Facet[]; types: Facet[]; degrees: Facet[] } {
  const data = dataOf.get(index)!;
  const filters = filtersOf(query);
  const anyDegree = { ...filters, degree: '' };
  // Per filter and value: its facet, to count, and the query with that value chosen instead.
  const [industries, types, degrees] = (['industry', 'type', 'degree'] as const).map(
    (name) =>
      new Map(
        [...data.facets[name]].map(([value, label]): [string, [Facet, BoothQuery]] => [
          value,
          [
            { value, label, count: 0 },
            { ...filters, [name]: value },
          ],
        ]),
      ),
  );
  const anyOf = [...degrees.values()];
  for (const [doc] of matchText(data, normalizeSearch(query?.text))) {
    // Whichever value is chosen, only the positions that take the major can pass.
    const taking = doc.positions.filter((p) => takes(p, anyDegree));
    // An entry can count only for its own industry and type, and for any degree.
    for (const value of [industries.get(doc.industry), types.get(doc.entry.type), ...anyOf]) {
      if (value && passes(doc, value[1], taking)) value[0].count++;
    }
  }
  const sorted = (values: typeof industries): Facet[] =>
    [...values.values()]
      .map(([facet]) => facet)
      .sort((a, b) => b.count - a.count || data.collator.compare(a.label, b.label));
  return { industries: sorted(industries), types: sorted(types), degrees: sorted(degrees) };
}

/**
 * The booths of a plan in the order to walk them: hall by hall in the fair's order of halls
 * (booths in halls the fair does not list after them), and in each hall a serpentine walk through
 * rows of the chosen booths (booths whose vertical centres are less than half a booth height apart
 * share a row; even rows left to right, odd rows right to left). Entries without a booth come last
 * in index order. Unknown keys are skipped, repeated keys counted once.
 */
export function walkingOrder(index: BoothIndex, keys: Iterable<string>): BoothEntry[] {
  const wanted = new Set(keys);
  const halls = index.fair?.halls ?? [];
  // Entries are in label order, and sorting is stable: labels break ties.
  const spots = index.entries
    .filter((entry) => wanted.has(entry.key))
    .map((entry) => {
      const { x = 0, y = 0, w = 0, h = 0 } = entry.booth ?? {};
      const hall = entry.hall ? halls.indexOf(entry.hall) : halls.length + Number(!entry.booth);
      return { entry, hall, x: x + w / 2, y: y + h / 2, h, row: 0 };
    })
    .sort((a, b) => a.hall - b.hall || a.y - b.y || a.x - b.x);
  let anchor = spots[0]!;
  for (const spot of spots) {
    // A new row: another hall, or a booth at least half a booth height lower than the row's first.
    const gap = spot.y - anchor.y;
    const sameHall = spot.hall === anchor.hall;
    if (!sameHall || gap >= Math.min(spot.h, anchor.h) / 2) {
      spot.row = sameHall ? anchor.row + 1 : 0;
      anchor = spot;
    }
    spot.row = anchor.row;
  }
  return spots
    .sort((a, b) => a.hall - b.hall || a.row - b.row || (a.x - b.x) * (a.row % 2 ? -1 : 1))
    .map((spot) => spot.entry);
}
