import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/core/define.js';

let n = 0;
const freshTag = () => `test-define-${Date.now()}-${n++}`;

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('registers a tag that is free', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first class and warns once when a tag is defined again, without throwing', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).not.to.throw();
    defineElement(tag, Second);
    expect(customElements.get(tag)).to.equal(First);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain(tag);
  });

  it('registers nothing and warns once in a browser without offset time-zone names (Chrome 94)', () => {
    const warn = sinon.stub(console, 'warn');
    const Real = Intl.DateTimeFormat;
    sinon.replace(Intl, 'DateTimeFormat', function (
      locales?: string | string[],
      options?: Intl.DateTimeFormatOptions,
    ) {
      if (options?.timeZoneName === 'longOffset') throw new RangeError('Invalid timeZoneName');
      return new Real(locales, options);
    } as unknown as typeof Intl.DateTimeFormat);
    const tags = [freshTag(), freshTag()];
    for (const tag of tags) defineElement(tag, class extends HTMLElement {});
    expect(tags.map((tag) => customElements.get(tag))).to.deep.equal([undefined, undefined]);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('fallback content stays');
  });
});
