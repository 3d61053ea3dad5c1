import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from '../../../src/feed/parse.js';
import { fairkit, hallA, readJson, scratch, write, type RawFeed } from './helpers.js';

/** A folder with the sample sheets and a feed with hall A (A-001 … A-040) in fair `spring`. */
async function ready(): Promise<string> {
  const dir = scratch(true);
  await hallA(dir);
  return dir;
}

const byName = (feed: RawFeed, name: string) => feed.employers.find((e) => e.name === name)!;
const boothOf = (feed: RawFeed, label: string) =>
  feed.fairs[0]!.booths.find((b) => b.id === label)!;

describe('fairkit import: the sample sheets', () => {
  test('turns 46 position rows into 15 employers with their positions', async () => {
    const dir = await ready();
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 0, run.err);
    const feed = readJson(dir, 'feed.json');
    assert.equal(feed.employers.length, 15);
    assert.equal(feed.employers.flatMap((e) => e.positions ?? []).length, 46);
    assert.match(run.err, /15 employers \(15 new, 0 updated\), 46 positions, 16 booths linked/);
  });

  test('reads the GB18030 export exactly like the UTF-8 one', async () => {
    const utf8 = await ready();
    const gb = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: utf8 });
    const run = await fairkit(['import', 'employers-gb18030.csv', '--into', 'feed.json'], {
      cwd: gb,
    });
    assert.match(run.err, /GB18030, comma-separated, 46 rows/);
    assert.deepEqual(readJson(gb, 'feed.json'), readJson(utf8, 'feed.json'));
  });

  test('reads a UTF-16 "Unicode Text" export like the same sheet saved as UTF-8 TSV', async () => {
    const tsv = await ready();
    const utf16 = await ready();
    await fairkit(['import', 'employers-en.tsv', '--into', 'feed.json'], { cwd: tsv });
    const run = await fairkit(['import', 'employers-utf16.txt', '--into', 'feed.json'], {
      cwd: utf16,
    });
    assert.match(run.err, /UTF-16, tab-separated, 12 rows/);
    assert.deepEqual(readJson(utf16, 'feed.json'), readJson(tsv, 'feed.json'));
    assert.equal(readJson(tsv, 'feed.json').employers.length, 5);
  });

  test('maps Chinese employer types and degrees to the contract values', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    const types = new Set(feed.employers.map((e) => e.type));
    for (const type of [
      'central-soe',
      'soe',
      'private',
      'foreign',
      'institution',
      'university',
      'hospital',
    ]) {
      assert.ok(types.has(type), `no employer of type ${type}: ${[...types]}`);
    }
    const degrees = new Set(feed.employers.flatMap((e) => e.positions ?? []).map((p) => p.degree));
    assert.deepEqual([...degrees].filter(Boolean).sort(), [
      'associate',
      'bachelor',
      'doctoral',
      'master',
    ]);
  });

  test('keeps a cell with a quoted comma whole and names the line of a row after a line break inside a cell', async () => {
    const dir = await ready();
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const titles = readJson(dir, 'feed.json')
      .employers.flatMap((e) => e.positions ?? [])
      .map((p) => p.title);
    assert.ok(titles.includes('软件工程师（嵌入式, Linux）'));
    // Line 45 comes after the record on lines 38–39 whose 专业要求 holds a line break.
    assert.match(run.err, /lines 15, 45: 招聘人数 "10-15" is a range; read as 10/);
  });

  test('splits majors on 、 and leaves them out for 不限', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const positions = readJson(dir, 'feed.json').employers.flatMap((e) => e.positions ?? []);
    const control = positions.find((p) => p.title === '牵引控制工程师')!;
    assert.deepEqual(control.majors, ['电气工程及其自动化', '控制科学与工程', '自动化']);
    assert.ok(positions.some((p) => p.majors === undefined));
  });

  test('links each employer to its booth, and an employer with two booths to both', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-001').employer, byName(feed, '星云软件科技有限公司').id);
    const yinshan = byName(feed, '银杉数据科技有限公司').id;
    assert.equal(boothOf(feed, 'A-011').employer, yinshan);
    assert.equal(boothOf(feed, 'A-012').employer, yinshan);
    assert.equal(boothOf(feed, 'A-017').employer, undefined);
  });

  test('lists the employers as taking part in the fair', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    assert.deepEqual([...feed.fairs[0]!.employers!].sort(), feed.employers.map((e) => e.id).sort());
  });

  test('writes a feed that parseFeed reads without errors or warnings', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const { feed, issues } = parseFeed(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(
      issues.filter((i) => i.severity !== 'notice'),
      [],
    );
    assert.equal(feed!.fairs[0]!.booths.filter((b) => b.employer).length, 16);
  });

  test('prints the feed on standard output when there is no --into', async () => {
    const dir = scratch(true);
    const run = await fairkit(['import', 'employers.csv'], { cwd: dir });
    assert.equal(run.code, 0);
    const feed = JSON.parse(run.out) as RawFeed;
    assert.equal(feed.employers.length, 15);
    assert.match(run.err, /The feed has no fair, so booth numbers were not linked/);
  });

  test('speaks Chinese with a zh locale', async () => {
    const dir = await ready();
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], {
      cwd: dir,
      lang: 'zh-CN',
    });
    assert.match(run.err, /单位 15 家（新增 15，更新 0），岗位 46 个，关联展位 16 个/);
    assert.match(run.err, /第 7、28、48 行：招聘人数“若干”没有具体数字，已留空/);
  });
});

