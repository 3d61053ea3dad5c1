// The themed example (demo/themed.html + themed.css, docs/theming.md): a portal that restyles all
// five elements through custom properties and ::part() only. Read through the shadow roots, the
// computed styles prove each layer reaches inside: the global tokens, one element's own token
// (and no other element), a ::part() rule, the font token, the dark values; and the page still
// renders, fits 360 px and 1280 px and logs no error. Against the built CDN file; called by run.mjs.

import { createDemoServer } from '../../scripts/serve-demo.mjs';

/** themed.css's values, as getComputedStyle writes them. */
const LIGHT = {
  accent: 'rgb(11, 93, 59)',
  timelineAccent: 'rgb(122, 90, 0)',
  surface: 'rgb(255, 255, 255)',
  gold: 'rgb(201, 162, 39)',
};
const DARK = {
  accent: 'rgb(143, 212, 168)',
  timelineAccent: 'rgb(230, 195, 92)',
  surface: 'rgb(17, 28, 22)',
  gold: 'rgb(230, 195, 92)',
};
const TAGS = [
  'fair-countdown',
  'fair-booth-map',
  'fair-employer-carousel',
  'fair-placement-badge',
  'fair-activity-timeline',
];

/** The computed styles the tests compare, read inside each element's shadow root. */
function look(page) {
  return page.evaluate((tags) => {
    const root = (tag) => document.querySelector(tag)?.shadowRoot;
    const style = (tag, selector) => {
      const el = root(tag)?.querySelector(selector);
      return el ? getComputedStyle(el) : null;
    };
    const hosts = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('fair-'),
    );
    return {
      states: hosts.map((h) => `${h.localName}=${h.getAttribute('data-state')}`),
      missing: tags.filter((tag) => !root(tag)?.childElementCount),
      errors: hosts
        .filter((h) => h.shadowRoot?.querySelector("[part~='error']"))
        .map((h) => h.localName),
      countdownValue: style('fair-countdown', "[part~='value']")?.color,
      countdownBorderTop: style('fair-countdown', "[part~='base']")?.borderTopColor,
      countdownBackground: style('fair-countdown', "[part~='base']")?.backgroundColor,
      countdownTitleFont: style('fair-countdown', "[part~='title']")?.fontFamily,
      carouselBooth: style('fair-employer-carousel', "button[part~='booth']")?.color,
      carouselBoothBorder: style('fair-employer-carousel', "button[part~='booth']")?.borderTopColor,
      mapBoothNumber: style('fair-booth-map', "[part~='item'] .booth")?.color,
      badgeRing: style('fair-placement-badge', "[part~='ring-fill']")?.stroke,
      timelineProgress: style('fair-activity-timeline', "[part~='progress']")?.color,
      timelineSeriesFont: style('fair-activity-timeline', "[part~='series-title']")?.fontFamily,
      fonts: tags.map((tag) => [tag, style(tag, "[part~='base']")?.fontFamily]),
      radii: [
        ['fair-countdown base', style('fair-countdown', "[part~='base']")?.borderTopLeftRadius],
        ['fair-booth-map map', style('fair-booth-map', "[part~='map']")?.borderTopLeftRadius],
        [
          'fair-employer-carousel slide',
          style('fair-employer-carousel', "[part~='slide']")?.borderTopLeftRadius,
        ],
        [
          'fair-placement-badge base',
          style('fair-placement-badge', "[part~='base']")?.borderTopLeftRadius,
        ],
      ],
      overflow: document.documentElement.scrollWidth - innerWidth,
      outside: hosts
        .filter((h) => {
          const box = h.getBoundingClientRect();
          return box.left < -1 || box.right > innerWidth + 1;
        })
        .map((h) => h.localName),
    };
  }, TAGS);
}

