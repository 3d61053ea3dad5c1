import { css } from 'lit';

/**
 * Styles of `<fair-countdown>`, on top of `baseStyles`, which holds the palette (with its
 * `light-dark()` values and their fallback); here the public `--fair-countdown-*` tokens are put in
 * front of the global ones through baseStyles' `--_el-*` hooks. Motion: none, so reduced motion
 * needs nothing. An ended, cancelled or postponed fair has a muted top border.
 *
 * `content-visibility: auto` on the host: a countdown far from the screen is not laid out or
 * painted, and its ticks write nothing (fair-countdown.ts listens for the skip) until it is scrolled
 * near. `auto 14em` keeps the height it last had, so the page does not jump.
 *
 * Digits are tabular and at least two wide (but days), so a value does not jitter from 10 to 9.
 * The seconds, which change on every tick, take their box's size and baseline from an invisible
 * mask of zeros (`data-mask`) and sit over it in a box with `contain: strict`: a tick lays out that
 * box alone, not the card (bench/run.mjs: layout per tick about halved). Only the seconds: each
 * such box is a paint layer, and layers cost every hit test on the page. (No comments inside the
 * CSS: they would ship in the bundle.)
 */
export const styles = css`
  :host {
    --_el-accent: var(--fair-countdown-accent);
    --_el-text: var(--fair-countdown-text);
    --_el-muted: var(--fair-countdown-muted);
    --_el-surface: var(--fair-countdown-surface);
    --_el-tint: var(--fair-countdown-tint);
    --_el-border: var(--fair-countdown-border);
    --_el-radius: var(--fair-countdown-radius);
    --_el-font: var(--fair-countdown-font);
    container-type: inline-size;
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }

  [part~='base'] {
    padding: var(--fair-countdown-padding, 1em);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  [part~='base--ended'],
  [part~='base--cancelled'],
  [part~='base--postponed'] {
    border-block-start-color: var(--_muted);
  }

  [part~='base--running'],
  [part~='error'] {
    background: var(--_tint);
  }

  [part~='status'] {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }

  [part~='status--ended'],
  [part~='status--no-fair'],
  [part~='status--loading'],
  [part~='unit'],
  [part~='stats'],
  [part~='stale'] {
    color: var(--_muted);
  }

  [part~='status--cancelled'],
  [part~='status--postponed'] {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
  }

  [part~='title'] {
    margin-block: 0.25em 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }

  [part~='title'] a {
    color: inherit;
  }

  [part~='title--cancelled'],
  [part~='date--struck'] {
    text-decoration: line-through 2px;
  }

  [part~='countdown'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    margin-block-end: 0.75em;
  }

  [part~='countdown'],
  [part~='stats'] {
    font-variant-numeric: tabular-nums;
  }

  [part~='segment'] {
    white-space: nowrap;
  }

  [part~='value'] {
    display: inline-block;
    min-inline-size: 2ch;
    margin-inline-end: 0.2em;
    text-align: end;
    font-size: var(--fair-countdown-digit-size, clamp(1.5em, 8cqi, 2.25em));
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
  }

  [part~='segment--day'] [part~='value'] {
    min-inline-size: 0;
  }

  [part~='segment--second'] [part~='value'] {
    position: relative;
  }

  [part~='segment--second'] [part~='value']::before {
    content: attr(data-mask);
    visibility: hidden;
  }

  [part~='segment--second'] .digits {
    position: absolute;
    inset: 0;
    contain: strict;
  }

  [part~='unit'],
  [part~='stale'] {
    font-size: 0.875em;
  }

  [part~='stale'] {
    margin-block-start: 0.5em;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }

  [part~='calendar'],
  [part~='register'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.5em;
    padding: 0 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }

  [part~='register'] {
    background: var(--_accent);
    color: var(--_surface);
  }

  [part~='error'] {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }

  @container (max-width: 22em) {
    [part~='base'] {
      padding: var(--fair-countdown-padding, 0.75em);
    }
    [part~='actions'] > * {
      flex: 1 1 100%;
    }
  }
`;
