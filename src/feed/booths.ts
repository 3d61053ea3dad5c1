/**
 * The booth map's data layer: one index of a fair's booths and taking-part employers, search as
 * you type, facet counts for the filters, and a walking order for "my plan". Pure: no DOM.
 *
 * `boothIndex` does the slow part once per feed, fair and language (names resolved, every text
 * normalized for search in all of its languages); `searchBooths` and `facets` then only compare
 * strings, so a keystroke at 10,000 booths costs a few milliseconds.
 */
import { employerById, industryName } from './queries.js';
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
  /** The employer's short name in the index's language, when it has one. */
  shortName?: string;
  /** The employer's industry when it is an id of `feed.industries`. */
  industryId?: string;
  /** The industry's name in the index's language (from `feed.industries` or the employer's own text). */
  industry?: string;
  /** The employer type (单位性质) as written, e.g. `soe`, `private`. */
  type?: string;
  /** The employer's region in the index's language. */
  region?: string;
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
  /** An industry id, or an industry name in any of its languages (a {@link Facet} `value` works). */
  industry?: string;
  /** An employer type, e.g. `soe` (compared without regard to case or width). */
  type?: string;
  /**
   * A major: matches a position listing a major that contains it, or a position listing no majors
   * (it takes any major; in the spring fixture that is 630 of 3,197 positions, so `计算机` finds
   * 547 employers of which 108 name the major).
   */
  major?: string;
  /** With `major`: leave out positions that list no majors, keeping those that name it. */
  majorListed?: boolean;
  /** A degree, e.g. `master`: matches a position asking for it, or a position asking for none. */
  degree?: string;
}

/** Which field made an entry match, in ranking order. */
export type BoothMatchField = 'label' | 'name' | 'shortName' | 'industry' | 'position' | 'major';

/** One search result. */
export interface BoothMatch {
  entry: BoothEntry;
  /** The best-ranked field any word matched (`label` when there was no text). */
  field: BoothMatchField;
  /**
   * Why a position matters, in the index's language: the title of the position (or the major)
   * a word matched, else the title of the first position that satisfies the major/degree filter.
   */
  snippet?: string;
}

/** One value of a filter, with how many entries choosing it would show. */
export interface Facet {
  /** What to put in the {@link BoothQuery} (an industry id, else the name). */
  value: string;
  /** What to show, in the index's language. */
  label: string;
  count: number;
}

const SIMPLE = /^[!-~\u4e00-\u9fff]+(?: [!-~\u4e00-\u9fff]+)*$/;

/**
 * Search text as it is compared: Unicode NFKC (full-width letters, digits and punctuation become
 * ASCII, the ideographic space a space), lower case, runs of white space collapsed to one space,
 * trimmed.
 */
