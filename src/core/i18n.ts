import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The language fairkit falls back to when neither the element nor the page says. */
export const DEFAULT_LANG = 'zh-CN';

/**
 * The language an element should speak: the nearest non-empty `lang` attribute on the element or
 * its ancestors, looking through shadow roots to their hosts, else `<html lang>`, else `zh-CN`.
 *
 * @param el - the element (usually a fairkit host)
 * @returns a BCP 47 tag as written in the page, e.g. `en`, `zh-CN`
 */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const owner = node.closest('[lang]:not([lang=""])');
    if (owner) return owner.getAttribute('lang')!;
    // `closest` stops at a shadow root; the language continues from the host outside it.
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || DEFAULT_LANG;
}

const langHosts = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/**
 * Re-renders its host when a `lang` attribute changes anywhere in the document (the host's own,
 * an ancestor's, `<html lang>` from a page's language switch), so an element that does not tick
 * still follows. One `MutationObserver` for the page, connected while any host is.
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** @internal Lit lifecycle. */
  hostConnected(): void {
    langHosts.add(this.#host);
    langObserver ??= new MutationObserver(() => langHosts.forEach((host) => host.requestUpdate()));
    if (langHosts.size === 1) {
      langObserver.observe(document, { subtree: true, attributeFilter: ['lang'] });
    }
  }

  /** @internal Lit lifecycle. */
  hostDisconnected(): void {
    langHosts.delete(this.#host);
    if (!langHosts.size) langObserver?.disconnect();
  }
}

/**
 * One message in both languages: `[Chinese, English]`. `{name}` is filled from params; an English
 * text may hold `singular|plural`, chosen by `Intl.PluralRules` from the `count` param.
 * Elements keep their own messages in this shape next to their code.
 */
export type Message = readonly [zh: string, en: string];

// Messages speak to two readers: a visitor (loading, stale) and the webmaster who must fix a broken
// feed (errors), so errors name what to check. `error.<kind>` matches FeedLoadError's kinds.
const messages = {
  loading: ['正在加载…', 'Loading…'],
  stale: ['显示的是缓存的副本，更新于 {time}', 'Showing a saved copy from {time}'],
  'error.title': ['数据加载失败', 'The data could not be loaded'],
  'error.network': [
    '无法连接到数据源 {url}，请检查网络连接和数据地址。',
    'Could not reach the feed {url}. Check the network connection and the feed URL.',
  ],
  'error.timeout': [
    '数据源 {url} 响应超时，请稍后刷新重试。',
    'The feed {url} took too long to answer. Reload the page to try again.',
  ],
  'error.http': [
    '数据源 {url} 返回错误 {status}，请检查数据地址是否正确。',
    'The feed {url} answered with error {status}. Check that the feed URL is right.',
  ],
  'error.not-json': [
    '数据源 {url} 返回的不是 JSON，请检查数据地址和文件内容。',
    'The feed {url} is not JSON. Check the feed URL and the file’s contents.',
  ],
  'error.not-feed': [
    '数据源 {url} 不是有效的 fairkit 数据文件（version 1）。',
    'The feed {url} is not a fairkit feed (version 1).',
  ],
  noFair: ['暂无招聘会安排', 'No job fair is scheduled'],
  fairNotFound: [
    '数据中没有 id 为“{id}”的招聘会，请检查 fair 属性。',
    'The feed has no fair with id “{id}”. Check the fair attribute.',
  ],
  'error.missing-inline': [
    '页面中找不到内嵌数据 {url}（应为 <script type="application/json">）。',
    'No inline feed {url} on this page (it should be a <script type="application/json">).',
  ],
} satisfies Record<string, Message>;

/** The keys of fairkit's shared messages. */
export type MessageKey = keyof typeof messages;

/** The languages that have a catalog: Chinese (for any `zh*` tag) and English (for the rest). */
export type CatalogLang = 'zh' | 'en';

/** The catalog for a language tag: Chinese for any `zh*` tag, English for everything else. */
export const catalogLang = (lang: string): CatalogLang =>
  /^zh(?:$|[-_])/i.test(lang) ? 'zh' : 'en';

/**
 * A message in the given language, with `{name}` placeholders filled from `params`. A numeric
 * `count` is written with the locale's digits and picks the plural form. A placeholder without a
 * param is left as written, so a missing value is visible rather than silently empty.
 *
 * @param lang - a BCP 47 tag, usually from {@link langOf}
 * @param key - a shared message's key, or an element's own {@link Message}
 * @param params - values for the placeholders
 */
export function t(
  lang: string,
  key: MessageKey | Message,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const zh = catalogLang(lang) === 'zh';
  let text = (typeof key === 'string' ? messages[key] : key)[zh ? 0 : 1];
  const count = params.count;
  if (typeof count === 'number') {
    const forms = text.split('|');
    text = forms[pluralRules(lang).select(count) === 'one' ? 0 : forms.length - 1]!;
    params = { ...params, count: numberFormat(lang).format(count) };
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

const formatters = new Map<string, unknown>();

// Constructing an Intl formatter costs far more than formatting; elements ticking every second
// would otherwise build dozens a second. An unknown or malformed tag from a page's `lang` falls
// back to the default language instead of throwing from render().
function cached<T>(
  Ctor: new (lang: string, options: object) => T,
  lang: string,
  options: object,
): T {
  const key = `${Ctor.name}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = new Ctor(lang, options);
    } catch (error) {
      if (!(error instanceof RangeError) || lang === DEFAULT_LANG) throw error;
      formatter = new Ctor(DEFAULT_LANG, options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for the language and options. */
export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached(Intl.NumberFormat, lang, options);

/** A cached `Intl.DateTimeFormat` for the language and options (pass `timeZone` in the options). */
export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached(Intl.DateTimeFormat, lang, options);

/**
 * The calendar date of `instant` in `timeZone` as `YYYY-MM-DD` (Swedish dates are ISO-shaped), for
 * `<time datetime>` and iCalendar dates.
 */
export const isoDate = (instant: number, timeZone?: string): string =>
  dateTimeFormat('sv', { timeZone }).format(instant);

/** A cached `Intl.PluralRules` for the language and options. */
export const pluralRules = (lang: string, options: Intl.PluralRulesOptions = {}) =>
  cached(Intl.PluralRules, lang, options);

/** A cached `Intl.RelativeTimeFormat` for the language and options. */
export const relativeTimeFormat = (lang: string, options: Intl.RelativeTimeFormatOptions = {}) =>
  cached(Intl.RelativeTimeFormat, lang, options);

/** A cached `Intl.ListFormat` for the language and options ("A、B" in Chinese, "A, B" in English). */
export const listFormat = (lang: string, options: Intl.ListFormatOptions = {}) =>
  cached(Intl.ListFormat, lang, options);
