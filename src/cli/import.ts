/**
 * `fairkit import <employers.csv>`: the career centre's spreadsheet into a feed.
 *
 * One row per position (the way 招聘信息 sheets are kept): rows of the same employer become one
 * employer with its positions, its booth numbers link it to the fair's booths, and the result is
 * merged into a feed without losing what the feed already has:
 *
 * - an employer is matched by its name (spaces, letter case and full-width forms aside), so the
 *   same sheet imported twice changes nothing, and a new employer's id is a hash of its name;
 * - fields the sheet has overwrite the employer's; fields it lacks (a logo, a video added by hand)
 *   stay; an employer's positions are the sheet's when the sheet lists any;
 * - booths are found by their number (`label`, else `id`), in the fair `--fair` names (or the
 *   feed's only fair); `--booths` adds booths (展位号, 展厅, x, y, 宽, 高) or assigns them
 *   (单位名称, 展位号) from a second sheet.
 *
 * Rows it cannot use are listed with their line numbers, and so is every guess it made ("10-20"
 * read as 10). Exit 0 when the feed is written (or, with `--dry-run`, would be), 1 when the sheet has
 * nothing usable (empty, a header only, no name column, every row skipped), 2 when a file cannot be
 * read or the feed is not a feed.
 */
import { catalogLang, listFormat, type Message } from '../core/i18n.js';
import { safeUrl } from '../feed/url.js';
import {
  boothKey,
  boothNumbers,
  degree,
  employerType,
  idFor,
  majors,
  nameKey,
  parseCount,
} from './cells.js';
import { CliError, readInput, say, type Context } from './context.js';
import {
  fairOf,
  hallName,
  isObject,
  listAt,
  openFeed,
  saveFeed,
  type FeedFile,
  type Json,
} from './feed-file.js';
import {
  columnLookup,
  decode,
  delimiterOf,
  readRows,
  type Decoded,
  type Row,
  type TableError,
} from './table.js';

