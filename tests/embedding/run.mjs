#!/usr/bin/env node
// Embedding checks: the built CDN files on a hostile host page (global resets, odd element rules,
// a 10px root font, unprefixed custom properties) under a strict CSP with Trusted Types, in
// Chromium via playwright-core; then feeds that fail the way real servers fail (faults.mjs).
//
// Each assertion is one test. The last line is `Embedding: N passed, N failed`; exit 1 on failure.
// Needs dist/cdn/ (npm test builds first; when it is missing this script builds it).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs as CHROMIUM_ARGS, executablePath } from '../../scripts/chromium.mjs';
import { runFaults } from './faults.mjs';
import { runCrossOrigin } from './cross-origin.mjs';
import { runDemo } from './demo.mjs';
import { runOldBrowsers } from './old-browsers.mjs';
import { runThemed } from './themed.mjs';
import { startServer, TEST_FAIR_TITLE } from './server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE_TITLE = '2027届春季综合类双选会';

// ---------------------------------------------------------------------------------------------
// A tiny harness: one line per test, a summary CI can read.

export function createHarness() {
  const results = { passed: 0, failed: 0, skipped: [] };
  return {
    results,
    async test(name, fn) {
      try {
        await fn();
        results.passed++;
        console.log(`  ok    ${name}`);
      } catch (error) {
        results.failed++;
        console.log(
          `  FAIL  ${name}\n        ${String(error?.message ?? error)
            .split('\n')
            .join('\n        ')}`,
        );
      }
    },
    skip(name, reason) {
      results.skipped.push(name);
      console.log(`  skip  ${name} (${reason})`);
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// Page helpers.

/** Opens `path`, collecting console messages and uncaught errors from the start. */
export async function open(context, origin, path) {
  const page = await context.newPage();
  const log = { console: [], pageErrors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  page.on(
    'response',
    (r) =>
      r.status() >= 400 && log.console.push({ type: 'http', text: `${r.status()} ${r.url()}` }),
  );
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, log };
}

/** Waits until the element's shadow root shows a countdown, an error or a title. */
export async function waitRendered(page, selector, what = "[part~='countdown'], [part~='error']") {
  await page.waitForFunction(
    ([sel, parts]) => Boolean(document.querySelector(sel)?.shadowRoot?.querySelector(parts)),
    [selector, what],
    { timeout: 10_000, polling: 100 },
  );
}

/** What a reader sees in one element: its shadow text and the pieces the tests look at. */
export function inspect(page, selector) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const root = host?.shadowRoot;
    const q = (p) => root?.querySelector(`[part~='${p}']`);
    const text = (p) => q(p)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    return {
      found: Boolean(host),
      upgraded: Boolean(root),
      text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      title: text('title'),
      error: text('error'),
      stale: text('stale'),
      values: root
        ? [...root.querySelectorAll("[part~='value']")].map((v) => v.textContent.trim())
        : [],
      seconds:
        root?.querySelector("[part~='segment--second'] [part~='value']")?.textContent?.trim() ??
        null,
      state: host?.getAttribute('data-state') ?? null,
      lightText: host?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  }, selector);
}

/** Waits until the seconds digit of `selector` differs from `before`. */
async function waitTick(page, selector, before) {
  await page.waitForFunction(
    ([sel, prev]) =>
      document
        .querySelector(sel)
        ?.shadowRoot?.querySelector("[part~='segment--second'] [part~='value']")
        ?.textContent?.trim() !== prev,
    [selector, before],
    { timeout: 3000, polling: 100 },
  );
}

const violationsOf = (page) => page.evaluate(() => window.__fairkitProbe?.violations ?? null);
const probeErrorsOf = (page) => page.evaluate(() => window.__fairkitProbe?.errors ?? null);

/** No CSP or Trusted Types violation, no uncaught error and no console error on any of `pages`. */
async function assertQuiet(pages) {
  for (const [label, { page, log }] of pages) {
    const violations = await violationsOf(page);
    const errors = log.console.filter((m) => m.type === 'error' || m.type === 'http');
    assert(violations?.length === 0, `${label}: violations: ${JSON.stringify(violations)}`);
    assert(log.pageErrors.length === 0, `${label}: uncaught: ${log.pageErrors.join(' | ')}`);
    assert(
      errors.length === 0,
      `${label}: console errors: ${errors.map((m) => m.text).join(' | ')}`,
    );
  }
}

function assertRenders(info, title, label) {
  assert(info.found, `${label}: element not found`);
  assert(info.upgraded, `${label}: no shadow root, so the element never upgraded`);
  assert(
    info.title?.includes(title),
    `${label}: title "${title}" missing; shadow text: "${info.text.slice(0, 200)}"`,
  );
  assert(
    info.values.length >= 3,
    `${label}: expected at least 3 countdown values, got [${info.values}]`,
  );
  assert(
    info.values.every((v) => /^\d+$/.test(v.replace(/[,\s]/g, ''))),
    `${label}: non-numeric values [${info.values}]`,
  );
}

// ---------------------------------------------------------------------------------------------

async function checkStrictPage(context, origin, state, { test }) {
  console.log('\nES module build on the hostile page (CSP, Trusted Types "lit-html"):');
  const { page, log } = await open(context, origin, '/hostile.html');
  let rendered = true;
  await waitRendered(page, '#static').catch(() => (rendered = false));

  await test('loads under the strict CSP with no uncaught error or console error', async () => {
    const errors = log.console
      .filter((m) => m.type === 'error' || m.type === 'http')
      .map((m) => m.text);
    assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
    assert(errors.length === 0, `console errors and failed requests: ${errors.join(' | ')}`);
  });

  await test('causes no CSP or Trusted Types violation', async () => {
    const violations = await violationsOf(page);
    assert(violations !== null, 'probe.js did not run');
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
  });

  await test('an element written in the markup renders the fair title and a countdown', async () => {
    assert(rendered, 'nothing rendered within 10 s');
    assertRenders(await inspect(page, '#static'), TEST_FAIR_TITLE, '#static');
  });

  await test('an element created with createElement before the script loaded renders', async () => {
    await waitRendered(page, '#before');
    assertRenders(await inspect(page, '#before'), TEST_FAIR_TITLE, '#before');
  });

  await test('an element created after the script loaded renders', async () => {
    await page.evaluate(async () => {
      await customElements.whenDefined('fair-countdown');
      const el = document.createElement('fair-countdown');
      el.id = 'after';
      el.setAttribute('src', '/feed.json');
      document.getElementById('after-host').append(el);
    });
    await waitRendered(page, '#after');
    assertRenders(await inspect(page, '#after'), TEST_FAIR_TITLE, '#after');
  });

  await test('three elements reading the same feed make one request', async () => {
    const count = state.requests['/feed.json'] ?? 0;
    assert(count === 1, `/feed.json was requested ${count} times`);
  });

  await test('the full sample feed (1,227 employers, 1,247 booths) renders under the CSP', async () => {
    await waitRendered(page, '#sample', "[part~='title'], [part~='error']");
    const info = await inspect(page, '#sample');
    assert(info.error === null, `error shown: ${info.error}`);
    assert(
      info.title?.includes(SAMPLE_TITLE),
      `title missing; shadow text: "${info.text.slice(0, 200)}"`,
    );
  });

  await test('the countdown ticks every second', async () => {
    const { seconds } = await inspect(page, '#static');
    assert(seconds !== null, 'no seconds segment');
    await waitTick(page, '#static', seconds);
  });

  await test('an element moved to another place in the DOM keeps rendering and ticking', async () => {
    await page.evaluate(() =>
      document.getElementById('move-target').append(document.getElementById('static')),
    );
    await page.waitForTimeout(200);
    const info = await inspect(page, '#static');
    assertRenders(info, TEST_FAIR_TITLE, 'moved #static');
    await waitTick(page, '#static', info.seconds);
    assert((await inspect(page, '#static')).error === null, 'moved element shows an error');
  });

  const styles = await page.evaluate(() => {
    const root = document.querySelector('#before')?.shadowRoot;
    const base = root?.querySelector("[part~='base']");
    if (!base) return null;
    const box = base.getBoundingClientRect();
    const cs = (el) => getComputedStyle(el);
    const alpha = (color) => {
      const m = color.match(/rgba?\(([^)]+)\)/);
      if (!m) return color === 'transparent' ? 0 : 1;
      const parts = m[1].split(/[,\s/]+/).filter(Boolean);
      return parts.length > 3 ? Number(parts[3]) : 1;
    };
    // Every element that holds text directly.
    const texts = [...root.querySelectorAll('*')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
    );
    const sizes = texts
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({
        part: el.getAttribute('part') ?? el.localName,
        size: parseFloat(cs(el).fontSize),
      }));
    const title = root.querySelector("[part~='title']");
    const value = root.querySelector("[part~='value']");
    return {
      width: box.width,
      height: box.height,
      titleColor: cs(title).color,
      titleAlpha: alpha(cs(title).color),
      valueColor: cs(value).color,
      valueAlpha: alpha(cs(value).color),
      radius: cs(base).borderTopLeftRadius,
      background: cs(base).backgroundColor,
      font: cs(base).fontFamily,
      smallest: sizes.sort((a, b) => a.size - b.size)[0] ?? null,
    };
  });

  await test("the host's resets do not collapse the element's box", async () => {
    assert(styles, 'no base part');
    assert(
      styles.width > 150 && styles.height > 60,
      `base box is ${styles.width} × ${styles.height}`,
    );
  });

  await test("the host's styles do not make its text transparent", async () => {
    assert(styles.titleAlpha > 0, `title colour ${styles.titleColor}`);
    assert(styles.valueAlpha > 0, `digit colour ${styles.valueColor}`);
  });

  await test("the host's unprefixed --radius, --background, --font do not leak in", async () => {
    assert(styles.radius !== '999px', `border radius ${styles.radius}`);
    assert(styles.background !== 'rgb(255, 105, 180)', `background ${styles.background} (hotpink)`);
    assert(!/comic/i.test(styles.font), `font ${styles.font}`);
  });

  await test('its text stays legible (at least 12px) on a page with html { font-size: 10px }', async () => {
    assert(styles.smallest, 'no text found');
    assert(
      styles.smallest.size >= 12,
      `part "${styles.smallest.part}" is ${styles.smallest.size}px: rem-based sizes follow the host's ` +
        '10px root; sizes relative to the inherited font (em) would not',
    );
  });

  await page.close();
}

