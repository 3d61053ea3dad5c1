/** Tags already reported as defined twice, so each is warned about once. */
const warned = new Set<string>();

/**
 * Whether this browser can turn feed times into instants: `@date-fns/tz` needs
 * `timeZoneName: 'longOffset'` (Chrome 95; Chrome 94 runs the file without it). Below that, no tag
 * is registered, so the fallback content the page put inside each one stays (docs/browser-support.md).
 */
function canRun(): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: 'UTC', timeZoneName: 'longOffset' });
    return true;
  } catch {
    if (!warned.has('')) {
      warned.add('');
      console.warn(
        'fairkit: this browser is too old, so no element was registered and the fallback content stays.',
      );
    }
    return false;
  }
}

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Two copies of the CDN file on one page (a theme and a plug-in each adding one) must not throw
 * `NotSupportedError`: the first definition wins, and the second is skipped with one console
 * warning per tag so a webmaster can find the duplicate script.
 *
 * @param tag - the custom element name, e.g. `fair-countdown`
 * @param ctor - the element class
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  // Outside a browser (the CLI, server rendering) there is nothing to register with.
  if (!registry || !canRun()) return;
  if (!registry.get(tag)) {
    registry.define(tag, ctor);
    return;
  }
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `fairkit: <${tag}> is already defined, so this copy was not registered. ` +
      'Is the fairkit script included twice on this page?',
  );
}
