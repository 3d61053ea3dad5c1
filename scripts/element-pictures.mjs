#!/usr/bin/env node
// docs/elements/<tag>.png, the picture at the top of each element's page: the built CDN file
// (dist/cdn/fairkit.js, `npx rollup -c`) with the sample feed tests/fixtures/spring-fair.json, in
// zh-CN, light, at device scale 1, with the page's clock fixed (scripts/lib/pictures.mjs says what
// each picture shows) so a picture changes only when the element does. Run by hand, not by npm test.
//   node scripts/element-pictures.mjs [fair-countdown …]
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { CLOCK, PICTURES } from './lib/pictures.mjs';
import { createDemoServer } from './serve-demo.mjs';

if (!existsSync('dist/cdn/fairkit.js')) {
  console.error('element-pictures: dist/cdn/fairkit.js is missing: run `npx rollup -c` first');
  process.exit(1);
}
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const tags = wanted.length ? wanted : Object.keys(PICTURES);
const unknown = tags.filter((tag) => !PICTURES[tag]);
if (unknown.length) {
  console.error(`element-pictures: no picture is described for ${unknown.join(', ')}`);
  process.exit(1);
}

/** A plain zh-CN page with the element(s) on a white ground, served next to /fairkit.js. */
const pageFor = ({ markup }) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>fairkit</title>
    <script type="module" src="/fairkit.js"></script>
    <style>
      body { margin: 0; background: #fff; color: #1a1a1a; color-scheme: light;
        font-family: system-ui, 'Noto Sans CJK SC', sans-serif; }
      #shot { padding: 16px; }
    </style>
  </head>
  <body><div id="shot">${markup}</div></body>
</html>`;

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

try {
  for (const tag of tags) {
    const picture = PICTURES[tag];
    const context = await browser.newContext({
      viewport: { width: picture.width, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    // Date.now() and new Date() say CLOCK the whole time; timers still run, so the page settles.
    await page.clock.setFixedTime(new Date(CLOCK));
    await page.route(`${origin}/picture.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageFor(picture) }),
    );
    page.on('pageerror', (error) => console.error(`${tag}: ${error.message}`));
    await page.goto(`${origin}/picture.html`, { waitUntil: 'load' });
    // Ready when every element has left its loading state (or shows an error: better seen here).
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll(name)].every(
          (el) =>
            el.shadowRoot &&
            ['ready', 'error'].includes(el.dataset.state ?? '') &&
            !el.shadowRoot.querySelector('[part~="status--loading"], [part~="base--loading"]'),
        ),
      tag,
      { timeout: 20_000 },
    );
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const file = `docs/elements/${tag}.png`;
    writeFileSync(file, await page.locator('#shot').screenshot({ animations: 'disabled' }));
    const box = await page.locator('#shot').boundingBox();
    console.log(
      `${file}: ${Math.round(box.width)}×${Math.round(box.height)}, ${Math.round(statSync(file).size / 1024)} KB`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
