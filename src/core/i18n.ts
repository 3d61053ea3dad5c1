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
    if (owner) return owner.getAttribute('lang') as string;
    // `closest` stops at a shadow root; the language continues from the host outside it.
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || DEFAULT_LANG;
}

/**
 * The keys of fairkit's shared messages. To add one, add it here and to both catalogs below: the
 * compiler then refuses a catalog that misses it.
 */
export type MessageKey =
  | 'loading'
  | 'stale'
  | 'error.title'
  | 'error.network'
  | 'error.timeout'
  | 'error.http'
  | 'error.not-json'
  | 'error.not-feed'
  | 'error.missing-inline'
  // <fair-countdown> (owned with src/elements/fair-countdown)
  | 'countdown.status.upcoming'
  | 'countdown.status.running'
  | 'countdown.status.ended'
  | 'countdown.status.postponed'
  | 'countdown.status.cancelled'
  | 'countdown.no-fair'
  | 'countdown.not-found'
  | 'countdown.originally'
  | 'countdown.calendar'
  | 'countdown.register'
  | 'countdown.stats.employers.one'
  | 'countdown.stats.employers.other'
  | 'countdown.stats.positions.one'
  | 'countdown.stats.positions.other'
  | 'countdown.announce.day'
  | 'countdown.announce.hour'
  | 'countdown.announce.running'
  | 'countdown.announce.ended';

/** The languages that have a catalog: Chinese (for any `zh*` tag) and English (for the rest). */
export type CatalogLang = 'zh' | 'en';

// Messages speak to two readers: a visitor (loading, stale) and the webmaster who must fix a broken
// feed (errors), so errors name what to check. `{name}` is filled from `params`.
const catalogs: Record<CatalogLang, Record<MessageKey, string>> = {
  zh: {
    loading: '正在加载…',
    stale: '显示的是缓存的副本，更新于 {time}',
    'error.title': '数据加载失败',
    'error.network': '无法连接到数据源 {url}，请检查网络连接和数据地址。',
    'error.timeout': '数据源 {url} 响应超时，请稍后刷新重试。',
    'error.http': '数据源 {url} 返回错误 {status}，请检查数据地址是否正确。',
    'error.not-json': '数据源 {url} 返回的不是 JSON，请检查数据地址和文件内容。',
    'error.not-feed': '数据源 {url} 不是有效的 fairkit 数据文件（version 1）。',
    'error.missing-inline': '页面中找不到内嵌数据 {url}（应为 <script type="application/json">）。',
    // <fair-countdown>
    'countdown.status.upcoming': '距开始',
    'countdown.status.running': '进行中 · 距结束',
    'countdown.status.ended': '已结束',
    'countdown.status.postponed': '已延期',
    'countdown.status.cancelled': '已取消',
    'countdown.no-fair': '暂无招聘会安排',
    'countdown.not-found': '数据中没有 id 为“{id}”的招聘会，请检查 fair 属性。',
    'countdown.originally': '原定',
    'countdown.calendar': '添加到日历',
    'countdown.register': '在线报名',
    'countdown.stats.employers.one': '{count} 家单位',
    'countdown.stats.employers.other': '{count} 家单位',
    'countdown.stats.positions.one': '{count} 个岗位',
    'countdown.stats.positions.other': '{count} 个岗位',
    'countdown.announce.day': '距{title}开始不到 1 天',
    'countdown.announce.hour': '距{title}开始不到 1 小时',
    'countdown.announce.running': '{title}已开始',
    'countdown.announce.ended': '{title}已结束',
  },
  en: {
    loading: 'Loading…',
    stale: 'Showing a saved copy from {time}',
    'error.title': 'The data could not be loaded',
    'error.network': 'Could not reach the feed {url}. Check the network connection and the feed URL.',
    'error.timeout': 'The feed {url} took too long to answer. Reload the page to try again.',
    'error.http': 'The feed {url} answered with error {status}. Check that the feed URL is right.',
    'error.not-json': 'The feed {url} is not JSON. Check the feed URL and the file’s contents.',
    'error.not-feed': 'The feed {url} is not a fairkit feed (version 1).',
    'error.missing-inline':
      'No inline feed {url} on this page (it should be a <script type="application/json">).',
    // <fair-countdown>
    'countdown.status.upcoming': 'Starts in',
    'countdown.status.running': 'On now · ends in',
    'countdown.status.ended': 'Ended',
    'countdown.status.postponed': 'Postponed',
    'countdown.status.cancelled': 'Cancelled',
    'countdown.no-fair': 'No job fair is scheduled',
    'countdown.not-found': 'The feed has no fair with id “{id}”. Check the fair attribute.',
    'countdown.originally': 'Originally',
    'countdown.calendar': 'Add to calendar',
    'countdown.register': 'Register',
    'countdown.stats.employers.one': '{count} employer',
    'countdown.stats.employers.other': '{count} employers',
    'countdown.stats.positions.one': '{count} position',
    'countdown.stats.positions.other': '{count} positions',
    'countdown.announce.day': '{title} starts in less than a day',
    'countdown.announce.hour': '{title} starts in less than an hour',
    'countdown.announce.running': '{title} has started',
    'countdown.announce.ended': '{title} has ended',
  },
};

/** The catalog for a language tag: Chinese for any `zh*` tag, English for everything else. */
export function catalogLang(lang: string): CatalogLang {
  return /^zh(?:$|[-_])/i.test(lang) ? 'zh' : 'en';
}

/**
 * A message in the given language, with `{name}` placeholders filled from `params`. A placeholder
 * without a param is left as written, so a missing value is visible rather than silently empty.
 *
 * @param lang - a BCP 47 tag, usually from {@link langOf}
 * @param key - the message
 * @param params - values for the placeholders
 */
export function t(
  lang: string,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return catalogs[catalogLang(lang)][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

const formatters = new Map<string, unknown>();

// Constructing an Intl formatter costs far more than formatting; elements ticking every second
// would otherwise build dozens a second. An unknown or malformed tag from a page's `lang` falls
// back to the default language instead of throwing from render().
function cached<T>(kind: string, lang: string, options: object, make: (lang: string) => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch (error) {
      if (!(error instanceof RangeError) || lang === DEFAULT_LANG) throw error;
      formatter = make(DEFAULT_LANG);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for the language and options. */
export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', lang, options, (l) => new Intl.NumberFormat(l, options));
}

/** A cached `Intl.DateTimeFormat` for the language and options (pass `timeZone` in the options). */
export function dateTimeFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return cached('date', lang, options, (l) => new Intl.DateTimeFormat(l, options));
}

/** A cached `Intl.PluralRules` for the language and options. */
export function pluralRules(lang: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('plural', lang, options, (l) => new Intl.PluralRules(l, options));
}

/** A cached `Intl.RelativeTimeFormat` for the language and options. */
export function relativeTimeFormat(
  lang: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return cached('relative', lang, options, (l) => new Intl.RelativeTimeFormat(l, options));
}
