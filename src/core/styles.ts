import { css } from 'lit';

/**
 * Styles every fairkit element starts from: the host box, the shared design tokens, a visible focus
 * ring, a `.visually-hidden` utility, reduced motion, and in forced colours (Windows high contrast,
 * which drops box shadows and backgrounds) an outline on what is current or pressed.
 *
 * The wrapper (`part="base"`) sets its own text size and resets the inherited text properties: a
 * host page's rules that match the element itself (`* { all: unset }`, `div * { font: 9px serif }`)
 * beat any `:host` rule, but cannot reach inside the shadow root.
 *
 * Tokens: a page sets the public `--fair-*` properties (on `:root` or on one element); rules read
 * only the private `--_*` copies made here. An element puts its own public
 * `--fair-<element>-<token>` in front by setting `--_el-<token>` on `:host`, e.g.
 * `--_el-accent: var(--fair-countdown-accent)`: unset, it is invalid and the global token applies.
 * (A separate name because `--_accent: var(--fair-countdown-accent, var(--_accent))` would be a cycle.)
 *
 * Browsers without `light-dark()` (older Chromium shells common on campus PCs) get the light values
 * instead of an invalid variable. Reduced motion sets near-zero durations rather than none, so
 * `transitionend` and `animationend` listeners still run. (No comments inside the CSS: they would
 * ship in the bundle.)
 *
 * @cssproperty --fair-accent - accent colour for links, highlights and the focus ring
 * @cssproperty --fair-text - main text colour
 * @cssproperty --fair-muted - secondary text: units, notes, figures
 * @cssproperty --fair-surface - background of cards and panels
 * @cssproperty --fair-tint - soft background behind the map's plan, the badge's pill and chart, a
 *   live event
 * @cssproperty --fair-border - border colour
 * @cssproperty --fair-radius - corner radius
 * @cssproperty --fair-font - font stack
 * @cssproperty --fair-font-size - base text size; sizes inside are relative to it (default: the
 *   visitor's preferred size, never below 14px, even on pages that shrink the root font)
 * @cssproperty --fair-color-scheme - `light dark` (default) to follow the visitor's setting, or
 *   `light` / `dark` to pin the elements to the host page's own scheme
 */
export const baseStyles = css`
  :host {
    --_accent: var(--_el-accent, var(--fair-accent, light-dark(#b3261e, #ffb4ab)));
    --_text: var(--_el-text, var(--fair-text, light-dark(#1d1b1a, #ece6e4)));
    --_muted: var(--_el-muted, var(--fair-muted, light-dark(#57534f, #bdb6b3)));
    --_surface: var(--_el-surface, var(--fair-surface, light-dark(#fff, #1e1e1e)));
    --_tint: var(--_el-tint, var(--fair-tint, light-dark(#f7f1f0, #2a2524)));
    --_border: var(--_el-border, var(--fair-border, light-dark(#ddd6d4, #45403e)));
    --_radius: var(--_el-radius, var(--fair-radius, 8px));
    display: block;
    box-sizing: border-box;
    font-family: var(
      --_el-font,
      var(--fair-font, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif)
    );
    line-height: 1.5;
    color: var(--_text);
    color-scheme: var(--fair-color-scheme, light dark);
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--_el-accent, var(--fair-accent, #b3261e));
      --_text: var(--_el-text, var(--fair-text, #1d1b1a));
      --_muted: var(--_el-muted, var(--fair-muted, #57534f));
      --_surface: var(--_el-surface, var(--fair-surface, #fff));
      --_tint: var(--_el-tint, var(--fair-tint, #f7f1f0));
      --_border: var(--_el-border, var(--fair-border, #ddd6d4));
    }
  }

  [part~='base'] {
    box-sizing: border-box;
    font-size: var(--fair-font-size, max(1rem, 14px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }

  p {
    margin: 0;
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    [aria-current='true'],
    [aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
