import { expect, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/core/emit.js';

describe('emit', () => {
  it('dispatches a bubbling, composed, cancelable CustomEvent with the detail', async () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const heard = oneEvent(document, 'fair-test-ping');
    emit(inner, 'fair-test-ping', { n: 1 });
    const event = await heard;
    expect(event).to.include({ bubbles: true, composed: true, cancelable: true });
    expect(event.detail).to.deep.equal({ n: 1 });
    host.remove();
  });

  it('returns false when a listener prevents the default', () => {
    const el = document.createElement('div');
    el.addEventListener('fair-test-veto', (event) => event.preventDefault());
    expect(emit(el, 'fair-test-veto', {})).to.equal(false);
    expect(emit(el, 'fair-test-other', {})).to.equal(true);
  });
});
