/**
 * `fairkit layout --hall A --rows 20 --cols 30`: a hall and a grid of booths numbered the common
 * way (A-001 …), row by row, for `fairkit import` to assign employers to, or to be edited.
 *
 * The grid is the usual one of a gymnasium fair: rows back to back in pairs (one aisle serves two
 * rows of stands), an aisle around the edge, and a cross aisle after every `--aisle-every` stands.
 * Units are metres. Drawing a hall the feed already has needs `--replace`, which keeps every
 * employer on its booth number.
 */
import type { Message } from '../core/i18n.js';
import { CliError, say, type Context } from './context.js';
import { fairOf, hallName, isObject, listAt, openFeed, saveFeed, type Json } from './feed-file.js';

export const M = {
  summary: [
    '用法：fairkit layout --hall <编号> --rows <行数> --cols <列数> [选项]',
    'Usage: fairkit layout --hall <id> --rows <n> --cols <n> [options]',
  ],
  help: [
    `生成一个展厅和按行排列的展位网格，展位号为常见格式（A-001 …），
供 fairkit import 分配单位，或在数据源中再修改。单位为米。

选项：
  --hall <编号>        展厅编号，如 A（必填）
  --rows <行数>        展位行数；相邻两行背靠背（必填）
  --cols <列数>        每行展位数（必填）
  --aisle-every <n>    每 n 个展位留一条横向通道（默认不留）
  --booth <宽x深>      展位尺寸（默认 3x2）
  --aisle <宽>         通道宽度（默认 3）
  --name <名称>        展厅名称（默认 "A馆" / "Hall A"）
  --floor <楼层>       所在楼层
  --into <feed.json>   写入这个数据源（不存在则新建）；不加则输出到标准输出
  --fair <编号>        写入哪场展会（数据源只有一场时可省略；不存在则新建）
  --title <名称>       新建展会时的名称
  --start <日期>       新建展会时的开始日期，如 2027-03-22
  --replace            重新生成已有的展厅；单位按展位号保留

退出码：0 已写入；2 选项缺失或有误、展厅已存在（未加 --replace），或文件无法读写`,
    `Generates a hall and a grid of booths numbered the common way (A-001 …), row by row, for
fairkit import to assign employers to, or to edit in the feed. Units are metres.

Options:
  --hall <id>          the hall's id, e.g. A (required)
  --rows <n>           rows of booths; neighbouring rows stand back to back (required)
  --cols <n>           booths per row (required)
  --aisle-every <n>    a cross aisle after every n booths (default: none)
  --booth <WxD>        booth size (default: 3x2)
  --aisle <width>      aisle width (default: 3)
  --name <name>        the hall's name (default: "A馆" / "Hall A")
  --floor <n>          the floor it is on
  --into <feed.json>   write into this feed (created when missing); without it, print the feed
  --fair <id>          which fair (may be left out when the feed has one; created when missing)
  --title <title>      the title of a fair created here
  --start <date>       the start of a fair created here, e.g. 2027-03-22
  --replace            draw a hall the feed already has again; employers keep their booth numbers

Exit status: 0 written; 2 an option is missing or wrong, the hall exists (without --replace),
or a file cannot be read or written`,
  ],
  required: ['缺少必填选项 --{name}', 'Missing required option --{name}'],
  count: [
    '--{name} 应为 1 到 {max} 的整数，实际是 {found}',
    '--{name} must be a whole number from 1 to {max}, not {found}',
  ],
  size: [
    '--{name} 应为大于 0 的数字，实际是 {found}',
    '--{name} must be a number above 0, not {found}',
  ],
  booth: [
    '--booth 应写作 宽x深，如 3x2，实际是 {found}',
    '--booth must be WIDTHxDEPTH such as 3x2, not {found}',
  ],
  floor: [
    '--floor 应为整数楼层，实际是 {found}',
    '--floor must be a whole floor number, not {found}',
  ],
  tooMany: [
    '一个展厅最多 {max} 个展位，这里是 {count} 个',
    'A hall has at most {max} booths; this one would have {count}',
  ],
  exists: [
    '展会 "{fair}" 已有展厅 "{hall}"（{count} 个展位）。如要重新生成，请加 --replace（单位按展位号保留）。',
    'Fair "{fair}" already has hall "{hall}" ({count} booths). Pass --replace to draw it again (employers keep their booth numbers).',
  ],
  drawn: [
    '展厅 {hall}：{rows} 行 × {cols} 列 = {count} 个展位（{first} … {last}），{width} × {height} 米',
    'Hall {hall}: {rows} rows × {cols} = {count} booths ({first} … {last}), {width} × {height} m',
  ],
  kept: [
    '保留了 {count} 个展位的单位分配',
    'Kept the employers of {count} booth|Kept the employers of {count} booths',
  ],
  lost: [
    '以下展位号在新布局中不存在，其单位已无展位：{list}',
    'These booth numbers are not in the new layout, so their employers have no booth now: {list}',
  ],
} satisfies Record<string, Message>;

/** More booths than this in one hall is a typo, not a fair. */
export const MAX_BOOTHS = 20_000;

export interface LayoutOptions {
  hall?: string;
  rows?: string;
  cols?: string;
  'aisle-every'?: string;
  booth?: string;
  aisle?: string;
  name?: string;
  floor?: string;
  into?: string;
  fair?: string;
  title?: string;
  start?: string;
  replace?: boolean;
}

/** The geometry of a grid, in metres. */
export interface Grid {
  rows: number;
  cols: number;
  /** A cross aisle after every this many booths; 0 for none. */
  aisleEvery: number;
  boothW: number;
  boothH: number;
  aisle: number;
}

