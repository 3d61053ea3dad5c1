#!/usr/bin/env node
// The `fairkit` command. The published package runs the built dist/cli/main.js. In a clone of the
// repository (src/ is there, and so is the devDependency tsx) it runs the TypeScript sources, so the
// command never lags behind them and needs no build; FAIRKIT_CLI_DIST=1 runs the build instead.
import { existsSync } from 'node:fs';

// `fairkit sample | head`: a reader that stops early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const source = new URL('../src/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source) && !process.env.FAIRKIT_CLI_DIST) {
  const { tsImport } = await import('tsx/esm/api');
  cli = await tsImport(source.href, import.meta.url);
} else {
  cli = await import('../dist/cli/main.js');
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processContext());
