import { css } from 'lit';

/**
 * Styles of `<fair-employer-carousel>`, on top of `baseStyles` (palette, focus ring, reduced
 * motion). The public `--fair-employer-carousel-*` tokens go in front of the global ones through
 * baseStyles' `--_el-*` hooks.
 *
 * Slides per view follow the element's own width, never the viewport: container queries on the
 * base part (not on the host, whose rules a page's `* { all: unset }` overrides), in the element's
 * own em, set `--_per-view` on the slides, and the element reads it back to page by it (the grid
 * pages by `--_per-view` columns × 3 rows). Logos sit on a light neutral plate in both colour
 * schemes, since most are drawn for white. Buttons and links are at least 2.75em tall for fingers. The
 * grid is a logo wall: logo, name and booth only. (No comments inside the CSS: they would ship in
 * the bundle.)
 */
export const styles = css`
  :host {
    --_el-accent: var(--fair-employer-carousel-accent);
    --_el-text: var(--fair-employer-carousel-text);
    --_el-muted: var(--fair-employer-carousel-muted);
    --_el-surface: var(--fair-employer-carousel-surface);
    --_el-border: var(--fair-employer-carousel-border);
    --_el-radius: var(--fair-employer-carousel-radius);
    --_el-font: var(--fair-employer-carousel-font);
  }

  [part~='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    container-type: inline-size;
  }

  [part~='slides'] {
    --_per-view: 1;
    --_gap: var(--fair-employer-carousel-gap, 0.75em);
  }

  [part~='base--grid'] [part~='slides'] {
    --_per-view: 2;
  }

  @container (min-width: 30em) {
    [part~='slides'] {
      --_per-view: 2;
    }
    [part~='base--grid'] [part~='slides'] {
      --_per-view: 3;
    }
  }

  @container (min-width: 45em) {
    [part~='slides'] {
      --_per-view: 3;
    }
    [part~='base--grid'] [part~='slides'] {
      --_per-view: 4;
    }
  }

  @container (min-width: 64em) {
    [part~='slides'] {
      --_per-view: 4;
    }
    [part~='base--grid'] [part~='slides'] {
      --_per-view: 6;
    }
  }

  [part~='controls'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  button,
  [part~='apply'],
  [part~='site'],
  [part~='live'],
  [part~='video-link'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }

  [part~='previous'],
  [part~='next'],
  [part~='rotation'] {
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }

  :host(:dir(rtl)) [part~='previous'] span,
  :host(:dir(rtl)) [part~='next'] span {
    display: inline-block;
    transform: scaleX(-1);
  }

  [part~='scrubber'] {
    flex: 1;
    inline-size: 0;
    min-inline-size: 3em;
    accent-color: var(--_accent);
  }

  [part~='position'] {
    min-inline-size: 5ch;
    font-variant-numeric: tabular-nums;
    text-align: center;
    color: var(--_muted);
  }

  [part~='slides'] {
    display: grid;
    grid-template-columns: repeat(var(--_per-view), minmax(0, 1fr));
    gap: var(--_gap);
    touch-action: pan-y;
  }

  [part~='slide'] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  [part~='slide--live'] {
    border-color: var(--_accent);
  }

  [part~='logo'] {
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    place-items: center;
    block-size: 4.5em;
    margin-block-end: 0.25em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--fair-employer-carousel-plate, #f4f2f1);
  }

  [part~='logo'] img {
    inline-size: 85%;
    block-size: 80%;
    object-fit: contain;
  }

  [part~='initial'] {
    font-size: 2em;
    font-weight: 700;
    color: #57534f;
  }

  [part~='name'] {
    font-weight: 700;
  }

  [part~='full-name'],
  [part~='meta'],
  [part~='positions'],
  [part~='empty'],
  [part~='stale'],
  [part~='status'] {
    font-size: 0.875em;
    color: var(--_muted);
  }

  [part~='live'],
  [part~='talk'] {
    align-self: start;
    color: var(--_accent);
    font-weight: 600;
  }

  [part~='live'] {
    min-block-size: 2.25em;
    border-color: var(--_accent);
  }

  [part~='live']::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
  }

  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: auto;
    padding-block-start: 0.5em;
  }

  [part~='booth'] {
    font-variant-numeric: tabular-nums;
  }

  button[part~='booth'],
  [part~='apply'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  span[part~='booth'] {
    align-self: center;
    color: var(--_muted);
  }

  [part~='player'] {
    display: grid;
    gap: 0.5em;
  }

  video {
    inline-size: 100%;
    max-block-size: 60vh;
    border-radius: calc(var(--_radius) / 2);
    background: #000;
  }

  [part~='error'] {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_tint);
  }

  [part~='base--grid'] [part~='slide'] {
    padding: 0.5em;
    text-align: center;
  }

  [part~='base--grid']
    :is(
      [part~='full-name'],
      [part~='meta'],
      [part~='positions'],
      [part~='apply'],
      [part~='site'],
      [part~='video-button']
    ) {
    display: none;
  }

  [part~='base--grid'] [part~='links'] {
    justify-content: center;
  }
`;
