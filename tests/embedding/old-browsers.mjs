// Browsers below the baseline of docs/browser-support.md, simulated in Chromium, and a browser with
// JavaScript off. A page written as that document recommends (a short fallback inside every tag)
// must stay readable in each: the fallback text visible, in a readable size and colour.
//   cannot parse   the CDN file with one line this browser cannot parse appended: a module (or a
//                  classic script) that fails to parse runs none of its code, which is what Safari
//                  16.3, Chrome 93 and Firefox 92 do with the real file (class static blocks)
//   no custom elements   `window.customElements` is undefined (pre-2018 engines, old WebViews)
//   no offset time-zone names   `Intl.DateTimeFormat` rejects `timeZoneName: 'longOffset'`, as
//                  Chrome 94 does: the file runs, but cannot turn feed times into instants
//   JavaScript off `javaScriptEnabled: false`
// Against the built CDN files, from this module's own server; called by run.mjs, which owns the
// browser and the summary line.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each element with its fallback, as docs/browser-support.md recommends writing them. */
const FALLBACKS = [
  ['fair-countdown', '2027届春季综合类双选会：3月22日 09:00–16:00，体育馆'],
  ['fair-booth-map', '展位图（PDF）'],
  ['fair-employer-carousel', '参展单位名单'],
  ['fair-placement-badge', '2027届毕业去向落实率：见就业质量报告'],
  ['fair-activity-timeline', '“职”引未来系列活动日程'],
];

const PAGE = (script) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>old browsers</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${script}</head>
<body><main>
<fair-countdown src="/spring-fair.json" fair="spring-2027">
  <p class="fallback">${FALLBACKS[0][1]}。<a href="/fair/register">报名</a></p>
</fair-countdown>
<fair-booth-map src="/spring-fair.json" fair="spring-2027">
  <p class="fallback"><a href="/fair/booths.pdf">${FALLBACKS[1][1]}</a></p>
</fair-booth-map>
<fair-employer-carousel src="/spring-fair.json" fair="spring-2027">
  <p class="fallback"><a href="/fair/employers.html">${FALLBACKS[2][1]}</a></p>
</fair-employer-carousel>
<p>首页页眉：<fair-placement-badge src="/spring-fair.json"><span class="fallback">${FALLBACKS[3][1]}</span></fair-placement-badge></p>
<fair-activity-timeline src="/spring-fair.json" series="zhiyin">
  <p class="fallback"><a href="/fair/activities.html">${FALLBACKS[4][1]}</a></p>
</fair-activity-timeline>
</main></body></html>`;

/** A page declared as GBK (its own text is ASCII, so it needs no encoder here). */
const GBK_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="gbk"><title>GBK page</title>
<script src="/plain/fairkit.iife.js"></script></head>
<body><fair-countdown src="/spring-fair.json" fair="spring-2027"></fair-countdown></body></html>`;

const SCRIPTS = {
  esm: '<script type="module" src="/fairkit.js"></script>',
  iife: '<script src="/fairkit.iife.js"></script>',
  'broken-esm': '<script type="module" src="/broken/fairkit.js"></script>',
  'broken-iife': '<script src="/broken/fairkit.iife.js"></script>',
};

/** Appended to the CDN file: a line no browser parses, so none of the file runs. */
const UNPARSEABLE = '\n#below-baseline {}\n';

/** Makes `Intl.DateTimeFormat` reject the offset and generic zone names, as Chrome 94 does. */
function withoutOffsetZoneNames() {
  const Native = Intl.DateTimeFormat;
  const added = new Set(['shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']);
  function DateTimeFormat(locales, options) {
    if (options && added.has(options.timeZoneName)) {
      throw new RangeError(
        `Value ${options.timeZoneName} out of range for Intl.DateTimeFormat options property timeZoneName`,
      );
    }
    return new Native(locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, configurable: true });
}

function withoutCustomElements() {
  Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
}

async function startServer() {
  const cdn = (name) => readFileSync(`${root}dist/cdn/${name}`, 'utf8');
  const js = 'text/javascript; charset=utf-8';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const path = url.pathname;
    if (path === '/page.html')
      return send(200, 'text/html; charset=utf-8', PAGE(SCRIPTS[url.searchParams.get('script')]));
    if (/^\/fairkit(\.iife)?\.js$/.test(path)) return send(200, js, cdn(path.slice(1)));
    // An old CMS: a page in GBK, the classic script self-hosted without a charset in its header.
    if (path === '/gbk.html') return send(200, 'text/html', GBK_PAGE);
    if (path === '/plain/fairkit.iife.js')
      return send(200, 'text/javascript', cdn('fairkit.iife.js'));
    if (/^\/broken\/fairkit(\.iife)?\.js$/.test(path))
      return send(200, js, cdn(path.slice('/broken/'.length)) + UNPARSEABLE);
    if (path === '/spring-fair.json')
      return send(
        200,
        'application/json; charset=utf-8',
        readFileSync(`${root}tests/fixtures/spring-fair.json`),
      );
    return send(path === '/favicon.ico' ? 204 : 404, 'text/plain', '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** For each element: whether it upgraded, and how its fallback text looks to a reader. */
function fallbacks(page) {
  return page.evaluate((elements) => {
    const alpha = (color) => {
      const m = color.match(/rgba?\(([^)]+)\)/);
      if (!m) return color === 'transparent' ? 0 : 1;
      const parts = m[1].split(/[,\s/]+/).filter(Boolean);
      return parts.length > 3 ? Number(parts[3]) : 1;
    };
    return elements.map(([tag, text]) => {
      const host = document.querySelector(tag);
      const fallback = host?.querySelector('.fallback');
      const box = fallback?.getBoundingClientRect();
      const style = fallback && getComputedStyle(fallback);
      // With a shadow root, light-DOM children show only through a <slot>.
      const slotted = !host?.shadowRoot || Boolean(fallback?.assignedSlot);
      return {
        tag,
        defined: Boolean(window.customElements?.get(tag)),
        upgraded: Boolean(host?.shadowRoot),
        hasText: Boolean(fallback?.textContent.includes(text)),
        visible:
          slotted &&
          Boolean(box && box.width > 0 && box.height > 0) &&
          style.visibility === 'visible' &&
          style.display !== 'none',
        size: style ? parseFloat(style.fontSize) : 0,
        alpha: style ? alpha(style.color) : 0,
        shadowText: host?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) ?? '',
      };
    });
  }, FALLBACKS);
}

