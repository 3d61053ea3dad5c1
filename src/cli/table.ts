/**
 * Spreadsheets as career centres export them: the bytes of a CSV or TSV file in whatever encoding
 * Excel wrote (UTF-8 with or without a byte-order mark, GB18030 from a Chinese Excel, UTF-16 from
 * "Unicode Text"), turned into rows of named cells with the line each row starts on.
 *
 * The encoding and the delimiter are detected, never asked. Parsing is `csv-parse`'s (quotes,
 * doubled quotes, line breaks inside cells); this module only decodes, picks the delimiter and maps
 * header names to fields.
 */
import { parse } from 'csv-parse/sync';

/** How a file's bytes were read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'mixed';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** For `mixed`: the (1-based) lines that were GB18030 while the rest was UTF-8. */
  gbLines: number[];
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

function isUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of a spreadsheet export. A byte-order mark decides; else the whole file is UTF-8 when it
 * is valid UTF-8 (GB18030 text practically never is), else GB18030. A file whose lines disagree
 * (some pasted from a UTF-8 file into a GB18030 one) is read line by line, each in its own encoding,
 * and reported as `mixed` with the GB18030 lines.
 */
export function decode(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom', gbLines: [] };
  }
  if (a === 0xff && b === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', gbLines: [] };
  }
  if (a === 0xfe && b === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', gbLines: [] };
  }
  if (isUtf8(bytes)) return { text: fatalUtf8.decode(bytes), encoding: 'utf-8', gbLines: [] };
  const lines: string[] = [];
  const gbLines: number[] = [];
  let utf8NonAscii = false;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    if (isUtf8(line)) {
      lines.push(fatalUtf8.decode(line));
      utf8NonAscii ||= line.some((byte) => byte > 0x7f);
    } else {
      lines.push(gb18030.decode(line));
      gbLines.push(lines.length);
    }
    start = i + 1;
  }
  return { text: lines.join('\n'), encoding: utf8NonAscii ? 'mixed' : 'gb18030', gbLines };
}

/** The delimiter of a table: tab, comma or semicolon, whichever the header line has most of. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  return ['\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** One row of a table: its cells and the (1-based) line of the file it starts on. */
export interface Row {
  cells: string[];
  line: number;
}

/** A parse failure, with the line it is on. */
export class TableError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const lineBreaks = (cell: string) => cell.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * The rows of a table, the header first. Blank lines are skipped; rows may have fewer or more cells
 * than the header. Throws a {@link TableError} on a quoting error it cannot recover from.
 */
export function readRows(text: string, delimiter = delimiterOf(text)): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { message, lines } = error as Error & { lines?: number };
    throw new TableError(message.replace(/ at line \d+.*$/, ''), lines ?? 0);
  }
  // `info.lines` is the line a record ends on; a cell may hold line breaks of its own.
  return records.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((sum, cell) => sum + lineBreaks(cell), 0),
  }));
}

/**
 * A header cell as it is compared: compatibility forms folded (full-width letters and brackets),
 * lower case, without spaces, `*` marks of required columns, or a unit in brackets ("招聘人数（人）").
 */
export const headerKey = (cell: string): string =>
  cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*_\-.:：]/g, '');

/**
 * How header names map to fields: each field's own name and its `aliases`, then `extra` (from
 * `--map`, which wins). The function gives a header cell's field, or `undefined`.
 */
export function columnLookup(
  aliases: Readonly<Record<string, readonly string[]>>,
  extra: ReadonlyMap<string, string> = new Map(),
): (cell: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases)) {
    for (const name of [field, ...names]) lookup.set(headerKey(name), field);
  }
  for (const [name, field] of extra) lookup.set(headerKey(name), field);
  return (cell) => lookup.get(headerKey(cell));
}
