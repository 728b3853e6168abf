#!/usr/bin/env node
// Renders the app's icons (web/icon.svg, web/icons/icon-maskable.svg, both made for the
// project) to the PNG sizes the web app manifest lists, with Debian's Chromium. The PNGs are
// committed in web/icons/; run this after changing an icon:
//   NODE_PATH=/usr/share/nodejs node tools/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jobs = [
  ['web/icon.svg', 'web/icons/icon-192.png', 192],
  ['web/icon.svg', 'web/icons/icon-512.png', 512],
  ['web/icons/icon-maskable.svg', 'web/icons/icon-maskable-192.png', 192],
  ['web/icons/icon-maskable.svg', 'web/icons/icon-maskable-512.png', 512],
  ['web/icons/icon-maskable.svg', 'web/icons/apple-touch-icon.png', 180],
];
const browser = await chromium.launch({executablePath: process.env.NEWSMARK_CHROMIUM || '/usr/bin/chromium',
                                       args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage();
for (const [svg, png, size] of jobs) {
  const data = fs.readFileSync(path.join(root, svg)).toString('base64');
  await page.setViewportSize({width: size, height: size});
  await page.setContent(`<html><body style="margin:0;background:transparent">` +
                        `<img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.waitForFunction(() => document.images[0].complete);
  await page.screenshot({path: path.join(root, png), omitBackground: true, clip: {x: 0, y: 0, width: size, height: size}});
  console.log(png, size);
}
await browser.close();
