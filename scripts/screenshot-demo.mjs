#!/usr/bin/env node
// Regenerates docs/screenshot.jpg, the picture of the demo in the README: the zh-CN demo page at
// 1280 px and at 360 px side by side, down to where all five elements have shown, taken with
// playwright-core from the built CDN file.
//   node scripts/screenshot-demo.mjs [--dark]

import { writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { createDemoServer, ensureBuilt } from './serve-demo.mjs';

const out = fileURLToPath(new URL('../docs/screenshot.jpg', import.meta.url));
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';
/** How far down each page is shown: the wide page to its employer carousel, the phone to its map. */
const HEIGHTS = { 1280: 2950, 360: 2950 };

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
    viewport: { width, height: 900 },
    colorScheme,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('fair-'))
        .every((el) => el.getAttribute('data-state') === 'ready'),
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(600);
  const png = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width, height: HEIGHTS[width] },
  });
  await context.close();
  return png;
}

try {
  const wide = await shoot(1280);
  const narrow = await shoot(360);
  // Compose both on one canvas, scaled down so the PNG stays small.
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 }, colorScheme });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><body style="margin:0;background:${colorScheme === 'dark' ? '#222' : '#d9d4cf'}">
    <div id="c" style="display:flex;gap:20px;align-items:flex-start;padding:20px;width:max-content;zoom:0.5">
      <img src="data:image/png;base64,${wide.toString('base64')}" width="1280" height="${HEIGHTS[1280]}" style="box-shadow:0 4px 24px #0004">
      <img src="data:image/png;base64,${narrow.toString('base64')}" width="360" height="${HEIGHTS[360]}" style="box-shadow:0 4px 24px #0004">
    </div></body>`);
  const jpeg = await page.locator('#c').screenshot({ type: 'jpeg', quality: 82 });
  writeFileSync(out, jpeg);
  console.log(`wrote docs/screenshot.jpg (${Math.round(statSync(out).size / 1024)} KB)`);
} finally {
  await browser.close();
  server.close();
}