export function normalizeSearch(text: string): string {
  if (typeof text !== 'string') return '';
  // Most feed texts are printable ASCII and CJK ideographs, which NFKC leaves as they are.
  if (SIMPLE.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Search data, one `Doc` per entry, kept out of the public index.

/** A position as search sees it; every text holds all of its languages, normalized. */
interface Pos {
  /** Where the title starts in the doc's `all`: a hit's offset tells which position it was in. */
  at: number;
  /** Where each major starts in the doc's `all`. */
  majorsAt: number[];
  /** The title in the index's language, for the snippet. */
  shownTitle: string;
  /** Each major in the index's language. */
  shownMajors: string[];
  /** Every language of every major, each after a `\n`; `''` when the position lists none. */
  majorHay: string;
  /** Normalized; `''`: any degree. */
  degree: string;
}

interface Doc {
  entry: BoothEntry;
  /** Position in `entries`. */
  order: number;
  /**
   * Everything text search looks at, in ranking order (label, names, short names, industry,
   * titles, majors), each language after a `\n`: where a word first occurs says which field it
   * matched, so most entries cost one `indexOf`. The `…End` offsets mark where each field ends.
   */
  all: string;
  labelEnd: number;
  namesEnd: number;
  shortEnd: number;
  industryEnd: number;
  titlesEnd: number;
  /** The normalized label (`''` without a booth). */
  label: string;
  /** The label without separators, also without leading zeros, and the number part of both. */
  labelKeys: string[];
  labelHay: string;
  /** `\n` before each language of the name (and of the short name), for prefix tests. */
  names: string;
  shortNames: string;
  /** What the industry filter accepts: the id and every name, normalized. */
  industryKeys: ReadonlySet<string>;
  /** The industry facet this entry counts in (an id, or a normalized name). */
  industryFacet?: string;
  /** Normalized type. */
  type: string;
  positions: Pos[];
  /** The last match made for this entry (see `matchOf`). */
  match?: BoothMatch;
}

interface Token {
  /** The word, normalized. */
  word: string;
  /** The word as booth numbers are compared (see `numberForms`): `A-012` → `a012`, `a12`. */
  forms: string[];
  /** The forms that differ from the word, each worth a test of its own. */
  other: string[];
  hasDigit: boolean;
  /** `\n` + word: a prefix test on a `\n`-joined haystack. */
  prefix: string;
}

/** Words matched against one text; `list` in `entries` order. */
interface TextResult {
  text: string;
  tokens: Token[];
  list: Doc[];
  /** The match code of each doc of `list`. */
  codes: number[];
  /** For each doc of `list`: where a word first matched a position or a major, else -1. */
  snippets: number[];
}

interface SearchData {
  docs: Doc[];
  lang: string;
  collator: Intl.Collator;
  /** Facet value (industry id or normalized name, normalized type or degree) to label. */
  industries: Map<string, Facet>;
  types: Map<string, Facet>;
  degrees: Map<string, Facet>;
  byKey: Map<string, Doc>;
  /** The last text searched, reused by `facets` and narrowed when the student types on. */
  last?: TextResult;
}

// Match codes: the field and how well it matched. RANK orders results; FIELD names the field.
const LABEL_EXACT = 0;
const LABEL_PREFIX = 1;
const NAME_PREFIX = 2;
const SHORT_PREFIX = 3;
const NAME = 4;
const SHORT = 5;
const INDUSTRY = 6;
const POSITION = 7;
const MAJOR = 8;
const LABEL = 9;
const NONE = 10;
/** The bits of a {@link matchWord} result that hold the code. */
const CODE_BITS = 15;
const RANK = [0, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8];
/** Ranks a result can have (NONE's rank is never used for one). */
const RANKS = 8;
const FIELD: BoothMatchField[] = [
  'label',
  'label',
  'name',
  'shortName',
  'name',
  'shortName',
  'industry',
  'position',
  'major',
  'label',
];

/** Characters a booth number may contain that nobody types the same way: `A-012` is `a 012`. */
const SEPARATORS = /[-\s_.\u00b7#\u2010-\u2015]/g;
const compact = (text: string): string => text.replace(SEPARATORS, '');

const dataOf = new WeakMap<BoothIndex, SearchData>();
const indexCache = new WeakMap<Feed, WeakMap<Fair, Map<string, BoothIndex>>>();

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Every language of a feed Text. */
function variants(text: Text | undefined): string[] {
  if (typeof text === 'string') return [text];
  if (!isObject(text)) return [];
  return Object.values(text).filter((value): value is string => typeof value === 'string');
}

function collatorFor(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang || undefined, { numeric: true });
  } catch {
    // An invalid language tag: the runtime's default order is better than no order.
    return new Intl.Collator(undefined, { numeric: true });
  }
}

const labelCollator = new Intl.Collator('en', { numeric: true });

/** The text a booth shows: its label, or its id when the label is empty. */
const labelOf = (booth: Booth): string => String(booth.label || booth.id);

/**
 * The index the booth map searches, for one fair in one language. One entry per booth (taken or
 * free) and one per employer of `fair.employers` that has no booth in this fair. Built once per
 * feed, fair and language (later calls return the same object); never throws on partial data.
 */
export function boothIndex(feed: Feed, fair: Fair, lang: string): BoothIndex {
  const language = typeof lang === 'string' ? lang : '';
  const cacheable = isObject(feed) && isObject(fair);
  let perFair = cacheable ? indexCache.get(feed) : undefined;
  const cached = perFair?.get(fair)?.get(language);
  if (cached) return cached;

  const index = buildIndex(feed, fair, language);
  if (cacheable) {
    if (!perFair) indexCache.set(feed, (perFair = new WeakMap()));
    let perLang = perFair.get(fair);
    if (!perLang) perFair.set(fair, (perLang = new Map()));
    perLang.set(language, index);
  }
  return index;
}

function buildIndex(feed: Feed, fair: Fair, lang: string): BoothIndex {
  const halls = new Map<string, Hall>();
  for (const hall of list(fair?.halls)) if (isObject(hall)) halls.set(hall.id, hall);
  const employers = Array.isArray(feed?.employers) ? feed : undefined;
  const employerOf = (id: string | undefined): Employer | undefined =>
    employers && typeof id === 'string' ? employerById(employers, id) : undefined;
  const industries = list(feed?.industries);
  const industryIds = new Set(industries.map((industry) => industry?.id));
  // `industryName` reads `feed.industries`: a feed written by hand may lack it.
  const named = isObject(feed) ? { ...feed, industries: [...industries] } : undefined;

  const describe = (key: string, employer: Employer | undefined, booth?: Booth): BoothEntry => {
    const entry: BoothEntry = { key, name: '' };
    if (booth) entry.booth = booth;
    const hall = booth ? halls.get(booth.hall) : undefined;
    if (hall) entry.hall = hall;
    if (!employer) return entry;
    entry.employer = employer;
    entry.name = resolveText(employer.name, lang);
    const shortName = resolveText(employer.shortName, lang);
    if (shortName) entry.shortName = shortName;
    const { industry } = employer;
    if (typeof industry === 'string' && industryIds.has(industry)) entry.industryId = industry;
    const industryText = named && industry !== undefined ? industryName(named, employer, lang) : '';
    if (industryText) entry.industry = industryText;
    if (typeof employer.type === 'string' && employer.type) entry.type = employer.type;
    const region = resolveText(employer.region, lang);
    if (region) entry.region = region;
    return entry;
  };

  const withBooth: BoothEntry[] = [];
  const boothIds = new Set<string>();
  const seated = new Set<string>();
  for (const booth of list(fair?.booths)) {
    if (!isObject(booth) || typeof booth.id !== 'string' || boothIds.has(booth.id)) continue;
    boothIds.add(booth.id);
    const employer = employerOf(booth.employer);
    if (employer) seated.add(employer.id);
    withBooth.push(describe(booth.id, employer, booth));
  }
  const without: BoothEntry[] = [];
  for (const id of list(fair?.employers)) {
    const key = `employer:${id}`;
    if (seated.has(id) || boothIds.has(key)) continue;
    const employer = employerOf(id);
    if (!employer) continue;
    seated.add(id);
    without.push(describe(key, employer));
  }

  const collator = collatorFor(lang);
  withBooth.sort((a, b) => labelCollator.compare(labelOf(a.booth!), labelOf(b.booth!)));
  without.sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const entries = [...withBooth, ...without];

  const index: BoothIndex = {
    fair,
    lang,
    entries,
    byKey: new Map(),
    byBoothId: new Map(),
    byEmployerId: new Map(),
  };
  fillMaps(index);
  dataOf.set(index, buildSearchData(index, industries));
  return index;
}

function list<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function fillMaps(index: BoothIndex): void {
  for (const entry of index.entries) {
    index.byKey.set(entry.key, entry);
    if (entry.booth) index.byBoothId.set(entry.booth.id, entry);
    const id = entry.employer?.id;
    if (id === undefined) continue;
    const mine = index.byEmployerId.get(id);
    if (mine) mine.push(entry);
    else index.byEmployerId.set(id, [entry]);
  }
}

/** Normalizes every language of a text (each string once per index), without repeats. */
function makeNormalizer(): (text: Text | undefined) => string[] {
  const memo = new Map<string, string>();
  const one = (value: string): string => {
    let normalized = memo.get(value);
    if (normalized === undefined) memo.set(value, (normalized = normalizeSearch(value)));
    return normalized;
  };
  return (text) => {
    if (typeof text === 'string') {
      const normalized = one(text);
      return normalized ? [normalized] : [];
    }
    const out: string[] = [];
    for (const value of variants(text)) {
      const normalized = one(value);
      if (normalized && !out.includes(normalized)) out.push(normalized);
    }
    return out;
  };
}

/** Resolves texts for one language, plain strings without a call. */
function makeResolver(lang: string): (text: Text | undefined) => string {
  return (text) => (typeof text === 'string' ? text : resolveText(text, lang));
}

const hay = (parts: readonly string[]): string => (parts.length ? `\n${parts.join('\n')}` : '');

/** Leading zeros of every number dropped, when a digit follows them: `a007b01` → `a7b1`. */
function unpad(text: string): string {
  // One pass instead of a regular expression: this runs for every booth.
  let out = '';
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!isDigit(c)) leading = true;
    else if (leading && c === '0' && isDigit(text[i + 1])) continue;
    else leading = false;
    out += c;
  }
  return out;
}