/** The employer a phone visitor looks for in the sample feed, and its booth. */
const WANTED = { name: '岚拓微电子', booth: 'A-001' };

async function checkBoothMap(browser, origin, { test }) {
  console.log('\nThe booth map on the hostile page, on a 360 px touch phone:');
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const started = Date.now();
  const { page, log } = await open(context, origin, '/hostile.html');
  const map = page.locator('#map');
  const booths = () =>
    page.evaluate(
      () =>
        document.querySelector('#map')?.shadowRoot?.querySelectorAll('[data-booth]').length ?? 0,
    );

  await test('draws the first hall of the sample fair (over 600 booths) under the strict CSP', async () => {
    await page.waitForFunction(
      () => document.querySelector('#map')?.shadowRoot?.querySelector('[data-booth]'),
      null,
      { timeout: 10_000, polling: 100 },
    );
    const count = await booths();
    assert(count >= 600, `only ${count} booths drawn in the first hall`);
  });

  let found = -1;
  await test(`a visitor finds ${WANTED.name}'s booth by typing its name and tapping the match`, async () => {
    const shown = Date.now();
    await map.locator("[part~='search']").fill(WANTED.name);
    await map.locator("[part~='item']").first().tap();
    await page.waitForFunction(
      (booth) =>
        document
          .querySelector('#map')
          ?.shadowRoot?.querySelector("[part~='card'] .where")
          ?.textContent?.includes(booth),
      WANTED.booth,
      { timeout: 5000, polling: 50 },
    );
    found = Date.now() - shown;
    console.log(
      `        (map ready ${shown - started} ms after navigation; typed, tapped and read the card in ${found} ms)`,
    );
  });

  await test('the chosen booth is on screen in the map, zoomed in', async () => {
    // The map glides to the booth (no reduced motion here): wait for it to get there.
    await page
      .waitForFunction(
        (booth) =>
          document
            .querySelector('#map')
            .shadowRoot.querySelector(`[data-booth="${booth}"]`)
            ?.getBoundingClientRect().width >= 44,
        WANTED.booth,
        { timeout: 3000, polling: 50 },
      )
      .catch(() => {});
    const box = await page.evaluate((booth) => {
      const root = document.querySelector('#map').shadowRoot;
      const rect = root.querySelector(`[data-booth="${booth}"]`)?.getBoundingClientRect();
      const view = root.querySelector("[part~='viewport']").getBoundingClientRect();
      return rect && { rect: rect.toJSON(), view: view.toJSON() };
    }, WANTED.booth);
    assert(box, 'booth not drawn');
    const { rect, view } = box;
    const inside =
      rect.left >= view.left - 1 &&
      rect.right <= view.right + 1 &&
      rect.top >= view.top - 1 &&
      rect.bottom <= view.bottom + 1;
    assert(inside, `booth ${JSON.stringify(rect)} is outside the map ${JSON.stringify(view)}`);
    assert(rect.width >= 44, `booth is only ${rect.width.toFixed(1)} px wide on screen`);
  });

  await test('nothing overflows the 360 px page, and its text is at least 12px', async () => {
    const info = await page.evaluate(() => {
      const host = document.querySelector('#map');
      const sizes = [...host.shadowRoot.querySelectorAll('input, button, p, li')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => parseFloat(getComputedStyle(el).fontSize));
      // Measured inside: the page's `* { all: unset }` makes the host itself an inline box, whose
      // scroll and client widths are both 0 whatever its content does.
      const base = host.shadowRoot.querySelector("[part~='base']");
      const overflowing = [base, ...base.querySelectorAll('*')]
        .filter((el) => !(el instanceof SVGElement))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        .filter((el) => getComputedStyle(el).overflowX === 'visible' || el === base)
        .map(
          (el) =>
            `${el.getAttribute('part') ?? el.localName} ${el.scrollWidth} > ${el.clientWidth}`,
        );
      const right = Math.max(
        ...[...base.querySelectorAll('input, button, li')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getBoundingClientRect().right - base.getBoundingClientRect().right),
      );
      return { overflowing, right, smallest: Math.min(...sizes) };
    });
    assert(info.overflowing.length === 0, `overflowing: ${info.overflowing.join(', ')}`);
    assert(info.right <= 1, `controls end ${info.right}px past the map's edge`);
    assert(info.smallest >= 12, `smallest text is ${info.smallest}px`);
  });

  await test('printing shows my plan with its booth numbers and the map, without the controls', async () => {
    await map.getByRole('button', { name: '加入我的行程' }).tap();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = document.querySelector('#map').shadowRoot;
      const shown = (part) => {
        const el = root.querySelector(`[part~='${part}']`);
        return Boolean(el && el.getClientRects().length > 0);
      };
      return {
        plan: root.querySelector("[part~='plan']")?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        viewport: shown('viewport'),
        toolbar: shown('toolbar'),
        list: shown('list'),
        zoom: shown('zoom'),
      };
    });
    await page.emulateMedia({ media: 'screen' });
    assert(printed.plan.includes(WANTED.booth), `plan: "${printed.plan}"`);
    assert(printed.viewport, 'the map is not printed');
    assert(
      !printed.toolbar && !printed.list && !printed.zoom,
      `controls printed: ${JSON.stringify(printed)}`,
    );
  });

  await test('the map causes no CSP violation and no error', async () => {
    const violations = await violationsOf(page);
    const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
    assert(violations?.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });
  await context.close();
}

