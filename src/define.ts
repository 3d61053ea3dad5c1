/**
 * Registers every fairkit tag. Importing this module is the one side effect of the package
 * (`"sideEffects"` in package.json lists it); each tag goes through the guarded `defineElement`, so
 * a second copy of fairkit on the page warns instead of throwing.
 */
import { defineElement } from './core/define.js';
import { FairBoothMap } from './elements/fair-booth-map/fair-booth-map.js';
import { FairCountdown } from './elements/fair-countdown/fair-countdown.js';
import { FairEmployerCarousel } from './elements/fair-employer-carousel/fair-employer-carousel.js';
import { FairActivityTimeline } from './elements/fair-activity-timeline/fair-activity-timeline.js';
import { FairPlacementBadge } from './elements/fair-placement-badge/fair-placement-badge.js';

defineElement('fair-countdown', FairCountdown);
defineElement('fair-booth-map', FairBoothMap);
defineElement('fair-employer-carousel', FairEmployerCarousel);
defineElement('fair-placement-badge', FairPlacementBadge);
defineElement('fair-activity-timeline', FairActivityTimeline);