describe('fairkit import: merging into a feed', () => {
  test('changes nothing when the same sheet is imported twice', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const first = readFileSync(join(dir, 'feed.json'), 'utf8');
    const run = await fairkit(['import', 'employers-gb18030.csv', '--into', 'feed.json'], {
      cwd: dir,
    });
    assert.match(run.err, /\(0 new, 15 updated\)/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), first);
  });

  test('keeps what the feed already has: other fields, other employers, activities, indentation', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    byName(feed, '星云软件科技有限公司').logo = 'https://example.edu/logos/xingyun.png';
    byName(feed, '星云软件科技有限公司').name = '星云软件科技有限公司';
    feed.employers.push({ id: 'own', name: '手工添加的单位', video: 'https://example.edu/v.mp4' });
    feed.activities = [
      { id: 'talk-1', title: '宣讲会', start: '2027-03-20 14:00', employer: 'own' },
    ];
    feed.custom = { keep: true };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, '\t'));
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    const text = readFileSync(join(dir, 'feed.json'), 'utf8');
    const after = JSON.parse(text) as RawFeed;
    assert.equal(
      byName(after, '星云软件科技有限公司').logo,
      'https://example.edu/logos/xingyun.png',
    );
    assert.deepEqual(after.employers.at(-1), {
      id: 'own',
      name: '手工添加的单位',
      video: 'https://example.edu/v.mp4',
    });
    assert.deepEqual(after.activities, feed.activities);
    assert.deepEqual(after.custom, { keep: true });
    assert.match(text, /^\{\n\t"version"/);
  });

  test('matches an employer already in the feed by its name, whatever its spacing and full-width brackets', async () => {
    const dir = await ready();
    write(dir, 'feed.json', {
      ...readJson(dir, 'feed.json'),
      employers: [{ id: 'xy', name: { 'zh-CN': ' 星云软件科技 有限公司', en: 'Nebula Software' } }],
    });
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    assert.match(run.err, /\(14 new, 1 updated\)/);
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-001').employer, 'xy');
    assert.deepEqual(feed.employers[0]!.name, {
      'zh-CN': ' 星云软件科技 有限公司',
      en: 'Nebula Software',
    });
  });

  test('frees the booth an employer had when the sheet puts it elsewhere', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    write(dir, 'moved.csv', '单位名称,展位号\n星云软件科技有限公司,A-030\n');
    const run = await fairkit(['import', 'moved.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-030').employer, byName(feed, '星云软件科技有限公司').id);
    assert.equal(boothOf(feed, 'A-001').employer, undefined);
    assert.match(
      run.err,
      /booth A-001 is free now: 星云软件科技有限公司 stands where the sheet says/,
    );
  });

  test('keeps both stands of an employer placed by the main sheet and a booth sheet together', async () => {
    const dir = await ready();
    await fairkit(['layout', '--hall', 'B', '--rows', '1', '--cols', '6', '--into', 'feed.json'], {
      cwd: dir,
    });
    const both = [
      'import',
      'employers.csv',
      '--booths',
      'booth-assignments.csv',
      '--into',
      'feed.json',
    ];
    await fairkit(both, { cwd: dir });
    const run = await fairkit(both, { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    const id = byName(feed, '星云软件科技有限公司').id;
    assert.equal(boothOf(feed, 'A-001').employer, id);
    assert.equal(boothOf(feed, 'B-001').employer, id);
    assert.doesNotMatch(run.err, /is free now/);
  });

  test('gives a booth the sheet assigns anew to its new employer and says whose it was', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    write(dir, 'move.csv', '单位名称,展位号,招聘岗位\n新来的公司,A-003,工程师\n');
    const run = await fairkit(['import', 'move.csv', '--into', 'feed.json'], { cwd: dir });
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-003').employer, byName(feed, '新来的公司').id);
    assert.match(run.err, /booth A-003 was 青禾能源股份有限公司’s and is now 新来的公司’s/);
  });

  test('chooses the fair with --fair when the feed has several, and asks when it is not given', async () => {
    const dir = await ready();
    await fairkit(
      [
        'layout',
        '--hall',
        'B',
        '--rows',
        '2',
        '--cols',
        '5',
        '--into',
        'feed.json',
        '--fair',
        'autumn',
        '--start',
        '2027-10-10',
      ],
      { cwd: dir },
    );
    const asked = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    assert.equal(asked.code, 2);
    assert.match(asked.err, /has 2 fairs: choose one with --fair \(spring, autumn\)/);
    const run = await fairkit(
      ['import', 'employers.csv', '--into', 'feed.json', '--fair', 'spring'],
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
  });

  test('leaves a feed that is not JSON alone and exits 2', async () => {
    const dir = scratch(true);
    write(dir, 'feed.json', '{"version": 1, "fairs": [}');
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.err, /feed\.json is not valid JSON .*so it was left alone/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), '{"version": 1, "fairs": [}');
  });

  test('leaves a feed alone whose list it would add to is not a list, and exits 2', async () => {
    const dir = scratch(true);
    const text = JSON.stringify({ version: 1, employers: { a: { name: 'A' } } });
    write(dir, 'feed.json', text);
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(
      run.err,
      /^employers in feed\.json should be a list \(\[…\]\), so the file was left alone/,
    );
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), text);
  });

  test('leaves a feed alone whose fair has booths that are not a list, and exits 2', async () => {
    const dir = scratch();
    const text = JSON.stringify({
      version: 1,
      fairs: [{ id: 'f', title: 'F', start: '2027-03-22', booths: 'A-001' }],
    });
    write(dir, 'feed.json', text);
    const run = await fairkit(
      ['layout', '--hall', 'A', '--rows', '1', '--cols', '1', '--into', 'feed.json'],
      { cwd: dir },
    );
    assert.equal(run.code, 2);
    assert.match(run.err, /^fairs\[0\]\.booths in feed\.json should be a list/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), text);
  });

  test('writes nothing with --dry-run but reports the same', async () => {
    const dir = await ready();
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const run = await fairkit(['import', 'employers.csv', '--into', 'feed.json', '--dry-run'], {
      cwd: dir,
    });
    assert.equal(run.code, 0);
    assert.match(run.err, /15 employers \(15 new, 0 updated\)/);
    assert.match(run.err, /\(--dry-run: nothing written\)/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  });
});