/** Throws unless every element's fallback is there, visible, at least 12px and not transparent. */
function assertReadable(views, assert) {
  const bad = views
    .filter((v) => !v.hasText || !v.visible || v.size < 12 || v.alpha === 0)
    .map(
      (v) =>
        `${v.tag}: text ${v.hasText ? 'present' : 'missing'}, ${v.visible ? 'visible' : 'not visible'}, ` +
        `${v.size}px, alpha ${v.alpha}${v.upgraded ? `; it upgraded and shows "${v.shadowText}"` : ''}`,
    );
  assert(bad.length === 0, bad.join('\n'));
}

export async function runOldBrowsers({ browser, harness, open, assert }) {
  const { test } = harness;
  const { server, origin } = await startServer();
  /** Opens the page in a fresh context; `init` runs before any script of the page. */
  async function visit(script, { init, javaScriptEnabled = true } = {}) {
    const context = await browser.newContext({ javaScriptEnabled });
    if (init) await context.addInitScript(init);
    const opened = await open(context, origin, `/page.html?script=${script}`);
    // Long enough for the feed to load and every element to render, had it started.
    await opened.page.waitForTimeout(javaScriptEnabled ? 1500 : 0);
    return { context, ...opened, views: await fallbacks(opened.page) };
  }

  console.log('\nBelow the browser baseline (docs/browser-support.md), simulated in Chromium:');
  try {
    await test('control: in this Chromium the same page upgrades every element and shows the feed', async () => {
      const { context, views, log } = await visit('esm');
      await context.close();
      const off = views.filter((v) => !v.upgraded || v.visible);
      assert(
        off.length === 0,
        `not upgraded, or the fallback still shows: ${off.map((v) => v.tag).join(', ')}`,
      );
      assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
    });

    for (const [script, label] of [
      ['broken-esm', 'the ES module'],
      ['broken-iife', 'the classic script'],
    ]) {
      await test(`when ${label} cannot be parsed, nothing registers and every fallback stays readable`, async () => {
        const { context, views, log } = await visit(script);
        await context.close();
        assertReadable(views, assert);
        assert(
          views.every((v) => !v.defined),
          `defined anyway: ${views.filter((v) => v.defined).map((v) => v.tag)}`,
        );
        // The parse error itself is the one uncaught error: none of the file's code ran.
        assert(
          log.pageErrors.length === 1,
          `expected the one parse error, got: ${log.pageErrors.join(' | ') || 'none'}`,
        );
      });
    }

    await test('on a GBK page the self-hosted classic script, served without a charset, reads its Chinese right', async () => {
      const context = await browser.newContext();
      try {
        const { page, log } = await open(context, origin, '/gbk.html');
        await page.waitForFunction(
          () => document.querySelector('fair-countdown')?.getAttribute('data-state') === 'ready',
          null,
          { timeout: 10_000 },
        );
        const shown = await page.evaluate(
          () => document.querySelector('fair-countdown').shadowRoot.textContent,
        );
        assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
        assert(/距开始/.test(shown) && /添加到日历/.test(shown), `shows: ${shown.slice(0, 120)}`);
      } finally {
        await context.close();
      }
    });

    await test('without custom elements the script runs without an uncaught error and every fallback stays readable', async () => {
      const { context, views, log } = await visit('esm', { init: withoutCustomElements });
      await context.close();
      assertReadable(views, assert);
      assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
    });

    await test('with JavaScript off every element shows its fallback, readable', async () => {
      const { context, views } = await visit('esm', { javaScriptEnabled: false });
      await context.close();
      assertReadable(views, assert);
    });

    // Chrome 94 parses the file but has no `longOffset`, which turns feed times into instants.
    const chrome94 = await visit('esm', { init: withoutOffsetZoneNames });
    await chrome94.context.close();
    const replaced = chrome94.views.filter((v) => v.upgraded && !v.visible);
    console.log(
      `        (without offset time-zone names: ${chrome94.log.pageErrors.length} uncaught error(s)` +
        `${chrome94.log.pageErrors.length ? `: ${chrome94.log.pageErrors.slice(0, 2).join(' | ')}` : ''}; ` +
        `${replaced.length} of 5 fallbacks replaced by: ${replaced
          .map((v) => `${v.tag} "${v.shadowText.slice(0, 40)}"`)
          .join('; ')})`,
    );
    await test('without offset time-zone names (Chrome 94) the script throws no uncaught error', async () => {
      assert(
        chrome94.log.pageErrors.length === 0,
        `uncaught: ${chrome94.log.pageErrors.join(' | ')}`,
      );
    });
    // defineElement registers nothing there (src/core/define.ts), so the fallback stays.
    await test('without offset time-zone names (Chrome 94) every fallback stays readable', () =>
      assertReadable(chrome94.views, assert));
  } finally {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
}
