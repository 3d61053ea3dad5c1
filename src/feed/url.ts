import type { SafeUrl } from './types.js';

/** Options for {@link safeUrl}. */
export interface SafeUrlOptions {
  /** The URL is an image source (a logo): also accept `data:image/*`. */
  image?: boolean;
}

const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// C0 controls and DEL: browsers silently drop tabs and newlines inside URLs (`java\tscript:`),
// so a URL that contains one is refused rather than cleaned.
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
// The contract allows every data:image/* for logos, SVG included: an SVG used as an <img> source
// (or a CSS image) runs in secure static mode, without scripts or external loads. Elements must
// therefore use image URLs only as image sources, never as links or <object>/<iframe> content.
const DATA_IMAGE_RE = /^data:image\/[a-z0-9.+-]+[;,]/i;
const PLACEHOLDER_BASE = 'https://base.invalid/';

/** `input` resolved against `base` when it is an `http:` or `https:` URL, else `null`. */
function httpHref(input: string, base?: string): string | null {
  try {
    const url = new URL(input, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/* A feed's URLs share one base: parse it once, not once per relative logo (1,227 at a big fair). */
let lastBase: string | undefined;
let lastResolved: string | null = null;
function resolveBase(base: string): string | null {
  if (base !== lastBase) [lastBase, lastResolved] = [base, httpHref(base)];
  return lastResolved;
}

/**
 * The one URL sanitiser of fairkit: every URL from a feed goes through it before it becomes a link
 * or a source.
 *
 * Accepted (surrounding whitespace is trimmed):
 * - absolute `http:` and `https:` URLs, in any letter case, returned normalised (`URL.href`);
 * - protocol-relative URLs (`//cdn.example.com/a.png`), resolved with the protocol of `base`, or
 *   `https:` without a usable base;
 * - relative URLs (`logos/a.png`, `/x`, `./x`, `?q`, `#top`), resolved against `base` when it is an
 *   `http:`/`https:` URL, otherwise returned as written, provided no `:` comes before the first
 *   `/`, `?` or `#` (so the text can never be read as a scheme);
 * - with `options.image`, `data:image/*` URIs (SVG included, see above), returned as written.
 *
 * Everything else is refused: other schemes (`javascript:`, `vbscript:`, `data:text/html`,
 * `file:` …) in any letter case, and any URL containing a control character such as a tab or a
 * newline, which browsers drop silently and attackers use to hide a scheme (`java\tscript:`).
 *
 * @param value - The URL as written in the feed; anything but a string is refused.
 * @param base - The URL relative URLs are relative to (the feed's own URL).
 * @returns The URL to use, or `null` when it must not be used.
 */
export function safeUrl(value: unknown, base?: string, options?: SafeUrlOptions): SafeUrl | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (url === '' || CONTROL_RE.test(url)) return null;
  const scheme = SCHEME_RE.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return httpHref(url);
  if (scheme === 'data') return options?.image === true && DATA_IMAGE_RE.test(url) ? url : null;
  if (scheme !== undefined) return null;
  const firstBreak = url.search(/[/?#\\]/);
  const colon = url.indexOf(':');
  if (colon !== -1 && (firstBreak === -1 || colon < firstBreak)) return null;
  const resolvedBase = base && resolveBase(base);
  if (resolvedBase) return httpHref(url, resolvedBase);
  // `//host/x` and `\\host\x` (browsers treat `\` as `/` in http URLs) name another host.
  if (/^[/\\]{2}/.test(url)) return httpHref(url, PLACEHOLDER_BASE);
  return httpHref(url, PLACEHOLDER_BASE) === null ? null : url;
}
