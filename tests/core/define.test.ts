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
});
