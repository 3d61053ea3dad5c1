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
  /** "本届 / This year" and "去年同期 / Last year" for the card's legend (none without). */
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
  { variant = 'badge', measure = estimateWidth, colors, font, legend }: BadgeSVGOptions = {},
): string {
  const c = { ...LIGHT, ...colors } as Record<keyof BadgeColors, string>;
  for (const key in c) c[key as keyof BadgeColors] = escape(c[key as keyof BadgeColors]);
  const out: string[] = [];
  const width = (s: string, px: number, weight = 400): number =>
    s ? Math.ceil(measure(s, px, weight)) : 0;
  /** A text fitted to its measured width with `textLength`; `x` is its start, or its middle. */
  const text = (
    s: string,
    x: number,
    y: number,
    px: number,
    fill: string,
    weight = 400,
    middle = false,
  ) =>
    s &&
    out.push(
      `<text x="${x}" y="${y}" font-size="${px}" font-weight="${weight}"${middle ? ' text-anchor="middle"' : ''} fill="${fill}" textLength="${width(s, px, weight)}" lengthAdjust="spacingAndGlyphs">${escape(s)}</text>`,
    );
  const change = words.trend ? `${words.arrow} ${words.change}` : '';
  const line = (d: string, stroke: string, dashed: boolean | string = false) =>
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="2"${dashed ? ' stroke-dasharray="3 3"' : ''} stroke-linecap="round" stroke-linejoin="round"/>`;
  let w: number;
  let y = 16;

  if (variant === 'badge') {
    // A pill: the label on the tint, the figure and the change on the accent.
    const short = words.trend ? `${words.arrow} ${words.points}` : '';
    const left = width(words.label, 13) + 20;
    const right = width(words.value, 13, 700) + (short ? width(short, 12) + 6 : 0) + 20;
    w = left + right;
    y = 28;
    out.push(
      `<rect width="${w}" height="28" rx="14" fill="${c.tint}"/><path d="M${left} 0h${right - 14}a14 14 0 0 1 0 28h${14 - right}z" fill="${c.accent}"/>`,
    );
    text(words.label, 10, 18.5, 13, c.text);
    text(short, left + 16 + width(words.value, 13, 700), 18.5, 12, c.surface);
    text(words.value, left + 10, 18.5, 13, c.surface, 700);
  } else {
    const ring = variant === 'ring';
    // [text, size, colour, weight] from the top, as the element shows them.
    const lines: [string, number, string, number][] = [
      ...(ring ? [] : [[words.value, 40, c.text, 700] as [string, number, string, number]]),
      [words.label, 14, c.text, 400],
      [change, 13, c.text, 400],
      [words.asOf, 12, c.muted, 400],
    ];
    const inner = Math.max(
      ring ? 120 : 220,
      ...lines.map(([s, px, , weight]) => width(s, px, weight)),
    );
    w = inner + 32;
    const x = ring ? w / 2 : 16;
    if (ring) {
      const at = `cx="${x}" cy="76" r="52" fill="none" stroke-width="10"`;
      out.push(
        `<circle ${at} stroke="${c.border}"/><circle ${at} stroke="${c.accent}" pathLength="100" stroke-dasharray="${+(figure.entry.rate * 100).toFixed(2)} 100" transform="rotate(-90 ${x} 76)"/>`,
      );
      text(words.value, x, 85, 26, c.text, 700, true);
      y += 120;
    }
    for (const [s, px, fill, weight] of lines) {
      if (s) text(s, x, (y += px + (px > 20 ? 14 : 10)), px, fill, weight, ring);
    }
    if (!ring && (figure.season[1] || figure.lastSeason[1])) {
      const paths = sparkPaths(figure, inner, 48);
      out.push(
        `<rect x="16" y="${y + 12}" width="${inner}" height="48" fill="${c.tint}"/><g transform="translate(16 ${y + 12})">`,
        paths.last && line(paths.last, c.muted, true),
        line(paths.now, c.accent),
        `<circle cx="${paths.end[0]}" cy="${paths.end[1]}" r="3" fill="${c.accent}"/></g>`,
      );
      y += 60;
      if (legend) {
        y += 22;
        out.push(line(`M16 ${y - 4}h16`, c.accent));
        text(legend[0], 38, y, 12, c.muted);
        if (paths.last) {
          out.push(line(`M${inner / 2 + 16} ${y - 4}h16`, c.muted, true));
          text(legend[1], inner / 2 + 38, y, 12, c.muted);
        }
      }
    }
    y += 16;
    out.unshift(
      `<rect x=".5" y=".5" width="${w - 1}" height="${y - 1}" rx="8" fill="${c.surface}" stroke="${c.border}"/>`,
    );
  }
  const label = escape(words.summary);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${y}" viewBox="0 0 ${w} ${y}" role="img" aria-label="${label}" font-family="${escape(font || "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif")}"><title>${label}</title>${out.join('')}</svg>`;
}
