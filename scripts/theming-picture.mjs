#!/usr/bin/env node
// Regenerates docs/theming.png, the picture in docs/theming.md: demo/themed.html (a portal themed
// only through fairkit's custom properties and ::part()) at 1280 px, light and dark side by side,
// taken with playwright-core from the built CDN file.
//   node scripts/theming-picture.mjs
//
// createThemedServer() is scripts/serve-demo.mjs's server plus /themed.html and /themed.css, which
// its route table does not list; tests/embedding/themed.mjs uses it too.

import { statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { createDemoServer, ensureBuilt } from './serve-demo.mjs';

const themedFiles = {
  '/themed.html': ['demo/themed.html', 'text/html; charset=utf-8'],
  '/themed.css': ['demo/themed.css', 'text/css; charset=utf-8'],
};

/** The demo server, answering /themed.html and /themed.css itself and the rest as it does. */
export function createThemedServer() {
  const demo = createDemoServer().listeners('request')[0];
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const entry = themedFiles[path];
    if (!entry) return demo(req, res);
    const body = await readFile(new URL(`../${entry[0]}`, import.meta.url));
    res.writeHead(200, { 'content-type': entry[1], 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

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

/**
 * The same PNG with its image data deflated at level 9 rather than the browser's faster default,
 * every pixel as it was.
 */
export function recompress(png) {
  const chunks = [];
  const data = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') data.push(body);
    else chunks.push([type, body]);
    at += 12 + length;
  }
  const idat = deflateSync(inflateSync(Buffer.concat(data)), { level: 9, memLevel: 9 });
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
    return Buffer.concat([head, body, crc]);
  };
  const end = chunks.findIndex(([type]) => type === 'IEND');
  return Buffer.concat([
    png.subarray(0, 8),
    ...chunks.slice(0, end).map(([type, body]) => chunk(type, body)),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

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
  const out = fileURLToPath(new URL('../docs/theming.png', import.meta.url));
  ensureBuilt();
  const server = createThemedServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const light = await shoot(browser, origin, 'light');
    const dark = await shoot(browser, origin, 'dark');
    // Both on one canvas, scaled down so the PNG stays small.
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
    const shot = await page.locator('#c').screenshot();
    // Each channel rounded to a multiple of 8: flat UI colours look the same, and anti-aliased text
    // then compresses far better (with recompress(), about 240 KB → 180 KB).
    const posterized = await page.evaluate(
      async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), {
          width: image.naturalWidth,
          height: image.naturalHeight,
        });
        const ctx = canvas.getContext('2d');
        ctx.drawImage(image, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < pixels.data.length; i++) {
          if (i % 4 !== 3) pixels.data[i] = Math.min(255, Math.round(pixels.data[i] / 8) * 8);
        }
        ctx.putImageData(pixels, 0, 0);
        return canvas.toDataURL('image/png').split(',')[1];
      },
      `data:image/png;base64,${shot.toString('base64')}`,
    );
    writeFileSync(out, recompress(Buffer.from(posterized, 'base64')));
    console.log(`wrote docs/theming.png (${Math.round(statSync(out).size / 1024)} KB)`);
  } finally {
    await browser.close();
    server.close();
  }
}