export const M = {
  summary: [
    '用法：fairkit import <employers.csv> [--booths booths.csv] [--into feed.json] [--fair <编号>]',
    'Usage: fairkit import <employers.csv> [--booths booths.csv] [--into feed.json] [--fair <id>]',
  ],
  help: [
    `把招聘信息表（每行一个岗位）导入数据源：同一单位的多行合并为一家单位及其岗位，
按展位号关联展位，并合并进已有的数据源而不丢失其中已有的内容。

读取 CSV 或 TSV，UTF-8（有无 BOM 均可）、GB18030 或 UTF-16，自动识别编码和分隔符。
识别的表头：单位名称、展位号、所属行业、所在地区、单位性质、招聘岗位、招聘人数、
专业要求、学历要求、工作地点、单位简称、单位网址、投递链接、单位logo、宣传视频、
单位简介、标签，以及对应的英文名（name、booth、industry、region、type、position、
openings、majors、degree、city …）。联系人、电话、邮箱等个人信息列不会导入。

选项：
  --into <feed.json>   合并进这个数据源并写回（不存在则新建）；不加则输出到标准输出
  --fair <编号>        关联哪场展会的展位（数据源只有一场时可省略）
  --booths <文件>      第二张表：展位（展位号、展厅、x、y、宽、高）或分配（单位名称、展位号）
  --map <列=字段>      其他表头，如 --map "公司=name,岗位=title"（可重复）
  --dry-run            只报告结果，不写入

退出码：0 已导入；1 表中没有可用的数据；2 文件无法读取`,
    `Imports a recruitment sheet (one row per position) into a feed: the rows of one employer become
one employer with its positions, booth numbers link it to the fair's booths, and everything is
merged into an existing feed without losing what the feed already has.

Reads CSV or TSV in UTF-8 (with or without BOM), GB18030 or UTF-16: the encoding and the
delimiter are detected. Headers it knows: name (单位名称), booth (展位号), industry (所属行业),
region (所在地区), type (单位性质), position/title (招聘岗位), openings (招聘人数), majors
(专业要求), degree (学历要求), city (工作地点), shortName, url, applyUrl, logo, video,
description, tags. Columns of personal contact details (联系人, phone, e-mail) are never imported.

Options:
  --into <feed.json>   merge into this feed and write it back (created when missing); without it,
                       print the feed
  --fair <id>          whose booths to link (may be left out when the feed has one fair)
  --booths <file>      a second sheet: booths (booth, hall, x, y, w, h) or assignments (name, booth)
  --map <column=field> other headers, e.g. --map "Company=name,Job=title" (may be repeated)
  --dry-run            report what would change, write nothing

Exit status: 0 imported; 1 nothing usable in the sheet; 2 a file cannot be read`,
  ],
  empty: ['{file} 是空的', '{file} is empty'],
  workbook: [
    '{file} 是 Excel 工作簿，不是 CSV：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后导入',
    '{file} is an Excel workbook, not CSV: save it as "CSV UTF-8 (Comma delimited)" in Excel and import that',
  ],
  headerOnly: ['{file} 只有表头，没有数据行', '{file} has a header row but no data rows'],
  noNameColumn: [
    '{file} 中没有表示单位名称的列：应为{expected}之一；实际表头为{found}。请用 --map "<列名>=name" 指定。',
    'No column of {file} names the employer: expected one of {expected}; its header is {found}. Name yours with --map "<column>=name".',
  ],
  csv: ['{file} 第 {line} 行无法解析（{detail}）', '{file} line {line} cannot be read ({detail})'],
  badMap: [
    '--map 应写作 "列名=字段"，字段为 {fields} 之一，实际是 {found}',
    '--map must be "column=field" with a field among {fields}, not {found}',
  ],
  read: [
    '{file}：{encoding}，{delimiter}分隔，{count} 行数据',
    '{file}: {encoding}, {delimiter}-separated, {count} rows',
  ],
  mixed: [
    '第 {lines} 行是 GB18030 编码，其余是 UTF-8：已逐行按各自的编码读取，请核对这些行',
    'Lines {lines} are GB18030 while the rest is UTF-8: each line was read in its own encoding; check those rows',
  ],
  result: [
    '单位 {employers} 家（新增 {added}，更新 {updated}），岗位 {positions} 个，关联展位 {booths} 个',
    '{employers} employers ({added} new, {updated} updated), {positions} positions, {booths} booths linked',
  ],
  boothsAdded: [
    '新增或更新展位 {count} 个',
    '{count} booth added or updated|{count} booths added or updated',
  ],
  skippedHead: ['跳过 {count} 行：', 'Skipped {count} row:|Skipped {count} rows:'],
  notesHead: ['提示：', 'Notes:'],
  nothing: ['{file} 中没有可导入的行', 'Nothing in {file} could be imported'],
  dryRun: ['（--dry-run：未写入）', '(--dry-run: nothing written)'],
  lines: ['第 {list} 行', 'line {list}|lines {list}'],
  at: ['{where}：{text}', '{where}: {text}'],
  sep: ['、', ', '],
  andMore: ['等 {count} 行', '… {count} in all'],
  // Rows skipped.
  noName: ['没有单位名称', 'no employer name'],
  noBoothNumber: ['没有展位号', 'no booth number'],
  badGeometry: [
    '展位 {booth} 的 x、y、宽、高应为数字（宽、高大于 0）',
    'booth {booth}: x, y, w and h must be numbers (w and h above 0)',
  ],
  unknownEmployer: [
    '表中和数据源中都没有名为“{name}”的单位',
    'no employer named "{name}" in the sheet or the feed',
  ],
  // Notes.
  vague: [
    '{column}“{found}”没有具体数字，已留空',
    '{column} "{found}" gives no number; left empty',
  ],
  range: [
    '{column}“{found}”是范围，取下限 {value}',
    '{column} "{found}" is a range; read as {value}',
  ],
  badCount: [
    '{column}“{found}”不是人数，已留空',
    '{column} "{found}" is not a number of people; left empty',
  ],
  conflict: [
    '{name} 的{column}“{found}”与前面的“{kept}”不同，保留前者',
    '{column} "{found}" of {name} differs from "{kept}" above; kept the first',
  ],
  badUrl: [
    '{column}“{found}”不是可用的网址，已略去',
    '{column} "{found}" is not a usable URL; left out',
  ],
  boothTaken: [
    '展位 {booth} 已分配给{other}，{name}未分配到该展位',
    'booth {booth} already went to {other}, so {name} was not placed there',
  ],
  noBooth: ['展会“{fair}”中没有展位 {booth}', 'fair "{fair}" has no booth {booth}'],
  noBooths: [
    '展会“{fair}”还没有展位，展位号未关联：请先运行 fairkit layout，或使用 --booths',
    'fair "{fair}" has no booths yet, so booth numbers were not linked: run fairkit layout first, or pass --booths',
  ],
  noFair: [
    '数据源中没有展会，展位号未关联：请用 --fair <编号> 指定或新建一场展会',
    'The feed has no fair, so booth numbers were not linked: name or create one with --fair <id>',
  ],
  freed: [
    '展位 {booth} 已空出：{name}现在在表中所列的展位',
    'booth {booth} is free now: {name} stands where the sheet says',
  ],
  moved: [
    '展位 {booth} 原属 {other}，现分配给 {name}',
    'booth {booth} was {other}’s and is now {name}’s',
  ],
  private: [
    '列{columns}是个人联系方式，不会写入公开的数据源',
    'Column {columns} holds personal contact details and is never put into a public feed|Columns {columns} hold personal contact details and are never put into a public feed',
  ],
  unknownColumns: [
    '未识别的列{columns}已忽略；可用 --map "列名=字段" 指定',
    'Column {columns} is not known and was ignored; map it with --map "column=field"|Columns {columns} are not known and were ignored; map them with --map "column=field"',
  ],
  duplicateColumn: [
    '列“{column}”与前面的列同为 {field}，已忽略',
    'column "{column}" is a second {field} column; ignored',
  ],
  hallCreated: [
    '新建了展厅 {hall}（大小按其展位估算，请核对）',
    'Created hall {hall} (sized from its booths: check it)',
  ],
  encodings: {
    'utf-8': ['UTF-8', 'UTF-8'],
    'utf-8-bom': ['UTF-8（带 BOM）', 'UTF-8 with BOM'],
    gb18030: ['GB18030', 'GB18030'],
    'utf-16le': ['UTF-16', 'UTF-16'],
    'utf-16be': ['UTF-16 (BE)', 'UTF-16 (BE)'],
    mixed: ['UTF-8 与 GB18030 混合', 'mixed UTF-8 and GB18030'],
  },
  delimiters: { ',': ['逗号', 'comma'], '\t': ['制表符', 'tab'], ';': ['分号', 'semicolon'] },
} as const;

