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
export type * from './feed/types.js';
export type { IcsEvent, IcsOptions } from './core/ics.js';
