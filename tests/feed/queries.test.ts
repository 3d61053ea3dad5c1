import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { employerById, fairPhase, industryName, pickFair } from '../../src/feed/queries.js';
import { feedOf } from './helpers.js';

const at = (iso: string): number => Date.parse(iso);
const fairOn = (id: string, start: string, extra: object = {}) => ({
  id,
  title: id,
  start,
  ...extra,
});

describe('fairPhase', () => {
  const fair = feedOf({ fairs: [fairOn('f', '2024-03-22 09:00', { end: '2024-03-22 16:00' })] })
    .fairs[0]!;

  test('is upcoming before the start', () => {
    assert.equal(fairPhase(fair, at('2024-03-22T00:59:59Z')), 'upcoming');
  });

  test('is running from the start to the end, both included', () => {
    assert.equal(fairPhase(fair, at('2024-03-22T01:00:00Z')), 'running');
    assert.equal(fairPhase(fair, new Date('2024-03-22T08:00:00Z')), 'running');
  });

  test('is ended after the end', () => {
    assert.equal(fairPhase(fair, at('2024-03-22T08:00:00.001Z')), 'ended');
  });
});

describe('pickFair', () => {
  const feed = feedOf({
    fairs: [
      fairOn('past', '2024-01-10'),
      fairOn('running', '2024-03-22 09:00', { end: '2024-03-22 16:00' }),
      fairOn('next-cancelled', '2024-04-01', { status: 'cancelled' }),
      fairOn('next', '2024-04-10'),
    ],
  });

  test('picks the fair with the given id', () => {
    assert.equal(pickFair(feed, 0, 'past')?.id, 'past');
  });

  test('gives nothing for an unknown id', () => {
    assert.equal(pickFair(feed, 0, 'nope'), undefined);
  });

  test('prefers a running fair', () => {
    assert.equal(pickFair(feed, at('2024-03-22T02:00:00Z'))?.id, 'running');
  });

  test('skips a cancelled running fair', () => {
    const f = feedOf({
      fairs: [fairOn('off', '2024-03-22', { status: 'cancelled' }), fairOn('later', '2024-05-01')],
    });
    assert.equal(pickFair(f, at('2024-03-22T02:00:00Z'))?.id, 'later');
  });

  test('otherwise picks the next scheduled fair, passing over a cancelled one', () => {
    assert.equal(pickFair(feed, at('2024-03-25T00:00:00Z'))?.id, 'next');
  });

  test('falls back to the next fair even if it is cancelled or postponed', () => {
    const f = feedOf({
      fairs: [
        fairOn('old', '2024-01-01'),
        fairOn('postponed', '2024-06-01', { status: 'postponed' }),
        fairOn('cancelled', '2024-05-01', { status: 'cancelled' }),
      ],
    });
    assert.equal(pickFair(f, at('2024-03-01T00:00:00Z'))?.id, 'cancelled');
  });

  test('after the last fair picks the one that ended last', () => {
    assert.equal(pickFair(feed, at('2025-01-01T00:00:00Z'))?.id, 'next');
  });

  test('gives nothing for a feed without fairs', () => {
    assert.equal(pickFair(feedOf({}), 0), undefined);
  });
});

describe('employers and industries', () => {
  const feed = feedOf({
    industries: [{ id: 'it', name: { 'zh-CN': '信息技术', en: 'IT' } }],
    employers: [
      { id: 'a', name: 'A', industry: 'it' },
      { id: 'b', name: 'B', industry: { 'zh-CN': '能源', en: 'Energy' } },
      { id: 'c', name: 'C', industry: '制造业' },
      { id: 'd', name: 'D' },
    ],
  });

  test('employerById finds an employer, or nothing', () => {
    assert.equal(employerById(feed, 'c')?.name, 'C');
    assert.equal(employerById(feed, 'zz'), undefined);
  });

  test('industryName resolves an industry id to its name in the language', () => {
    assert.equal(industryName(feed, feed.employers[0]!, 'en'), 'IT');
    assert.equal(industryName(feed, feed.employers[0]!, 'zh-CN'), '信息技术');
  });

  test('industryName uses an industry written as a name', () => {
    assert.equal(industryName(feed, feed.employers[1]!, 'en'), 'Energy');
    assert.equal(industryName(feed, feed.employers[2]!, 'en'), '制造业');
  });

  test('industryName is empty for an employer without an industry', () => {
    assert.equal(industryName(feed, feed.employers[3]!, 'en'), '');
  });
});
