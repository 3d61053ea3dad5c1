// Feed faults over a real network, against the built CDN file: each failing feed must show a
// `part="error"` message (never a blank box), keep the page's fallback text, and mark the host
// `data-state="error"`; a feed that loaded once and then fails shows the saved copy, marked stale.
// Called by run.mjs, which owns the server, the browser and the summary line.

const CASES = [
  ['500', 'an HTTP 500'],
  ['404', 'an HTTP 404'],
  ['html', 'an HTML page served with status 200'],
  ['truncated', 'truncated JSON'],
  ['not-v1', 'a JSON document that is not a version 1 feed'],
];

export async function runFaults({ browser, server, harness, open, inspect, assert }) {
  const { test } = harness;
  const origin = server.origin;

  console.log('\nFeed faults over a real network (ES module build, strict CSP):');
  // First find out whether the CDN build lets a page shorten the loader's timeout.
  const probeContext = await browser.newContext();
  const probe = await open(probeContext, origin, '/faults.html');
  await probe.page.waitForFunction(() => window.__fairkitFaults, null, { timeout: 10_000 });
  const configurable = await probe.page.evaluate(() => window.__fairkitFaults.configurable);
  await probeContext.close();

  const names = CASES.map(([name]) => name);
  if (configurable) names.push('hang');
  const context = await browser.newContext();
  const { page } = await open(context, origin, `/faults.html?cases=${names.join(',')}`);

  const cases = configurable
    ? [...CASES, ['hang', 'a server that never answers (timeout shortened to 0.5 s)']]
    : CASES;
  for (const [name, label] of cases) {
    await test(`${label} shows an error message, keeps the fallback text and sets data-state="error"`, async () => {
      const selector = `#case-${name}`;
      await page
        .waitForFunction(
          (sel) => document.querySelector(sel)?.shadowRoot?.querySelector("[part~='error']"),
          selector,
          { timeout: 15_000, polling: 100 },
        )
        .catch(async () => {
          const info = await inspect(page, selector);
          throw new Error(`no part="error" within 15 s; shadow text: "${info.text.slice(0, 160)}"`);
        });
      const info = await inspect(page, selector);
      assert(info.error && info.error.length >= 10, `error message too short: "${info.error}"`);
      assert(info.state === 'error', `data-state is ${JSON.stringify(info.state)}`);
      const fallbackVisible = await page.evaluate((sel) => {
        const p = document.querySelector(sel)?.querySelector('p');
        const slot = document.querySelector(sel)?.shadowRoot?.querySelector('slot');
        const box = p?.getBoundingClientRect();
        return Boolean(p && slot && box && box.height > 0);
      }, selector);
      assert(fallbackVisible, 'the light-DOM fallback is not shown next to the error');
    });
  }
  if (!configurable) {
    await test('the CDN build exports feedLoaderConfig, so a hanging server can be tested', async () => {
      assert(false, 'feedLoaderConfig is missing from the CDN module: the timeout case cannot run');
    });
  }
  await context.close();

  console.log('\nA saved copy when the feed fails later:');
  const staleContext = await browser.newContext();
  server.state.flaky = 'ok';
  const first = await open(staleContext, origin, '/faults.html?cases=flaky');
  await test('a feed that loaded once and then answers 500 shows the saved copy, marked stale', async () => {
    await first.page.waitForFunction(
      () => document.querySelector('#case-flaky')?.shadowRoot?.querySelector("[part~='countdown']"),
      null,
      { timeout: 10_000 },
    );
    server.state.flaky = 'fail';
    await first.page.reload({ waitUntil: 'load' });
    await first.page
      .waitForFunction(
        () => document.querySelector('#case-flaky')?.shadowRoot?.querySelector("[part~='stale']"),
        null,
        { timeout: 15_000, polling: 100 },
      )
      .catch(async () => {
        const info = await inspect(first.page, '#case-flaky');
        throw new Error(`no part="stale" within 15 s; shadow text: "${info.text.slice(0, 160)}"`);
      });
    const info = await inspect(first.page, '#case-flaky');
    assert(info.title && info.title.length > 0, 'the saved copy shows no title');
    assert(info.values.length >= 3, 'the saved copy shows no countdown');
    assert(info.stale && info.stale.length >= 5, `stale note too short: "${info.stale}"`);
    assert(info.error === null, `an error is shown instead of the saved copy: ${info.error}`);
  });
  await staleContext.close();
}
