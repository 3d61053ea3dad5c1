import { css } from 'lit';

/**
 * Styles of `<fair-booth-map>`, on top of `baseStyles` (palette, focus ring) and the floor's own
 * `floorStyles`. The public `--fair-booth-map-*` tokens go in front of the global ones through
 * baseStyles' `--_el-*` hooks. Layout follows the element's width (container queries): the list
 * sits beside the map from 48em, below it on phones. Form fields are at least 16px, so phones do
 * not zoom the page when one is focused, whatever the page's root size. Print: the plan with booth numbers and a small
 * map, without the controls. (No comments inside the CSS: they would ship in the bundle.)
 */
export const styles = css`
  :host {
    --_el-accent: var(--fair-booth-map-accent);
    --_el-text: var(--fair-booth-map-text);
    --_el-muted: var(--fair-booth-map-muted);
    --_el-surface: var(--fair-booth-map-surface);
    --_el-border: var(--fair-booth-map-border);
    --_el-radius: var(--fair-booth-map-radius);
    --_el-font: var(--fair-booth-map-font);
  }

  [part~='base'] {
    display: grid;
    gap: 0.75em;
    container-type: inline-size;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    min-block-size: 2.5em;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }

  input,
  select {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='toolbar'] {
    display: grid;
    gap: 0.5em;
  }

  .field {
    display: grid;
    gap: 0.125em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .field > :last-child {
    font-size: max(16px, 1rem);
    color: var(--_text);
  }

  .search > :last-child {
    font-size: max(17px, 1.0625rem);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: 0.5em;
    align-items: end;
  }

  [part~='halls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .badge {
    display: inline-block;
    min-inline-size: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_surface);
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
  }

  [part~='body'] {
    display: grid;
    gap: 0.75em;
  }

  [part~='map'] {
    position: relative;
    display: flex;
    flex-direction: column;
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  [part~='map']:focus-visible {
    outline-offset: 0;
  }

  [part~='viewport'] {
    position: relative;
    block-size: var(
      --fair-booth-map-height,
      clamp(16rem, 100cqi * var(--_ratio, 0.6) + 2em, min(70vh, 40rem))
    );
    min-block-size: 16rem;
    overflow: hidden;
    background: var(--_tint);
    cursor: grab;
  }

  .content {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    transform-origin: 0 0;
  }

  .help {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-start: 0.5em;
    max-inline-size: calc(100% - 1em);
    margin: 0;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.875em;
    opacity: 0;
    pointer-events: none;
  }

  [part~='map']:focus-visible .help {
    opacity: 1;
  }

  [part~='zoom'] {
    order: -1;
    display: flex;
    justify-content: flex-end;
    gap: 0.25em;
    padding: 0.25em;
    border-block-end: 1px solid var(--_border);
  }

  [part~='zoom'] button {
    inline-size: 2.75em;
    min-block-size: 2.5em;
    padding: 0;
    font-size: 1.125em;
    line-height: 1;
  }

  [part~='results'] {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-inline-size: 0;
    max-block-size: var(--fair-booth-map-list-height, 30rem);
    overflow: auto;
  }

  [part~='count'],
  [part~='note'] {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }

  [part~='list'],
  [part~='plan'] ol {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='item'],
  .plan-item {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0 0.5em;
    inline-size: 100%;
    padding: 0.375em 0.75em;
    text-align: start;
  }

  [part~='item'][aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }

  .booth {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }

  .meta {
    grid-column: 2 / -1;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .star {
    color: var(--_accent);
  }

  [part~='more'] {
    margin-block-start: 0.5em;
    inline-size: 100%;
  }

  [part~='card'],
  [part~='plan'] {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card-head {
    display: flex;
    gap: 0.75em;
    align-items: start;
  }

  .card-head > div {
    flex: 1;
    min-inline-size: 0;
  }

  .logo {
    inline-size: 3em;
    block-size: 3em;
    object-fit: contain;
    border-radius: var(--_radius);
    background: #fff;
  }

  h3,
  h4 {
    margin: 0;
    font-size: 1.0625em;
  }

  h4 {
    margin-block: 0.75em 0.25em;
    font-size: 0.9375em;
  }

  .where,
  .full-name,
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='close'] {
    inline-size: 2.5em;
    padding: 0;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
  }

  .facts dt {
    display: inline;
    color: var(--_muted);
  }

  .facts dt::after {
    content: ': ';
  }

  :lang(zh) .facts dt::after {
    content: '：';
  }

  .facts dd {
    display: inline;
    margin: 0;
  }

  .positions {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .positions span {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .links,
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0.75em 0 0;
  }

  a {
    color: var(--_accent);
  }

  .copy-field {
    margin-block-start: 0.25em;
  }

  [part~='plan'] li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em;
  }

  .remove {
    inline-size: 2.5em;
    padding: 0;
  }

  .print {
    margin-block-start: 0.5em;
  }

  @container (min-width: 48em) {
    [part~='toolbar'] {
      grid-template-columns: minmax(14em, 2fr) 3fr;
      align-items: end;
    }

    [part~='halls'] {
      grid-column: 1 / -1;
    }

    .with-map {
      grid-template-columns: minmax(0, 1fr) minmax(16em, 22em);
      align-items: start;
    }

    .with-map [part~='results'] {
      max-block-size: var(
        --fair-booth-map-list-height,
        var(--fair-booth-map-height, min(70vh, 40rem))
      );
      overscroll-behavior: contain;
    }
  }

  @media print {
    [part~='toolbar'],
    [part~='zoom'],
    .help,
    [part~='count'],
    [part~='list'],
    [part~='more'],
    [part~='card'],
    .remove,
    .print {
      display: none;
    }

    [part~='body'] {
      display: block;
    }

    [part~='results'] {
      max-block-size: none;
      overflow: visible;
    }

    [part~='viewport'] {
      block-size: 9cm;
      min-block-size: 0;
    }

    [part~='plan'] {
      break-inside: avoid;
      border: none;
    }

    .plan-item {
      border: none;
    }
  }
`;
