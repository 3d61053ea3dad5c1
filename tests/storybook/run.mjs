#!/usr/bin/env node
// The Storybook check in npm test: build Storybook, serve it on 127.0.0.1, load every story in
// Chromium and fail it on a console error, an uncaught exception, a render error or any axe
// violation (shadow DOM included). Each docs page is loaded too and fails only on errors.
// Prints `Stories: N passed, N failed` last. `--no-build` reuses an existing storybook-static/.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const root = resolve('storybook-static');
const args = chromiumArgs;
const STORY_TIMEOUT = 15_000;
const PARALLEL = 2;

function summary(passed, failed) {
  console.log(`Stories: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (!process.argv.includes('--no-build')) {
  const started = Date.now();
  const bin = resolve('node_modules/.bin/storybook');
  const build = spawnSync(bin, ['build', '--quiet', '-o', 'storybook-static'], {
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) {
    console.error(`storybook build failed (exit ${build.status ?? build.signal})`);
    summary(0, 1);
    process.exit();
  }
  console.log(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing');
  summary(0, 1);
  process.exit();
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // Chromium asks for /favicon.ico on its own; a 404 there would read as the story's console error.
  if (pathname === '/favicon.ico' && !existsSync(file)) {
    res.writeHead(204).end();
    return;
  }
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? {}).filter(
  (e) => e.type === 'story' || e.type === 'docs',
);
const axePath = require.resolve('axe-core/axe.min.js');

const browser = await chromium.launch({ executablePath, args, headless: true });
const context = await browser.newContext({ locale: 'zh-CN' });

/** Problems with one story or docs page; empty when it passes. */
async function check(entry) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    const text = msg.text().split('\n').slice(0, 2).join(' ⏎ ');
    problems.push(`console error: ${text}${where ? ` (${where.replace(base, '')})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      timeout: STORY_TIMEOUT,
    });
    // A story is done when its render reaches `finished` (after afterEach, where addon-a11y runs its
    // own axe: two axe runs at once throw). Docs pages have no phases; <body> is marked for both.
    const shown = await page.waitForFunction(
      (type) => {
        const c = document.body.classList;
        if (c.contains('sb-show-errordisplay')) return 'error';
        if (!c.contains('sb-show-main')) return null;
        if (type === 'docs') return 'main';
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        if (phase === 'errored') return 'error';
        return phase === 'finished' || phase === 'aborted' ? 'main' : null;
      },
      entry.type,
      { timeout: STORY_TIMEOUT },
    );
    if ((await shown.jsonValue()) === 'error') {
      const text = await page
        .locator('#error-message')
        .textContent()
        .catch(() => '');
      problems.push(`render error: ${text?.trim() || 'Storybook showed its error display'}`);
    }
    // Let Lit finish every pending update, nested shadow roots included.
    await page.evaluate(async () => {
      const pending = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.updateComplete) pending.push(el.updateComplete);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(pending);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    if (entry.type === 'story') {
      // A story whose fair-* elements never upgraded shows only their fallback text and passes axe:
      // every fairkit element must be defined and have rendered into its shadow root.
      const inert = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => el.localName.startsWith('fair-'))
          .filter((el) => !customElements.get(el.localName) || !el.shadowRoot?.childNodes.length)
          .map((el) => el.localName),
      );
      if (inert.length) problems.push(`not rendered (is the tag defined?): ${inert.join(', ')}`);
    }
    if (entry.type === 'story' && !problems.length) {
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map(
          (v) =>
            `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' > '))
              .slice(0, 3)
              .join('; ')}`,
        );
      });
      problems.push(...violations);
    }
  } catch (error) {
    problems.push(`failed to load: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

let passed = 0;
let failed = 0;
const queue = [...entries];
async function worker() {
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const problems = await check(entry);
    const label = `${entry.title} › ${entry.name}${entry.type === 'docs' ? ' (docs)' : ''}`;
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${label}`);
      for (const p of problems) console.log(`    ${p}`);
    } else {
      passed += 1;
      console.log(`✓ ${label}`);
    }
  }
}
try {
  await Promise.all(Array.from({ length: PARALLEL }, worker));
} finally {
  await browser.close();
  server.close();
}
if (!entries.length) console.log('No stories found in storybook-static/index.json.');
summary(passed, failed);
