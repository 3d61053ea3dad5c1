import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { feedLoaderConfig } from '../src/core/feed-loader.js';

/** A dark page: `--fair-color-scheme: dark` pins fairkit's palette to the page's scheme. */
export const darkPage: Decorator = (story) =>
  html`<div
    style="--fair-color-scheme: dark; color-scheme: dark; background: #121212; color: #eee; padding: 1rem"
  >
    ${story()}
  </div>`;

/** A phone-wide column of `width` CSS pixels. */
export const phoneColumn =
  (width: number): Decorator =>
  (story) =>
    html`<div style="inline-size: ${width}px; outline: 1px dashed #999">${story()}</div>`;

/** A feed URL whose request `holdFeed` keeps open: a story with `src: NEVER` stays loading. */
export const NEVER = '/fairkit-story-never-answers.json';

/**
 * A story's `beforeEach` for the loading state: wraps fetch so a request for {@link NEVER} never
 * answers (it rejects only when aborted) and lifts the loader's timeout; undone after the story.
 */
export function holdFeed(): () => void {
  const fetch = window.fetch;
  const timeout = feedLoaderConfig.timeout;
  feedLoaderConfig.timeout = 2 ** 31 - 1;
  window.fetch = (input, init) =>
    String(input).endsWith(NEVER)
      ? new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The request was aborted.', 'AbortError')),
          ),
        )
      : fetch(input, init);
  return () => {
    window.fetch = fetch;
    feedLoaderConfig.timeout = timeout;
  };
}

/** A feed URL that `answer404` answers with 404 Not Found, without a request. */
export const MISSING = '/fairkit-story-missing-feed.json';

/**
 * A story's `beforeEach` for a feed the server does not have: fetch answers {@link MISSING} with a
 * 404 of its own (a real one would log a console error, which fails the Storybook check); undone
 * after the story.
 */
export function answer404(): () => void {
  const fetch = window.fetch;
  window.fetch = (input, init) =>
    String(input).endsWith(MISSING)
      ? Promise.resolve(new Response('Not Found', { status: 404, statusText: 'Not Found' }))
      : fetch(input, init);
  return () => {
    window.fetch = fetch;
  };
}
