import { css } from 'lit';

/**
 * Styles of `<fair-activity-timeline>`, on top of `baseStyles` (palette, focus ring, reduced
 * motion). The public `--fair-activity-timeline-*` tokens go in front of the global ones through
 * baseStyles' `--_el-*` hooks.
 *
 * The layout follows the element's own width through a container query on the base part (not the
 * host, whose rules a page's `* { all: unset }` overrides): under 40em a vertical list in its own
 * scroll box, with a line and a dot per event; from 40em a horizontal strip of days that scrolls
 * sideways and snaps to days. `base--vertical` and `base--horizontal` force one. What is off
 * screen is not laid out (`content-visibility: auto`), so 600 events cost what a screenful does:
 * in the vertical list whole months, except the one it opens on and the next (days there vary in
 * height, and the scroll to the current event must measure them as they will be shown); in the
 * strip each day, whose placeholder is exactly as wide as the day.
 * Cancelled events are struck through, ended ones muted, the live one outlined; each also says so
 * in words. (No comments inside the CSS: they would ship in the bundle.)
 */
export const styles = css`
  :host {
    --_el-accent: var(--fair-activity-timeline-accent);
    --_el-text: var(--fair-activity-timeline-text);
    --_el-muted: var(--fair-activity-timeline-muted);
    --_el-surface: var(--fair-activity-timeline-surface);
    --_el-border: var(--fair-activity-timeline-border);
    --_el-radius: var(--fair-activity-timeline-radius);
    --_el-font: var(--fair-activity-timeline-font);
  }

  [part~='base'] {
    display: grid;
    gap: 0.75em;
    container-type: inline-size;
    background: var(--_surface);
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }

  [part~='series-title'] {
    font-size: 1.25em;
    font-weight: 700;
  }

  [part~='series-description'] {
    flex-basis: 100%;
    color: var(--_muted);
  }

  [part~='progress'] {
    font-weight: 700;
    color: var(--_accent);
  }

  [part~='list'] {
    max-height: var(--fair-activity-timeline-max-height, 28em);
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .month {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }

  .month:has([part~='event--current'], [part~='event--target']),
  .month:has([part~='event--current'], [part~='event--target']) + .month {
    content-visibility: visible;
  }

  h3,
  h4 {
    margin: 0;
    font-size: 1em;
  }

  [part~='month'] {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.25em 0;
    background: var(--_surface);
    font-size: 1.125em;
  }

  [part~='day'] {
    margin: 0.5em 0 0.25em;
    color: var(--_muted);
    font-weight: 400;
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='event'] {
    position: relative;
    display: grid;
    gap: 0.15em;
    margin: 0 0 0.5em 0.5em;
    padding: 0.5em 0.75em 0.5em 1.25em;
    border-inline-start: 2px solid var(--_border);
  }

  [part~='event']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4em;
    top: 0.85em;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_border);
  }

  [part~='event--live']::before,
  [part~='event--soon']::before {
    background: var(--_accent);
  }

  [part~='event--live'] {
    border-color: var(--_accent);
    background: var(--_tint);
  }

  [part~='event--current'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    border-radius: var(--_radius);
  }

  [part~='event--ended'] {
    color: var(--_muted);
  }

  [part~='event--cancelled'] [part~='title'] {
    text-decoration: line-through 0.12em var(--_accent);
  }

  [part~='event--target'] {
    background: var(--_tint);
  }

  .meta,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  [part~='kind'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }

  [part~='kind'],
  [part~='time'],
  [part~='place'],
  [part~='employer'],
  [part~='day'] {
    font-size: 0.875em;
  }

  [part~='kind'],
  [part~='place'],
  [part~='employer'] {
    color: var(--_muted);
  }

  svg {
    width: 1.2em;
    height: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [part~='status'] {
    font-size: 0.875em;
    font-weight: 700;
  }

  [part~='status--live'],
  [part~='status--soon'],
  [part~='status--postponed'],
  [part~='status--cancelled'] {
    color: var(--_accent);
  }

  [part~='title'] {
    font-weight: 700;
  }

  a {
    color: var(--_accent);
  }

  [part~='event--ended'] a {
    color: inherit;
  }

  button {
    min-height: 2em;
    padding: 0 0.75em;
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [part~='more'] {
    min-height: 0;
    padding: 0;
    border: 0;
    text-decoration: underline;
    background: none;
  }

  [part~='watch'] {
    font-weight: 700;
  }

  [part~='empty'],
  [part~='problem'] {
    color: var(--_muted);
  }

  @container (min-width: 40em) {
    [part~='base']:not([part~='base--vertical']) [part~='list'] {
      display: flex;
      gap: 1.5em;
      max-height: none;
      overflow-x: auto;
      overflow-y: hidden;
      scroll-snap-type: x proximity;
      padding-bottom: 0.5em;
    }
    [part~='base']:not([part~='base--vertical']) .days {
      display: flex;
      gap: 1em;
    }
    [part~='base']:not([part~='base--vertical']) .day {
      scroll-snap-align: start;
      width: var(--fair-activity-timeline-event-width, 16em);
      content-visibility: auto;
      contain-intrinsic-size: auto var(--fair-activity-timeline-event-width, 16em) auto 8em;
    }
    [part~='base']:not([part~='base--vertical']) .month {
      content-visibility: visible;
    }
    [part~='base']:not([part~='base--vertical']) [part~='month'] {
      inset-inline-start: 0;
      inline-size: max-content;
    }
  }

  [part~='base--horizontal'] [part~='list'] {
    display: flex;
    gap: 1.5em;
    max-height: none;
    overflow-x: auto;
    overflow-y: hidden;
    scroll-snap-type: x proximity;
    padding-bottom: 0.5em;
  }

  [part~='base--horizontal'] .days {
    display: flex;
    gap: 1em;
  }

  [part~='base--horizontal'] [part~='month'] {
    inset-inline-start: 0;
    inline-size: max-content;
  }

  [part~='base--horizontal'] .day {
    scroll-snap-align: start;
    width: var(--fair-activity-timeline-event-width, 16em);
    content-visibility: auto;
    contain-intrinsic-size: auto var(--fair-activity-timeline-event-width, 16em) auto 8em;
  }

  [part~='base--horizontal'] .month {
    content-visibility: visible;
  }
`;
