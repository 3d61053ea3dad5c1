/**
 * The placement badge as a standalone SVG string: a static picture for places that cannot run
 * scripts (WeChat articles, e-mails, PDFs). Pure (no DOM), so a build step in Node can write the file.
 *
 * An SVG cannot lay out text: its width must be known when it is written. The element passes a
 * measure that uses the browser's own text layout (canvas `measureText` in the element's font); in
 * Node, where there is no layout, {@link estimateWidth} stands in. Either way every text carries
 * `textLength`, so whatever font the viewer has draws it exactly in the room it was given.
 */
import type { PlacementFigure } from '../../feed/placement.js';
import { sparkPaths, type PlacementWords } from './words.js';

/** Width in px of `text` at `size` px and `weight`. */
export type TextMeasure = (text: string, size: number, weight: number) => number;

/** How the picture looks: the three variants of the element. */
export type BadgeVariant = 'badge' | 'ring' | 'card';

/** The colours of the picture (the element passes its own, so dark mode and themes carry over). */
export interface BadgeColors {
  accent: string;
  text: string;
  muted: string;
  surface: string;
  tint: string;
  border: string;
}

/** Options of {@link badgeSVG}. */
export interface BadgeSVGOptions {
  /** `badge` (default), `ring` or `card`. */
  variant?: BadgeVariant;
  /** Text widths; {@link estimateWidth} by default. */
  measure?: TextMeasure;
  /** Colours; fairkit's light theme by default. */
  colors?: Partial<BadgeColors>;
  /** A CSS font-family list. */
  font?: string;
  /** "本届 / This year" and "去年同期 / Last year" for the card's legend. */
  legend?: [string, string];
}

/** fairkit's light theme (the values of `baseStyles`). */
export const LIGHT: BadgeColors = {
  accent: '#b3261e',
  text: '#1d1b1a',
  muted: '#57534f',
  surface: '#fff',
  tint: '#f7f1f0',
  border: '#ddd6d4',
};

const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/**
 * A documented estimate of text width for when there is no layout (Node): ideographs, kana,
 * hangul and full-width forms take 1 em in every CJK font; Latin letters and digits are estimated
 * from common sans-serif metrics (bold 6% wider). `textLength` makes the real font fit that width.
 */
export const estimateWidth: TextMeasure = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    em += /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff01-\uff60]/u.test(
      ch,
    )
      ? 1
      : /[il.,:;'|!·\s]/.test(ch)
        ? 0.28
        : /[A-Z%mwMW▲▼]/.test(ch)
          ? 0.72
          : 0.56;
  }
  return em * size * (weight > 500 ? 1.06 : 1);
};

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The badge as an SVG document string, with `role="img"`, a `<title>` and `aria-label` that say
 * what the element says (the figure, its date and the comparison).
 *
 * @param figure - from `placementFigure`
 * @param words - from `placementWords`, in the language wanted
 */