/** A text as booth numbers are compared: without separators, and also without leading zeros. */
function numberForms(text: string): string[] {
  const bare = compact(text);
  const unpadded = unpad(bare);
  return [bare, unpadded].filter((form, i) => form !== '' && (i === 0 || form !== bare));
}

/** The keys a booth number is matched on: `A-012` gives `a012`, `a12`, `012`, `12`. */
function labelKeys(label: string): string[] {
  const keys = numberForms(label);
  for (const key of [...keys]) {
    const firstDigit = key.search(/\d/);
    const number = firstDigit > 0 ? key.slice(firstDigit) : '';
    if (number && !keys.includes(number)) keys.push(number);
  }
  return keys;
}

const NO_KEYS: ReadonlySet<string> = new Set();

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function buildSearchData(
  index: BoothIndex,
  industryList: readonly { id: string; name: Text }[],
): SearchData {
  const { lang } = index;
  const normalize = makeNormalizer();
  const shown = makeResolver(lang);
  // Entries of one industry share one set of keys.
  const industryKeys = new Map<string, Set<string>>();
  const industryNames = new Map<string, Text>();
  const industryByName = new Map<string, string>();
  for (const industry of industryList) {
    if (!isObject(industry) || typeof industry.id !== 'string') continue;
    industryNames.set(industry.id, industry.name);
    for (const name of normalize(industry.name)) {
      if (!industryByName.has(name)) industryByName.set(name, industry.id);
    }
  }
  const data: SearchData = {
    docs: [],
    lang,
    collator: collatorFor(lang),
    industries: new Map(),
    types: new Map(),
    degrees: new Map(),
    byKey: new Map(),
  };
  const facet = (map: Map<string, Facet>, key: string, value: string, label: string): void => {
    if (!map.has(key)) map.set(key, { value, label, count: 0 });
  };

  index.entries.forEach((entry, order) => {
    const { employer, booth } = entry;
    const label = booth ? normalizeSearch(labelOf(booth)) : '';
    const keys = label ? labelKeys(label) : [];
    const labelHay = label ? hay([label, ...keys]) : '';
    const doc: Doc = {
      entry,
      order,
      all: labelHay,
      labelEnd: labelHay.length,
      namesEnd: labelHay.length,
      shortEnd: labelHay.length,
      industryEnd: labelHay.length,
      titlesEnd: labelHay.length,
      label,
      labelKeys: keys,
      labelHay,
      names: '',
      shortNames: '',
      industryKeys: NO_KEYS,
      type: '',
      positions: [],
    };
    data.docs.push(doc);
    data.byKey.set(entry.key, doc);
    if (!employer) return;

    doc.names = hay(normalize(employer.name));
    doc.shortNames = hay(normalize(employer.shortName));
    const raw = employer.industry;
    const known = typeof raw === 'string' && industryNames.has(raw);
    const industries = normalize(known ? industryNames.get(raw) : raw);
    if (known || industries.length) {
      // A name that is also the name of a listed industry counts as that industry.
      const id = known ? raw : industries.map((name) => industryByName.get(name)).find(Boolean);
      const key = id ?? industries[0]!;
      doc.industryFacet = key;
      const keysId = `${key}\n${industries.join('\n')}`;
      let keys = industryKeys.get(keysId);
      if (!keys) {
        keys = new Set([...industries, key, normalizeSearch(key)]);
        industryKeys.set(keysId, keys);
      }
      doc.industryKeys = keys;
      const value = id ?? (entry.industry || key);
      facet(data.industries, key, value, (id && shown(industryNames.get(id))) || value);
    }
    doc.type = entry.type ? normalizeSearch(entry.type) : '';
    if (doc.type) facet(data.types, doc.type, entry.type!, entry.type!);
    const industry = hay(industries);
    doc.namesEnd = doc.labelEnd + doc.names.length;
    doc.shortEnd = doc.namesEnd + doc.shortNames.length;
    doc.industryEnd = doc.shortEnd + industry.length;
    let titles = '';
    let majors = '';
    for (const position of list(employer.positions)) {
      if (!isObject(position)) continue;
      const listed = list(position.majors);
      const normalized = listed.map((major) => normalize(major).join('\n'));
      const degree = typeof position.degree === 'string' ? normalizeSearch(position.degree) : '';
      if (degree) facet(data.degrees, degree, position.degree!, position.degree!);
      const majorsAt: number[] = [];
      for (const major of normalized) {
        majorsAt.push(majors.length + 1); // offsets within `majors` for now: see below
        majors += `\n${major}`;
      }
      doc.positions.push({
        at: doc.industryEnd + titles.length,
        majorsAt,
        shownTitle: shown(position.title),
        shownMajors: listed.map(shown),
        majorHay: hay(normalized),
        degree,
      });
      titles += hay(normalize(position.title));
    }
    doc.titlesEnd = doc.industryEnd + titles.length;
    for (const pos of doc.positions) pos.majorsAt = pos.majorsAt.map((at) => at + doc.titlesEnd);
    // Joined rather than added up: a flat string, ready for the first search.
    doc.all = [labelHay, doc.names, doc.shortNames, industry, titles, majors].join('');
  });
  return data;
}

