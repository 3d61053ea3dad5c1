/**
 * Dispatches a `CustomEvent` from an element the way every fairkit event is sent: it bubbles, crosses
 * shadow roots (`composed`) so the host page can listen on `document`, and is cancelable so a page
 * can veto the default action where an element offers one.
 *
 * @param el - the element the event is dispatched from (usually the host)
 * @param name - a `fair-<noun>-<verb>` event name
 * @param detail - the event's `detail` object
 * @returns `false` if a listener called `preventDefault()`, else `true`
 */
export function emit<T>(el: HTMLElement, name: string, detail: T): boolean {
  return el.dispatchEvent(
    new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: true, detail }),
  );
}
