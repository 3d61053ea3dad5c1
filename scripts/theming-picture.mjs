#!/usr/bin/env node
// Regenerates docs/theming.jpg, the picture in docs/theming.md: demo/themed.html (a portal themed
// only through fairkit's custom properties and ::part()) at 1280 px, light and dark side by side,
// taken with playwright-core from the built CDN file.
//   node scripts/theming-picture.mjs

import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { createDemoServer, ensureBuilt } from './serve-demo.mjs';

/** Waits until every fairkit element on the page is ready (or failed: the picture shows that). */
export function waitReady(page) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('fair-'))
        .every((el) => ['ready', 'error'].includes(el.getAttribute('data-state'))),
    null,
    { timeout: 15_000, polling: 100 },
  );
}

const WIDTH = 1100;

async function shoot(browser, origin, colorScheme) {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 900 },
    deviceScaleFactor: 1,
    colorScheme,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/themed.html`, { waitUntil: 'load' });
  await waitReady(page);
  await page.waitForTimeout(300);
  // From the banner to the carousel and the timeline: the five elements, without the footer.
  const top = await page.locator('.banner').boundingBox();
  const bottom = await page.locator('.columns').boundingBox();
  const height = Math.ceil(bottom.y + bottom.height + 16 - top.y);
  const png = await page.screenshot({
    clip: { x: 0, y: top.y, width: WIDTH, height },
    fullPage: true,
  });
  await context.close();
  return { png, height };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../docs/theming.jpg', import.meta.url));
  ensureBuilt();
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const light = await shoot(browser, origin, 'light');
    const dark = await shoot(browser, origin, 'dark');
    // Both on one canvas, scaled down so the picture stays small.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const img = ({ png, height }) =>
      `<img src="data:image/png;base64,${png.toString('base64')}" width="${WIDTH}" height="${height}">`;
    await page.setContent(`<!doctype html><body style="margin:0;background:#d5dcd6">
      <div id="c" style="display:flex;gap:24px;align-items:flex-start;padding:24px;width:max-content;zoom:0.5">
        ${img(light)}${img(dark)}
      </div></body>`);
    await page
      .locator('#c img')
      .last()
      .evaluate((el) => el.decode());
    writeFileSync(out, await page.locator('#c').screenshot({ type: 'jpeg', quality: 82 }));
    console.log(`wrote docs/theming.jpg (${Math.round(statSync(out).size / 1024)} KB)`);
  } finally {
    await browser.close();
    server.close();
  }
}
