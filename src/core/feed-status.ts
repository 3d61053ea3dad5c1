import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from './feed-controller.js';
import { dateTimeFormat, t } from './i18n.js';

/**
 * What an element shows instead of its content while its feed loads or after it failed: the
 * loading note, or the error (with the feed's URL, for the webmaster) — each followed by the
 * element's default slot, the fallback a page may put inside the tag. `undefined` once there is a
 * feed to show. Parts: `status status--loading`, `error`.
 *
 * @param feed - the element's feed controller
 * @param lang - the element's language
 * @param src - the element's `src`, named when the error has no URL of its own
 */
export function feedNotice(
  feed: FeedController,
  lang: string,
  src: string | undefined,
): TemplateResult | undefined {
  const { status, error } = feed;
  if (status === 'ready' && feed.feed) return undefined;
  if (status !== 'error') {
    return html`<p part="status status--loading">${t(lang, 'loading')}</p>
      <slot></slot>`;
  }
  return html`<p part="error" role="alert">
      <strong>${t(lang, 'error.title')}</strong><br />
      ${t(lang, `error.${error?.kind ?? 'network'}`, {
        url: error?.url ?? src ?? '',
        status: error?.status ?? '',
      })}
    </p>
    <slot></slot>`;
}

/**
 * What an element says when its feed has no fair to show: none at all, or none with the id in
 * its `fair` attribute (named, for the webmaster).
 */
export const noFairText = (lang: string, id: string | undefined): string =>
  id ? t(lang, 'fairNotFound', { id }) : t(lang, 'noFair');

/**
 * "显示的是缓存的副本，更新于 … / Showing a saved copy from …" while the feed shown is the last good
 * copy (part `stale`): when the copy was saved, else when the feed says it was made.
 */
export function staleNote(feed: FeedController, lang: string): TemplateResult | typeof nothing {
  if (!feed.stale || !feed.feed) return nothing;
  const at = feed.savedAt ?? feed.feed.updated;
  const time =
    at == null ? '—' : dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return html`<p part="stale">${t(lang, 'stale', { time })}</p>`;
}
