// Shared set-up for the browser tests: serve the built site on 127.0.0.1, start Debian's
// Chromium headless through playwright-core (never a downloaded browser), open the app and
// wait for its "newsmark: ready" console line (appSession does all of it for a test file).
// Also what tests do often: read the model, label a word as a reader does, pixel helpers.
import {spawn} from 'node:child_process';
import {before, after} from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {PNG} from 'pngjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const siteDir = process.env.NEWSMARK_SITE_DIR || path.join(repoRoot, 'build/web/site');
export const artifactDir = process.env.NEWSMARK_ARTIFACT_DIR || path.join(repoRoot, 'build/web/test-artifacts');
const chromiumPath = process.env.NEWSMARK_CHROMIUM || '/usr/bin/chromium';

// Serves `root` (the built site unless given) on a free port.
export async function startServer({root = siteDir} = {}) {
  const proc = spawn(process.execPath, [path.join(repoRoot, 'tools/serve.mjs'), '--root', root, '--port', '0', '--quiet'],
                     {stdio: ['ignore', 'pipe', 'inherit']});
  const url = await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[0]);
    });
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    setTimeout(() => reject(new Error('server did not start')), 10000);
  });
  return {url, stop: () => proc.kill()};
}

// hasTouch and isMobile emulate a tablet or phone (touch events, the meta viewport).
export async function launchBrowser({deviceScaleFactor = 1, viewport = {width: 1280, height: 800}, colorScheme = 'light',
                                     hasTouch = false, isMobile = false} = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    deviceScaleFactor,
    colorScheme,
    hasTouch,
    isMobile,
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
           '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  return {context, close: async () => { await context.close(); fs.rmSync(userDataDir, {recursive: true, force: true}); }};
}

// Opens the app and resolves once it printed its ready line. Collects console output.
export async function openApp(context, url) {
  const page = context.pages()[0] || await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(msg.text()));
  page.on('pageerror', (err) => consoleLines.push('pageerror: ' + err.message));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "newsmark: ready" within 60 s; console:\n' + consoleLines.join('\n'))), 60000);
    page.on('console', (msg) => {
      if (msg.text() === 'newsmark: ready') { clearTimeout(timer); resolve(); }
    });
  });
  await page.goto(url);
  await ready;
  return {page, consoleLines};
}

// One app for a test file: the server, the browser and the app open in it are made before the
// file's tests and closed after them. `await session.ready` (in the file's own before hook: node
// runs a file's before hooks side by side) gives {server, browser, page, consoleLines}.
// Options: root (the site to serve), launch (launchBrowser's options), onContext(context)
// before the app opens (to watch requests), afterOpen(page), cleanup() after it is all closed.
export function appSession({root, launch = {}, onContext, afterOpen, cleanup} = {}) {
  const session = {};
  let opened, failed;
  session.ready = new Promise((resolve, reject) => { opened = resolve; failed = reject; });
  session.ready.catch(() => {});  // reported by the hook below
  before(async () => {
    try {
      session.server = await startServer(root ? {root} : {});
      session.browser = await launchBrowser(launch);
      onContext?.(session.browser.context);
      Object.assign(session, await openApp(session.browser.context, session.server.url));
      await afterOpen?.(session.page);
      opened(session);
    } catch (e) {
      failed(e);
      throw e;
    }
  });
  after(async () => {
    await session.browser?.close();
    session.server?.stop();
    cleanup?.();
  });
  return session;
}

// The app's state for automation, and the document as Newsmark JSON.
export const state = (page) => page.evaluate(() => newsmark.state());
export const exported = async (page) => JSON.parse(await page.evaluate(() => newsmark.exportJson()));

// Labels the word at code point `offset` as a reader does: double-click it, press `key`.
// escapeFirst closes the label bar of the word labelled before, which could be in the way.
export async function labelWord(page, offset, key, {escapeFirst = false} = {}) {
  if (escapeFirst) {
    await page.keyboard.press('Escape');
    await frames(page, 2);
  }
  const p = await page.evaluate((o) => newsmark.locate(o), offset);
  if (!p) throw new Error(`code point ${offset} is not on screen`);
  await doubleClick(page, p);
  await page.keyboard.press(key);
  await frames(page, 3);
}

// A finger through Chromium's DevTools protocol, as a touch screen sends it: returns
// touch(type, points) for 'touchStart' / 'touchMove' / 'touchEnd' with [{x, y}, ...].
export function finger(page) {
  let cdp;
  return async (type, points) => {
    cdp ??= await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', {type, touchPoints: points.map(({x, y}) => ({x, y}))});
  };
}

// A double click on a word, as a person makes it: the pointer arrives, then two quick clicks; it
// resolves once the word is selected. The app counts a double click in its frames (0.5 s): on a
// loaded machine two slow frames can stretch past that, and then, as a person would, it clicks
// twice again (once).
export async function doubleClick(page, p) {
  for (let attempt = 0; attempt < 2; ++attempt) {
    await page.mouse.move(p.x, p.y);
    await frames(page, 2);
    await page.mouse.dblclick(p.x, p.y);
    try {
      await page.waitForFunction(() => newsmark.state().canvas.selection !== null, null, {timeout: 10000});
      await frames(page, 1);
      return;
    } catch (e) {
      if (attempt === 1) throw e;
    }
  }
}

// Waits until the app has drawn `n` more frames (so a change is on screen).
export async function frames(page, n = 3) {
  const start = await page.evaluate(() => newsmark.state().frame);
  await page.waitForFunction((target) => newsmark.state().frame >= target, start + n, {timeout: 20000});
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifactDir, {recursive: true});
  const buf = await page.screenshot();
  fs.writeFileSync(path.join(artifactDir, name + '.png'), buf);
  return PNG.sync.read(buf);
}

// Pixel statistics of a decoded PNG (optionally a sub-rectangle).
export function pixelStats(png, rect = {x: 0, y: 0, w: png.width, h: png.height}) {
  const colors = new Set();
  let lumaSum = 0, n = 0;
  for (let y = rect.y; y < rect.y + rect.h; ++y) {
    for (let x = rect.x; x < rect.x + rect.w; ++x) {
      const i = (y * png.width + x) * 4;
      const r = png.data[i], g = png.data[i + 1], b = png.data[i + 2];
      colors.add((r << 16) | (g << 8) | b);
      lumaSum += 0.2126 * r + 0.7152 * g + 0.0722 * b;
      ++n;
    }
  }
  return {distinctColors: colors.size, meanLuma: lumaSum / n};
}

// Share of pixels that differ between two same-sized screenshots.
export function diffShare(a, b) {
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 30) ++differ;
  }
  return differ / (a.width * a.height);
}

// A click as a person makes it: the pointer arrives, and the button goes down and up on later
// frames (ImGui decides what is under the pointer from the frame before the press).
export async function slowClick(page, p) {
  await page.mouse.move(p.x, p.y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 4);
}
