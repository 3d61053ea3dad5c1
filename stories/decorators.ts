import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

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
