// A portal as the README tells it to be built: its page on one origin, fairkit from a CDN on a
// second (as jsDelivr serves it: with Access-Control-Allow-Origin, which a module script from
// another origin needs), the feed from a third, under a CSP that names both. Against the built CDN
// files; called by run.mjs, which owns the browser and the summary line.
//   page  http://127.0.0.1:A/portal.html?script=esm|iife&feed=cors|no-cors
//   cdn   http://localhost:B/fairkit.js, /fairkit.iife.js
//   feed  http://127.0.0.1:C/spring-fair.json (CORS), /no-cors/spring-fair.json (no header)

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts a server answering `handler(path, query)` → [status, type, body, headers]. */
async function serve(host, handler) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [status, type, body, headers = {}] = handler(url.pathname, url.searchParams);
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://${host}:${server.address().port}` };
}

const ELEMENTS = [
  ['fair-countdown', "[part~='title']"],
  ['fair-placement-badge', "[part~='value']"],
  ['fair-booth-map', "[part~='item']"],
  ['fair-employer-carousel', "[part~='slide']"],
  ['fair-activity-timeline', "[part~='event']"],
];

export async function runCrossOrigin({ browser, harness, open, assert }) {
  const { test } = harness;
  const json = 'application/json; charset=utf-8';
  const spring = readFileSync(`${root}tests/fixtures/spring-fair.json`);
  const feed = await serve('127.0.0.1', (path) =>
    path === '/spring-fair.json'
      ? [200, json, spring, { 'access-control-allow-origin': '*' }]
      : path === '/no-cors/spring-fair.json'
        ? [200, json, spring]
        : [404, 'text/plain', 'Not found'],
  );
  const cdn = await serve('localhost', (path) =>
    /^\/fairkit(\.iife)?\.js$/.test(path)
      ? [
          200,
          'text/javascript; charset=utf-8',
          readFileSync(`${root}dist/cdn${path}`),
          { 'access-control-allow-origin': '*' },
        ]
      : [404, 'text/plain', 'Not found'],
  );
  const page = await serve('127.0.0.1', (path, query) => {
    if (path === '/favicon.ico') return [204, 'text/plain', ''];
    if (path !== '/portal.html') return [404, 'text/plain', 'Not found'];
    const script =
      query.get('script') === 'iife'
        ? `<script src="${cdn.origin}/fairkit.iife.js"></script>`
        : `<script type="module" src="${cdn.origin}/fairkit.js"></script>`;
    const src = `${feed.origin}${query.get('feed') === 'no-cors' ? '/no-cors' : ''}/spring-fair.json`;
    const body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>portal</title>${script}</head>
<body><main>
<fair-countdown src="${src}" fair="spring-2027"></fair-countdown>
<fair-placement-badge src="${src}"></fair-placement-badge>
<fair-booth-map id="map" src="${src}" fair="spring-2027"></fair-booth-map>
<fair-employer-carousel src="${src}" fair="spring-2027" map="map"></fair-employer-carousel>
<fair-activity-timeline src="${src}"></fair-activity-timeline>
</main></body></html>`;
    return [
      200,
      'text/html; charset=utf-8',
      body,
      {
        'content-security-policy':
          `default-src 'none'; script-src ${cdn.origin}; style-src 'self'; ` +
          `connect-src ${feed.origin}; img-src 'self' data: ${feed.origin}; ` +
          "require-trusted-types-for 'script'; trusted-types lit-html",
      },
    ];
  });

  /** Each element's first part that shows it rendered the feed, or `error` when it shows that. */
  const shown = (p) =>
    p.evaluate(
      (elements) =>
        elements.map(([tag, what]) => {
          const root = document.querySelector(tag)?.shadowRoot;
          if (root?.querySelector("[part~='error']")) return 'error';
          return root?.querySelector(what) ? 'rendered' : 'nothing';
        }),
      ELEMENTS,
    );
  const settled = (p) =>
    p
      .waitForFunction(
        (tags) =>
          tags.every((tag) => {
            const state = document.querySelector(tag)?.getAttribute('data-state');
            return state === 'ready' || state === 'error';
          }),
        ELEMENTS.map(([tag]) => tag),
        { timeout: 15_000, polling: 100 },
      )
      .catch(() => {});

  console.log('\nThree origins: the page, the CDN file, the feed (CORS):');
  try {
    for (const [script, label] of [
      ['esm', 'the ES module'],
      ['iife', 'the classic script'],
    ]) {
      await test(`all five elements render from ${label} on a CDN origin and a feed on a third origin`, async () => {
        const context = await browser.newContext();
        const { page: p, log } = await open(context, page.origin, `/portal.html?script=${script}`);
        await settled(p);
        const states = await shown(p);
        await context.close();
        assert(
          states.every((s) => s === 'rendered'),
          `elements: ${ELEMENTS.map(([tag], i) => `${tag} ${states[i]}`).join(', ')}`,
        );
        assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join('; ')}`);
        const errors = log.console.filter((m) => m.type === 'error' || m.type === 'http');
        assert(errors.length === 0, `console: ${errors.map((m) => m.text).join('; ')}`);
      });
    }
    await test('a feed server without Access-Control-Allow-Origin gives every element its feed error, and no uncaught error', async () => {
      const context = await browser.newContext();
      const { page: p, log } = await open(context, page.origin, '/portal.html?feed=no-cors');
      await settled(p);
      const states = await shown(p);
      await context.close();
      assert(
        states.every((s) => s === 'error'),
        `elements: ${ELEMENTS.map(([tag], i) => `${tag} ${states[i]}`).join(', ')}`,
      );
      assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join('; ')}`);
    });
  } finally {
    for (const { server } of [feed, cdn, page]) {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    }
  }
}
