import { css } from 'lit';

/**
 * Styles every fairkit element starts from: the host box, the shared design tokens, a visible focus
 * ring, a `.visually-hidden` utility and reduced motion.
 *
 * Tokens: a page sets the public `--fair-*` properties (on `:root` or on one element); elements
 * read only the private `--_*` copies set here, so they can add their own
 * `--fair-<element>-<token>` in front, e.g.
 * `--_accent: var(--fair-countdown-accent, var(--fair-accent, #b3261e))`.
 *
 * @cssproperty --fair-accent - accent colour for links, highlights and the focus ring
 * @cssproperty --fair-radius - corner radius
 * @cssproperty --fair-font - font stack
 * @cssproperty --fair-surface - background of cards and panels
 * @cssproperty --fair-text - main text colour
 * @cssproperty --fair-color-scheme - `light dark` (default) to follow the visitor's setting, or
 *   `light` / `dark` to pin the elements to the host page's own scheme
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--fair-font, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color-scheme: var(--fair-color-scheme, light dark);
    --_accent: var(--fair-accent, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--fair-radius, 8px);
    --_surface: var(--fair-surface, light-dark(#ffffff, #1e1e1e));
    --_text: var(--fair-text, light-dark(#1d1b1a, #ece6e4));
  }

  /* Browsers without light-dark() (older Chromium shells common on campus PCs) get the light
     values instead of an invalid variable. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--fair-accent, #b3261e);
      --_surface: var(--fair-surface, #ffffff);
      --_text: var(--fair-text, #1d1b1a);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    /* Near-zero rather than none, so transitionend and animationend listeners still run. */
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