/** The fields of an employer sheet and the header names that mean them (besides the field's own). */
export const EMPLOYER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  name: [
    '单位名称',
    '企业名称',
    '公司名称',
    '用人单位',
    '单位',
    '单位全称',
    'employer',
    'company',
    'employer name',
    'company name',
    'organization',
  ],
  shortName: ['单位简称', '简称', 'short name'],
  booth: ['展位号', '展位', '展位编号', '摊位号', 'booth', 'booth number', 'booth no', 'stand'],
  industry: ['所属行业', '行业', '行业类别', '行业分类', 'sector'],
  region: ['所在地区', '地区', '所在地', '所在省份', '省份', '单位所在地', 'province', 'location'],
  type: ['单位性质', '企业性质', '性质', '单位类型', 'employer type', 'ownership'],
  title: [
    '招聘岗位',
    '岗位',
    '岗位名称',
    '职位',
    '职位名称',
    '招聘职位',
    'position',
    'job title',
    'job',
  ],
  openings: ['招聘人数', '需求人数', '人数', '招聘数量', 'headcount', 'vacancies'],
  majors: ['专业要求', '专业', '需求专业', '专业名称', 'major'],
  degree: ['学历要求', '学历', '学历层次', 'education'],
  city: ['工作地点', '工作城市', '工作地', 'work location', 'job location'],
  url: ['单位网址', '网址', '官网', '单位主页', 'website', 'homepage'],
  applyUrl: [
    '投递链接',
    '网申地址',
    '网申链接',
    '简历投递',
    '投递地址',
    '申请链接',
    'apply',
    'apply url',
    'application url',
  ],
  logo: ['单位logo', '标志'],
  video: ['视频', '宣传视频'],
  description: ['单位简介', '简介', '单位介绍', 'about'],
  tags: ['标签', 'tag'],
};

