import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../src/core/styles.js';

class Styled extends LitElement {
  static override styles = baseStyles;
  override render() {
    return html`<span class="visually-hidden">label</span>`;
  }
}
customElements.define('test-base-styles', Styled);

describe('baseStyles', () => {
  it('makes the host a border-box block in the --fair-font', async () => {
    const el = await fixture(
      html`<test-base-styles style="--fair-font: serif"></test-base-styles>`,
    );
    const style = getComputedStyle(el);
    expect(style).to.include({ display: 'block', boxSizing: 'border-box', fontFamily: 'serif' });
  });

  it('lets --fair-tint set the soft background every element uses', async () => {
    const el = await fixture(
      html`<test-base-styles style="--fair-tint: rgb(1, 2, 3)"></test-base-styles>`,
    );
    el.shadowRoot!.querySelector('span')!.style.background = 'var(--_tint)';
    expect(getComputedStyle(el.shadowRoot!.querySelector('span')!).backgroundColor).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('hides the host when it has the hidden attribute', async () => {
    const el = await fixture(html`<test-base-styles hidden></test-base-styles>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('takes .visually-hidden text out of the layout', async () => {
    const el = await fixture(html`<test-base-styles></test-base-styles>`);
    const span = el.shadowRoot?.querySelector('span') as HTMLElement;
    expect(span.getBoundingClientRect().width).to.be.at.most(1);
  });
});