/** What the page shows of `#carousel`: its width, the slides in view and the "n / m" position. */
function carouselView(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#carousel')?.shadowRoot;
    const base = root?.querySelector("[part~='base']");
    const slides = [...(root?.querySelectorAll("[part~='slide']") ?? [])].filter(
      (slide) => slide.getClientRects().length > 0,
    );
    return {
      // Layout width: the host page's div is rotated 0.4deg, which would widen a bounding box.
      width: base?.offsetWidth ?? 0,
      slides: slides.length,
      rows: new Set(slides.map((slide) => slide.offsetTop)).size,
      names: slides.map((slide) => slide.querySelector("[part~='name']")?.textContent.trim()),
      position: root?.querySelector("[part~='position']")?.textContent.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Waits until the carousel shows `count` slides (it pages by what its CSS lays out). */
async function waitSlides(page, count) {
  await page
    .waitForFunction(
      (n) =>
        document.querySelector('#carousel')?.shadowRoot?.querySelectorAll("[part~='slide']")
          .length === n,
      count,
      { timeout: 2000, polling: 50 },
    )
    .catch(() => {});
}

/** "12 / 409" as [12, 409]. */
const positionOf = (text) => text?.split('/').map((n) => Number(n.replace(/\D/g, '')));

/** Employers of the sample fair, each a slide. */
const SAMPLE_EMPLOYERS = 1227;

async function checkCarousel(browser, origin, { test }) {
  // 800 px wide gives 3 slides per view whether the breakpoints (30em, 45em, 64em) are read at
  // 16px or at the element's own 14px text here: 720–1024 px or 630–896 px. At 960 px it would
  // be 3 or 4 depending on that, so 960 cannot tell a right answer from a wrong one.
  console.log('\nThe employer carousel on the hostile page, 800 px wide:');
  const desk = await browser.newContext({ viewport: { width: 886, height: 900 } });
  const wide = await open(desk, origin, '/hostile.html');
  const { page } = wide;
  const carousel = page.locator('#carousel');
  const slide = "[part~='slide']";
  let rendered = true;
  await waitRendered(page, '#carousel', `${slide}, [part~='error']`).catch(
    () => (rendered = false),
  );

  await test('renders the sample fair’s employers as slides with their names, under the strict CSP', async () => {
    assert(rendered, 'no slide and no error within 10 s');
    const info = await inspect(page, '#carousel');
    assert(info.error === null, `error shown: ${info.error}`);
    const { names } = await carouselView(page);
    assert(names.length > 0 && names.every(Boolean), `slide names: ${JSON.stringify(names)}`);
    assert(names[0] === WANTED.name, `first slide is "${names[0]}", expected "${WANTED.name}"`);
  });

  await test('its slide text is at least 12px and the names 14px on a page with html { font-size: 10px }', async () => {
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('#carousel').shadowRoot;
      const size = (el) => parseFloat(getComputedStyle(el).fontSize);
      const texts = [...root.querySelectorAll('*')].filter(
        (el) =>
          el.getClientRects().length > 0 &&
          [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
      );
      const smallest = texts
        .map((el) => ({ part: el.getAttribute('part') ?? el.localName, size: size(el) }))
        .sort((a, b) => a.size - b.size)[0];
      const name = root.querySelector("[part~='name']");
      return { smallest, name: name && size(name) };
    });
    assert(sizes.smallest, 'no text found');
    assert(
      sizes.smallest.size >= 12,
      `part "${sizes.smallest.part}" is ${sizes.smallest.size}px: sizes follow the host's 10px root`,
    );
    assert(sizes.name >= 14, `the employer names are ${sizes.name}px`);
  });

  await test('at 800 px wide it shows 3 slides side by side, and the position counts pages of 3', async () => {
    // The page's `* { all: unset }` beats `:host` rules: the query container is the base part,
    // so its `em` breakpoints are the element's own 14px text, not the page's inherited 9px.
    await waitSlides(page, 3);
    const view = await carouselView(page);
    const pages = Math.ceil(SAMPLE_EMPLOYERS / 3);
    assert(view.width > 780 && view.width < 820, `the carousel is ${view.width} px wide, not ~800`);
    assert(view.slides === 3, `${view.slides} slide(s) in view at ${view.width} px`);
    assert(view.rows === 1, `the 3 slides are laid out in ${view.rows} rows`);
    assert(
      positionOf(view.position)?.join() === `1,${pages}`,
      `position "${view.position}", expected "1 / ${pages.toLocaleString('en')}"`,
    );
  });

  await test('next and previous turn the page: "1 / m" becomes "2 / m" and back, with other slides', async () => {
    const before = await carouselView(page);
    await carousel.locator("[part~='next']").click();
    const after = await carouselView(page);
    await carousel.locator("[part~='previous']").click();
    const back = await carouselView(page);
    const [n1, m] = positionOf(before.position) ?? [];
    assert(n1 === 1 && m > 1, `position before: "${before.position}"`);
    assert(positionOf(after.position)?.join() === `2,${m}`, `after next: "${after.position}"`);
    assert(positionOf(back.position)?.join() === `1,${m}`, `after previous: "${back.position}"`);
    assert(
      after.names[0] && after.names[0] !== before.names[0],
      `next still shows "${after.names[0]}" first`,
    );
    assert(back.names.join() === before.names.join(), `previous shows ${back.names}`);
  });

  await test('choosing the booth on a slide selects that booth on the map and fires fair-booth-select', async () => {
    await page.waitForFunction(
      () => document.querySelector('#map')?.shadowRoot?.querySelector('[data-booth]'),
      null,
      { timeout: 10_000, polling: 100 },
    );
    await page.evaluate(() => {
      window.__boothSelects = [];
      document
        .querySelector('#map')
        .addEventListener('fair-booth-select', (e) => window.__boothSelects.push(e.detail));
    });
    // The last slide of page 2, so the booth is the slide's own, not merely the map's first.
    await carousel.locator("[part~='next']").click();
    const button = carousel.locator(`${slide} button[part~='booth']`).last();
    const booth = (await button.textContent()).replace(/^\s*展位\s*/, '').trim();
    assert(booth, 'the booth button has no number');
    await button.click();
    await page
      .waitForFunction((id) => document.querySelector('#map').selected === id, booth, {
        timeout: 3000,
        polling: 50,
      })
      .catch(() => {});
    const result = await page.evaluate(() => ({
      selected: document.querySelector('#map').selected,
      events: window.__boothSelects,
    }));
    assert(
      result.selected === booth,
      `map.selected is ${JSON.stringify(result.selected)}, not ${booth}`,
    );
    assert(
      result.events.some((detail) => detail.boothId === booth),
      `fair-booth-select details: ${JSON.stringify(result.events)}`,
    );
  });

  await test('printing still shows the carousel’s slides with their names', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const slides = [
        ...document.querySelector('#carousel').shadowRoot.querySelectorAll("[part~='slide']"),
      ];
      return slides.map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.querySelector("[part~='name']");
        return {
          shown: box.width > 0 && box.height > 0,
          name: name?.getClientRects().length ? name.textContent.trim() : '',
        };
      });
    });
    await page.emulateMedia({ media: 'screen' });
    assert(printed.length > 0, 'no slide in print');
    assert(
      printed.every((s) => s.shown && s.name),
      `slides in print: ${JSON.stringify(printed)}`,
    );
  });

  console.log('\nThe employer carousel on the hostile page, on a 360 px touch phone:');
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const narrow = await open(phone, origin, '/hostile.html');
  await waitRendered(narrow.page, '#carousel', `${slide}, [part~='error']`).catch(() => {});

  await test(`on a 360 px phone it shows 1 slide, and the position counts all ${SAMPLE_EMPLOYERS.toLocaleString('en')} employers`, async () => {
    // Give a wrong number of slides per view time to show up (it is measured a frame later).
    await narrow.page.waitForTimeout(100);
    await waitSlides(narrow.page, 1);
    const view = await carouselView(narrow.page);
    assert(view.slides === 1, `${view.slides} slides in view at ${view.width} px`);
    assert(
      positionOf(view.position)?.join() === `1,${SAMPLE_EMPLOYERS}`,
      `position "${view.position}"`,
    );
  });

  await test('its controls fit inside it at 360 px, and nothing in it overflows sideways', async () => {
    const fit = await narrow.page.evaluate(() => {
      const root = document.querySelector('#carousel').shadowRoot;
      const base = root.querySelector("[part~='base']");
      const box = base.getBoundingClientRect();
      const controls = [...root.querySelectorAll("[part~='controls'] > *")].map((el) => {
        const rect = el.getBoundingClientRect();
        return { part: el.getAttribute('part'), left: rect.left, right: rect.right };
      });
      const overflowing = [base, ...base.querySelectorAll('*')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        .map(
          (el) =>
            `${el.getAttribute('part') ?? el.localName} ${el.scrollWidth} > ${el.clientWidth}`,
        );
      return { left: box.left, right: box.right, page: innerWidth, controls, overflowing };
    });
    assert(fit.controls.length >= 3, `controls: ${JSON.stringify(fit.controls)}`);
    // 1 px for the host page's 0.4deg rotation.
    const outside = fit.controls.filter((c) => c.left < fit.left - 1 || c.right > fit.right + 1);
    assert(
      outside.length === 0,
      `outside the carousel (${fit.left.toFixed(1)}–${fit.right.toFixed(1)}): ${JSON.stringify(outside)}`,
    );
    assert(
      fit.right <= fit.page + 1,
      `the carousel ends at ${fit.right.toFixed(1)} px of ${fit.page}`,
    );
    assert(fit.overflowing.length === 0, `overflowing: ${fit.overflowing.join(', ')}`);
  });

  await test('the carousel pages cause no CSP or Trusted Types violation and no console error', async () => {
    await assertQuiet([
      ['800 px', wide],
      ['360 px', narrow],
    ]);
  });
  await desk.close();
  await phone.close();
}

