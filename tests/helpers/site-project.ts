/**
 * A folder like a site's project after `npm install fairkit` (the repository linked in as
 * node_modules/fairkit, its bin in node_modules/.bin), and the environment of a terminal in it, for
 * tests that run the docs' `npx fairkit …` commands as a webmaster would (docs/cli.md,
 * docs/feed-guide.md).
 */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A new project folder named `fairkit-<name>-…` in the system's temporary folder. */
export function siteProject(name: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `fairkit-${name}-`)));
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/fairkit'), 'dir');
  symlinkSync('../fairkit/bin/fairkit.js', join(dir, 'node_modules/.bin/fairkit'));
  return dir;
}

/**
 * A terminal's environment in `dir`: none of the npm_* variables `npm test` passes to its scripts,
 * English messages (as the docs show), the project's bin first on PATH, and npx never fetching
 * another `fairkit` from the registry should it ever not find the local one.
 */
export function terminalEnv(dir: string): NodeJS.ProcessEnv {
  const terminal = Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name));
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(terminal),
    PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    LANG: 'en_US.UTF-8',
    LC_ALL: '',
    LC_MESSAGES: '',
    npm_config_yes: 'false',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
  };
  delete env.FAIRKIT_CLI_DIST;
  return env;
}
