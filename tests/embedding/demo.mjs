// The demo portal (`npm start`) as a visitor sees it: the zh-CN and the English page, from a 360 px
// phone to a 1,920 px desktop, in the light and the dark scheme. At each: every fairkit element on
// the page rendered its feed (no error, no empty shadow root), nothing makes the page scroll
// sideways, no text in an element is smaller than 12 px, and the page logs no error. Against the
// built CDN file, served by scripts/serve-demo.mjs's own server; called by run.mjs.

import { createDemoServer } from '../../scripts/serve-demo.mjs';

const WIDTHS = [360, 768, 1280, 1920];
const SCHEMES = ['light', 'dark'];
const PAGES = [
  ['/', 'zh-CN'],
  ['/en.html', 'English'],
];

export async function runDemo({ browser, harness, open, assert }) {
  const { test } = harness;
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  console.log('\nThe demo portal, 360 to 1,920 px, light and dark:');
  try {
    for (const [path, label] of PAGES) {
      for (const scheme of SCHEMES) {
        await test(`the ${label} page renders every element, fits and stays legible at ${WIDTHS.join(', ')} px, ${scheme}`, async () => {
          const context = await browser.newContext({ colorScheme: scheme });
          const problems = [];
          try {
            for (const width of WIDTHS) {
              const { page, log } = await open(context, origin, path);
              await page.setViewportSize({ width, height: 900 });
              await page
                .waitForFunction(
                  () =>
                    [...document.querySelectorAll('*')]
                      .filter((el) => el.localName.startsWith('fair-'))
                      .every((el) => el.getAttribute('data-state') === 'ready'),
                  null,
                  { timeout: 15_000, polling: 100 },
                )
                .catch(() => {});
              const found = await page.evaluate(() => {
                const hosts = [...document.querySelectorAll('*')].filter((el) =>
                  el.localName.startsWith('fair-'),
                );
                const small = [];
                for (const host of hosts) {
                  const walker = document.createTreeWalker(
                    host.shadowRoot ?? host,
                    NodeFilter.SHOW_TEXT,
                  );
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!node.data.trim() || !parent || !parent.getClientRects().length) continue;
                    // Labels drawn on the floor plan scale with its zoom, like the plan itself.
                    if (parent.closest('svg')) continue;
                    const size = parseFloat(getComputedStyle(parent).fontSize);
                    if (size < 12)
                      small.push(`${host.localName}: "${node.data.trim().slice(0, 20)}" ${size}px`);
                  }
                }
                return {
                  hosts: hosts.length,
                  notReady: hosts
                    .filter(
                      (h) =>
                        h.getAttribute('data-state') !== 'ready' ||
                        !h.shadowRoot?.childElementCount,
                    )
                    .map(
                      (h) =>
                        `${h.localName}${h.id ? `#${h.id}` : ''} ${h.getAttribute('data-state')}`,
                    ),
                  errors: hosts
                    .filter((h) => h.shadowRoot?.querySelector("[part~='error']"))
                    .map((h) => h.localName),
                  overflow: document.documentElement.scrollWidth - window.innerWidth,
                  small: small.slice(0, 3),
                };
              });
              await page.close();
              const at = `${width} px`;
              if (found.hosts < 5) problems.push(`${at}: ${found.hosts} fairkit elements`);
              if (found.notReady.length)
                problems.push(`${at}: not ready: ${found.notReady.join(', ')}`);
              if (found.errors.length) problems.push(`${at}: errors in ${found.errors.join(', ')}`);
              if (found.overflow > 0)
                problems.push(`${at}: the page scrolls sideways by ${found.overflow} px`);
              if (found.small.length)
                problems.push(`${at}: text under 12px: ${found.small.join('; ')}`);
              if (log.pageErrors.length)
                problems.push(`${at}: uncaught ${log.pageErrors.join('; ')}`);
              const errors = log.console.filter((m) => m.type === 'error' || m.type === 'http');
              if (errors.length)
                problems.push(`${at}: console ${errors.map((m) => m.text).join('; ')}`);
            }
          } finally {
            await context.close();
          }
          assert(problems.length === 0, problems.join('\n        '));
        });
      }
    }
    await test('in forced colours (Windows high contrast) the pressed hall and the chosen booth keep an outline', async () => {
      const context = await browser.newContext({ forcedColors: 'active' });
      try {
        const { page } = await open(context, origin, '/');
        await page.waitForFunction(
          () => document.querySelector('fair-booth-map')?.getAttribute('data-state') === 'ready',
          null,
          { timeout: 15_000 },
        );
        const map = page.locator('fair-booth-map');
        await map.locator("[part~='item']").first().click();
        const outlines = await page.evaluate(() => {
          const root = document.querySelector('fair-booth-map').shadowRoot;
          const outline = (el) =>
            el && `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`;
          return {
            hall: outline(root.querySelector("[part~='hall'][aria-pressed='true']")),
            item: outline(root.querySelector("[part~='item'][aria-current='true']")),
          };
        });
        assert(outlines.hall === 'solid 2px', `pressed hall: ${outlines.hall}`);
        assert(outlines.item === 'solid 2px', `chosen booth: ${outlines.item}`);
      } finally {
        await context.close();
      }
    });
  } finally {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
}
