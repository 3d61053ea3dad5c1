/**
 * Scaffolding every element test shares: mount an element with a feed in a container of a given
 * width, wait for its updates, and read its parts and text as a page would.
 */
import { fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';

/** Waits until the element has no update pending (the feed controller asks for one more). */
export async function settle(el: ReactiveElement): Promise<void> {
  for (let i = 0; i < 5 && !(await el.updateComplete); i++);
}

/** How {@link mountElement} puts an element in the page. */
export interface MountOptions<E> {
  /** Attributes; `lang` defaults to `zh-CN`. */
  attrs?: Partial<Record<string, string>>;
  /** Width of the element's container in px. */
  width?: number;
  /** `dir` of the container. */
  dir?: 'ltr' | 'rtl';
  /** Runs on the element before it is put in the page (listeners, early calls). */
  setup?: (el: E) => void;
}

/** Creates `tag` with its `feed` property and attributes, puts it in a container, and settles. */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  feed: unknown,
  { attrs = {}, width = 320, dir = 'ltr', setup }: MountOptions<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  el.setAttribute('lang', attrs.lang ?? 'zh-CN');
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined) el.setAttribute(name, value);
  (el as HTMLElement & { feed?: unknown }).feed = feed;
  setup?.(el);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" dir=${dir}></div>`,
  );
  wrapper.append(el);
  await settle(el as unknown as ReactiveElement);
  return el;
}

/** The first element of a part in the shadow root. */
export const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element of a part in the shadow root. */
export const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** Text as read: whitespace collapsed and trimmed, `''` for no node. */
export const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
