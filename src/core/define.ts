/** Tags already reported as defined twice, so each is warned about once. */
const warned = new Set<string>();

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
  if (!registry) return;
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