export function badgeSVG(
  figure: PlacementFigure,
  words: PlacementWords,
  { variant = 'badge', measure = estimateWidth, colors, font = FONT, legend }: BadgeSVGOptions = {},
): string {
  const c = { ...LIGHT, ...colors };
  const out: string[] = [];
  /** A text of measured width, forced to it with `textLength`; returns its width. */
  const text = (
    s: string,
    x: number,
    y: number,
    size: number,
    fill: string,
    { weight = 400, anchor = 'start' } = {},
  ): number => {
    const width = Math.ceil(measure(s, size, weight));
    if (s) {
      out.push(
        `<text x="${x}" y="${y}" font-size="${size}"${weight === 400 ? '' : ` font-weight="${weight}"`}` +
          `${anchor === 'start' ? '' : ` text-anchor="${anchor}"`} fill="${escape(fill)}"` +
          ` textLength="${width}" lengthAdjust="spacingAndGlyphs">${escape(s)}</text>`,
      );
    }
    return width;
  };
  const size = (s: string, px: number, weight = 400): number =>
    s ? Math.ceil(measure(s, px, weight)) : 0;
  const compared = words.trend ? `${words.arrow} ${words.pointsText} · ${words.direction}` : '';
  let w: number;
  let h: number;

  if (variant === 'badge') {
    h = 28;
    const left = size(words.label, 13) + 20;
    const change = words.trend ? `${words.arrow} ${words.points}` : '';
    const right = size(words.value, 13, 700) + (change ? size(change, 12) + 6 : 0) + 20;
    w = left + right;
    out.push(
      `<rect width="${w}" height="${h}" rx="14" fill="${escape(c.tint)}"/>`,
      `<rect x="${left}" width="${right}" height="${h}" rx="14" fill="${escape(c.accent)}"/>`,
      `<rect x="${left}" width="14" height="${h}" fill="${escape(c.accent)}"/>`,
    );
    text(words.label, 10, 18.5, 13, c.text);
    const vw = text(words.value, left + 10, 18.5, 13, c.surface, { weight: 700 });
    text(change, left + 16 + vw, 18.5, 12, c.surface);
  } else {
    const lines: [string, number, string, number][] =
      variant === 'ring'
        ? [
            [words.label, 14, c.text, 400],
            [words.asOf, 12, c.muted, 400],
            [compared, 12, c.text, 400],
          ]
        : [
            [words.label, 14, c.muted, 400],
            [words.value, 40, c.text, 700],
            [compared, 14, c.text, 400],
            [words.asOf, 12, c.muted, 400],
          ];
    const inner = Math.max(
      variant === 'ring' ? 120 : 220,
      ...lines.map(([s, px, , wt]) => size(s, px, wt)),
    );
    w = inner + 32;
    let y = 16;
    if (variant === 'ring') {
      const cx = w / 2;
      const cy = y + 60;
      out.push(
        `<circle cx="${cx}" cy="${cy}" r="52" fill="none" stroke="${escape(c.border)}" stroke-width="10"/>`,
        `<circle cx="${cx}" cy="${cy}" r="52" fill="none" stroke="${escape(c.accent)}" stroke-width="10"` +
          ` pathLength="100" stroke-dasharray="${+(figure.entry.rate * 100).toFixed(2)} 100"` +
          ` transform="rotate(-90 ${cx} ${cy})"/>`,
      );
      text(words.value, cx, cy + 9, 26, c.text, { weight: 700, anchor: 'middle' });
      y += 120;
    }
    for (const [s, px, fill, weight] of lines) {
      if (!s) continue;
      y += px + (px > 20 ? 14 : 10);
      text(s, variant === 'ring' ? w / 2 : 16, y, px, fill, {
        weight,
        anchor: variant === 'ring' ? 'middle' : 'start',
      });
    }
    if (variant === 'card' && (figure.season.length > 1 || figure.lastSeason.length)) {
      const paths = sparkPaths(figure, inner, 48);
      const at = `transform="translate(16 ${y + 12})"`;
      out.push(
        `<rect x="16" y="${y + 12}" width="${inner}" height="48" fill="${escape(c.tint)}"/>`,
        paths.last &&
          `<path ${at} d="${paths.last}" fill="none" stroke="${escape(c.muted)}" stroke-width="1.5" stroke-dasharray="3 3"/>`,
        `<path ${at} d="${paths.now}" fill="none" stroke="${escape(c.accent)}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
        `<circle ${at} cx="${paths.end[0]}" cy="${paths.end[1]}" r="3" fill="${escape(c.accent)}"/>`,
      );
      y += 60;
      if (legend) {
        y += 20;
        out.push(
          `<path d="M16 ${y - 4}h16" stroke="${escape(c.accent)}" stroke-width="2"/>`,
          paths.last
            ? `<path d="M${inner / 2 + 16} ${y - 4}h16" stroke="${escape(c.muted)}" stroke-width="1.5" stroke-dasharray="3 3"/>`
            : '',
        );
        text(legend[0], 38, y, 12, c.muted);
        if (paths.last) text(legend[1], inner / 2 + 38, y, 12, c.muted);
      }
    }
    h = y + 16;
    out.unshift(
      `<rect x=".5" y=".5" width="${w - 1}" height="${h - 1}" rx="8" fill="${escape(c.surface)}" stroke="${escape(c.border)}"/>`,
    );
  }
  const label = escape(words.summary);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
    ` role="img" aria-label="${label}" font-family="${escape(font)}"><title>${label}</title>` +
    `${out.join('')}</svg>`
  );
}
