#!/usr/bin/env node
// `npm start`: serves the demo portal on http://127.0.0.1:8000 (PORT overrides), building the CDN
// file first when it is missing or older than any source file. node:http only, no dependencies.
//
//   /                 demo/index.html      /en.html, /demo.css   demo/…
//   /fairkit.js       dist/cdn/fairkit.js  /fairkit.iife.js (+ .map files)
//   /feed.json        tests/fixtures/spring-fair.json, or the file FEED names (a path from the
//                     current folder): `FEED=my-fair/feed.json npm start` previews your own feed,
//                     best at /preview.html, whose elements name no fair or series

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnFile = join(root, 'dist/cdn/fairkit.js');

/** Newest modification time of any file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuilt() {
  const stale = !existsSync(cdnFile) || statSync(cdnFile).mtimeMs < newest(join(root, 'src'));
  if (!stale) return;
  console.log('dist/cdn/fairkit.js is missing or older than src/: running npm run build …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(cdnFile)) {
    console.error('The build failed, so there is nothing to serve.');
    process.exit(1);
  }
}

const routes = {
  '/': 'demo/index.html',
  '/index.html': 'demo/index.html',
  '/en.html': 'demo/en.html',
  '/preview.html': 'demo/preview.html',
  '/themed.html': 'demo/themed.html',
  '/demo.css': 'demo/demo.css',
  '/themed.css': 'demo/themed.css',
  '/fairkit.js': 'dist/cdn/fairkit.js',
  '/fairkit.js.map': 'dist/cdn/fairkit.js.map',
  '/fairkit.iife.js': 'dist/cdn/fairkit.iife.js',
  '/fairkit.iife.js.map': 'dist/cdn/fairkit.iife.js.map',
  '/feed.json': process.env.FEED
    ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.FEED)
    : 'tests/fixtures/spring-fair.json',
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export function createDemoServer() {
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = routes[path];
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(file ? 'Method not allowed\n' : 'Not found\n');
      return;
    }
    try {
      const body = await readFile(resolve(root, file));
      // no-cache: after a rebuild a reload shows the new file.
      res.writeHead(200, { 'content-type': types[extname(file)], 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Not found: ${file}\n`);
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureBuilt();
  const port = Number(process.env.PORT ?? 8000);
  const server = createDemoServer();
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8001 npm start` : error,
    );
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address();
    console.log(
      process.env.FEED
        ? `fairkit preview of ${routes['/feed.json']}: http://127.0.0.1:${actual}/preview.html`
        : `fairkit demo: http://127.0.0.1:${actual}/  (English: http://127.0.0.1:${actual}/en.html)`,
    );
  });
}
