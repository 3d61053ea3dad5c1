import { expect, fixture, html } from '@open-wc/testing';
import {
  dateTimeFormat,
  langOf,
  LangController,
  numberFormat,
  pluralRules,
  relativeTimeFormat,
  t,
} from '../../src/core/i18n.js';

describe('langOf', () => {
  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('uses the element’s own lang attribute', async () => {
    const el = await fixture(html`<span lang="en-GB"></span>`);
    expect(langOf(el)).to.equal('en-GB');
  });

  it('uses the nearest ancestor’s lang attribute', async () => {
    const outer = await fixture(
      html`<div lang="en">
        <p lang="zh-TW"><span></span></p>
      </div>`,
    );
    expect(langOf(outer.querySelector('span') as Element)).to.equal('zh-TW');
  });

  it('looks through shadow roots to the lang of their hosts’ ancestors', async () => {
    const outer = await fixture(html`<div lang="en"><section></section></div>`);
    const host = outer.querySelector('section') as HTMLElement;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('en');
  });

  it('skips an empty lang attribute', async () => {
    const outer = await fixture(
      html`<div lang="en">
        <p lang=""><span></span></p>
      </div>`,
    );
    expect(langOf(outer.querySelector('span') as Element)).to.equal('en');
  });

  it('falls back to the document’s language', async () => {
    document.documentElement.lang = 'en-US';
    const el = await fixture(html`<span></span>`);
    expect(langOf(el)).to.equal('en-US');
  });

  it('falls back to zh-CN when nothing says', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<span></span>`);
    expect(langOf(el)).to.equal('zh-CN');
  });
});

describe('t', () => {
  it('speaks Chinese for any zh tag', () => {
    expect(t('zh-TW', 'loading')).to.equal('正在加载…');
    expect(t('zh', 'loading')).to.equal('正在加载…');
  });

  it('speaks English for other languages', () => {
    expect(t('fr', 'loading')).to.equal('Loading…');
  });

  it('fills placeholders from params', () => {
    expect(t('zh-CN', 'stale', { time: '3月22日 09:00' })).to.equal(
      '显示的是缓存的副本，更新于 3月22日 09:00',
    );
    expect(t('en', 'error.http', { url: '/feed.json', status: 404 })).to.contain('error 404');
  });

  it('leaves a placeholder without a param visible', () => {
    expect(t('en', 'stale')).to.equal('Showing a saved copy from {time}');
  });
});

describe('Intl formatter caches', () => {
  it('return the same formatter for the same language and options', () => {
    expect(numberFormat('zh-CN', { style: 'percent' })).to.equal(
      numberFormat('zh-CN', { style: 'percent' }),
    );
    expect(dateTimeFormat('en', { timeZone: 'Asia/Shanghai' })).to.equal(
      dateTimeFormat('en', { timeZone: 'Asia/Shanghai' }),
    );
    expect(pluralRules('en')).to.equal(pluralRules('en'));
    expect(relativeTimeFormat('zh-CN', { numeric: 'auto' })).to.equal(
      relativeTimeFormat('zh-CN', { numeric: 'auto' }),
    );
  });

  it('return different formatters for different options', () => {
    expect(numberFormat('en', { style: 'percent' })).not.to.equal(numberFormat('en'));
  });

  it('fall back to zh-CN instead of throwing for a malformed language tag', () => {
    expect(numberFormat('not a tag!').resolvedOptions().locale).to.equal('zh-CN');
  });
});

describe('LangController', () => {
  /** A host that counts the updates the controller asks for. */
  function host() {
    const requested: number[] = [];
    const controllers: { hostConnected?(): void; hostDisconnected?(): void }[] = [];
    const fake = {
      addController: (c: (typeof controllers)[number]) => controllers.push(c),
      removeController: () => {},
      requestUpdate: () => requested.push(1),
      updateComplete: Promise.resolve(true),
    };
    new LangController(fake);
    return {
      requested,
      connect: () => controllers.forEach((c) => c.hostConnected?.()),
      disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
    };
  }
  const mutations = () => new Promise((resolve) => setTimeout(resolve));
  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('asks its host to update when the page’s language changes', async () => {
    const h = host();
    h.connect();
    document.documentElement.lang = 'en';
    await mutations();
    h.disconnect();
    expect(h.requested).to.have.length(1);
  });

  it('asks its host to update when an ancestor’s lang attribute changes', async () => {
    const div = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const h = host();
    h.connect();
    div.setAttribute('lang', 'en');
    await mutations();
    h.disconnect();
    expect(h.requested).to.have.length(1);
  });

  it('ignores other attribute changes', async () => {
    const div = await fixture<HTMLDivElement>(html`<div></div>`);
    const h = host();
    h.connect();
    div.setAttribute('title', 'x');
    await mutations();
    h.disconnect();
    expect(h.requested).to.have.length(0);
  });

  it('stops listening once its host is disconnected', async () => {
    const h = host();
    h.connect();
    h.disconnect();
    document.documentElement.lang = 'en';
    await mutations();
    expect(h.requested).to.have.length(0);
  });
});