/** `1.5` from `"1.5"`; `undefined` when it is not a number. */
const num = (text: string): number | undefined =>
  /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : undefined;

/** The hall of a grid and its booths, numbered `<hall>-001` … row by row. */
export function drawGrid(
  hallId: string,
  grid: Grid,
): { width: number; height: number; booths: Json[] } {
  const { rows, cols, aisleEvery, boothW, boothH, aisle } = grid;
  const crossings = (col: number) => (aisleEvery > 0 ? Math.floor(col / aisleEvery) : 0);
  const x = (col: number) => aisle + col * boothW + crossings(col) * aisle;
  // Rows stand back to back in pairs; an aisle runs between one pair and the next.
  const y = (row: number) =>
    aisle + Math.floor(row / 2) * (2 * boothH + aisle) + (row % 2) * boothH;
  const digits = Math.max(3, String(rows * cols).length);
  const booths: Json[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const id = `${hallId}-${String(booths.length + 1).padStart(digits, '0')}`;
      booths.push({ id, hall: hallId, x: round(x(col)), y: round(y(row)), w: boothW, h: boothH });
    }
  }
  return {
    width: round(x(cols - 1) + boothW + aisle),
    height: round(y(rows - 1) + boothH + aisle),
    booths,
  };
}

/** Metres to the centimetre: no 0.30000000000000004 in a feed a person edits. */
const round = (n: number) => Math.round(n * 100) / 100;

/** The grid the options ask for; a missing or impossible option stops the command (exit 2). */
function gridOf(ctx: Context, options: LayoutOptions): Grid {
  for (const name of ['hall', 'rows', 'cols'] as const) {
    if (!options[name]?.trim()) throw new CliError(say(ctx, M.required, { name }));
  }
  const count = (name: 'rows' | 'cols' | 'aisle-every', fallback?: number, max = 1000) => {
    const text = options[name];
    if (text === undefined && fallback !== undefined) return fallback;
    const n = num(text!);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > max) {
      throw new CliError(say(ctx, M.count, { name, max, found: text! }));
    }
    return n;
  };
  const size = /^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*$/i.exec(options.booth ?? '3x2');
  if (!size || !(Number(size[1]) > 0 && Number(size[2]) > 0)) {
    throw new CliError(say(ctx, M.booth, { found: options.booth! }));
  }
  const aisle = num(options.aisle ?? '3');
  if (!(aisle! > 0)) throw new CliError(say(ctx, M.size, { name: 'aisle', found: options.aisle! }));
  const grid = {
    rows: count('rows'),
    cols: count('cols'),
    aisleEvery: count('aisle-every', 0),
    boothW: Number(size[1]),
    boothH: Number(size[2]),
    aisle: aisle!,
  };
  if (grid.rows * grid.cols > MAX_BOOTHS) {
    throw new CliError(say(ctx, M.tooMany, { max: MAX_BOOTHS, count: grid.rows * grid.cols }));
  }
  return grid;
}

/** Runs `fairkit layout`; resolves with the exit status. */
export async function layout(ctx: Context, options: LayoutOptions): Promise<number> {
  const grid = gridOf(ctx, options);
  const hallId = options.hall!.trim();
  const file = await openFeed(ctx, options.into);
  const fair = fairOf(ctx, file, options.fair, { title: options.title, start: options.start });
  const halls = listAt(fair, 'halls');
  const booths = listAt(fair, 'booths');
  const at = halls.findIndex((hall) => isObject(hall) && hall.id === hallId);
  const old = booths.filter((booth) => isObject(booth) && booth.hall === hallId);
  if (at >= 0 && !options.replace) {
    throw new CliError(
      say(ctx, M.exists, { fair: String(fair.id), hall: hallId, count: old.length }),
    );
  }
  const drawn = drawGrid(hallId, grid);
  const floor = options.floor === undefined ? undefined : Number(options.floor);
  if (floor !== undefined && !Number.isInteger(floor)) {
    throw new CliError(say(ctx, M.floor, { found: options.floor! }));
  }
  const hall: Json = {
    id: hallId,
    name: options.name ?? hallName(hallId),
    ...(floor === undefined ? {} : { floor }),
    width: drawn.width,
    height: drawn.height,
  };
  // Employers stay on their booth number (its label, else its id) when a hall is drawn again.
  const employerAt = new Map<string, unknown>();
  for (const booth of old) {
    if (booth.employer !== undefined)
      employerAt.set(String(booth.label ?? booth.id), booth.employer);
  }
  let kept = 0;
  for (const booth of drawn.booths) {
    const employer = employerAt.get(booth.id as string);
    if (employer === undefined) continue;
    booth.employer = employer;
    employerAt.delete(booth.id as string);
    kept++;
  }
  if (at >= 0) halls[at] = hall;
  else halls.push(hall);
  fair.booths = [...booths.filter((booth) => !old.includes(booth)), ...drawn.booths];

  const count = drawn.booths.length;
  ctx.err(
    `${say(ctx, M.drawn, {
      hall: hallId,
      rows: grid.rows,
      cols: grid.cols,
      count,
      first: drawn.booths[0]!.id as string,
      last: drawn.booths[count - 1]!.id as string,
      width: drawn.width,
      height: drawn.height,
    })}\n`,
  );
  if (kept) ctx.err(`${say(ctx, M.kept, { count: kept })}\n`);
  if (employerAt.size)
    ctx.err(`${say(ctx, M.lost, { list: [...employerAt.keys()].join(', ') })}\n`);
  await saveFeed(ctx, file);
  return 0;
}
