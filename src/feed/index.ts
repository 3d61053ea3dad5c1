/**
 * The feed layer of fairkit: pure functions that read a feed and answer questions about it.
 * No DOM: this entry (`fairkit/feed.js`) runs in Node too.
 */
export * from './types.js';
export { parseFeed, DEFAULT_TIME_ZONE } from './parse.js';
export { parseTime, endOfDay, isTimeZone, wallClockToInstant, type ParsedTime } from './time.js';
export { safeUrl, type SafeUrlOptions } from './url.js';
export { resolveText } from './text.js';
export { formatIssue } from './messages.js';
export {
  fairPhase,
  pickFair,
  employerById,
  industryName,
  activityEnd,
  activityPhase,
  activitiesByEmployer,
  talkStatus,
  dayInZone,
  type FairPhase,
  type ActivityPhase,
} from './queries.js';
export {
  employerEntries,
  orderEntries,
  FRONT_PAGE,
  type EmployerEntry,
  type EmployerFilter,
  type EmployerOrder,
} from './employers.js';
export {
  placementFigure,
  type PlacementQuery,
  type PlacementFigure,
  type PlacementProblem,
} from './placement.js';
