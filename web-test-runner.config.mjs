// @web/test-runner: element and core tests in Debian's Chromium (see TOOLCHAIN.md for the why of each setting).
// Every file runs once in the machine's zone (the default group); tests/elements/*.tz.test.ts run
// again in each zone of `zones` (run one with `web-test-runner --group tz-europe-london`).
import { existsSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { summaryReporter } from './tests/reporter.mjs';

// --expose-gc: the soak test measures the heap after a full collection.
const args = [...chromiumArgs, '--js-flags=--expose-gc'];

/** A Chromium whose pages run in `timezoneId` (or the machine's zone). */
export function chromium(timezoneId) {
  return chromeLauncher({
    launchOptions: { executablePath, args },
    async createPage({ browser }) {
      const page = await browser.newPage();
      if (timezoneId) await page.emulateTimezone(timezoneId);
      return page;
    },
  });
}

/** Zones the time-zone-sensitive tests run in, besides the machine's own. */
export const zones = ['America/Los_Angeles', 'Europe/London', 'Asia/Shanghai'];

// A group whose pattern matches no file stops the whole run, so the zone groups exist only once
// there is a time-zone test.
const elementTests = new URL('./tests/elements/', import.meta.url);
const hasTzTests =
  existsSync(elementTests) && readdirSync(elementTests).some((f) => f.endsWith('.tz.test.ts'));

/**
 * React 19 and Vue 3 as the framework tests load them: `/__frameworks/react.js` and `vue.js`, each
 * bundled once by esbuild into one ES module (React ships CommonJS only; Vue's ESM build reads
 * `process.env`), production builds as a portal would ship.
 */
const FRAMEWORKS = {
  react:
    "export * as React from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
  vue: "export { createApp, h, ref, nextTick } from 'vue';",
};
function frameworkBundles() {
  const bundles = new Map();
  return {
    name: 'framework-bundles',
    async serve({ path }) {
      const name = /^\/__frameworks\/(\w+)\.js$/.exec(path)?.[1];
      if (!name || !Object.hasOwn(FRAMEWORKS, name)) return undefined;
      if (!bundles.has(name)) {
        const built = build({
          stdin: { contents: FRAMEWORKS[name], resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          write: false,
          logLevel: 'silent',
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
        }).then((result) => result.outputFiles[0].text);
        bundles.set(name, built);
      }
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

export default {
  files: ['tests/core/**/*.test.ts', 'tests/elements/**/*.test.ts'],
  groups: hasTzTests
    ? zones.map((zone) => ({
        name: `tz-${zone.toLowerCase().replace(/[^a-z]+/g, '-')}`,
        files: ['tests/elements/*.tz.test.ts'],
        browsers: [chromium(zone)],
      }))
    : [],
  nodeResolve: true,
  concurrency: 1,
  browsers: [chromium()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    frameworkBundles(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 5000 } },
};
