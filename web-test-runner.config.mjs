// @web/test-runner: element and core tests in Debian's Chromium (see TOOLCHAIN.md for the why of each setting).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

export default {
  files: ['tests/core/**/*.test.ts', 'tests/elements/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [chromium()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 5000 } },
};
