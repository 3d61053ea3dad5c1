/**
 * What every command of the `fairkit` command line gets: its language, where it runs, how it
 * writes, and the few input and output helpers they share (a feed from a file, a URL or standard
 * input; a feed written back in place). Tests build a {@link Context} of their own and call the
 * commands without a process.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { numberFormat, t, type Message } from '../core/i18n.js';

/** Where a command runs and how it talks. */
export interface Context {
  /** `zh-CN` or `en` (any BCP 47 tag; `zh…` gives Chinese, the rest English). */
  lang: string;
  /** Relative paths are read from here. */
  cwd: string;
  /** Standard output: the command's result (a feed, an SVG), nothing else. */
  out(text: string): void;
  /** Standard error: progress, summaries and problems, for the person at the terminal. */
  err(text: string): void;
  /** Standard input, for `-` as a file name. */
  stdin(): Promise<Uint8Array>;
  /** `fetch`, for feeds given as URLs. */
  fetch: typeof fetch;
}

/**
 * A problem that ends the command: `message` is printed as it is (already in the user's language)
 * and the process exits with `exit`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exit = 2,
  ) {
    super(message);
  }
}

/**
 * A message in the context's language (see `t`: `{name}` placeholders, plural `count`), every
 * number written the language's way ("2,500").
 */
export function say(
  ctx: Context,
  message: Message,
  params: Record<string, string | number> = {},
): string {
  const written: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    written[key] =
      typeof value === 'number' && key !== 'count' ? numberFormat(ctx.lang).format(value) : value;
  }
  return t(ctx.lang, message, written);
}

/**
 * The language to speak: `--lang`, else the locale of the environment (`LC_ALL`, `LC_MESSAGES`,
 * `LANG`: `zh_CN.UTF-8` is `zh-CN`), else the runtime's default locale.
 */
export function langFromEnv(env: Record<string, string | undefined>): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.split(/[.@]/)[0];
    if (value && value !== 'C' && value !== 'POSIX') return value.replace('_', '-');
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

const M = {
  noFile: ['找不到文件 {file}', 'No such file: {file}'],
  isDir: ['{file} 是文件夹，不是文件', '{file} is a folder, not a file'],
  unreadable: ['无法读取 {file}（{detail}）', 'Cannot read {file} ({detail})'],
  http: ['{url} 返回 HTTP {status}', '{url} answered HTTP {status}'],
  network: ['无法获取 {url}（{detail}）', 'Cannot fetch {url} ({detail})'],
  notWritten: ['无法写入 {file}（{detail}）', 'Cannot write {file} ({detail})'],
} satisfies Record<string, Message>;

/** What the usual system errors mean, in words. */
const ERRNO: Readonly<Record<string, Message>> = {
  ENOENT: ['不存在', 'it does not exist'],
  EACCES: ['没有权限', 'permission denied'],
  EPERM: ['没有权限', 'permission denied'],
  EISDIR: ['这是文件夹', 'it is a folder'],
  ENOTDIR: ['路径中有一段不是文件夹', 'a part of the path is not a folder'],
  ENOSPC: ['磁盘已满', 'the disk is full'],
  EROFS: ['文件系统只读', 'the file system is read-only'],
};

/** How long a feed URL may take. */
const FETCH_TIMEOUT_MS = 30_000;

/** What {@link readInput} read. */
export interface Input {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** How to name it in messages: the path or URL as given, `stdin` for `-`. */
  name: string;
  /** The URL relative URLs in it are resolved against (for a URL), else `undefined`. */
  baseUrl?: string;
}

/**
 * Reads a file, an `http(s)` URL, or standard input (`-`). Every failure is a {@link CliError}
 * (exit 2) that names the file and says what went wrong.
 */
export async function readInput(ctx: Context, source: string): Promise<Input> {
  if (source === '-') return { bytes: await ctx.stdin(), name: 'stdin' };
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await ctx.fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw new CliError(say(ctx, M.network, { url: source, detail: detail(ctx, error) }));
    }
    if (!response.ok)
      throw new CliError(say(ctx, M.http, { url: source, status: response.status }));
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      name: source,
      baseUrl: response.url || source,
    };
  }
  try {
    return { bytes: await readFile(resolve(ctx.cwd, source)), name: source };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? M.noFile : code === 'EISDIR' ? M.isDir : M.unreadable;
    throw new CliError(say(ctx, message, { file: source, detail: detail(ctx, error) }));
  }
}

/** UTF-8 text without its byte-order mark (JSON.parse rejects one; browsers drop it). */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A short reason from anything thrown: a system error in words, else its message. */
export function detail(ctx: Context, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(ERRNO, code)) return say(ctx, ERRNO[code]!);
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The indentation a JSON text uses (two spaces when it has none), so a rewrite keeps its look. */
export function indentOf(text: string): string | number {
  const found = /^\{\s*?\n([ \t]+)"/.exec(text);
  return found ? found[1]! : 2;
}

/**
 * A command's result: into `file` when given (`--out`: PowerShell 5 writes `>` as UTF-16), else
 * on standard output.
 */
export async function output(ctx: Context, file: string | undefined, text: string): Promise<void> {
  if (file === undefined) ctx.out(text);
  else await writeAtomically(ctx, file, text);
}

/**
 * Writes `text` to `file` without ever leaving half a file: into a temporary file next to it, then
 * renamed over it.
 */
export async function writeAtomically(ctx: Context, file: string, text: string): Promise<void> {
  const path = resolve(ctx.cwd, file);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    throw new CliError(say(ctx, M.notWritten, { file, detail: detail(ctx, error) }));
  }
}