/** A booth sheet: booths with their place, or booth numbers given to employers by name. */
export const BOOTH_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  booth: EMPLOYER_COLUMNS.booth!,
  name: EMPLOYER_COLUMNS.name!,
  hall: ['展厅', '展馆', '场馆', '馆', '区域'],
  x: ['横坐标'],
  y: ['纵坐标'],
  w: ['宽', '宽度', 'width'],
  h: ['高', '深', '深度', '高度', 'height', 'depth'],
};

/** Personal data a public feed must never carry: recognised so it is left out on purpose. */
const PRIVATE = columnLookup({
  private: [
    '联系人',
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '邮箱',
    '电子邮箱',
    '电子邮件',
    'email',
    'e-mail',
    'phone',
    'mobile',
    'contact',
    '联系方式',
    'qq',
    '微信',
    'wechat',
    '传真',
    'fax',
    '身份证号',
  ],
});

/** A name in quotes the language's way: “单位名称” in Chinese, "Company" in English. */
const quote = (ctx: Context, text: string) =>
  catalogLang(ctx.lang) === 'zh' ? `“${text}”` : `"${text}"`;

/** The employer fields kept as the sheet's first value (a later different one is a note). */
const EMPLOYER_TEXT = ['shortName', 'industry', 'region', 'type', 'description'] as const;
const EMPLOYER_URLS = ['url', 'applyUrl', 'logo', 'video'] as const;

/** Problems and guesses, each said once with every line it happened on. */
class Findings {
  readonly #items = new Map<
    string,
    { message: Message; params: Record<string, string | number>; lines: number[] }
  >();

  add(message: Message, params: Record<string, string | number>, line?: number): void {
    const key = `${message[1]}\u0000${JSON.stringify(params)}`;
    let item = this.#items.get(key);
    if (!item) this.#items.set(key, (item = { message, params, lines: [] }));
    if (line !== undefined) item.lines.push(line);
  }

  get size(): number {
    return this.#items.size;
  }

