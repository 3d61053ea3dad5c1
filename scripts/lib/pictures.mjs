// What docs/elements/<tag>.png shows: the markup scripts/element-pictures.mjs renders with the
// built CDN file and tests/fixtures/spring-fair.json (served as /feed.json), and the caption
// scripts/element-docs.mjs writes under it (Markdown). One place, so a picture and its caption
// agree.

/** The page's clock for every picture: 14:47:25 in Shanghai on 18 December 2026, a fixed moment. */
export const CLOCK = '2026-12-18T14:47:25+08:00';

/** Per tag: the markup in the picture, the page width in CSS pixels, and the caption. */
export const PICTURES = {
  'fair-countdown': {
    width: 640,
    markup: '<fair-countdown src="/feed.json" fair="spring-2027"></fair-countdown>',
    caption:
      'The spring fair of the sample feed, counted down at 14:47:25 on 18 December 2026 (Shanghai).',
  },
  'fair-booth-map': {
    width: 1100,
    markup:
      '<fair-booth-map src="/feed.json" fair="spring-2027" selected="A-012"></fair-booth-map>',
    caption: "Hall A of the sample feed's spring fair (1,247 booths), with booth A-012 chosen.",
  },
  'fair-employer-carousel': {
    width: 1000,
    markup: '<fair-employer-carousel src="/feed.json" fair="spring-2027"></fair-employer-carousel>',
    caption:
      "The first page of the sample feed's 1,227 employers (the sample has no logos: lettered placeholders).",
  },
  'fair-placement-badge': {
    width: 900,
    markup: `<div style="display: grid; grid-template-columns: 22em 1fr; gap: 24px; align-items: start">
  <div style="display: grid; gap: 24px; justify-items: start">
    <fair-placement-badge src="/feed.json"></fair-placement-badge>
    <fair-placement-badge src="/feed.json" variant="ring"></fair-placement-badge>
  </div>
  <fair-placement-badge src="/feed.json" variant="card"></fair-placement-badge>
</div>`,
    caption:
      "The sample feed's latest placement rate as the three variants: `badge` (the default), `ring` and `card`.",
  },
  'fair-activity-timeline': {
    width: 760,
    markup: '<fair-activity-timeline src="/feed.json" series="zhiyin"></fair-activity-timeline>',
    caption:
      "The sample feed's series `zhiyin` at 14:47 on 18 December 2026 (Shanghai): the third event is live.",
  },
};
