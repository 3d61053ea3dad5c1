import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  boothKey,
  boothNumbers,
  chineseNumber,
  degree,
  employerType,
  idFor,
  majors,
  nameKey,
  parseCount,
} from '../../../src/cli/cells.js';
import { decode, delimiterOf, headerKey, readRows, TableError } from '../../../src/cli/table.js';
import { FIXTURES } from './helpers.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('head counts', () => {
  for (const [cell, expected] of [
    ['20', { kind: 'number', value: 20 }],
    ['20人', { kind: 'number', value: 20 }],
    ['约30人', { kind: 'number', value: 30 }],
    ['20余人', { kind: 'number', value: 20 }],
    ['5名', { kind: 'number', value: 5 }],
    ['３０', { kind: 'number', value: 30 }],
    ['二十', { kind: 'number', value: 20 }],
    ['10-20', { kind: 'range', value: 10 }],
    ['10～20人', { kind: 'range', value: 10 }],
    ['若干', { kind: 'vague' }],
    ['不限', { kind: 'vague' }],
    ['若干名', { kind: 'vague' }],
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['-3', { kind: 'bad' }],
    ['1e3', { kind: 'bad' }],
    ['20-10', { kind: 'bad' }],
    ['abc', { kind: 'bad' }],
  ] as const) {
    test(`reads "${cell}" as ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(parseCount(cell), expected);
    });
  }

  test('reads every whole number written in digits as itself, whatever is around it', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.constantFrom('', '约', '共'),
        fc.constantFrom('', '人', '名', '余人', '人以上', '左右'),
        (n, before, after) => {
          assert.deepEqual(parseCount(`${before}${n}${after}`), { kind: 'number', value: n });
        },
      ),
    );
  });

  test('never throws and never gives a negative or fractional count', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (cell) => {
        const count = parseCount(cell);
        if ('value' in count) assert.ok(Number.isSafeInteger(count.value) && count.value >= 0);
      }),
    );
  });
});

describe('Chinese numerals', () => {
  for (const [text, value] of [
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万五千', 35000],
  ] as const) {
    test(`reads ${text} as ${value}`, () => assert.equal(chineseNumber(text), value));
  }

  test('reads anything else as no number', () => assert.equal(chineseNumber('二十人'), undefined));
});

describe('words of the contract', () => {
  for (const [word, type] of [
    ['中央企业', 'central-soe'],
    ['国有企业', 'soe'],
    ['民营企业', 'private'],
    ['外资企业', 'foreign'],
    ['事业单位', 'institution'],
    ['高等学校', 'university'],
    ['医疗卫生单位', 'hospital'],
    ['State-owned', 'soe'],
    ['private', 'private'],
    ['其他', '其他'],
  ] as const) {
    test(`reads the employer type ${word} as ${type}`, () =>
      assert.equal(employerType(word), type));
  }

  for (const [word, level] of [
    ['本科', 'bachelor'],
    ['本科及以上', 'bachelor'],
    ['硕士', 'master'],
    ['硕士及以上', 'master'],
    ['研究生', 'master'],
    ['博士', 'doctoral'],
    ['大专', 'associate'],
    ['PhD', 'doctoral'],
    ["Master's", 'master'],
    ['不限', undefined],
    ['高中', '高中'],
  ] as const) {
    test(`reads the degree ${word} as ${level}`, () => assert.equal(degree(word), level));
  }

  test('splits majors on 、 and other separators and reads 不限 as none', () => {
    assert.deepEqual(majors('计算机、软件工程，电子信息;自动化'), [
      '计算机',
      '软件工程',
      '电子信息',
      '自动化',
    ]);
    assert.deepEqual(majors('专业不限'), []);
    assert.deepEqual(majors(''), []);
  });
});

describe('booth numbers and names', () => {
  test('splits several booth numbers in one cell', () => {
    assert.deepEqual(boothNumbers('A-011、A-012'), ['A-011', 'A-012']);
    assert.deepEqual(boothNumbers('A-011 / A-012'), ['A-011', 'A-012']);
  });

  test('matches booth numbers whatever their case, dash or width', () => {
    assert.equal(boothKey('a-001'), boothKey('A-001'));
    assert.equal(boothKey('A001'), boothKey('A-001'));
    assert.equal(boothKey('Ａ－００１'), boothKey('A-001'));
    assert.notEqual(boothKey('A-01'), boothKey('A-001'));
  });

  test('matches names whatever their spacing and full-width brackets', () => {
    assert.equal(nameKey('星云软件（北京） 有限公司'), nameKey('星云软件(北京)有限公司'));
  });

  test('gives one name one stable id and different names different ids', () => {
    assert.equal(idFor('星云软件科技有限公司'), idFor(' 星云软件科技有限公司'));
    assert.match(idFor('星云软件科技有限公司'), /^e-[0-9a-f]{8}$/);
    assert.notEqual(idFor('星云软件科技有限公司'), idFor('华岳重工集团有限公司'));
  });
});

describe('decoding spreadsheets', () => {
  test('reads UTF-8 with a byte-order mark without the mark', () => {
    const { text, encoding } = decode(fixture('employers.csv'));
    assert.equal(encoding, 'utf-8-bom');
    assert.ok(text.startsWith('单位名称,'));
  });

  test('reads GB18030 as the same text as its UTF-8 twin', () => {
    const gb = decode(fixture('employers-gb18030.csv'));
    assert.equal(gb.encoding, 'gb18030');
    assert.equal(gb.text, decode(fixture('employers.csv')).text);
  });

  test('reads UTF-16 with its byte-order mark', () => {
    const { text, encoding } = decode(fixture('employers-utf16.txt'));
    assert.equal(encoding, 'utf-16le');
    assert.equal(text, decode(fixture('employers-en.tsv')).text);
  });

  test('reads each line of a mixed file in its own encoding and names the GB18030 lines', () => {
    const { text, encoding, gbLines } = decode(fixture('mixed-encoding.csv'));
    assert.equal(encoding, 'mixed');
    assert.deepEqual(gbLines, [4, 5]);
    assert.ok(text.includes('青禾能源股份有限公司') && !text.includes('\uFFFD'));
  });

  test('gives back any UTF-8 text as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { text: back } = decode(new TextEncoder().encode(text));
        assert.equal(back, text.startsWith('\uFEFF') ? text.slice(1) : text);
      }),
    );
  });
});

describe('reading rows', () => {
  test('picks tab, semicolon or comma from the header line', () => {
    assert.equal(delimiterOf('a\tb\tc\n1,2\t3'), '\t');
    assert.equal(delimiterOf('a;b;c\n1;2;3'), ';');
    assert.equal(delimiterOf('a,b\n1,2'), ',');
    assert.equal(delimiterOf('name\nx'), ',');
  });

  test('numbers each row by the line it starts on, past cells with line breaks and blank lines', () => {
    const rows = readRows('a,b\r\n1,"x\ny"\r\n\r\n3,4\r\n,\r\n5,6');
    assert.deepEqual(
      rows.map((r) => [r.line, r.cells]),
      [
        [1, ['a', 'b']],
        [2, ['1', 'x\ny']],
        [5, ['3', '4']],
        [7, ['5', '6']],
      ],
    );
  });

  test('throws a TableError with the line of a quote it cannot close', () => {
    assert.throws(
      () => readRows('a,b\n1,"x\n'),
      (error) => error instanceof TableError && error.line > 0,
    );
  });

  test('compares headers without case, spaces, required marks or units', () => {
    assert.equal(headerKey(' *招聘人数（人）'), headerKey('招聘人数'));
    assert.equal(headerKey('Job Title'), headerKey('jobtitle'));
  });
});
