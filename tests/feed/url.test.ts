import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeUrl } from '../../src/feed/url.js';

const BASE = 'https://jobs.example.edu.cn/feeds/spring.json';

describe('safeUrl', () => {
  test('accepts absolute http and https URLs and normalises them', () => {
    assert.equal(safeUrl('https://www.example.com/a b'), 'https://www.example.com/a%20b');
    assert.equal(safeUrl('http://example.com'), 'http://example.com/');
    assert.equal(safeUrl('HTTPS://Example.COM/X'), 'https://example.com/X');
  });

  test('trims surrounding whitespace, including the ideographic space', () => {
    assert.equal(safeUrl('  https://example.com/x\n'), 'https://example.com/x');
    assert.equal(safeUrl('\u3000https://example.com/x'), 'https://example.com/x');
  });

  test('refuses every other scheme, in any letter case', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'ftp://example.com/x',
      'blob:https://example.com/uuid',
      'mailto:hr@example.com',
      'chrome://settings',
      'x-javascript:alert(1)',
    ]) {
      assert.equal(safeUrl(value), null, value);
      assert.equal(safeUrl(value, BASE), null, `${value} with a base`);
      assert.equal(safeUrl(value, BASE, { image: true }), null, `${value} as an image`);
    }
  });

  test('refuses schemes hidden by whitespace, control characters or entities', () => {
    for (const value of [
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
      '\u200bjavascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      '\u3000javascript:alert(1)',
      'https://example.com/\tx',
    ]) {
      const resolved = safeUrl(value, BASE);
      // An entity is not decoded in a URL: at worst it is a harmless relative path on the feed's host.
      assert.ok(resolved === null || resolved.startsWith('https://jobs.example.edu.cn/'), value);
      const bare = safeUrl(value);
      assert.ok(bare === null || !/^\s*[a-z]+:/i.test(bare), value);
    }
    assert.equal(safeUrl('java\tscript:alert(1)'), null);
    assert.equal(safeUrl('\u0001javascript:alert(1)'), null);
  });

  test('resolves relative URLs against the base', () => {
    assert.equal(safeUrl('logos/a.png', BASE), 'https://jobs.example.edu.cn/feeds/logos/a.png');
    assert.equal(safeUrl('/x', BASE), 'https://jobs.example.edu.cn/x');
    assert.equal(safeUrl('./x', BASE), 'https://jobs.example.edu.cn/feeds/x');
    assert.equal(safeUrl('../x', BASE), 'https://jobs.example.edu.cn/x');
    assert.equal(safeUrl('?page=2', BASE), 'https://jobs.example.edu.cn/feeds/spring.json?page=2');
  });

  test('keeps a relative URL as written when there is no base', () => {
    for (const value of ['logos/a.png', '/x', './x', '../x', '#top', '?q=1', './a:b.png']) {
      assert.equal(safeUrl(value), value);
    }
  });

  test('refuses a relative URL whose first segment contains a colon, since it reads as a scheme', () => {
    assert.equal(safeUrl('a:b.png'), null);
    assert.equal(safeUrl('1x:y'), null);
    assert.equal(safeUrl(':x'), null);
  });

  test('resolves protocol-relative URLs with the base protocol, or https without a base', () => {
    assert.equal(safeUrl('//cdn.example.com/a.png'), 'https://cdn.example.com/a.png');
    assert.equal(
      safeUrl('//cdn.example.com/a.png', 'http://a.cn/f.json'),
      'http://cdn.example.com/a.png',
    );
    assert.equal(safeUrl('\\\\cdn.example.com\\a.png'), 'https://cdn.example.com/a.png');
  });

  test('ignores a base that is not an http URL', () => {
    assert.equal(safeUrl('logos/a.png', 'file:///srv/feed.json'), 'logos/a.png');
    assert.equal(safeUrl('logos/a.png', 'not a url'), 'logos/a.png');
  });

  test('accepts data:image URIs only for images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const svg = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    assert.equal(safeUrl(png, BASE, { image: true }), png);
    assert.equal(
      safeUrl('DATA:IMAGE/PNG;base64,iVBORw0KGgo=', undefined, { image: true }),
      'DATA:IMAGE/PNG;base64,iVBORw0KGgo=',
    );
    assert.equal(safeUrl(svg, undefined, { image: true }), svg);
    assert.equal(safeUrl(png), null);
    assert.equal(safeUrl(png, BASE), null);
    assert.equal(safeUrl('data:image,x', undefined, { image: true }), null);
    assert.equal(safeUrl('data:text/plain;image/png,x', undefined, { image: true }), null);
  });

  test('refuses empty strings, broken URLs and non-strings', () => {
    for (const value of [
      '',
      '   ',
      'http://',
      'https://exa mple.com/',
      '//',
      null,
      undefined,
      42,
      {},
      ['https://a.cn/'],
    ]) {
      assert.equal(safeUrl(value), null, String(value));
    }
  });
});
