import { css } from 'lit';

/**
 * Styles of `<fair-placement-badge>`, on top of `baseStyles` (palette, focus ring, reduced motion).
 * The public `--fair-placement-badge-*` tokens go in front of the global ones through baseStyles'
 * `--_el-*` hooks.
 *
 * Every width comes from the text itself (inline-flex, grid, wrapping), never from a count of
 * characters: a Chinese label is as wide as the browser lays it out. The badge is an inline pill
 * whose "about" panel floats below it, so opening it does not push a header's layout about; the
 * ring and the card are blocks. The sparkline scales to the card's width with strokes that keep
 * their width. (No comments inside the CSS: they would ship in the bundle.)
 */
export const styles = css`
  :host {
    --_el-accent: var(--fair-placement-badge-accent);
    --_el-text: var(--fair-placement-badge-text);
    --_el-muted: var(--fair-placement-badge-muted);
    --_el-surface: var(--fair-placement-badge-surface);
    --_el-border: var(--fair-placement-badge-border);
    --_el-radius: var(--fair-placement-badge-radius);
    --_el-font: var(--fair-placement-badge-font);
  }

  :host(:not([variant='ring'], [variant='card'])) {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }

  [part~='base'] {
    position: relative;
    display: grid;
    gap: 0.25em;
  }

  [part~='base--badge'] {
    display: inline-flex;
    align-items: center;
  }

  [part~='base--ring'],
  [part~='base--card'] {
    padding: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  [part~='base--ring'] {
    justify-items: center;
    text-align: center;
  }

  [part~='pill'] {
    min-width: 0;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    padding: 0.2em 0.8em;
    background: var(--_tint);
    border: 1px solid var(--_border);
    border-radius: 1.5em;
  }

  [part~='value'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    font-size: var(--fair-placement-badge-value-size, 2.5em);
  }

  [part~='pill'] [part~='value'] {
    font-size: 1em;
  }

  [part~='pill'] [part~='value'],
  [part~='arrow'],
  a,
  button {
    color: var(--_accent);
  }

  [part~='date'],
  figcaption {
    color: var(--_muted);
  }

  [part~='date'],
  [part~='change'],
  [part~='details'],
  figcaption {
    font-size: 0.875em;
  }

  [part~='meter'] {
    display: grid;
    place-items: center;
    width: var(--fair-placement-badge-ring-size, 8em);
    aspect-ratio: 1;
  }

  [part~='meter'] [part~='value'] {
    font-size: var(--fair-placement-badge-value-size, 1.6em);
  }

  [part~='ring'] {
    grid-area: 1 / 1;
    width: 100%;
  }

  [part~='meter'] > strong {
    grid-area: 1 / 1;
  }

  circle,
  path {
    fill: none;
    stroke-width: 3.5;
    stroke: var(--_border);
  }

  [part~='ring-fill'],
  path {
    stroke: var(--_accent);
  }

  figure {
    margin: 0.5em 0 0;
  }

  [part~='sparkline'] {
    display: block;
    width: 100%;
    height: 3.5em;
    background: var(--_tint);
  }

  path {
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
  }

  .last {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }

  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .key::before {
    content: '';
    display: inline-block;
    width: 1.5em;
    margin-inline-end: 0.35em;
    vertical-align: middle;
    border-top: 2px solid var(--_accent);
  }

  .last::before {
    border-top: 2px dashed var(--_muted);
  }

  button {
    min-height: 1.75em;
    padding: 0;
    font: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }

  button::before {
    content: '▸' / '';
    margin-inline-end: 0.25em;
  }

  [aria-expanded='true']::before {
    content: '▾' / '';
  }

  [part~='base--badge'] button {
    display: grid;
    place-items: center;
    width: 1.75em;
  }

  [part~='base--badge'] button::before {
    content: none;
  }

  .info {
    display: grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    border: 0.1em solid;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }

  .about {
    display: grid;
    gap: 0.4em;
    padding-top: 0.4em;
    text-align: start;
  }

  [part~='base--badge'] .about {
    position: absolute;
    z-index: 1;
    top: 100%;
    inset-inline-start: 0;
    width: min(22em, 90vw);
    padding: 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.15);
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
