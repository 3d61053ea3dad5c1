/**
 * The feed a command changes (`layout`, `import`): read as the JSON its author wrote, changed in
 * place, and written back with the same indentation. Commands work on that raw JSON, never on
 * `parseFeed`'s normalised copy, so fields they do not touch (unknown ones, times as written,
 * Text objects) come back exactly as they were. The result is checked with `parseFeed` before it is
 * written.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../feed/messages.js';
import { parseFeed } from '../feed/parse.js';
import { isoDate, type Message } from '../core/i18n.js';
import {
  CliError,
  indentOf,
  readInput,
  say,
  utf8,
  writeAtomically,
  type Context,
} from './context.js';

export type Json = Record<string, unknown>;

/** A feed being changed. */
export interface FeedFile {
  /** Where it is written back; `undefined` prints it on standard output. */
  path?: string;
  doc: Json;
  indent: string | number;
}

const M = {
  notJson: [
    '{file} 不是有效的 JSON（{detail}），因此没有改动它。请先修正（fairkit validate {file}）。',
    '{file} is not valid JSON ({detail}), so it was left alone. Fix it first (fairkit validate {file}).',
  ],
  notFeed: [
    '{file} 不是 fairkit 数据源（应为含 "version": 1 的 JSON 对象），因此没有改动它。',
    '{file} is not a fairkit feed (a JSON object with "version": 1), so it was left alone.',
  ],
  whichFair: [
    '{file} 中有 {count} 场展会：请用 --fair 指定其一（{list}）',
    '{file} has {count} fairs: choose one with --fair ({list})',
  ],
  created: [
    '已新建展会 "{id}"，开始日期为 {start}；如不对，请在数据源中修改或使用 --start 指定。',
    'Created fair "{id}" starting {start}; change it in the feed, or pass --start.',
  ],
  createdHere: [
    '已新建展会 "{id}"，开始日期为今天（{start}），名称为“双选会”：请在数据源中修改，或先用 fairkit layout --fair {id} --start <日期> --title <名称> 建立展会。',
    'Created fair "{id}" starting today ({start}), titled "Job fair": change them in the feed, or create the fair first with fairkit layout --fair {id} --start <date> --title <title>.',
  ],
  badStart: [
    '--start 应为日期或时间，如 2027-03-22 或 "2027-03-22 09:00"，实际是 {found}',
    '--start must be a date or time such as 2027-03-22 or "2027-03-22 09:00", not {found}',
  ],
  written: ['已写入 {file}', 'Written to {file}'],
  invalid: [
    '写出的数据源仍有 {count} 个错误（fairkit validate 可查看）：',
    'The feed written still has {count} error:|The feed written still has {count} errors:',
  ],
  title: ['双选会', 'Job fair'],
  notList: [
    '{file} 中的 {path} 应为列表（[…]），因此没有改动它。请先修正（fairkit validate {file}）。',
    '{path} in {file} should be a list ([…]), so the file was left alone. Fix it first (fairkit validate {file}).',
  ],
} satisfies Record<string, Message>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The default name of a hall: "A馆" / "Hall A" for a short id, the id itself otherwise. */
export const hallName = (id: string): Json | string =>
  /^[A-Za-z0-9]{1,3}$/.test(id) ? { 'zh-CN': `${id}馆`, en: `Hall ${id}` } : id;

/** The list at `obj[key]`, created when missing ({@link openFeed} and {@link fairOf} refused non-lists). */
export function listAt(obj: Json, key: string): Json[] {
  if (obj[key] === undefined) obj[key] = [];
  return obj[key] as Json[];
}

/**
 * Stops the command when a list the commands add to is something else in the feed: replacing it
 * would lose what the author wrote there.
 */
function checkLists(ctx: Context, file: FeedFile, obj: Json, keys: string[], at = ''): void {
  for (const key of keys) {
    if (obj[key] !== undefined && !Array.isArray(obj[key])) {
      throw new CliError(say(ctx, M.notList, { file: file.path ?? '-', path: `${at}${key}` }));
    }
  }
}

/**
 * Opens the feed at `path` for a change. A missing file is a new, empty feed; a file that is not
 * JSON, or not a feed object, stops the command (exit 2) before anything is written.
 */
export async function openFeed(ctx: Context, path: string | undefined): Promise<FeedFile> {
  if (path === undefined || !existsSync(resolve(ctx.cwd, path))) {
    return { path, doc: { version: 1 }, indent: 2 };
  }
  const text = utf8((await readInput(ctx, path)).bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CliError(say(ctx, M.notJson, { file: path, detail: (error as Error).message }));
  }
  if (!isObject(doc) || doc.version !== 1) throw new CliError(say(ctx, M.notFeed, { file: path }));
  const file: FeedFile = { path, doc, indent: indentOf(text) };
  checkLists(ctx, file, doc, ['fairs', 'employers']);
  return file;
}

/** What {@link fairOf} needs to create a fair that is not there yet. */
export interface NewFair {
  title?: string;
  start?: string;
  /** The command has no `--title` and `--start` (import): the message says how to set them. */
  fixed?: boolean;
}

/**
 * The fair a change goes into: `id` when given (created when the feed lacks it); else the feed's
 * only fair; else a new fair `fair`. Several fairs and no `id` stop the command with their ids.
 */
export function fairOf(
  ctx: Context,
  file: FeedFile,
  id: string | undefined,
  create: NewFair,
): Json {
  const fairs = listAt(file.doc, 'fairs');
  const found =
    id === undefined
      ? fairs.length === 1
        ? fairs[0]
        : undefined
      : fairs.find((f) => f?.id === id);
  if (isObject(found)) {
    checkLists(
      ctx,
      file,
      found,
      ['halls', 'booths', 'employers'],
      `fairs[${fairs.indexOf(found)}].`,
    );
    return found;
  }
  if (id === undefined && fairs.length > 1) {
    const list = fairs.map((f) => String(f?.id)).join(', ');
    throw new CliError(
      say(ctx, M.whichFair, { file: file.path ?? '-', count: fairs.length, list }),
    );
  }
  const start = create.start ?? isoDate(Date.now(), 'Asia/Shanghai');
  if (create.start !== undefined && !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?/.test(start)) {
    throw new CliError(say(ctx, M.badStart, { found: start }));
  }
  const fair: Json = {
    id: id ?? 'fair',
    title: create.title ?? { 'zh-CN': M.title[0], en: M.title[1] },
    start,
  };
  fairs.push(fair);
  if (create.start === undefined) {
    const message = create.fixed ? M.createdHere : M.created;
    ctx.err(`${say(ctx, message, { id: fair.id as string, start })}\n`);
  }
  return fair;
}

/**
 * Writes the changed feed back (or prints it), after checking it with `parseFeed`: errors it still
 * has (the author's own, or ours) are listed, never hidden.
 */
export async function saveFeed(ctx: Context, file: FeedFile): Promise<void> {
  const text = `${JSON.stringify(file.doc, null, file.indent)}\n`;
  const errors = parseFeed(text).issues.filter((issue) => issue.severity === 'error');
  if (errors.length) {
    const listed = errors.slice(0, 10).map((issue) => `  ${formatIssue(issue, ctx.lang)}`);
    ctx.err(`${[say(ctx, M.invalid, { count: errors.length }), ...listed].join('\n')}\n`);
  }
  if (file.path === undefined) {
    ctx.out(text);
  } else {
    await writeAtomically(ctx, file.path, text);
    ctx.err(`${say(ctx, M.written, { file: file.path })}\n`);
  }
}