/** The search data of an index; rebuilt from its entries when the index was not made here. */
function searchData(index: BoothIndex): SearchData {
  let data = dataOf.get(index);
  if (!data) {
    data = buildSearchData(index, []);
    dataOf.set(index, data);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Matching

function tokenize(text: string): Token[] {
  const words = [...new Set(text.split(' ').filter(Boolean))];
  return words.map((word) => {
    const forms = numberForms(word);
    return {
      word,
      forms,
      other: forms.filter((form) => form !== word),
      hasDigit: /\d/.test(word),
      prefix: `\n${word}`,
    };
  });
}

/**
 * How one word matches one doc: -1 for not at all, else its best match code in the low 4 bits and
 * the offset of the hit in `doc.all` above them (so a position or major hit needs no search for
 * its snippet). The offset is below 2^27 for any feed an element can render.
 */
function matchWord(doc: Doc, token: Token): number {
  const { word } = token;
  const { all } = doc;
  let at = all.indexOf(word);
  // The other forms are for booth numbers only: a hit there is a hit in the label.
  if ((at < 0 || at >= doc.labelEnd) && token.other.length > 0 && inLabel(doc, token.other)) {
    at = 0;
  }
  if (at < 0) return -1;
  let code = NONE;
  if (at < doc.labelEnd) {
    if (doc.label === word || token.forms.some((f) => doc.labelKeys.includes(f))) {
      return LABEL_EXACT;
    }
    if (token.hasDigit && isLabelPrefix(doc, word, token.forms)) return LABEL_PREFIX;
    code = LABEL;
    at = all.indexOf(word, doc.labelEnd);
    if (at < 0) return code;
  }
  if (at < doc.namesEnd) {
    if (doc.names.includes(token.prefix)) return NAME_PREFIX;
    return doc.shortNames.includes(token.prefix) ? SHORT_PREFIX : NAME;
  }
  if (at < doc.shortEnd) return doc.shortNames.includes(token.prefix) ? SHORT_PREFIX : SHORT;
  if (at < doc.industryEnd) return INDUSTRY;
  return (at << 4) | (at < doc.titlesEnd ? POSITION : MAJOR);
}

function inLabel(doc: Doc, forms: string[]): boolean {
  for (const form of forms) if (doc.labelHay.includes(form)) return true;
  return false;
}

function isLabelPrefix(doc: Doc, word: string, forms: string[]): boolean {
  return (
    doc.label.startsWith(word) || forms.some((f) => doc.labelKeys.some((k) => k.startsWith(f)))
  );
}

/**
 * Whether `now` can only match a subset of what `before` matched: every earlier word is inside a
 * word typed now. Not when an earlier word is separators alone (`-` matches a label by its
 * characters, while `a-0` matches `A 012` by its compact form) or has a zero (`01` matches `A-1`
 * once its leading zero is dropped, `0` does not).
 */
function narrows(before: Token[], now: Token[]): boolean {
  return before.every(
    (old) =>
      old.forms.length > 0 &&
      !old.word.includes('0') &&
      now.some((token) => token.word.includes(old.word)),
  );
}

function matchText(data: SearchData, raw: string | undefined): TextResult {
  const text = normalizeSearch(raw ?? '');
  const last = data.last;
  if (last && last.text === text) return last;
  const tokens = tokenize(text);
  const result: TextResult = { text, tokens, list: [], codes: [], snippets: [] };
  const { list: found, codes, snippets } = result;
  if (tokens.length === 0) {
    result.list = data.docs;
    result.codes = data.docs.map(() => LABEL);
    result.snippets = data.docs.map(() => -1);
  } else {
    const whole = numberForms(text);
    const wholeDigit = /\d/.test(text);
    const candidates = last && narrows(last.tokens, tokens) ? last.list : data.docs;
    for (const doc of candidates) {
      let best = NONE;
      let snippet = -1;
      for (const token of tokens) {
        const hit = matchWord(doc, token);
        if (hit < 0) {
          best = NONE;
          break;
        }
        const code = hit & CODE_BITS;
        if (RANK[code]! < RANK[best]!) best = code;
        if (snippet < 0 && (code === POSITION || code === MAJOR)) snippet = hit >> 4;
      }
      if (best === NONE) continue;
      // Words that together spell a booth number (`A 012`) rank the booth as they would unsplit.
      if (tokens.length > 1 && best > LABEL_EXACT && doc.label) {
        if (doc.label === text || whole.some((f) => doc.labelKeys.includes(f))) best = LABEL_EXACT;
        else if (wholeDigit && best > LABEL_PREFIX && isLabelPrefix(doc, text, whole)) {
          best = LABEL_PREFIX;
        }
      }
      found.push(doc);
      codes.push(best);
      snippets.push(snippet);
    }
  }
  data.last = result;
  return result;
}

interface Filters {
  industry: string;
  type: string;
  major: string;
  majorListed: boolean;
  degree: string;
}

function filtersOf(query: BoothQuery | undefined): Filters {
  const get = (value: unknown): string => (typeof value === 'string' ? normalizeSearch(value) : '');
  return {
    industry: get(query?.industry),
    type: get(query?.type),
    major: get(query?.major),
    majorListed: query?.majorListed === true,
    degree: get(query?.degree),
  };
}

/** Whether a position takes the major: it lists one containing it, or lists none (see `majorListed`). */
function takesMajor(p: Pos, filters: Filters): boolean {
  if (!filters.major) return true;
  return p.majorHay ? p.majorHay.includes(filters.major) : !filters.majorListed;
}

/** The first position taking the major and the degree (empty: any), or -1. */
function positionFor(doc: Doc, filters: Filters): number {
  const { positions } = doc;
  const { degree } = filters;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (takesMajor(p, filters) && (!degree || !p.degree || p.degree === degree)) return i;
  }
  return -1;
}

/**
 * The match for a doc, reused while its field and snippet stay the same: typing on in the search
 * box then allocates nothing for the entries that still match.
 */
function matchOf(doc: Doc, field: BoothMatchField, snippet: string): BoothMatch {
  const last = doc.match;
  if (last && last.field === field && (last.snippet ?? '') === snippet) return last;
  const match: BoothMatch = snippet
    ? { entry: doc.entry, field, snippet }
    : { entry: doc.entry, field };
  doc.match = match;
  return match;
}

/** The position title or major at offset `at` of `doc.all`, else the title of position `filtered`. */
function snippetOf(doc: Doc, at: number, filtered: number): string {
  if (at >= 0) {
    let shown = '';
    for (const p of doc.positions) {
      if (at < doc.titlesEnd) {
        if (p.at > at) break;
        shown = p.shownTitle;
      } else {
        p.majorsAt.forEach((start, j) => {
          if (start <= at) shown = p.shownMajors[j]!;
        });
      }
    }
    return shown;
  }
  return doc.positions[filtered]?.shownTitle ?? '';
}

/**
 * Finds entries for a query (one keystroke's worth of work: a few milliseconds at 10,000 booths).
 * Text: every space-separated word must match some field, as a case- and
 * width-insensitive substring of any language of the employer's name or short name, the booth
 * number (also without `-`, spaces or leading zeros: `a12`, `A 12` and `012` find `A-012`), the
 * industry's name, a position title or a major. Filters: see {@link BoothQuery}; the major and
 * degree must be accepted by the same position, and an employer without positions never passes
 * them.
 *
 * @returns `matches` ranked: exact booth number, number prefix, name or short name prefix, name
 *   substring, industry, position, major, other number substring (a word without digits that is
 *   only part of a booth number, such as `a` in `A-012`); ties in label order. With no text, every
 *   entry passing the filters in label order. `keys`: the keys of all matches. Match objects are
 *   reused from call to call while an entry matches the same way: treat them as read-only.
 */
export function searchBooths(
  index: BoothIndex,
  query: BoothQuery,
): { matches: BoothMatch[]; keys: Set<string> } {
  const data = searchData(index);
  const text = matchText(data, typeof query?.text === 'string' ? query.text : '');
  const filters = filtersOf(query);
  const byPosition = filters.major !== '' || filters.degree !== '';
  const buckets: BoothMatch[][] = Array.from({ length: RANKS }, () => []);
  const keys = new Set<string>();
  for (let i = 0; i < text.list.length; i++) {
    const doc = text.list[i]!;
    if (filters.industry && !doc.industryKeys.has(filters.industry)) continue;
    if (filters.type && doc.type !== filters.type) continue;
    const position = byPosition ? positionFor(doc, filters) : -1;
    if (byPosition && position < 0) continue;
    const code = text.codes[i]!;
    const at = text.snippets[i]!;
    const snippet = at >= 0 || position >= 0 ? snippetOf(doc, at, position) : '';
    buckets[RANK[code]!]!.push(matchOf(doc, FIELD[code]!, snippet));
    keys.add(doc.entry.key);
  }
  // A loop: Array.prototype.flat is several times slower at thousands of matches.
  const matches: BoothMatch[] = [];
  for (const bucket of buckets) for (const match of bucket) matches.push(match);
  return { matches, keys };
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
  const data = searchData(index);
  const text = matchText(data, typeof query?.text === 'string' ? query.text : '');
  const filters = filtersOf(query);
  const count = (map: Map<string, Facet>) =>
    new Map([...map].map(([key, facet]) => [key, { ...facet }]));
  const industries = count(data.industries);
  const types = count(data.types);
  const degrees = count(data.degrees);
  const degreeKeys = [...degrees.keys()];
  const { major, degree } = filters;
  const offered: string[] = [];
  for (const doc of text.list) {
    const industryOk = !filters.industry || doc.industryKeys.has(filters.industry);
    const typeOk = !filters.type || doc.type === filters.type;
    if (!industryOk && !typeOk) continue;
    // One pass over the positions that accept the major: the degrees they ask for.
    let accepted = false;
    let anyDegree = false;
    offered.length = 0;
    for (const p of doc.positions) {
      if (!takesMajor(p, filters)) continue;
      accepted = true;
      if (!p.degree) anyDegree = true;
      else if (!offered.includes(p.degree)) offered.push(p.degree);
    }
    const positionOk =
      (!major && !degree) || (accepted && (!degree || anyDegree || offered.includes(degree)));
    if (typeOk && positionOk && doc.industryFacet !== undefined) {
      industries.get(doc.industryFacet)!.count++;
    }
    if (industryOk && positionOk && doc.type) types.get(doc.type)!.count++;
    if (industryOk && typeOk && accepted) {
      for (const key of degreeKeys)
        if (anyDegree || offered.includes(key)) degrees.get(key)!.count++;
    }
  }
  const sorted = (map: Map<string, Facet>): Facet[] =>
    [...map.values()].sort(
      (a, b) =>
        b.count - a.count ||
        data.collator.compare(a.label, b.label) ||
        (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
  return { industries: sorted(industries), types: sorted(types), degrees: sorted(degrees) };
}

// ---------------------------------------------------------------------------------------------
// My plan

/**
 * The booths of a plan in the order to walk them: hall by hall in the fair's order of halls (then
 * by floor; halls the fair does not list come last), and in each hall a serpentine walk through
 * rows of the chosen booths (booths whose vertical centres are less than half a booth height apart
 * share a row; even rows left to right, odd rows right to left). Entries without a booth come last
 * in index order. Unknown keys are skipped, repeated keys counted once.
 */
export function walkingOrder(index: BoothIndex, keys: Iterable<string>): BoothEntry[] {
  const data = searchData(index);
  const chosen = new Set<Doc>();
  for (const key of keys ?? []) {
    const doc = data.byKey.get(key);
    if (doc) chosen.add(doc);
  }
  const hallOrder = new Map<string, number>();
  list(index.fair?.halls).forEach((hall, i) => {
    if (isObject(hall) && !hallOrder.has(hall.id)) hallOrder.set(hall.id, i);
  });
  const byHall = new Map<string, Doc[]>();
  const without: Doc[] = [];
  for (const doc of chosen) {
    const booth = doc.entry.booth;
    if (!booth) {
      without.push(doc);
      continue;
    }
    const docs = byHall.get(booth.hall);
    if (docs) docs.push(doc);
    else byHall.set(booth.hall, [doc]);
  }
  const halls = [...byHall.keys()];
  const rankOf = (id: string): number => hallOrder.get(id) ?? hallOrder.size;
  const floorOf = (id: string): number => byHall.get(id)![0]!.entry.hall?.floor ?? 0;
  halls.sort((a, b) => rankOf(a) - rankOf(b) || floorOf(a) - floorOf(b));

  const route: BoothEntry[] = [];
  for (const hall of halls) route.push(...serpentine(byHall.get(hall)!));
  without.sort((a, b) => a.order - b.order);
  for (const doc of without) route.push(doc.entry);
  return route;
}

const centreY = (booth: Booth): number => booth.y + booth.h / 2;
const centreX = (booth: Booth): number => booth.x + booth.w / 2;

function serpentine(docs: Doc[]): BoothEntry[] {
  const booths = docs
    .map((doc) => doc.entry)
    .sort(
      (a, b) =>
        centreY(a.booth!) - centreY(b.booth!) ||
        centreX(a.booth!) - centreX(b.booth!) ||
        labelCollator.compare(labelOf(a.booth!), labelOf(b.booth!)),
    );
  const rows: BoothEntry[][] = [];
  let anchor: Booth | undefined;
  for (const entry of booths) {
    const booth = entry.booth!;
    const gap = anchor ? Math.abs(centreY(booth) - centreY(anchor)) : Infinity;
    if (anchor && (gap === 0 || gap < Math.min(anchor.h, booth.h) / 2)) {
      rows[rows.length - 1]!.push(entry);
    } else {
      rows.push([entry]);
      anchor = booth;
    }
  }
  return rows.flatMap((row, i) => {
    row.sort((a, b) => centreX(a.booth!) - centreX(b.booth!));
    return i % 2 === 0 ? row : row.reverse();
  });
}
