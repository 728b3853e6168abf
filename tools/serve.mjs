#!/usr/bin/env node
// A small static file server for the built site, bound to 127.0.0.1 only.
//   node tools/serve.mjs [--root build/web/site] [--port 8080] [--quiet]
// Serves .wasm as application/wasm, sends no-cache headers (so a rebuilt site is picked up),
// and the Content-Security-Policy the site is designed for. Used by `tools/serve.sh` and by
// the browser tests (which pass --port 0 and read the chosen port from the first line).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const root = path.resolve(arg('--root', 'build/web/site'));
const port = Number(arg('--port', '8080'));
const quiet = args.includes('--quiet');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "form-action 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; build the web app first (tools/build.sh web)`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, path.normalize(urlPath));
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
      if (!quiet) console.log(`404 ${req.method} ${urlPath}`);
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(data);
    if (!quiet) console.log(`200 ${req.method} ${urlPath}`);
  });
});

server.listen(port, '127.0.0.1', () => {
  const actual = server.address().port;
  console.log(`Newsmark is served at http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
});
