// Offline and installable (issue: PWA): the manifest and the service worker, a session with
// the network cut, an update from one build to the next, the requests a session makes, the
// loading screen, and the recovery from a lost WebGL context.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {appSession, launchBrowser, frames, screenshot, pixelStats, repoRoot, siteDir, artifactDir, state} from './harness.mjs';

const ARTICLE = 'LAGOS — The ferry service across the lagoon will resume on Monday, the Lagos State Waterways Authority said on Thursday.\n\n' +
  '“The new boats are safer,” said Funke Adeyemi, the authority’s general manager. Officials said 12,000 people a day used the route before it closed in March.\n';

// A copy of the built site in a temporary directory, so a test can change it into "the next
// build" while it is being served.
const siteCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-site-'));
fs.cpSync(siteDir, siteCopy, {recursive: true});
const serviceWorkerBuild = (dir) => fs.readFileSync(path.join(dir, 'service-worker.js'), 'utf8').match(/const BUILD = '([0-9a-f]+)'/)[1];

const requests = [];
const app = appSession({
  root: siteCopy,
  // Every request of the session, from the page, its workers and the service worker.
  onContext: (context) => context.on('request', (r) => requests.push(r.url())),
  cleanup: () => fs.rmSync(siteCopy, {recursive: true, force: true}),
});
let server, browser, page, consoleLines;
before(async () => ({server, browser, page, consoleLines} = await app.ready));

test('installable: the manifest, its icons, and a service worker controlling the page', async () => {
  const build = await page.evaluate(() => newsmark.offlineReady());
  assert.equal(build, serviceWorkerBuild(siteCopy), 'the page runs the build the service worker lists');
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
  await frames(page, 2);
  assert.equal((await state(page)).build, build, 'the app knows its build (Help > About)');
  const manifestUrl = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), manifestUrl);
  assert.equal(manifest.name, 'Newsmark');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const sizes = (purpose) => manifest.icons.filter((i) => i.purpose === purpose && i.type === 'image/png').map((i) => i.sizes);
  assert.ok(sizes('any').includes('192x192') && sizes('any').includes('512x512'), JSON.stringify(manifest.icons));
  assert.ok(sizes('maskable').includes('512x512'), 'a maskable icon');
  // Each icon is a PNG of the size it claims.
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const dims = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, new URL(icon.src, manifestUrl).href);
    assert.equal(dims, icon.sizes, icon.src);
  }
  assert.ok(manifest.file_handlers[0].accept['application/json'].includes('.json'));
  assert.ok(manifest.file_handlers[0].accept['text/plain'].includes('.txt'));
  assert.deepEqual(manifest.share_target.params, {title: 'title', text: 'text', url: 'url'});
  // Every file of the site is in the build's cache.
  const cached = await page.evaluate(async (b) => (await (await caches.open('newsmark-' + b)).keys()).length, build);
  const listed = fs.readFileSync(path.join(siteCopy, 'service-worker.js'), 'utf8').match(/^  \['/gm).length;
  assert.equal(cached, listed);
});

test('offline: the app starts, analyses a pasted text, saves it and restores it', async () => {
  await page.evaluate(() => newsmark.offlineReady());
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
    await page.evaluate(() => newsmark.restored);
    const r = await page.evaluate((t) => newsmark.loadText(t, '2026-03-05', 'Ferry service'), ARTICLE);
    assert.equal(r.ok, true, r.message);
    await page.waitForFunction(() => newsmark.state().document.saveState === 'saved', null, {timeout: 10000});
    let s = await state(page);
    assert.ok(s.document.annotations.PERSON >= 1 && s.document.annotations.DATE >= 1, JSON.stringify(s.document.annotations));
    // A long article goes to the analysis worker, which comes from the cache too.
    const big = (ARTICLE + '\n').repeat(Math.ceil(1.2 * 1048576 / (ARTICLE.length + 1)));
    assert.equal((await page.evaluate((t) => newsmark.loadText(t, '', 'Long'), big)).ok, true);
    assert.equal((await state(page)).document.analysisInBackground, true);
    await page.waitForFunction(() => newsmark.state().document.analysing === false, null, {timeout: 60000});
    s = await state(page);
    assert.ok(s.document.annotations.PERSON > 1000, JSON.stringify(s.document.annotations));
    assert.equal(s.notices.filter((n) => /background analysis failed/.test(n.text)).length, 0, JSON.stringify(s.notices));
    await page.waitForFunction(() => newsmark.state().document.saveState === 'saved', null, {timeout: 20000});
    await page.reload();
    await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
    await page.evaluate(() => newsmark.restored);
    await frames(page, 3);
    s = await state(page);
    assert.equal(s.document.title, 'Long', 'the last article came back from the browser\'s storage');
    assert.ok(s.document.annotations.PERSON > 1000);
    await screenshot(page, 'offline-01-restored');
  } finally {
    await browser.context.setOffline(false);
  }
});

