// The one place that says how scripted runs start Chromium (tests, Storybook check, embedding
// check, benchmarks). Debian's build by default; CHROME_PATH points at another. As root it needs
// --no-sandbox; the background-networking flags keep it from calling out of this offline machine.
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