/** What a reader sees of a placement badge: figure, label, whether it fits, what overflows. */
function badgeView(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const q = (p) => root?.querySelector(`[part~='${p}']`);
    const base = q('base');
    const box = base?.getBoundingClientRect();
    return {
      value: q('value')?.textContent.trim() ?? null,
      label: q('label')?.textContent.trim() ?? null,
      error: (q('error') ?? q('problem'))?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      left: box?.left,
      right: box?.right,
      page: innerWidth,
      overflowing: base
        ? [base, ...base.querySelectorAll('*')]
            // Text for screen readers only is clipped to 1 px on purpose.
            .filter((el) => !el.matches('.visually-hidden'))
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
            .map(
              (el) =>
                `${el.getAttribute('part') ?? el.localName} ${el.scrollWidth} > ${el.clientWidth}`,
            )
        : [],
      smallest: root
        ? Math.min(
            ...[...root.querySelectorAll('*')]
              .filter(
                (el) =>
                  el.getClientRects().length > 0 &&
                  [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
              )
              .map((el) => parseFloat(getComputedStyle(el).fontSize)),
          )
        : 0,
    };
  }, selector);
}

async function checkBadge(browser, origin, { test }) {
  console.log('\nThe placement badge on the hostile page, 886 px and 360 px wide:');
  const desk = await browser.newContext({ viewport: { width: 886, height: 900 } });
  const wide = await open(desk, origin, '/hostile.html');
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const narrow = await open(phone, origin, '/hostile.html');
  const shown = "[part~='value'], [part~='error'], [part~='problem']";
  for (const { page } of [wide, narrow]) {
    for (const id of ['#badge', '#badge-card']) await waitRendered(page, id, shown).catch(() => {});
  }

  await test('the badge and the card show the latest figure with its label, under the strict CSP', async () => {
    for (const id of ['#badge', '#badge-card']) {
      const view = await badgeView(wide.page, id);
      assert(view.error === null, `${id}: error shown: ${view.error}`);
      assert(/^\d+(\.\d)?%$/.test(view.value ?? ''), `${id}: figure "${view.value}"`);
      assert(view.label === '2027届去向落实率', `${id}: label "${view.label}"`);
    }
  });

  await test('its text is at least 12px on a page with html { font-size: 10px }', async () => {
    for (const id of ['#badge', '#badge-card']) {
      const { smallest } = await badgeView(wide.page, id);
      assert(smallest >= 12, `${id}: the smallest text is ${smallest}px`);
    }
  });

  await test('"about this figure" opens from the keyboard and shows the counts and the source', async () => {
    const summary = wide.page.locator("#badge-card [part~='summary']");
    await summary.focus();
    await wide.page.keyboard.press('Enter');
    const about = await wide.page.evaluate(() => {
      const root = document.querySelector('#badge-card').shadowRoot;
      const details = root.querySelector("[part~='details']");
      const source = root.querySelector("[part~='source'] a");
      return {
        open: root.querySelector("[part~='summary']").getAttribute('aria-expanded') === 'true',
        text: details.textContent.replace(/\s+/g, ' '),
        href: source?.href ?? null,
        visible: Boolean(source?.getClientRects().length),
      };
    });
    assert(about.open, 'Enter on the button did not open "about this figure"');
    assert(/已落实 [\d,]+ 人，毕业生共 [\d,]+ 人/.test(about.text), `details: ${about.text}`);
    assert(about.visible && about.href?.startsWith('https://'), `source link: ${about.href}`);
  });

  await test('toSVG() works under the strict CSP and gives an SVG of the figure', async () => {
    // The page's Trusted Types forbid DOMParser on a string: the browser loads it as an image instead.
    const result = await wide.page.evaluate(async () => {
      const el = document.querySelector('#badge');
      const svg = el.toSVG();
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg ?? '')}`;
      const loaded = await img.decode().then(
        () => img.naturalWidth > 0,
        () => false,
      );
      return {
        svg: svg?.slice(0, 5),
        parsed: loaded,
        value: el.shadowRoot.querySelector("[part~='value']").textContent.trim(),
        texts: [...(svg ?? '').matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]),
      };
    });
    assert(result.texts.includes(result.value), `SVG texts: ${result.texts}`);
  });

  await test('at 360 px the badge and the card fit the phone and nothing in them overflows', async () => {
    for (const id of ['#badge', '#badge-card']) {
      const view = await badgeView(narrow.page, id);
      assert(view.value, `${id}: no figure at 360 px`);
      // 1 px for the host page's 0.4deg rotation.
      assert(
        view.left >= -1 && view.right <= view.page + 1,
        `${id}: ${view.left}–${view.right} px of ${view.page}`,
      );
      assert(view.overflowing.length === 0, `${id}: overflowing: ${view.overflowing.join(', ')}`);
    }
  });

  await test('the badge pages cause no CSP or Trusted Types violation and no console error', async () => {
    await assertQuiet([
      ['886 px', wide],
      ['360 px', narrow],
    ]);
  });
  await desk.close();
  await phone.close();
}

/** What a reader sees of the activity timeline: its events, where its list and the page scrolled. */
function timelineView(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#timeline')?.shadowRoot;
    const list = root?.querySelector("[part~='list']");
    const base = root?.querySelector("[part~='base']");
    const box = base?.getBoundingClientRect();
    const current = root?.querySelector("[aria-current='true']");
    const listBox = list?.getBoundingClientRect();
    const currentBox = current?.getBoundingClientRect();
    return {
      events: root ? root.querySelectorAll("[part~='event']").length : 0,
      title: root?.querySelector("[part~='series-title']")?.textContent.trim() ?? null,
      error:
        (root?.querySelector("[part~='error'], [part~='problem']") ?? null)?.textContent ?? null,
      horizontal: list ? getComputedStyle(list).display === 'flex' : null,
      pageScroll: document.scrollingElement.scrollTop,
      currentInList:
        !!currentBox &&
        currentBox.top >= listBox.top - 1 &&
        currentBox.top < listBox.bottom &&
        currentBox.left >= listBox.left - 1 &&
        currentBox.left < listBox.right,
      left: box?.left,
      right: box?.right,
      page: innerWidth,
      overflowing: base
        ? [base, ...base.querySelectorAll('*')]
            .filter((el) => el !== list && !el.matches('.visually-hidden'))
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
            .map((el) => `${el.getAttribute('part') ?? el.className ?? el.localName}`)
        : [],
    };
  });
}

async function checkTimeline(browser, origin, { test }) {
  console.log('\nThe activity timeline on the hostile page, 886 px and 360 px wide:');
  const desk = await browser.newContext({ viewport: { width: 886, height: 900 } });
  const wide = await open(desk, origin, '/hostile.html');
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const narrow = await open(phone, origin, '/hostile.html');
  for (const { page } of [wide, narrow]) {
    await waitRendered(
      page,
      '#timeline',
      "[part~='event'], [part~='error'], [part~='problem']",
    ).catch(() => {});
  }

  await test('it shows the series with its events under the strict CSP, and the page did not scroll', async () => {
    const view = await timelineView(wide.page);
    assert(view.error === null, `error shown: ${view.error}`);
    assert(view.events >= 6, `${view.events} events`);
    assert(view.title?.includes('职'), `series title "${view.title}"`);
    assert(view.pageScroll === 0, `the page scrolled to ${view.pageScroll}`);
    assert(view.currentInList, 'the current event is not inside the list box');
  });

  await test('it is a horizontal strip at 886 px and a vertical list on a 360 px phone', async () => {
    assert((await timelineView(wide.page)).horizontal === true, 'not horizontal at 886 px');
    const view = await timelineView(narrow.page);
    assert(view.horizontal === false, 'not vertical at 360 px');
    assert(view.currentInList, 'the current event is not inside the list box at 360 px');
  });

  await test('at 360 px it fits the phone and nothing in it overflows sideways', async () => {
    const view = await timelineView(narrow.page);
    assert(
      view.left >= -1 && view.right <= view.page + 1,
      `${view.left}–${view.right} of ${view.page}`,
    );
    assert(view.overflowing.length === 0, `overflowing: ${view.overflowing.join(', ')}`);
  });

  await test('the timeline pages cause no CSP or Trusted Types violation and no console error', async () => {
    await assertQuiet([
      ['886 px', wide],
      ['360 px', narrow],
    ]);
  });
  await desk.close();
  await phone.close();
}

async function checkIife(context, origin, { test }) {
  console.log('\nClassic-script (IIFE) build on the hostile page:');
  const { page, log } = await open(context, origin, '/hostile.html?script=iife');
  await test('the classic-script build renders the fair title and a countdown', async () => {
    await waitRendered(page, '#static');
    assertRenders(await inspect(page, '#static'), TEST_FAIR_TITLE, '#static');
    await waitRendered(page, '#before');
    assertRenders(await inspect(page, '#before'), TEST_FAIR_TITLE, '#before');
  });
  await test('the classic-script build causes no CSP violation and no error', async () => {
    const violations = await violationsOf(page);
    const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
    assert(violations?.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });
  await page.close();
}

async function checkDouble(context, origin, { test }) {
  for (const [script, label] of [
    ['double', 'two copies of the ES module build'],
    ['double-iife', 'two copies of the classic-script build'],
  ]) {
    console.log(
      `\n${label[0].toUpperCase()}${label.slice(1)} on one page (CSP allows duplicate "lit-html" policies):`,
    );
    const { page, log } = await open(context, origin, `/hostile.html?script=${script}&tt=dup`);
    await page.waitForTimeout(300);
    await test(`${label}: nothing throws, one warning per tag, elements render`, async () => {
      await waitRendered(page, '#static');
      assertRenders(await inspect(page, '#static'), TEST_FAIR_TITLE, '#static');
      const probeErrors = await probeErrorsOf(page);
      assert(log.pageErrors.length === 0, `uncaught: ${log.pageErrors.join(' | ')}`);
      assert(probeErrors?.length === 0, `errors: ${probeErrors}`);
      // One warning per tag the second copy skipped (today only fair-countdown ships).
      const tags = await page.evaluate(() =>
        [
          'fair-countdown',
          'fair-booth-map',
          'fair-employer-carousel',
          'fair-placement-badge',
          'fair-activity-timeline',
        ].filter((tag) => customElements.get(tag)),
      );
      const warnings = log.console.filter((m) => m.type === 'warning' && /fairkit/i.test(m.text));
      assert(
        warnings.length === tags.length,
        `expected ${tags.length} fairkit warning(s) (${tags}), got ${warnings.length}: ${warnings.map((w) => w.text).join(' | ')}`,
      );
    });
    await page.close();
  }

  console.log('\nTwo copies under "trusted-types lit-html" without \'allow-duplicates\':');
  const { page, log } = await open(context, origin, '/hostile.html?script=double');
  await test('the first copy keeps working when the second cannot create its Lit policy', async () => {
    await waitRendered(page, '#static');
    assertRenders(await inspect(page, '#static'), TEST_FAIR_TITLE, '#static');
  });
  if (log.pageErrors.length)
    console.log(`        (the second copy fails as expected: ${log.pageErrors[0]})`);
  await page.close();
}

async function checkTrustedTypesNone(context, origin, { test }) {
  console.log('\nUnder "trusted-types \'none\'" (no policy may be created, so Lit cannot start):');
  const { page, log } = await open(context, origin, '/hostile.html?tt=none');
  await page.waitForTimeout(500);
  await test('the light-DOM fallback text stays visible when the script cannot run', async () => {
    const info = await page.evaluate(() => {
      const el = document.querySelector('#static');
      const p = el.querySelector('.fallback');
      const box = p?.getBoundingClientRect();
      return {
        text: p?.textContent ?? '',
        visible: Boolean(box && box.width > 0 && box.height > 0),
      };
    });
    assert(info.text.includes(TEST_FAIR_TITLE), 'fallback text missing');
    assert(info.visible, 'fallback text is not visible');
  });
  await test("the carousel's light-DOM fallback stays visible too", async () => {
    const info = await page.evaluate(() => {
      const p = document.querySelector('#carousel .fallback');
      const box = p?.getBoundingClientRect();
      return {
        text: p?.textContent ?? '',
        visible: Boolean(box && box.width > 0 && box.height > 0),
      };
    });
    assert(info.text.includes('参展单位'), 'fallback text missing');
    assert(info.visible, 'fallback text is not visible');
  });
  await test('control: probe.js does report a Trusted Types violation when one happens', async () => {
    const violations = await violationsOf(page);
    assert(
      violations?.some((v) => /trusted-types/.test(v.directive)),
      `violations: ${JSON.stringify(violations)}`,
    );
  });
  const reason = log.pageErrors[0] ?? log.console.find((m) => m.type === 'error')?.text;
  if (reason) console.log(`        (as expected: ${reason})`);
  await page.close();
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(`${root}dist/cdn/fairkit.js`) || !existsSync(`${root}dist/cdn/fairkit.iife.js`)) {
    console.log('dist/cdn/ is missing: running npm run build …');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.log('The build failed.\nEmbedding: 0 passed, 1 failed');
      process.exit(1);
    }
  }

  const harness = createHarness();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await checkStrictPage(context, server.origin, server.state, harness);
    await checkBoothMap(browser, server.origin, harness);
    await checkCarousel(browser, server.origin, harness);
    await checkBadge(browser, server.origin, harness);
    await checkTimeline(browser, server.origin, harness);
    await checkIife(await browser.newContext(), server.origin, harness);
    await checkDouble(await browser.newContext(), server.origin, harness);
    await checkTrustedTypesNone(await browser.newContext(), server.origin, harness);
    await runFaults({ browser, server, harness, open, inspect, assert });
    await runCrossOrigin({ browser, harness, open, assert });
    await runDemo({ browser, harness, open, assert });
    await runOldBrowsers({ browser, harness, open, assert });
    await runThemed({ browser, harness, open, assert });
  } catch (error) {
    harness.results.failed++;
    console.log(`  FAIL  the run itself: ${error?.stack ?? error}`);
  } finally {
    await browser.close();
    await server.close();
  }

  const { passed, failed, skipped } = harness.results;
  if (skipped.length) console.log(`\n${skipped.length} skipped: ${skipped.join('; ')}`);
  console.log(`\nEmbedding: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
