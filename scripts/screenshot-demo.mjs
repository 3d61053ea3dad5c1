#!/usr/bin/env node
// Regenerates docs/screenshot.png, the picture of the demo in the README: the zh-CN demo page at
// 1280 px and at 360 px side by side, taken with playwright-core from the built CDN file.
//   node scripts/screenshot-demo.mjs [--dark]

import { writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { createDemoServer, ensureBuilt } from './serve-demo.mjs';

const out = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';
const HEIGHT = 1000;

ensureBuilt();
const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath,
  args: chromiumArgs,
});

async function shoot(width) {
  const context = await browser.newContext({
    viewport: { width, height: HEIGHT },
    colorScheme,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document
        .querySelector('fair-countdown')
        ?.shadowRoot?.querySelector("[part~='countdown'], [part~='error']"),
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(300);
  const png = await page.screenshot({ clip: { x: 0, y: 0, width, height: HEIGHT } });
  await context.close();
  return png;
}

try {
  const wide = await shoot(1280);
  const narrow = await shoot(360);
  // Compose both on one canvas, scaled down so the PNG stays small.
  const context = await browser.newContext({ viewport: { width: 1260, height: 600 }, colorScheme });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><body style="margin:0;background:${colorScheme === 'dark' ? '#222' : '#d9d4cf'}">
    <div id="c" style="display:flex;gap:20px;align-items:flex-start;padding:20px;width:max-content;zoom:0.72">
      <img src="data:image/png;base64,${wide.toString('base64')}" width="1280" height="${HEIGHT}" style="box-shadow:0 4px 24px #0004">
      <img src="data:image/png;base64,${narrow.toString('base64')}" width="360" height="${HEIGHT}" style="box-shadow:0 4px 24px #0004">
    </div></body>`);
  const png = await page.locator('#c').screenshot();
  writeFileSync(out, png);
  console.log(`wrote docs/screenshot.png (${Math.round(statSync(out).size / 1024)} KB)`);
} finally {
  await browser.close();
  server.close();
}
