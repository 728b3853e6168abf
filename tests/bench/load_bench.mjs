#!/usr/bin/env node
// The site's files and sizes, and how long the app takes to start in headless Chromium on
// localhost: a first visit (nothing cached), a repeat visit (served by the service worker),
// and a repeat visit offline. "Ready" is the app's first frame ("newsmark: ready").
//   node tests/bench/load_bench.mjs [--runs N]      (tools/bench.sh runs it)
import fs from 'node:fs';
import path from 'node:path';
import {startServer, launchBrowser, siteDir} from '../browser/harness.mjs';
import {figure} from './figures.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

function listSite(dir, prefix = '') {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...listSite(p, prefix + name + '/'));
    else out.push([prefix + name, fs.statSync(p).size]);
  }
  return out;
}

const files = listSite(siteDir);
const total = files.reduce((a, [, n]) => a + n, 0);
console.log(`The site (${files.length} files, ${(total / 1048576).toFixed(2)} MB):`);
for (const [name, size] of files) console.log(`  ${name.padEnd(34)} ${size.toLocaleString('en').padStart(11)} bytes`);
figure('site.total', total / 1048576, 'MB');
figure('site.files', files.length, 'files');
for (const [name, size] of files) {
  if (/\.(wasm|js)$/.test(name)) figure(`site.file.${name}`, size / 1024, 'KB');
}

async function timeLoad(page, how) {
  const t0 = Date.now();
  const ready = new Promise((resolve) => {
    const onConsole = (m) => { if (m.text() === 'newsmark: ready') { page.off('console', onConsole); resolve(); } };
    page.on('console', onConsole);
  });
  if (how === 'goto') await page.goto(server.url); else await page.reload();
  await ready;
  return Date.now() - t0;
}

const server = await startServer();
const first = [], repeat = [], offline = [];
for (let r = 0; r < runs; ++r) {
  const browser = await launchBrowser();  // a fresh profile: nothing cached
  const page = browser.context.pages()[0] || await browser.context.newPage();
  first.push(await timeLoad(page, 'goto'));
  await page.evaluate(() => newsmark.offlineReady());
  repeat.push(await timeLoad(page, 'reload'));
  await browser.context.setOffline(true);
  offline.push(await timeLoad(page, 'reload'));
  await browser.close();
}
server.stop();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nStart-up in headless Chromium on localhost (to the first frame; median of ${runs}, each run a fresh profile):`);
console.log(`  first visit (nothing cached)          ${String(median(first)).padStart(6)} ms   (${first.join(', ')})`);
console.log(`  repeat visit (from the service worker) ${String(median(repeat)).padStart(5)} ms   (${repeat.join(', ')})`);
console.log(`  repeat visit, offline                 ${String(median(offline)).padStart(6)} ms   (${offline.join(', ')})`);
figure('startup.first', median(first), 'ms');
figure('startup.repeat', median(repeat), 'ms');
figure('startup.offline', median(offline), 'ms');
