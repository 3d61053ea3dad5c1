import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  escapeText,
  foldLine,
  formatUtc,
  icsDataUrl,
  toICS,
  type IcsEvent,
} from '../../src/core/ics.js';

const STAMP = Date.UTC(2024, 2, 1, 0, 0, 0);
const spring: IcsEvent = {
  uid: 'spring-2024@career.example.edu.cn',
  start: Date.UTC(2024, 2, 22, 1, 0), // 09:00 in Shanghai
  end: Date.UTC(2024, 2, 22, 8, 0), // 16:00 in Shanghai
  summary: '春季综合类双选会',
  location: '体育馆',
  url: 'https://career.example.edu.cn/fairs/spring',
  stamp: STAMP,
};

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** Unfolds per RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const lines = (s: string) => unfold(s).split('\r\n');

test('every line ends with CRLF and there are no bare LFs', () => {
  const text = toICS([{ ...spring, description: 'line one\nline two' }]);
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
  assert.equal(text.replace(/\r\n/g, '').includes('\r'), false);
});

test('the calendar has VERSION, PRODID and one VEVENT', () => {
  const l = lines(toICS([spring], { prodId: '-//Example//Fairs//ZH' }));
  assert.equal(l[0], 'BEGIN:VCALENDAR');
  assert.ok(l.includes('VERSION:2.0'));
  assert.ok(l.includes('PRODID:-//Example//Fairs//ZH'));
  assert.equal(l.filter((x) => x === 'BEGIN:VEVENT').length, 1);
  assert.equal(l.filter((x) => x === 'END:VEVENT').length, 1);
  assert.equal(l.at(-2), 'END:VCALENDAR');
});

test('a timed event is written in UTC with the Z form', () => {
  const l = lines(toICS([spring]));
  assert.ok(l.includes('DTSTART:20240322T010000Z'));
  assert.ok(l.includes('DTEND:20240322T080000Z'));
  assert.ok(l.includes('DTSTAMP:20240301T000000Z'));
  assert.ok(l.includes('UID:spring-2024@career.example.edu.cn'));
});

test('SUMMARY, LOCATION and URL carry the fair', () => {
  const l = lines(toICS([spring]));
  assert.ok(l.includes('SUMMARY:春季综合类双选会'));
  assert.ok(l.includes('LOCATION:体育馆'));
  assert.ok(l.includes('URL:https://career.example.edu.cn/fairs/spring'));
});

test('a cancelled event carries STATUS:CANCELLED', () => {
  const l = lines(toICS([{ ...spring, status: 'cancelled' }]));
  assert.ok(l.includes('STATUS:CANCELLED'));
});

test('an event without status has no STATUS line', () => {
  assert.equal(toICS([spring]).includes('STATUS:'), false);
});

test('an all-day event uses VALUE=DATE in its zone with an exclusive end', () => {
  // 2024-03-22 in Shanghai starts at 2024-03-21T16:00Z.
  const start = Date.UTC(2024, 2, 21, 16, 0);
  const end = Date.UTC(2024, 2, 22, 16, 0) - 1;
  const l = lines(toICS([{ ...spring, start, end, allDay: true, timeZone: 'Asia/Shanghai' }]));
  assert.ok(l.includes('DTSTART;VALUE=DATE:20240322'));
  assert.ok(l.includes('DTEND;VALUE=DATE:20240323'));
});

test('an all-day event across a month end gets the next month as its end', () => {
  const start = Date.UTC(2024, 1, 28, 16, 0); // 2024-02-29 in Shanghai (a leap day)
  const l = lines(
    toICS([{ ...spring, start, end: undefined, allDay: true, timeZone: 'Asia/Shanghai' }]),
  );
  assert.ok(l.includes('DTSTART;VALUE=DATE:20240229'));
  assert.ok(l.includes('DTEND;VALUE=DATE:20240301'));
});

test('backslash, semicolon, comma and newlines are escaped in text', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  const l = lines(toICS([{ ...spring, summary: 'Fair; spring, 2024', description: 'x\ny' }]));
  assert.ok(l.includes('SUMMARY:Fair\\; spring\\, 2024'));
  assert.ok(l.includes('DESCRIPTION:x\\ny'));
});

test('no physical line is longer than 75 octets, even in Chinese', () => {
  const summary =
    '北京市2024届高校毕业生春季综合类双选会暨“国聘行动”专场招聘活动（线上线下同步）'.repeat(3);
  const text = toICS([{ ...spring, summary, description: '🎓'.repeat(60) + 'a'.repeat(200) }]);
  for (const line of text.split('\r\n')) assert.ok(octets(line) <= 75, `${octets(line)}: ${line}`);
});

test('folding never splits a character and unfolds to the original', () => {
  const summary = '春季综合类双选会'.repeat(10);
  const text = toICS([{ ...spring, summary }]);
  assert.equal(text.includes('\uFFFD'), false);
  for (const line of text.split('\r\n')) {
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
  }
  assert.ok(lines(text).includes(`SUMMARY:${summary}`));
});

test('a folded line is exactly 75 octets when ASCII fills it', () => {
  const folded = foldLine('X'.repeat(200)).split('\r\n');
  assert.equal(octets(folded[0]!), 75);
  assert.ok(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75));
});

test('a Chinese line folds before a character that would cross 75 octets', () => {
  // "SUMMARY:" is 8 octets; 22 characters of 3 octets make 74, the 23rd would make 77.
  const folded = foldLine('SUMMARY:' + '会'.repeat(30)).split('\r\n');
  assert.equal(octets(folded[0]!), 74);
  assert.equal(folded[1], ' ' + '会'.repeat(8));
});

test('the calendar name is written when given', () => {
  assert.ok(lines(toICS([spring], { calName: '双选会' })).includes('X-WR-CALNAME:双选会'));
});

test('formatUtc pads years, months and seconds', () => {
  assert.equal(formatUtc(Date.UTC(987, 0, 2, 3, 4, 5)), '09870102T030405Z');
});

test('DTSTAMP defaults to now in UTC', () => {
  const l = lines(toICS([{ ...spring, stamp: undefined }]));
  const line = l.find((x) => x.startsWith('DTSTAMP:'));
  assert.match(line ?? '', /^DTSTAMP:\d{8}T\d{6}Z$/);
});

test('icsDataUrl encodes the document as text/calendar', () => {
  const text = toICS([spring]);
  const url = icsDataUrl(text);
  assert.ok(url.startsWith('data:text/calendar;charset=utf-8,'));
  assert.equal(decodeURIComponent(url.slice(url.indexOf(',') + 1)), text);
});
