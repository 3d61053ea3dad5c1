// The test server of the embedding checks: the built CDN files, the hostile pages with a strict
// CSP sent as a header, a feed whose fair is always a few days ahead, and feeds that fail the way
// real servers fail. node:http only; listens on an ephemeral port of 127.0.0.1.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const read = (path) => readFileSync(path);

/** Trusted Types settings a page can ask for with `?tt=`. */
const TRUSTED_TYPES = {
  // The least a Lit page can have: Lit creates one policy named "lit-html" when it loads.
  lit: 'trusted-types lit-html',
  none: "trusted-types 'none'",
  // Two copies of Lit on one page each create "lit-html".
  dup: "trusted-types lit-html 'allow-duplicates'",
};

export function csp(tt = 'lit') {
  return (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
    `img-src 'self' data:; require-trusted-types-for 'script'; ${TRUSTED_TYPES[tt]}`
  );
}

/** Which copies of fairkit a page loads (`?script=`). */
const SCRIPTS = {
  esm: '<script type="module" src="/fairkit.js"></script>',
  iife: '<script src="/fairkit.iife.js"></script>',
  // Same file under two URLs, as when a theme and a plug-in each include one.
  double:
    '<script type="module" src="/fairkit.js"></script><script type="module" src="/copy/fairkit.js"></script>',
  'double-iife':
    '<script src="/fairkit.iife.js"></script><script src="/copy/fairkit.iife.js"></script>',
};

/** A feed whose one fair starts three days and five hours from now, so it always counts down. */
export const TEST_FAIR_TITLE = '嵌入测试双选会';
function testFeed() {
  const start = new Date(Date.now() + (3 * 24 + 5) * 3600_000);
  const end = new Date(start.getTime() + 7 * 3600_000);
  return JSON.stringify({
    version: 1,
    timeZone: 'Asia/Shanghai',
    fairs: [
      {
        id: 'embed',
        title: { 'zh-CN': TEST_FAIR_TITLE, en: 'Embedding Test Fair' },
        start: start.toISOString(),
        end: end.toISOString(),
        venue: { name: '体育馆' },
        stats: { employers: 1227, positions: 70368 },
      },
    ],
  });
}

/**
 * Starts the server. `state.flaky` decides what `/faults/flaky.json` answers ('ok' or 'fail');
 * `state.requests` counts requests per path.
 */
export async function startServer() {
  const state = { flaky: 'ok', requests: {} };
  const hanging = new Set();
  const cdn = (name) => read(`${root}dist/cdn/${name}`);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    state.requests[path] = (state.requests[path] ?? 0) + 1;
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const js = 'text/javascript; charset=utf-8';
    const json = 'application/json; charset=utf-8';
    const html = 'text/html; charset=utf-8';
    try {
      switch (path) {
        case '/hostile.html': {
          const script = SCRIPTS[url.searchParams.get('script') ?? 'esm'];
          const page = read(`${here}hostile.html`)
            .toString()
            .replace(/<!--fairkit-->[\s\S]*?<!--\/fairkit-->/, script);
          return send(200, html, page, {
            'content-security-policy': csp(url.searchParams.get('tt') ?? 'lit'),
          });
        }
        case '/faults.html':
          return send(200, html, read(`${here}faults.html`), {
            'content-security-policy': csp('lit'),
          });
        case '/hostile.css':
          return send(200, 'text/css; charset=utf-8', read(`${here}hostile.css`));
        case '/probe.js':
        case '/before.js':
        case '/faults-page.js':
          return send(200, js, read(`${here}${path.slice(1)}`));
        case '/fairkit.js':
        case '/copy/fairkit.js':
          return send(200, js, cdn('fairkit.js'));
        case '/fairkit.iife.js':
        case '/copy/fairkit.iife.js':
          return send(200, js, cdn('fairkit.iife.js'));
        case '/feed.json':
          return send(200, json, testFeed());
        case '/spring-fair.json':
          return send(200, json, read(`${root}tests/fixtures/spring-fair.json`));
        case '/favicon.ico':
          // Chromium asks for it on every page; a 404 would count as a console error.
          res.writeHead(204);
          return res.end();
        case '/faults/500.json':
          return send(500, html, '<h1>500 Internal Server Error</h1>');
        case '/faults/404.json':
          return send(404, html, '<h1>404 Not Found</h1>');
        case '/faults/html.json':
          // A CMS that answers every URL with its own page, status 200.
          return send(200, html, '<!doctype html><title>登录</title><p>请先登录</p>');
        case '/faults/truncated.json': {
          const full = testFeed();
          return send(200, json, full.slice(0, Math.floor(full.length / 2)));
        }
        case '/faults/not-v1.json':
          return send(200, json, JSON.stringify({ version: 2, fairs: [] }));
        case '/faults/hang.json':
          // Headers never come; the socket is closed when the server stops.
          hanging.add(res);
          return undefined;
        case '/faults/flaky.json':
          return state.flaky === 'ok'
            ? send(200, json, testFeed())
            : send(500, html, '<h1>500</h1>');
        default:
          return send(404, 'text/plain; charset=utf-8', 'Not found\n');
      }
    } catch (error) {
      return send(500, 'text/plain; charset=utf-8', String(error));
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    state,
    close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