  /** How many different lines the findings name. */
  get lineCount(): number {
    return new Set([...this.#items.values()].flatMap((item) => item.lines)).size;
  }

  /** Lines in the language: "lines 3, 5: no employer name". */
  lines(ctx: Context): string[] {
    return [...this.#items.values()].map(({ message, params, lines }) => {
      const text = say(ctx, message, params);
      if (!lines.length) return text;
      const shown = lines.slice(0, 12).join(say(ctx, M.sep));
      const list =
        lines.length > 12 ? `${shown} ${say(ctx, M.andMore, { count: lines.length })}` : shown;
      const where = say(ctx, M.lines, { list, count: lines.length });
      return say(ctx, M.at, { where, text });
    });
  }
}

/** What the sheet says of one employer, its rows merged. */
interface Gathered {
  name: string;
  line: number;
  fields: Json;
  positions: Json[];
  booths: { label: string; line: number }[];
}

/** A read sheet: how it was decoded, its columns' fields, its data rows. */
interface Sheet {
  decoded: Decoded;
  delimiter: string;
  header: string[];
  fields: (string | undefined)[];
  rows: Row[];
}

/** `--map "公司=name,岗位=title"` (repeatable) as header → field, each field checked. */
export function parseMap(ctx: Context, specs: string[]): Map<string, string> {
  const columns = { ...EMPLOYER_COLUMNS, ...BOOTH_COLUMNS };
  // A field by its name or any header name for it: `title`, `position` and `招聘岗位` alike.
  const fieldOf = columnLookup(columns);
  const map = new Map<string, string>();
  for (const spec of specs) {
    for (const pair of spec.split(/[,，]/).filter((s) => s.trim())) {
      const [column, name] = pair.split(/[=＝]/).map((s) => s.trim());
      const field = name ? fieldOf(name) : undefined;
      if (!column || !field) {
        const fields = Object.keys(columns).join(', ');
        throw new CliError(say(ctx, M.badMap, { fields, found: pair }));
      }
      map.set(column, field);
    }
  }
  return map;
}

/**
 * Reads a sheet and maps its header. Empty, header-only and name-less sheets stop the command
 * (exit 1); an unreadable file or quoting that cannot be recovered, exit 2.
 */
async function readSheet(
  ctx: Context,
  file: string,
  columns: Readonly<Record<string, readonly string[]>>,
  extra: Map<string, string>,
  findings: Findings,
  needs: string,
): Promise<Sheet> {
  const { bytes } = await readInput(ctx, file);
  // An Excel workbook (xlsx is a zip, xls an OLE file) is not text: say how to save it.
  if (/^(504b0304|d0cf11e0)/.test(Buffer.from(bytes.subarray(0, 4)).toString('hex'))) {
    throw new CliError(say(ctx, M.workbook, { file }));
  }
  const decoded = decode(bytes);
  if (decoded.text.trim() === '') throw new CliError(say(ctx, M.empty, { file }), 1);
  let rows: Row[];
  const delimiter = delimiterOf(decoded.text);
  try {
    rows = readRows(decoded.text, delimiter);
  } catch (error) {
    const { line, message } = error as TableError;
    throw new CliError(say(ctx, M.csv, { file, line, detail: message }));
  }
  const header = rows.shift()?.cells.map((cell) => cell.trim()) ?? [];
  const lookup = columnLookup(
    columns,
    new Map([...extra].filter(([, field]) => Object.hasOwn(columns, field))),
  );
  const taken = new Set<string>();
  const unknown: string[] = [];
  const personal: string[] = [];
  const fields = header.map((cell) => {
    const field = lookup(cell);
    if (field === undefined) {
      if (cell) (PRIVATE(cell) ? personal : unknown).push(quote(ctx, cell));
      return undefined;
    }
    if (taken.has(field)) {
      findings.add(M.duplicateColumn, { column: cell, field });
      return undefined;
    }
    taken.add(field);
    return field;
  });
  if (!taken.has(needs)) {
    const expected = listFormat(ctx.lang, { type: 'disjunction' }).format(
      columns[needs]!.slice(0, 4).map((name) => quote(ctx, name)),
    );
    const found = listFormat(ctx.lang).format(header.map((cell) => quote(ctx, cell)));
    throw new CliError(say(ctx, M.noNameColumn, { file, expected, found }), 1);
  }
  if (rows.length === 0) throw new CliError(say(ctx, M.headerOnly, { file }), 1);
  const list = (names: string[]) => listFormat(ctx.lang).format(names);
  if (personal.length) {
    findings.add(M.private, { columns: list(personal), count: personal.length });
  }
  if (unknown.length) {
    findings.add(M.unknownColumns, { columns: list(unknown), count: unknown.length });
  }
  return { decoded, delimiter, header, fields, rows };
}

/** The cells of a row by field, trimmed; missing cells are empty. */
function cellsOf(sheet: Sheet, row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  sheet.fields.forEach((field, i) => {
    if (field !== undefined) out[field] = (row.cells[i] ?? '').trim();
  });
  return out;
}

/** A URL cell made usable: `www.example.com` gets `https://`; anything unsafe is `undefined`. */
function urlCell(cell: string, image: boolean): string | undefined {
  const url =
    /^[\w-]+(\.[\w-]+)+([/?#:]|$)/.test(cell) && !/^[\w-]+:/.test(cell) ? `https://${cell}` : cell;
  return safeUrl(url, undefined, { image }) ?? undefined;
}

/** The header name of a field in this sheet, for messages ("招聘人数"). */
const columnName = (sheet: Sheet, field: string) =>
  sheet.header[sheet.fields.indexOf(field)] ?? field;

/** The employers of a sheet, in order of their first row. */
function gather(
  sheet: Sheet,
  skipped: Findings,
  notes: Findings,
  industries: (cell: string) => string,
): Map<string, Gathered> {
  const employers = new Map<string, Gathered>();
  for (const row of sheet.rows) {
    const cells = cellsOf(sheet, row);
    const name = (cells.name ?? '').replace(/\s+/g, ' ');
    if (!name) {
      skipped.add(M.noName, {}, row.line);
      continue;
    }
    const key = nameKey(name);
    let employer = employers.get(key);
    if (!employer)
      employers.set(
        key,
        (employer = { name, line: row.line, fields: {}, positions: [], booths: [] }),
      );
    for (const field of EMPLOYER_TEXT) {
      const raw = cells[field];
      if (!raw) continue;
      const value =
        field === 'type' ? employerType(raw) : field === 'industry' ? industries(raw) : raw;
      const kept = employer.fields[field];
      if (kept === undefined) employer.fields[field] = value;
      else if (kept !== value) {
        notes.add(
          M.conflict,
          { name, column: columnName(sheet, field), found: raw, kept: String(kept) },
          row.line,
        );
      }
    }
    for (const field of EMPLOYER_URLS) {
      const raw = cells[field];
      if (!raw || employer.fields[field] !== undefined) continue;
      const url = urlCell(raw, field === 'logo');
      if (url) employer.fields[field] = url;
      else notes.add(M.badUrl, { column: columnName(sheet, field), found: raw }, row.line);
    }
    if (cells.tags) {
      const tags = (employer.fields.tags ??= []) as string[];
      for (const tag of majors(cells.tags)) if (!tags.includes(tag)) tags.push(tag);
    }
    for (const label of boothNumbers(cells.booth ?? '')) {
      if (!employer.booths.some((b) => boothKey(b.label) === boothKey(label))) {
        employer.booths.push({ label, line: row.line });
      }
    }
    const title = cells.title;
    if (!title) continue;
    const position: Json = { title };
    const count = parseCount(cells.openings ?? '');
    const column = columnName(sheet, 'openings');
    const found = cells.openings ?? '';
    if (count.kind === 'number' || count.kind === 'range') position.openings = count.value;
    if (count.kind === 'range') notes.add(M.range, { column, found, value: count.value }, row.line);
    if (count.kind === 'vague') notes.add(M.vague, { column, found }, row.line);
    if (count.kind === 'bad') notes.add(M.badCount, { column, found }, row.line);
    const list = majors(cells.majors ?? '');
    if (list.length) position.majors = list;
    const level = degree(cells.degree ?? '');
    if (level) position.degree = level;
    if (cells.city) position.city = cells.city;
    employer.positions.push(position);
  }
  return employers;
}

/** The names of a Text value (a string, or each language's). */
const namesOf = (text: unknown): string[] =>
  typeof text === 'string'
    ? [text]
    : isObject(text)
      ? Object.values(text).filter((v): v is string => typeof v === 'string')
      : [];

/** Industry cells as the feed's industry ids where a name matches, else as written. */
function industryLookup(doc: Json): (cell: string) => string {
  const ids = new Map<string, string>();
  for (const industry of Array.isArray(doc.industries) ? doc.industries : []) {
    if (!isObject(industry) || typeof industry.id !== 'string') continue;
    ids.set(nameKey(industry.id), industry.id);
    for (const name of namesOf(industry.name)) ids.set(nameKey(name), industry.id);
  }
  return (cell) => ids.get(nameKey(cell)) ?? cell;
}

/** The employers of the feed by each of their names, and the ids in use. */
function employerIndex(doc: Json) {
  const employers = listAt(doc, 'employers');
  const byName = new Map<string, Json>();
  const ids = new Set<string>();
  for (const employer of employers) {
    if (!isObject(employer)) continue;
    if (typeof employer.id === 'string') ids.add(employer.id);
    for (const name of namesOf(employer.name))
      if (!byName.has(nameKey(name))) byName.set(nameKey(name), employer);
  }
  return { employers, byName, ids };
}

/** Puts the sheet's employers into the feed; returns how many were added and updated. */
function mergeEmployers(doc: Json, gathered: Map<string, Gathered>) {
  const { employers, byName, ids } = employerIndex(doc);
  const idOf = new Map<string, string>();
  let added = 0;
  let updated = 0;
  for (const [key, found] of gathered) {
    let employer = byName.get(key);
    if (employer) {
      updated++;
      Object.assign(employer, found.fields);
      if (found.positions.length) employer.positions = found.positions;
    } else {
      added++;
      let id = idFor(found.name);
      for (let n = 2; ids.has(id); n++) id = `${idFor(found.name)}-${n}`;
      ids.add(id);
      employer = { id, name: found.name, ...found.fields };
      if (found.positions.length) employer.positions = found.positions;
      employers.push(employer);
      byName.set(key, employer);
    }
    idOf.set(key, String(employer.id));
  }
  return { added, updated, idOf, byName };
}

/** The display name of an employer id, for messages. */
function nameOfId(doc: Json, id: unknown): string {
  const employer = (doc.employers as Json[]).find((e) => isObject(e) && e.id === id);
  return employer ? (namesOf(employer.name)[0] ?? String(id)) : String(id);
}

/** Booths of a fair by number (label, else id). */
function boothIndex(fair: Json): Map<string, Json> {
  const index = new Map<string, Json>();
  for (const booth of listAt(fair, 'booths')) {
    if (!isObject(booth)) continue;
    const label = typeof booth.label === 'string' ? booth.label : booth.id;
    if (typeof label === 'string' && !index.has(boothKey(label))) index.set(boothKey(label), booth);
  }
  return index;
}

/** Adds booths (with a place) from a booth sheet, and collects its assignments (name → booths). */
function applyBoothSheet(sheet: Sheet, fair: Json, findings: Findings, notes: Findings) {
  const booths = listAt(fair, 'booths');
  const halls = listAt(fair, 'halls');
  const index = boothIndex(fair);
  const assignments: { name: string; label: string; line: number }[] = [];
  let changed = 0;
  for (const row of sheet.rows) {
    const cells = cellsOf(sheet, row);
    const [label] = boothNumbers(cells.booth ?? '');
    if (!label) {
      findings.add(M.noBoothNumber, {}, row.line);
      continue;
    }
    if (cells.name) assignments.push({ name: cells.name, label, line: row.line });
    const place = ['x', 'y', 'w', 'h'].map((field) => cells[field] ?? '');
    if (!cells.hall && place.every((cell) => cell === '')) continue;
    const [x, y, w, h] = place.map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : NaN));
    if (!cells.hall || !(x! >= 0 && y! >= 0 && w! > 0 && h! > 0)) {
      findings.add(M.badGeometry, { booth: label }, row.line);
      continue;
    }
    let booth = index.get(boothKey(label));
    if (!booth) {
      booths.push((booth = { id: label }));
      index.set(boothKey(label), booth);
    }
    Object.assign(booth, { hall: cells.hall, x, y, w, h });
    changed++;
  }
  // A hall the sheet names but the fair lacks: sized to hold its booths, with a 3 m border.
  for (const hallId of new Set(booths.filter(isObject).map((b) => b.hall))) {
    if (typeof hallId !== 'string' || halls.some((hall) => isObject(hall) && hall.id === hallId))
      continue;
    const mine = booths.filter((b) => isObject(b) && b.hall === hallId) as {
      x: number;
      y: number;
      w: number;
      h: number;
    }[];
    const width = Math.max(...mine.map((b) => b.x + b.w)) + 3;
    const height = Math.max(...mine.map((b) => b.y + b.h)) + 3;
    halls.push({
      id: hallId,
      name: hallName(hallId),
      width,
      height,
    });
    notes.add(M.hallCreated, { hall: hallId });
  }
  return { assignments, changed };
}

/** Links employers to the fair's booths by number; returns how many booths were linked. */
function linkBooths(
  doc: Json,
  fair: Json,
  wanted: { key: string; name: string; id: string; label: string; line: number }[],
  findings: Findings,
): number {
  const index = boothIndex(fair);
  const fairId = String(fair.id);
  if (index.size === 0 && wanted.length) {
    findings.add(M.noBooths, { fair: fairId });
    return 0;
  }
  const givenNow = new Map<Json, string>();
  let linked = 0;
  for (const { name, id, label, line } of wanted) {
    const booth = index.get(boothKey(label));
    if (!booth) {
      findings.add(M.noBooth, { fair: fairId, booth: label }, line);
      continue;
    }
    const now = givenNow.get(booth);
    if (now !== undefined && now !== id) {
      findings.add(M.boothTaken, { booth: label, other: nameOfId(doc, now), name }, line);
      continue;
    }
    if (now === undefined && booth.employer !== undefined && booth.employer !== id) {
      findings.add(M.moved, { booth: label, other: nameOfId(doc, booth.employer), name }, line);
    }
    booth.employer = id;
    givenNow.set(booth, id);
    linked++;
  }
  // The sheets say where each of their employers stands now: a booth it had before is free.
  const placed = new Set(givenNow.values());
  for (const [label, booth] of index) {
    const id = booth.employer;
    if (typeof id !== 'string' || !placed.has(id) || givenNow.get(booth) === id) continue;
    delete booth.employer;
    findings.add(M.freed, {
      booth: String(booth.label ?? booth.id ?? label),
      name: nameOfId(doc, id),
    });
  }
  // A fair's `employers` is a list of ids, not of objects.
  const taking = listAt(fair, 'employers') as unknown as string[];
  for (const id of new Set(wanted.map((w) => w.id))) if (!taking.includes(id)) taking.push(id);
  return linked;
}

export interface ImportOptions {
  booths?: string;
  into?: string;
  fair?: string;
  map?: string[];
  'dry-run'?: boolean;
}

/** Runs `fairkit import`; resolves with the exit status. */
export async function importSheet(
  ctx: Context,
  file: string,
  options: ImportOptions = {},
): Promise<number> {
  const skipped = new Findings();
  const notes = new Findings();
  const map = parseMap(ctx, options.map ?? []);
  const feed: FeedFile = await openFeed(ctx, options.into);
  const sheet = await readSheet(ctx, file, EMPLOYER_COLUMNS, map, notes, 'name');
  const boothSheet = options.booths
    ? await readSheet(ctx, options.booths, BOOTH_COLUMNS, map, notes, 'booth')
    : undefined;

  ctx.err(`${describeSheet(ctx, file, sheet)}\n`);
  if (sheet.decoded.encoding === 'mixed')
    notes.add(M.mixed, { lines: sheet.decoded.gbLines.join(say(ctx, M.sep)) });
  const gathered = gather(sheet, skipped, notes, industryLookup(feed.doc));
  if (gathered.size === 0) {
    ctx.err(
      `${[say(ctx, M.skippedHead, { count: sheet.rows.length }), ...skipped.lines(ctx).map((l) => `  ${l}`)].join('\n')}\n`,
    );
    throw new CliError(say(ctx, M.nothing, { file }), 1);
  }
  const { added, updated, idOf, byName } = mergeEmployers(feed.doc, gathered);

  const fairs = Array.isArray(feed.doc.fairs) ? feed.doc.fairs : [];
  const wantsFair = options.fair !== undefined || fairs.length > 0 || boothSheet !== undefined;
  const fair = wantsFair ? fairOf(ctx, feed, options.fair, { fixed: true }) : undefined;
  let linked = 0;
  let boothsChanged = 0;
  const wanted = [...gathered].flatMap(([key, found]) =>
    found.booths.map((b) => ({
      key,
      name: found.name,
      id: idOf.get(key)!,
      label: b.label,
      line: b.line,
    })),
  );
  if (fair) {
    if (boothSheet) {
      const { assignments, changed } = applyBoothSheet(boothSheet, fair, skipped, notes);
      boothsChanged = changed;
      for (const { name, label, line } of assignments) {
        const employer = byName.get(nameKey(name));
        if (employer)
          wanted.push({ key: nameKey(name), name, id: String(employer.id), label, line });
        else skipped.add(M.unknownEmployer, { name }, line);
      }
    }
    linked = linkBooths(feed.doc, fair, wanted, notes);
  } else if (wanted.length) {
    notes.add(M.noFair, {});
  }

  const positions = [...gathered.values()].reduce((sum, g) => sum + g.positions.length, 0);
  const lines = [
    say(ctx, M.result, { employers: gathered.size, added, updated, positions, booths: linked }),
  ];
  if (boothsChanged) lines.push(say(ctx, M.boothsAdded, { count: boothsChanged }));
  const skippedRows = skipped.lines(ctx);
  if (skipped.size) {
    lines.push(
      say(ctx, M.skippedHead, { count: skipped.lineCount }),
      ...skippedRows.map((l) => `  ${l}`),
    );
  }
  if (notes.size) lines.push(say(ctx, M.notesHead), ...notes.lines(ctx).map((l) => `  ${l}`));
  ctx.err(`${lines.join('\n')}\n`);
  if (options['dry-run']) {
    ctx.err(`${say(ctx, M.dryRun)}\n`);
    return 0;
  }
  await saveFeed(ctx, feed);
  return 0;
}

/** "employers.csv: GB18030, comma-separated, 46 rows". */
function describeSheet(ctx: Context, file: string, sheet: Sheet): string {
  return say(ctx, M.read, {
    file,
    encoding: say(ctx, M.encodings[sheet.decoded.encoding]),
    delimiter: say(ctx, M.delimiters[sheet.delimiter as ',' | '\t' | ';']),
    count: sheet.rows.length,
  });
}
