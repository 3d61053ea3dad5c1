/**
 * Runs the `fairkit` command line in-process: `main` with a context whose output is collected, in a
 * temporary folder of its own, with a `fetch` and standard input the test chooses.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';

/** A four-by-ten hall A (booths A-001 … A-040) in a new fair `spring`, into feed.json. */
const HALL_A =
  'layout --hall A --rows 4 --cols 10 --into feed.json --fair spring --start 2027-03-22';

/** The sample spreadsheets. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
/** The full-scale sample feed. */
export const SPRING_FAIR = fileURLToPath(
  new URL('../../fixtures/spring-fair.json', import.meta.url),
);

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface RunOptions {
  cwd?: string;
  lang?: string;
  stdin?: string | Uint8Array;
  fetch?: typeof fetch;
}

/** `fairkit ...argv` in `cwd` (a new temporary folder unless given), in English unless told. */
export async function fairkit(
  argv: string[],
  options: RunOptions = {},
): Promise<Run & { cwd: string }> {
  const cwd = options.cwd ?? scratch();
  let out = '';
  let err = '';
  const code = await main(argv, {
    lang: options.lang ?? 'en',
    cwd,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdin: async () =>
      typeof options.stdin === 'string'
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    fetch: options.fetch ?? (() => Promise.reject(new Error('no network in tests'))),
  });
  return { code, out, err, cwd };
}

/** A new empty folder, with the sample spreadsheets copied in when `fixtures` is set. */
export function scratch(fixtures = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'fairkit-cli-'));
  if (fixtures) cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

export interface RawBooth {
  id: string;
  hall: string;
  x: number;
  y: number;
  w: number;
  h: number;
  employer?: string;
  label?: string;
}

export interface RawPosition {
  title: string;
  openings?: number;
  majors?: string[];
  degree?: string;
  city?: string;
}

export interface RawEmployer {
  id: string;
  name: string;
  positions?: RawPosition[];
  [field: string]: unknown;
}

export interface RawFair {
  id: string;
  title: unknown;
  start: string;
  halls: { id: string; name: unknown; width: number; height: number; floor?: number }[];
  booths: RawBooth[];
  employers?: string[];
  [field: string]: unknown;
}

/** A feed as the commands write it (the fields the tests read). */
export interface RawFeed {
  version: 1;
  fairs: RawFair[];
  employers: RawEmployer[];
  [field: string]: unknown;
}

/** The feed in `dir/file`. */
export const readJson = (dir: string, file: string): RawFeed =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawFeed;

/** Writes `value` as JSON (or `text` as it is) to `dir/file`. */
export function write(dir: string, file: string, value: unknown): void {
  writeFileSync(
    join(dir, file),
    typeof value === 'string' ? value : JSON.stringify(value, null, 2),
  );
}

/** A four-by-ten hall A in fair `spring` of `dir/feed.json`, booths A-001 … A-040. */
export async function hallA(dir: string): Promise<void> {
  const { code, err } = await fairkit(HALL_A.split(' '), { cwd: dir });
  if (code !== 0) throw new Error(`layout failed: ${err}`);
}
