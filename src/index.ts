/**
 * fairkit's element classes and feed types. Importing this module registers nothing: import
 * `fairkit/define.js` (or load the CDN file) to define the tags, or call `customElements.define`
 * with your own names.
 */
export {
  FairCountdown,
  splitDuration,
  type CountdownUnit,
  type CountdownView,
  type FairCountdownEndDetail,
} from './elements/fair-countdown/fair-countdown.js';
export {
  FairBoothMap,
  type FairBoothSelectDetail,
} from './elements/fair-booth-map/fair-booth-map.js';
export {
  FairEmployerCarousel,
  type FairCarouselChangeDetail,
  type FairEmployerSelectDetail,
} from './elements/fair-employer-carousel/fair-employer-carousel.js';
export {
  FairPlacementBadge,
  type PlacementView,
} from './elements/fair-placement-badge/fair-placement-badge.js';
export {
  FairActivityTimeline,
  type TimelineView,
} from './elements/fair-activity-timeline/fair-activity-timeline.js';
export type { BadgeVariant } from './elements/fair-placement-badge/svg.js';
export type * from './feed/types.js';
// The feed events' details, and with them their declaration in HTMLElementEventMap: no element's
// declarations import the feed controller (its field is private), so this export carries it.
export type { FeedLoadEventDetail, FeedErrorEventDetail } from './core/feed-controller.js';
export type { IcsEvent, IcsOptions } from './core/ics.js';
/**
 * The feed loader's network settings for the whole page: `timeout` per attempt (ms, default 10 s),
 * `retries` on network errors, timeouts and 5xx (default 2) and the first `backoff` (ms, doubled each
 * retry). A portal on a slow campus network may raise the timeout before its elements connect.
 */
export { feedLoaderConfig, refreshFeed } from './core/feed-loader.js';
export { parseFeed } from './feed/parse.js';
