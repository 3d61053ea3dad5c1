import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { endOfDay, isTimeZone, parseTime } from '../../src/feed/time.js';

const SH = 'Asia/Shanghai';
const LA = 'America/Los_Angeles';
const at = (iso: string): number => Date.parse(iso);

describe('parseTime', () => {
  test('a time with an offset is that instant, whatever the feed zone', () => {
    const expected = at('2024-03-22T01:00:00Z');
    assert.deepEqual(parseTime('2024-03-22T09:00:00+08:00', LA), {
      instant: expected,
      dateOnly: false,
    });
    assert.equal(parseTime('2024-03-22T01:00:00Z', SH)?.instant, expected);
    assert.equal(parseTime('2024-03-22T09:00+0800', SH)?.instant, expected);
    assert.equal(parseTime('2024-03-21T20:30:00-04:30', SH)?.instant, expected);
  });

  test('fractions of a second are kept to the millisecond', () => {
    assert.equal(
      parseTime('2024-03-22T01:00:00.123456Z', SH)?.instant,
      at('2024-03-22T01:00:00.123Z'),
    );
    assert.equal(parseTime('2024-03-22T01:00:00.5Z', SH)?.instant, at('2024-03-22T01:00:00.500Z'));
  });

  test('a time without an offset is wall-clock time in the feed zone, with T or a space', () => {
    const expected = at('2024-03-22T01:00:00Z');
    assert.equal(parseTime('2024-03-22T09:00', SH)?.instant, expected);
    assert.equal(parseTime('2024-03-22 09:00', SH)?.instant, expected);
    assert.equal(parseTime('2024-03-22 09:00:00', SH)?.instant, expected);
    assert.equal(parseTime('2024-03-22T09:00', 'UTC')?.instant, at('2024-03-22T09:00:00Z'));
  });

  test('a date alone is the start of that day in the feed zone, marked dateOnly', () => {
    assert.deepEqual(parseTime('2024-03-22', SH), {
      instant: at('2024-03-21T16:00:00Z'),
      dateOnly: true,
    });
    assert.equal(parseTime('2024-03-22', LA)?.instant, at('2024-03-22T07:00:00Z'));
  });

  test('wall-clock times are the same instants whatever the zone of the machine', () => {
    const script = fileURLToPath(new URL('../../src/feed/time.ts', import.meta.url));
    const values = ['2024-03-22 09:00', '2024-03-22', '2024-10-27T02:30', '2024-11-03T01:30'];
    const code =
      `import { parseTime } from ${JSON.stringify(script)};` +
      `const v = ${JSON.stringify(values)};` +
      `console.log(JSON.stringify(v.flatMap((s) => [parseTime(s, 'Asia/Shanghai'), ` +
      `parseTime(s, 'Europe/Berlin'), parseTime(s, 'America/Los_Angeles')])));`;
    const here = JSON.stringify(
      values.flatMap((s) => [parseTime(s, SH), parseTime(s, 'Europe/Berlin'), parseTime(s, LA)]),
    );
    for (const TZ of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', code],
        { env: { ...process.env, TZ }, encoding: 'utf8' },
      );
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stdout.trim(), here, `TZ=${TZ}`);
    }
  });

  test('a skipped wall-clock time (spring forward) moves forward by the gap', () => {
    // 02:30 does not exist in Los Angeles on 2024-03-10; read with PST it is 03:30 PDT.
    assert.equal(parseTime('2024-03-10T02:30', LA)?.instant, at('2024-03-10T10:30:00Z'));
    assert.equal(
      parseTime('2024-03-31T02:30', 'Europe/Berlin')?.instant,
      at('2024-03-31T01:30:00Z'),
    );
  });

  test('a repeated wall-clock time (fall back) is the earlier of the two', () => {
    assert.equal(parseTime('2024-11-03T01:30', LA)?.instant, at('2024-11-03T08:30:00Z'));
    assert.equal(
      parseTime('2024-10-27T02:30', 'Europe/Berlin')?.instant,
      at('2024-10-27T00:30:00Z'),
    );
  });

  test('wall-clock times next to a transition keep their own offsets', () => {
    assert.equal(parseTime('2024-03-10T01:59', LA)?.instant, at('2024-03-10T09:59:00Z'));
    assert.equal(parseTime('2024-03-10T03:00', LA)?.instant, at('2024-03-10T10:00:00Z'));
  });

  test('a day that starts in a gap starts at the first existing minute', () => {
    // Santiago springs forward at midnight: 2024-09-08 starts at 01:00 -03.
    assert.equal(parseTime('2024-09-08', 'America/Santiago')?.instant, at('2024-09-08T04:00:00Z'));
  });

  test('impossible dates and times are refused', () => {
    for (const value of [
      '2024-02-30',
      '2023-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-03-00',
      '2024-03-22T25:00',
      '2024-03-22T24:00',
      '2024-03-22T09:60',
      '2024-03-22T09:00:60',
      '2024-03-22T09:00+24:00',
    ]) {
      assert.equal(parseTime(value, SH), null, value);
    }
  });

  test('leap days of leap years are accepted', () => {
    assert.equal(parseTime('2024-02-29', 'UTC')?.instant, at('2024-02-29T00:00:00Z'));
    assert.equal(parseTime('2000-02-29', 'UTC')?.instant, at('2000-02-29T00:00:00Z'));
    assert.equal(parseTime('1900-02-29', 'UTC'), null);
  });

  test('anything that is not the feed time syntax is refused', () => {
    for (const value of [
      '',
      '2024-3-22',
      '22/03/2024',
      '2024-03-22T09',
      '2024-03-22T9:00',
      ' 2024-03-22',
      '2024-03-22Z',
      'March 22, 2024',
      1711069200000,
      null,
      undefined,
      {},
    ]) {
      assert.equal(parseTime(value, SH), null, String(value));
    }
  });

  test('years below 100 stay in the first century', () => {
    assert.equal(parseTime('0099-01-01T00:00Z', SH)?.instant, at('0099-01-01T00:00:00Z'));
    assert.equal(new Date(at('0099-01-01T00:00:00Z')).getUTCFullYear(), 99);
  });

  test('a wall-clock time in an unknown zone is refused', () => {
    assert.equal(parseTime('2024-03-22 09:00', 'Mars/Olympus'), null);
    assert.notEqual(parseTime('2024-03-22T09:00Z', 'Mars/Olympus'), null);
  });
});

