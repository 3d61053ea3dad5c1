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
