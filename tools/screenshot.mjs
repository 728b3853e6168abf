#!/usr/bin/env node
// Takes a screenshot of the built app with the sample article open (used for docs/screenshot.png).
//   node tools/screenshot.mjs OUT.png [--theme light|dark] [--width 1280] [--height 800] [--welcome]
import fs from 'node:fs';
import {startServer, launchBrowser, openApp, frames} from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const out = args.find((a) => a.endsWith('.png'));
if (!out) {
  console.error('usage: node tools/screenshot.mjs OUT.png [--theme light|dark] [--width W] [--height H] [--welcome]');
  process.exit(2);
}
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const server = await startServer();
const browser = await launchBrowser();
try {
  const {page} = await openApp(browser.context, server.url);
  await page.setViewportSize({width: Number(opt('--width', 1280)), height: Number(opt('--height', 800))});
  await page.evaluate((t) => newsmark.setTheme(t), opt('--theme', 'light'));
  if (!args.includes('--welcome')) await page.evaluate(() => newsmark.loadSample());
  await frames(page, 5);
  fs.writeFileSync(out, await page.screenshot());
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
