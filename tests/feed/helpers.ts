/** What the Node tests of the feed layer share. */
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';

/** fast-check runs per property (`FC_RUNS` to change it, e.g. 1500 for a longer hunt). */
export const RUNS = Number(process.env.FC_RUNS ?? 300);

/** A feed written by hand in a test, parsed: `version: 1` is added, and no error is allowed. */
export function feedOf(input: object): Feed {
  const { feed, issues } = parseFeed({ version: 1, ...input });
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  assert.ok(feed);
  return feed;
}
