import { css } from 'lit';

/**
 * Styles of `<fair-countdown>`, on top of `baseStyles`. Public `--fair-countdown-*` tokens fall back
 * to the global `--fair-*` ones and are copied into private `--_*` variables on `:host`, so the rules
 * below read one name. Colours use `light-dark()`, so dark mode follows `color-scheme` (the visitor's
 * setting by default, see `--fair-color-scheme`). Motion: none, so reduced motion needs nothing.
 */
export const styles = css`
  :host {
    --_accent: var(--fair-countdown-accent, var(--fair-accent, light-dark(#b3261e, #ffb4ab)));
    --_text: var(--fair-countdown-text, var(--fair-text, light-dark(#1d1b1a, #ece6e4)));
    --_muted: var(--fair-countdown-muted, var(--fair-muted, light-dark(#57534f, #bdb6b3)));
    --_surface: var(--fair-countdown-surface, var(--fair-surface, light-dark(#ffffff, #1e1e1e)));
    --_tint: var(--fair-countdown-tint, light-dark(#f7f1f0, #2a2524));
    --_border: var(--fair-countdown-border, var(--fair-border, light-dark(#ddd6d4, #45403e)));
    --_radius: var(--fair-countdown-radius, var(--fair-radius, 8px));
    --_digit-size: var(--fair-countdown-digit-size, clamp(1.5rem, 8cqi, 2.25rem));
    --_padding: var(--fair-countdown-padding, 1rem);

    container-type: inline-size;
    font-family: var(
      --fair-countdown-font,
      var(--fair-font, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif)
    );
    color: var(--_text);
    line-height: 1.5;
  }

  /* Same fallback as baseStyles: light values where light-dark() is unknown. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--fair-countdown-accent, var(--fair-accent, #b3261e));
      --_text: var(--fair-countdown-text, var(--fair-text, #1d1b1a));
      --_muted: var(--fair-countdown-muted, var(--fair-muted, #57534f));
      --_surface: var(--fair-countdown-surface, var(--fair-surface, #ffffff));
      --_tint: var(--fair-countdown-tint, #f7f1f0);
      --_border: var(--fair-countdown-border, var(--fair-border, #ddd6d4));
    }
  }

  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    box-sizing: border-box;
    min-inline-size: 0;
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-block-start: 4px solid var(--_accent);
  }

  [part~='base--ended'],
  [part~='base--cancelled'],
  [part~='base--postponed'] {
    border-block-start-color: var(--_muted);
  }

  [part~='base--running'] {
    background: var(--_tint);
  }

  p {
    margin: 0;
  }

  [part~='status'] {
    display: inline-block;
    margin-block-end: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_accent);
  }

  [part~='status--running']::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.1em;
  }

  [part~='status--ended'],
  [part~='status--no-fair'],
  [part~='status--loading'] {
    color: var(--_muted);
  }

  [part~='status--cancelled'],
  [part~='status--postponed'] {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  [part~='title'] {
    margin-block-end: 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  [part~='title'] a {
    color: inherit;
  }

  [part~='title--cancelled'],
  [part~='date--struck'] {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }

  [part~='countdown'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.6rem;
    margin-block: 0.25rem 0.75rem;
    font-variant-numeric: tabular-nums;
  }

  [part~='segment'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.2em;
    white-space: nowrap;
  }

  [part~='value'] {
    min-inline-size: 2ch;
    text-align: end;
    font-size: var(--_digit-size);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  /* Days change once a day: only the faster units need a fixed width against jitter. */
  [part~='segment--day'] [part~='value'] {
    min-inline-size: 0;
  }

  [part~='unit'] {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  [part~='date'],
  [part~='venue'],
  [part~='stats'],
  [part~='stale'] {
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }

  [part~='stats'] {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  [part~='stale'] {
    margin-block-start: 0.5rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  [part~='calendar'],
  [part~='register'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.5rem;
    padding: 0 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-size: 0.9375rem;
    text-decoration: none;
    cursor: pointer;
  }

  [part~='calendar'] {
    background: transparent;
    color: var(--_accent);
  }

  [part~='register'] {
    background: var(--_accent);
    color: var(--_surface);
  }

  [part~='calendar']:focus-visible,
  [part~='register']:focus-visible,
  [part~='title'] a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='error'] {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_tint);
    overflow-wrap: anywhere;
  }

  code {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }

  @container (max-width: 22rem) {
    [part~='base'] {
      --_padding: 0.75rem;
    }
    [part~='actions'] > * {
      flex: 1 1 100%;
      justify-content: center;
    }
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-block-start-width: 4px;
    }
    [part~='register'] {
      border: 1px solid ButtonText;
    }
  }
`;
