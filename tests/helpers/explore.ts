/**
 * Scaffolding of the exploring tests (tests/elements/any-*.test.ts), which throw generated feeds,
 * keys and clicks at every element (mounted with `mountElement`): the tags, the sample fair, and
 * the page kept in place and listened to while they run.
 */
import '../../src/define.js';

/** Every element fairkit defines. */
export const TAGS = [
  'fair-countdown',
  'fair-booth-map',
  'fair-employer-carousel',
  'fair-placement-badge',
  'fair-activity-timeline',
] as const;

export type Tag = (typeof TAGS)[number];

/** The sample spring fair (tests/fixtures/spring-fair.json), as a page would fetch it. */
export async function springFair(): Promise<unknown> {
  const response = await fetch(new URL('../fixtures/spring-fair.json', import.meta.url));
  return response.json();
}

/**
 * Runs `body` with the page listened to and kept in place: what it throws (uncaught errors and
 * rejections) is returned; a click on a link is cancelled, so the test page is not left, and
 * `print()` does nothing.
 */
export async function onQuietPage(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const cancelLinks = (event: MouseEvent) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) {
      event.preventDefault();
    }
  };
  const print = window.print;
  window.print = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('click', cancelLinks, true);
  try {
    await body();
  } finally {
    window.print = print;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('click', cancelLinks, true);
  }
  return errors;
}
