import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { ClockController, clockStats, subscribeClock } from '../../src/core/clock.js';

const START = Date.UTC(2026, 10, 24, 8, 0, 58, 300); // 08:00:58.300

class ClockReader extends LitElement {
  readonly clock = new ClockController(this, 'second');
  override render() {
    return String(this.clock.now);
  }
}
customElements.define('test-clock-reader', ClockReader);

/** A host that handles ticks itself instead of updating. */
class TickCounter extends LitElement {
  ticks: number[] = [];
  renders = 0;
  readonly clock = new ClockController(this, 'second', (now) => this.ticks.push(now));
  override render() {
    this.renders++;
    return '';
  }
}
customElements.define('test-tick-counter', TickCounter);

let hidden = false;

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('shared clock', () => {
  let clock: sinon.SinonFakeTimers;
  const unsubscribers: Array<() => void> = [];
  const subscribe = (...args: Parameters<typeof subscribeClock>) => {
    unsubscribers.push(subscribeClock(...args));
    return unsubscribers.at(-1) as () => void;
  };

  beforeEach(() => {
    hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    clock = sinon.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => {
    unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe());
    clock.restore();
    sinon.restore();
    delete (document as { hidden?: boolean }).hidden;
  });

  it('has no timer while nobody subscribes', () => {
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('calls a second subscriber at the next whole second, not a second after subscribing', () => {
    const tick = sinon.spy();
    subscribe('second', tick);
    clock.tick(699);
    expect(tick.callCount).to.equal(0);
    clock.tick(1);
    expect(tick.args).to.deep.equal([[START + 700]]);
  });

  it('calls a minute subscriber only when the minute turns, while a second subscriber ticks', () => {
    const seconds = sinon.spy();
    const minutes = sinon.spy();
    subscribe('second', seconds);
    subscribe('minute', minutes);
    clock.tick(1_700); // to 08:01:00.000
    expect(seconds.callCount).to.equal(2);
    expect(minutes.args).to.deep.equal([[Date.UTC(2026, 10, 24, 8, 1, 0)]]);
    clock.tick(59_000);
    expect(minutes.callCount).to.equal(1);
  });

  it('keeps one timer however many subscribe', () => {
    for (let i = 0; i < 50; i++) subscribe('second', () => {});
    expect(clock.countTimers()).to.equal(1);
  });

  it('stops its timer when the last subscriber leaves', () => {
    const unsubscribe = subscribe('second', () => {});
    unsubscribe();
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
    expect(clock.countTimers()).to.equal(0);
  });

  it('moves its timer to the next whole minute when the only second subscriber leaves', () => {
    subscribe('minute', () => {});
    const leave = subscribe('second', () => {});
    leave();
    clock.next();
    expect(Date.now()).to.equal(Date.UTC(2026, 10, 24, 8, 1, 0));
  });

  it('sets no timer while the page is hidden', () => {
    hidden = true;
    const tick = sinon.spy();
    subscribe('second', tick);
    expect(clockStats().timerActive).to.equal(false);
    clock.tick(10_000);
    expect(tick.callCount).to.equal(0);
  });

  it('clears its timer when the page becomes hidden', () => {
    subscribe('second', () => {});
    setHidden(true);
    expect(clockStats().timerActive).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });

  it('ticks every subscriber at once when the page becomes visible, then re-syncs to the next second', () => {
    const seconds = sinon.spy();
    const minutes = sinon.spy();
    setHidden(true);
    subscribe('second', seconds);
    subscribe('minute', minutes);
    clock.tick(90_450); // hidden for a while, to 08:02:28.750
    setHidden(false);
    expect(seconds.args).to.deep.equal([[START + 90_450]]);
    expect(minutes.args).to.deep.equal([[START + 90_450]]);
    clock.tick(250);
    expect(seconds.lastCall.args).to.deep.equal([Date.UTC(2026, 10, 24, 8, 2, 29)]);
  });

  it('listens to visibilitychange only while it has subscribers', () => {
    const add = sinon.spy(document, 'addEventListener');
    const remove = sinon.spy(document, 'removeEventListener');
    const unsubscribe = subscribe('second', () => {});
    subscribe('minute', () => {})();
    expect(add.withArgs('visibilitychange').callCount).to.equal(1);
    expect(remove.withArgs('visibilitychange').callCount).to.equal(0);
    unsubscribe();
    expect(remove.withArgs('visibilitychange').callCount).to.equal(1);
  });

  it('keeps calling other subscribers when one throws', () => {
    const report = sinon.stub(window, 'reportError');
    const after = sinon.spy();
    subscribe('second', () => {
      throw new Error('broken element');
    });
    subscribe('second', after);
    clock.tick(700);
    expect(after.callCount).to.equal(1);
    expect(report.callCount).to.equal(1);
  });

  it('re-renders a ClockController host on each tick with the new time', async () => {
    const el = await fixture<ClockReader>(html`<test-clock-reader></test-clock-reader>`);
    clock.tick(700);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal(String(START + 700));
  });

  it('calls a ClockController tick callback instead of updating the host', async () => {
    const el = await fixture<TickCounter>(html`<test-tick-counter></test-tick-counter>`);
    clock.tick(700);
    await el.updateComplete;
    expect(el.ticks).to.deep.equal([START + 700]);
    expect(el.renders).to.equal(1);
  });

  it('unsubscribes a ClockController when its host is removed', async () => {
    const el = await fixture<ClockReader>(html`<test-clock-reader></test-clock-reader>`);
    expect(clockStats().subscribers).to.equal(1);
    el.remove();
    expect(clockStats()).to.deep.equal({ subscribers: 0, timerActive: false });
  });

  it('re-subscribes a ClockController at its new unit when the unit changes', async () => {
    const el = await fixture<ClockReader>(html`<test-clock-reader></test-clock-reader>`);
    el.clock.unit = 'minute';
    clock.tick(700); // a whole second, not yet a whole minute
    await el.updateComplete;
    expect(el.clock.now).to.equal(START);
    clock.tick(1_000);
    expect(el.clock.now).to.equal(Date.UTC(2026, 10, 24, 8, 1, 0));
    expect(clockStats().subscribers).to.equal(1);
    el.remove();
  });
});