export async function runThemed({ browser, harness, open, assert }) {
  const { test } = harness;
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const contexts = [];
  const logs = [];

  /** Opens /themed.html at `width` in `scheme` and reads it once every element is ready. */
  async function view(width, scheme) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    contexts.push(context);
    const { page, log } = await open(context, origin, '/themed.html');
    logs.push([`${width} px ${scheme}`, log]);
    await page
      .waitForFunction(
        (count) => {
          const hosts = [...document.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('fair-'),
          );
          return (
            hosts.length >= count && hosts.every((el) => el.getAttribute('data-state') === 'ready')
          );
        },
        TAGS.length,
        { timeout: 15_000, polling: 100 },
      )
      .catch(() => {});
    return look(page);
  }

  console.log('\nThe themed example (demo/themed.html), custom properties and ::part() only:');
  try {
    const light = await view(1280, 'light');
    const dark = await view(1280, 'dark');
    const phone = await view(360, 'light');

    await test('every element on the themed page is ready, with no error, in light and dark', async () => {
      for (const [label, seen] of [
        ['light', light],
        ['dark', dark],
      ]) {
        assert(seen.missing.length === 0, `${label}: empty or missing: ${seen.missing.join(', ')}`);
        assert(
          seen.states.length >= TAGS.length && seen.states.every((s) => s.endsWith('=ready')),
          `${label}: ${seen.states.join(', ')}`,
        );
        assert(seen.errors.length === 0, `${label}: errors shown in ${seen.errors.join(', ')}`);
      }
    });

    await test("the page's --fair-accent colours the countdown's digits and the carousel's booth buttons", async () => {
      assert(
        light.countdownValue === LIGHT.accent,
        `countdown value part: ${light.countdownValue}, expected ${LIGHT.accent}`,
      );
      assert(
        light.carouselBooth === LIGHT.accent && light.carouselBoothBorder === LIGHT.accent,
        `carousel booth button: ${light.carouselBooth} on ${light.carouselBoothBorder}`,
      );
      assert(
        light.mapBoothNumber === LIGHT.accent,
        `booth map's booth numbers: ${light.mapBoothNumber}`,
      );
      assert(light.badgeRing === LIGHT.accent, `placement ring: ${light.badgeRing}`);
    });

    await test('--fair-activity-timeline-accent changes the timeline and no other element', async () => {
      assert(
        light.timelineProgress === LIGHT.timelineAccent,
        `timeline progress: ${light.timelineProgress}, expected ${LIGHT.timelineAccent}`,
      );
      for (const [what, colour] of [
        ['countdown value', light.countdownValue],
        ['carousel booth button', light.carouselBooth],
        ['booth map number', light.mapBoothNumber],
        ['placement ring', light.badgeRing],
      ]) {
        assert(colour === LIGHT.accent, `${what} took the timeline's token: ${colour}`);
      }
    });

    await test('--fair-radius: 0px squares the corners of every element', async () => {
      const round = light.radii.filter(([, radius]) => radius !== '0px');
      assert(round.length === 0, `rounded: ${round.map((r) => r.join(' ')).join(', ')}`);
    });

    await test("a ::part() rule on the page reaches inside: the countdown's gold top border", async () => {
      assert(
        light.countdownBorderTop === LIGHT.gold,
        `countdown base border-top: ${light.countdownBorderTop}, expected ${LIGHT.gold}`,
      );
    });

    await test('::part() gives the titles the serif heading stack', async () => {
      for (const [what, font] of [
        ['countdown title', light.countdownTitleFont],
        ['timeline series title', light.timelineSeriesFont],
      ]) {
        assert(/^"?Noto Serif SC"?,/.test(font ?? ''), `${what}: ${font}`);
      }
    });

    await test('--fair-font sets the font stack of every element', async () => {
      const other = light.fonts.filter(([, font]) => !/^"?Noto Sans SC"?,/.test(font ?? ''));
      assert(other.length === 0, other.map((f) => f.join(': ')).join('; '));
    });

    await test("in the dark scheme the page's dark tokens apply inside every layer", async () => {
      assert(dark.countdownValue === DARK.accent, `countdown value: ${dark.countdownValue}`);
      assert(dark.countdownBackground === DARK.surface, `countdown: ${dark.countdownBackground}`);
      assert(dark.carouselBooth === DARK.accent, `carousel booth button: ${dark.carouselBooth}`);
      assert(
        dark.timelineProgress === DARK.timelineAccent,
        `timeline progress: ${dark.timelineProgress}`,
      );
      assert(
        dark.countdownBorderTop === DARK.gold,
        `countdown border-top: ${dark.countdownBorderTop}`,
      );
    });

    await test('nothing makes the themed page scroll sideways at 360 px and 1280 px', async () => {
      for (const [label, seen] of [
        ['1280 px', light],
        ['360 px', phone],
      ]) {
        assert(seen.overflow <= 0, `${label}: the page scrolls sideways by ${seen.overflow} px`);
        assert(seen.outside.length === 0, `${label}: sticking out: ${seen.outside.join(', ')}`);
      }
    });

    await test('the themed page logs no error and no failed request', async () => {
      const problems = logs.flatMap(([label, log]) => [
        ...log.pageErrors.map((e) => `${label}: uncaught ${e}`),
        ...log.console
          .filter((m) => m.type === 'error' || m.type === 'http')
          .map((m) => `${label}: ${m.text}`),
      ]);
      assert(problems.length === 0, problems.join('\n        '));
    });
  } finally {
    for (const context of contexts) await context.close();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
}