describe('endOfDay', () => {
  test('is the last millisecond of the day in the zone', () => {
    assert.equal(endOfDay(at('2024-03-22T01:00:00Z'), SH), at('2024-03-22T15:59:59.999Z'));
    assert.equal(endOfDay(at('2024-03-21T16:00:00Z'), SH), at('2024-03-22T15:59:59.999Z'));
  });

  test('follows the zone on a 23-hour day', () => {
    assert.equal(endOfDay(at('2024-03-10T12:00:00Z'), LA), at('2024-03-11T06:59:59.999Z'));
  });

  test('follows the zone on a 25-hour day that repeats its last hour', () => {
    // Santiago falls back at midnight: 2024-04-06 ends at 24:00 -04 after 23:00 came twice.
    assert.equal(
      endOfDay(at('2024-04-06T15:00:00Z'), 'America/Santiago'),
      at('2024-04-07T03:59:59.999Z'),
    );
  });

  test('is NaN for an unknown zone', () => {
    assert.ok(Number.isNaN(endOfDay(0, 'Nowhere/Zone')));
  });
});

describe('isTimeZone', () => {
  test('accepts IANA names and UTC', () => {
    for (const name of ['Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Etc/GMT-8']) {
      assert.equal(isTimeZone(name), true, name);
    }
  });

  test('refuses unknown names, offsets written as names and non-strings', () => {
    for (const name of ['Asia/Beijing', 'China Standard Time', '', '+08:00', 8, null]) {
      assert.equal(isTimeZone(name), false, String(name));
    }
  });
});