describe('fairkit import: booth sheets', () => {
  test('reads --map for the booth sheet too', async () => {
    const dir = await ready();
    write(dir, 'stands.csv', '公司,摊位\n星云软件科技有限公司,A-040\n');
    const run = await fairkit(
      [
        'import',
        'employers.csv',
        '--booths',
        'stands.csv',
        '--map',
        '公司=name,摊位=booth',
        '--into',
        'feed.json',
      ],
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-040').employer, byName(feed, '星云软件科技有限公司').id);
  });

  test('adds the booths of a booth sheet and a hall to hold them', async () => {
    const dir = await ready();
    const run = await fairkit(
      ['import', 'employers.csv', '--booths', 'booths.csv', '--into', 'feed.json'],
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
    const fair = readJson(dir, 'feed.json').fairs[0]!;
    assert.deepEqual(
      fair.booths.find((b) => b.id === 'B-006'),
      { id: 'B-006', hall: 'B', x: 19, y: 6, w: 3, h: 2 },
    );
    const hall = fair.halls.find((h) => h.id === 'B')!;
    assert.deepEqual([hall.width, hall.height], [25, 11]);
    assert.match(run.err, /Notes:\n(.*\n)*  Created hall B \(sized from its booths: check it\)/);
    assert.doesNotMatch(run.err, /Skipped/);
  });

  test('assigns booths to employers by name from an assignment sheet', async () => {
    const dir = await ready();
    await fairkit(['import', 'employers.csv', '--booths', 'booths.csv', '--into', 'feed.json'], {
      cwd: dir,
    });
    const run = await fairkit(
      ['import', 'employers.csv', '--booths', 'booth-assignments.csv', '--into', 'feed.json'],
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.err);
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'B-002').employer, byName(feed, '华岳重工集团有限公司').id);
    assert.equal(boothOf(feed, 'A-002').employer, byName(feed, '华岳重工集团有限公司').id);
  });

  test('skips an assignment to an employer neither the sheet nor the feed has', async () => {
    const dir = await ready();
    write(dir, 'assign.csv', '单位名称,展位号\n不存在的公司,A-030\n');
    const run = await fairkit(
      ['import', 'employers.csv', '--booths', 'assign.csv', '--into', 'feed.json'],
      { cwd: dir },
    );
    assert.match(run.err, /line 2: no employer named "不存在的公司" in the sheet or the feed/);
  });

  test('skips a booth row whose place is not numbers', async () => {
    const dir = await ready();
    write(dir, 'bad-booths.csv', '展位号,展厅,x,y,宽,高\nC-001,C,4,6,3,2\nC-002,C,七,6,3,2\n');
    const run = await fairkit(
      ['import', 'employers.csv', '--booths', 'bad-booths.csv', '--into', 'feed.json'],
      { cwd: dir },
    );
    assert.match(run.err, /line 3: booth C-002: x, y, w and h must be numbers/);
    const booths = readJson(dir, 'feed.json').fairs[0]!.booths.map((b) => b.id);
    assert.ok(booths.includes('C-001') && !booths.includes('C-002'));
  });
});

