/**
 * What every fairkit element must show when its feed fails: an alert (`part="error"`,
 * `role="alert"`) naming the feed's absolute URL and the HTTP status, with the light-DOM fallback
 * (`#fb` inside the tag) still visible.
 */
import { expect } from '@open-wc/testing';

export function expectFeedErrorShown(el: HTMLElement, src: string, status: string): void {
  const error = el.shadowRoot!.querySelector('[part~="error"]');
  expect(error, 'the error part').to.not.equal(null);
  expect(error!.getAttribute('role')).to.equal('alert');
  const said = error!.textContent!.replace(/\s+/g, ' ');
  expect(said).to.contain(new URL(src, document.baseURI).href);
  expect(said).to.contain(status);
  expect(el.querySelector('#fb')!.getClientRects().length).to.be.greaterThan(0);
}
