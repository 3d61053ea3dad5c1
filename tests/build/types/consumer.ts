/**
 * What a TypeScript user of the package writes, checked against the published declarations: the
 * tags give typed elements, their events typed details, and the entries what the README shows.
 * Every `@ts-expect-error` is a mistake the types must catch (tsc fails if one is not an error).
 */
import { FairBoothMap, parseFeed, refreshFeed, type Feed } from 'fairkit';
import 'fairkit/define.js';
import { placementSVG } from 'fairkit/placement-svg.js';

const map = document.querySelector('fair-booth-map');
if (map) {
  const typed: FairBoothMap = map;
  typed.addEventListener('fair-booth-select', (event) => {
    const booth: string | undefined = event.detail.boothId;
    // @ts-expect-error boothId may be undefined, so it is not a plain string
    const wrong: string = event.detail.boothId;
    void [booth, wrong];
  });
}

const carousel = document.createElement('fair-employer-carousel');
carousel.addEventListener('fair-employer-select', (event) => {
  const employer: string = event.detail.employerId;
  void employer;
});
carousel.addEventListener('fair-carousel-change', (event) => {
  const page: number = event.detail.page;
  // @ts-expect-error the page is a number
  const text: string = event.detail.pages;
  void [page, text];
});

const countdown = document.createElement('fair-countdown');
countdown.fair = 'spring-2027';
countdown.addEventListener('fair-countdown-end', (event) => {
  const fair: string = event.detail.fairId;
  void fair;
});
// @ts-expect-error not a property of the countdown
countdown.nonsense = 1;

const badge = document.createElement('fair-placement-badge');
const svg: string | null = badge.toSVG();

const timeline = document.createElement('fair-activity-timeline');
timeline.addEventListener('fair-feed-load', (event) => {
  const feed: Feed = event.detail.feed;
  const stale: boolean = event.detail.stale;
  void [feed.fairs[0]?.start, stale];
});
timeline.addEventListener('fair-feed-error', (event) => {
  const url: string = event.detail.url;
  void [url, event.detail.issues.length];
});

const { feed, issues } = parseFeed('{"version": 1}');
const employers: number | undefined = feed?.employers.length;
refreshFeed('/career/fairs.json');
const picture = placementSVG(feed, { cohort: '2024', lang: 'en' });
void [svg, employers, issues, picture.svg];