describe('fairkit import: bad sheets', () => {
  test('says an empty file is empty and exits 1', async () => {
    const run = await fairkit(['import', 'empty.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 1);
    assert.equal(run.err, 'empty.csv is empty\n');
  });

  test('says a header-only file has no data rows and exits 1', async () => {
    const run = await fairkit(['import', 'header-only.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 1);
    assert.equal(run.err, 'header-only.csv has a header row but no data rows\n');
  });

  test('names the expected headers when no column names the employer, and exits 1', async () => {
    const run = await fairkit(['import', 'no-name-column.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 1);
    assert.match(
      run.err,
      /No column of no-name-column\.csv names the employer: expected one of "单位名称", "企业名称", "公司名称", or "用人单位"; its header is "公司", "岗位", and "人数"\. Name yours with --map/,
    );
  });

  test('reads other headers with --map', async () => {
    const run = await fairkit(
      ['import', 'no-name-column.csv', '--map', '公司=name,岗位=title', '--map', '人数=openings'],
      { cwd: scratch(true) },
    );
    assert.equal(run.code, 0, run.err);
    const feed = JSON.parse(run.out) as RawFeed;
    assert.equal(feed.employers.length, 2);
    assert.equal(typeof feed.employers[0]!.positions![0]!.openings, 'number');
  });

  test('reads --map fields by any of their header names', async () => {
    const run = await fairkit(
      ['import', 'no-name-column.csv', '--map', '公司=company,岗位=position'],
      {
        cwd: scratch(true),
      },
    );
    assert.equal(run.code, 0, run.err);
    const [employer] = (JSON.parse(run.out) as RawFeed).employers;
    assert.equal(employer!.positions![0]!.title !== undefined, true);
  });

  test('refuses a --map to a field that does not exist', async () => {
    const run = await fairkit(['import', 'no-name-column.csv', '--map', '公司=boss'], {
      cwd: scratch(true),
    });
    assert.equal(run.code, 2);
    assert.match(run.err, /--map must be "column=field" with a field among name, shortName, booth/);
  });

  test('lists rows without an employer name by line and imports the rest', async () => {
    const run = await fairkit(['import', 'missing-name.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 0);
    assert.match(run.err, /Skipped 2 rows:\n {2}lines 3, 5: no employer name/);
    assert.equal((JSON.parse(run.out) as RawFeed).employers.length, 2);
  });

  test('gives a booth two employers claim to the first and names the second', async () => {
    const dir = await ready();
    const run = await fairkit(['import', 'duplicate-booths.csv', '--into', 'feed.json'], {
      cwd: dir,
    });
    assert.match(
      run.err,
      /line 4: booth A-005 already went to 明川银行股份有限公司, so 沐光新能源科技有限公司 was not placed there/,
    );
    const feed = readJson(dir, 'feed.json');
    assert.equal(boothOf(feed, 'A-005').employer, byName(feed, '明川银行股份有限公司').id);
  });

  test('lists a booth number the fair does not have with its line', async () => {
    const dir = await ready();
    write(dir, 'far.csv', '单位名称,展位号\n远方公司,A-999\n');
    const run = await fairkit(['import', 'far.csv', '--into', 'feed.json'], { cwd: dir });
    assert.match(run.err, /Notes:\n {2}line 2: fair "spring" has no booth A-999/);
    assert.equal(readJson(dir, 'feed.json').employers.length, 1);
  });

  test('creates the fair --fair names, starting today, and says how to set it properly', async () => {
    const run = await fairkit(['import', 'employers.csv', '--fair', 'autumn'], {
      cwd: scratch(true),
    });
    assert.match(
      run.err,
      /Created fair "autumn" starting today \(\d{4}-\d{2}-\d{2}\), titled "Job fair": change them in the feed, or create the fair first with fairkit layout --fair autumn --start <date> --title <title>\./,
    );
    assert.equal((JSON.parse(run.out) as RawFeed).fairs[0]!.id, 'autumn');
  });

  test('writes into a folder that does not exist yet', async () => {
    const dir = scratch(true);
    const run = await fairkit(['import', 'employers.csv', '--into', 'site/data/feed.json'], {
      cwd: dir,
    });
    assert.equal(run.code, 0, run.err);
    assert.equal(readJson(dir, 'site/data/feed.json').employers.length, 15);
  });

  test('says a fair without booths needs a layout first', async () => {
    const dir = scratch(true);
    const run = await fairkit(['import', 'employers.csv', '--fair', 'spring'], { cwd: dir });
    assert.match(
      run.err,
      /fair "spring" has no booths yet, so booth numbers were not linked: run fairkit layout first/,
    );
  });

  test('ignores unknown columns and never imports personal contact details', async () => {
    const run = await fairkit(['import', 'unknown-columns.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.out, /138-0000-0000|bar/);
    assert.match(
      run.err,
      /Column "联系电话" holds personal contact details and is never put into a public feed/,
    );
    assert.match(run.err, /Columns "备注" and "Foo" are not known and were ignored/);
  });

  test('reads head counts written as text and says what it guessed', async () => {
    const run = await fairkit(['import', 'numbers-as-text.csv'], { cwd: scratch(true) });
    const openings = (JSON.parse(run.out) as RawFeed).employers.map(
      (e) => e.positions![0]!.openings,
    );
    assert.deepEqual(openings, [20, undefined, 10, 30, 20, undefined, 5, undefined, undefined, 30]);
    assert.match(run.err, /line 4: 招聘人数 "10-20" is a range; read as 10/);
    assert.match(run.err, /line 9: 招聘人数 "-3" is not a number of people; left empty/);
  });

  test('reads a file of mixed encodings line by line and names the GB18030 lines', async () => {
    const run = await fairkit(['import', 'mixed-encoding.csv'], { cwd: scratch(true) });
    assert.equal(run.code, 0);
    assert.match(run.err, /Lines 4, 5 are GB18030 while the rest is UTF-8/);
    const names = (JSON.parse(run.out) as RawFeed).employers.map((e) => e.name);
    assert.ok(names.includes('青禾能源股份有限公司') && names.includes('沐光新能源科技有限公司'));
  });

  test('names the line of a quote it cannot read and exits 2', async () => {
    const dir = scratch();
    write(dir, 'broken.csv', '单位名称,招聘岗位\n星云,"工程师\n');
    const run = await fairkit(['import', 'broken.csv'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.err, /^broken\.csv line \d+ cannot be read \(/);
  });

  test('says an Excel workbook must be saved as CSV first, and exits 2', async () => {
    const dir = scratch();
    write(dir, 'employers.xlsx', 'PK\u0003\u0004[Content_Types].xml');
    const run = await fairkit(['import', 'employers.xlsx'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(
      run.err,
      'employers.xlsx is an Excel workbook, not CSV: save it as "CSV UTF-8 (Comma delimited)" in Excel and import that\n',
    );
  });

  test('says a missing file is missing and exits 2', async () => {
    const run = await fairkit(['import', 'nope.csv'], { cwd: scratch() });
    assert.equal(run.code, 2);
    assert.equal(run.err, 'No such file: nope.csv\n');
  });

  test('drops unsafe links and completes a bare domain', async () => {
    const dir = scratch();
    write(
      dir,
      'links.csv',
      '单位名称,单位网址,投递链接\n甲公司,www.jia.example.com,javascript:alert(1)\n',
    );
    const run = await fairkit(['import', 'links.csv'], { cwd: dir });
    const [employer] = (JSON.parse(run.out) as RawFeed).employers;
    assert.equal(employer!.url, 'https://www.jia.example.com/');
    assert.equal(employer!.applyUrl, undefined);
    assert.match(run.err, /投递链接 "javascript:alert\(1\)" is not a usable URL; left out/);
  });
});

describe('fairkit import: scale', () => {
  test('imports 50,000 position rows in under 5 seconds', async () => {
    const dir = scratch();
    const rows = ['单位名称,展位号,所属行业,招聘岗位,招聘人数,专业要求,学历要求'];
    for (let i = 0; i < 50_000; i++) {
      const employer = Math.floor(i / 20);
      rows.push(
        `单位${employer}有限公司,A-${String(employer + 1).padStart(4, '0')},信息技术,岗位${i % 20},${(i % 9) + 1}人,计算机、软件工程,本科及以上`,
      );
    }
    write(dir, 'big.csv', rows.join('\r\n'));
    await fairkit(
      [
        'layout',
        '--hall',
        'A',
        '--rows',
        '50',
        '--cols',
        '50',
        '--into',
        'feed.json',
        '--fair',
        'big',
        '--start',
        '2027-03-22',
      ],
      { cwd: dir },
    );
    const started = performance.now();
    const run = await fairkit(['import', 'big.csv', '--into', 'feed.json'], { cwd: dir });
    const elapsed = performance.now() - started;
    assert.equal(run.code, 0, run.err);
    assert.match(
      run.err,
      /2,500 employers \(2,500 new, 0 updated\), 50,000 positions, 2,500 booths linked/,
    );
    assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
  });
});

describe('fairkit import: any file', () => {
  test('never crashes on any bytes: it imports, or says why not with exit 1 or 2', async () => {
    const dir = scratch();
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        '单位名称',
        '展位号',
        '招聘人数',
        '"',
        '""',
        '\r\n',
        '\n',
        ',',
        '\t',
        '若干',
        'A-001',
      ),
    );
    const sheet = fc.oneof(
      fc
        .array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 })
        .map((rows) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\r\n'))),
      fc.uint8Array({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(sheet, async (bytes) => {
        writeFileSync(join(dir, 'any.csv'), bytes);
        const run = await fairkit(['import', 'any.csv'], { cwd: dir });
        assert.ok([0, 1, 2].includes(run.code), `exit ${run.code}: ${run.err}`);
        if (run.code === 0) assert.ok(JSON.parse(run.out));
        else assert.equal(run.out, '');
      }),
      { numRuns: 150 },
    );
  });
});