test('a WebGL context lost and given back: a message meanwhile, then the app draws again', async () => {
  await page.evaluate(() => {
    window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await page.waitForFunction(() => newsmark.graphicsLost === true, null, {timeout: 10000});
  const text = await page.evaluate(() => document.getElementById('loading-text').textContent);
  assert.match(text, /graphics were interrupted.*your work is saved/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('loading')).display), 'flex');
  await screenshot(page, 'offline-02-context-lost');
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction(() => newsmark.graphicsLost === false, null, {timeout: 10000});
  await frames(page, 5);
  const shot = await screenshot(page, 'offline-03-context-restored');
  // The article is drawn again: text and highlights, not a blank canvas.
  assert.ok(pixelStats(shot, {x: 60, y: 100, w: 700, h: 300}).distinctColors > 20);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('loading')).display), 'none');
});

test('an update: the next build is announced, then used after a reload; the old cache is gone', async () => {
  const first = await page.evaluate(() => newsmark.offlineReady());
  // The next build: a changed file, and the service worker listing made again.
  fs.appendFileSync(path.join(siteCopy, 'newsmark.css'), '\n/* the next build */\n');
  execFileSync('cmake', [`-DSITE=${siteCopy}`, `-DTEMPLATE=${path.join(repoRoot, 'web/service-worker.js')}`,
                         '-P', path.join(repoRoot, 'cmake/ServiceWorker.cmake')]);
  const next = serviceWorkerBuild(siteCopy);
  assert.notEqual(next, first);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction((b) => newsmark.updateReady === b, next, {timeout: 30000});
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.updateReady, next);
  assert.ok(s.notices.some((n) => /A new version of Newsmark is ready/.test(n.text)), JSON.stringify(s.notices));
  await screenshot(page, 'offline-04-update-ready');
  assert.equal(await page.evaluate(() => newsmark.build), first, 'the running page keeps its build until it loads again');
  // Help › Update (the app's own step): the new build takes over and the page loads it.
  await page.evaluate(() => newsmark.applyUpdate());
  // The page loads once more by itself as the new build takes over: poll across that.
  const deadline = Date.now() + 60000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await page.evaluate(() => (window.newsmark && newsmark.ready ? newsmark.build : '')).catch(() => '');
    if (seen === next) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (seen !== next) {
    const why = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return {ready: window.newsmark && newsmark.ready, build: window.newsmark && newsmark.build, waiting: !!(r && r.waiting),
              active: r && r.active && r.active.state, controlled: !!navigator.serviceWorker.controller, caches: await caches.keys()};
    }).catch((e) => String(e));
    assert.fail(`the new build ${next} does not run after the reload: ${JSON.stringify(why)}; console:\n${consoleLines.slice(-20).join('\n')}`);
  }
  const caches = await page.evaluate(async () => (await window.caches.keys()).filter((k) => k.startsWith('newsmark-')));
  assert.deepEqual(caches, ['newsmark-' + next]);
  assert.match(await page.evaluate(() => [...document.styleSheets].map((x) => [...x.cssRules].length).join()), /\d/);
});

test('a whole session asks nothing of any other site, and nothing of the network once cached', async () => {
  const origin = new URL(server.url).origin;
  const elsewhere = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'requests to other origins');
  // From here on every request is answered by the service worker.
  const network = [];
  const onResponse = (r) => { if (!r.fromServiceWorker() && r.url().startsWith(origin)) network.push(r.url()); };
  page.on('response', onResponse);
  await page.reload();
  await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
  await page.evaluate((t) => newsmark.loadText(t), ARTICLE);
  await page.evaluate(() => newsmark.download('html'));
  await frames(page, 5);
  page.off('response', onResponse);
  // The browser itself may look for a new service worker script; the app fetches nothing else.
  assert.deepEqual(network.filter((u) => !u.endsWith('/service-worker.js')), []);
  console.log(`requests in the session: ${requests.length}, all to ${origin}`);
});

test('the loading screen shows how much of the app has arrived', async () => {
  // A fresh profile (nothing cached) on a slow connection: 1 MB/s.
  const slow = await launchBrowser();
  try {
    const p = slow.context.pages()[0] || await slow.context.newPage();
    const cdp = await slow.context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 20, downloadThroughput: 1024 * 1024, uploadThroughput: -1});
    await p.goto(server.url, {waitUntil: 'commit'});
    await p.waitForFunction(() => {
      const t = document.getElementById('loading-text')?.textContent || '';
      const v = document.getElementById('loading-progress')?.value || 0;
      return /Downloading the engine… [\d.]+ of [\d.]+ MB/.test(t) && v > 5 && v < 95;
    }, null, {timeout: 30000, polling: 50});
    const shot = await p.screenshot();
    fs.mkdirSync(artifactDir, {recursive: true});
    fs.writeFileSync(path.join(artifactDir, 'offline-05-loading.png'), shot);
    await p.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
  } finally {
    await slow.close();
  }
});
