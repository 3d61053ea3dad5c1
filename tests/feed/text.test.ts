import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveText } from '../../src/feed/text.js';

const TITLE = { 'zh-CN': '春季双选会', en: 'Spring Career Fair', 'zh-TW': '春季雙選會' };

describe('resolveText', () => {
  test('returns a plain string for every language', () => {
    assert.equal(resolveText('双选会', 'en'), '双选会');
  });

  test('returns an empty string for no text', () => {
    assert.equal(resolveText(undefined, 'en'), '');
    assert.equal(resolveText({}, 'en'), '');
  });

  test('prefers the exact tag, ignoring case', () => {
    assert.equal(resolveText(TITLE, 'zh-tw'), '春季雙選會');
    assert.equal(resolveText(TITLE, 'EN'), 'Spring Career Fair');
  });

  test('falls back to the same primary language', () => {
    assert.equal(resolveText(TITLE, 'en-GB'), 'Spring Career Fair');
    assert.equal(resolveText({ 'zh-CN': '简', en: 'E' }, 'zh-HK'), '简');
    assert.equal(resolveText({ en: 'E', 'en-US': 'US' }, 'en-AU'), 'E');
  });

  test('prefers a bare primary-language entry over a sibling region', () => {
    assert.equal(resolveText({ 'zh-CN': '简', zh: '中' }, 'zh-TW'), '中');
  });

  test('falls back to zh-CN, then to the first entry', () => {
    assert.equal(resolveText({ en: 'E', 'zh-CN': '中' }, 'fr'), '中');
    assert.equal(resolveText({ en: 'E', ja: 'J' }, 'fr'), 'E');
    assert.equal(resolveText({ en: 'E', 'zh-CN': '中' }, ''), '中');
  });
});
