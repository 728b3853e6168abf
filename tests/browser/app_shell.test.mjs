// The app shell in a real browser: loads, shows the welcome screen, takes typed and pasted
// text, shows an article through the JS API and by pixels, refuses or repairs bad input.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {appSession, launchBrowser, openApp, frames, screenshot, pixelStats, diffShare} from './harness.mjs';

const ARTICLE = 'PORTVALE — Dredging of the old harbour will begin in May, the Portvale Harbour Authority said on Friday.\n\n' +
  '“We expect the work to take about eight months,” said Mara Quist, the authority’s chief engineer. ' +
  'Prices rose 15% to €48 million, according to figures published last week.\n\n' +
  'Ζ Greek, Кириллица, naïve café façade — every glyph should render. '.repeat(3);

const app = appSession();
let server, browser, page, consoleLines;
before(async () => ({server, browser, page, consoleLines} = await app.ready));

test('starts on the welcome screen with a focused text box that takes typing', async () => {
  const state = await page.evaluate(() => newsmark.state());
  assert.equal(state.view, 'welcome');
  assert.equal(state.document, null);
  assert.deepEqual(state.display, [1280, 800], 'the app fills the viewport');
  const shot = await screenshot(page, '01-welcome');
  const stats = pixelStats(shot);
  assert.ok(stats.distinctColors > 50, `welcome screen looks blank (${stats.distinctColors} colours)`);
  // The caret is in the article box: the app wants text input.
  await page.waitForFunction(() => newsmark.state().wantTextInput === true, null, {timeout: 10000});
  await frames(page, 2);
  await page.keyboard.type('Typed by a user.', {delay: 10});  // a fast typist, not a burst in one frame
  // ImGui takes queued key and text events a few per frame: wait until they are all in.
  await page.waitForFunction(() => newsmark.state().welcomeTextStart.length >= 16, null, {timeout: 10000}).catch(() => {});
  assert.equal((await page.evaluate(() => newsmark.state())).welcomeTextStart, 'Typed by a user.');
});

test('a paste event inserts the clipboard text into the text box', async () => {
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ' And pasted.');
    document.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true}));
  });
  await page.waitForFunction(() => newsmark.state().welcomeTextBytes >= 28, null, {timeout: 10000}).catch(() => {});
  assert.equal((await page.evaluate(() => newsmark.state())).welcomeTextStart, 'Typed by a user. And pasted.');
});

test('Ctrl+Enter analyzes the typed text and shows it in the reading view', async () => {
  const before = await screenshot(page, '02-welcome-typed');
  await page.keyboard.press('Control+Enter');
  await frames(page);
  const state = await page.evaluate(() => newsmark.state());
  assert.equal(state.view, 'reading');
  assert.equal(state.document.codePoints, 28);
  const after = await screenshot(page, '03-reading-typed');
  assert.ok(diffShare(before, after) > 0.02, 'the screen did not change after Analyze');
});

test('the page finds the same names as the native engine: one model, with its reasons', async () => {
  // The golden output of tests/data/articles/politics.txt comes from the native engine
  // (tests/core/engine_golden_test.cpp, same date); the page analyses the same text.
  const root = new URL('../..', import.meta.url).pathname;
  const text = fs.readFileSync(`${root}tests/data/articles/politics.txt`, 'utf8');
  const golden = JSON.parse(fs.readFileSync(`${root}tests/golden/politics.newsmark.json`, 'utf8'));
  const result = await page.evaluate(([t]) => newsmark.loadText(t, '2026-02-12', 'Politics'), [text]);
  assert.equal(result.ok, true, JSON.stringify(result));
  await frames(page);
  const names = (json) => json.annotations.filter((a) => ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].includes(a.label))
      .map((a) => `${a.start}-${a.end} ${a.label} ${a.attrs?.rule} ${a.attrs?.features ?? ''}`);
  const mine = names(JSON.parse(await page.evaluate(() => newsmark.exportJson())));
  assert.ok(mine.some((n) => n.includes(' model ')), 'the model found names in the page');
  assert.deepEqual(mine, names(golden));
});

test('loadText shows the article: API state, wrapped lines, and pixels', async () => {
  const welcome = await (async () => { await page.evaluate(() => newsmark.showWelcome()); await frames(page); return screenshot(page, '04-welcome-again'); })();
  const result = await page.evaluate(([t]) => newsmark.loadText(t, '2026-03-14', 'Harbour dredging'), [ARTICLE]);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.message, '');
  await frames(page);
  const state = await page.evaluate(() => newsmark.state());
  assert.equal(state.view, 'reading');
  assert.equal(state.document.title, 'Harbour dredging');
  assert.equal(state.document.dct, '2026-03-14');
  assert.equal(state.document.codePoints, [...ARTICLE].length);
  assert.equal(state.document.bytes, new TextEncoder().encode(ARTICLE).length);
  const shot = await screenshot(page, '05-reading-article');
  assert.ok(state.reading.lines > 5, `expected wrapped lines (5 paragraph lines + wraps), got ${state.reading.lines}`);
  assert.ok(state.reading.visibleLines > 0);
  assert.ok(diffShare(welcome, shot) > 0.02, 'loading an article did not change the screen');
  // The reading column holds text: many anti-aliased shades, not a flat page.
  const column = pixelStats(shot, {x: 300, y: 180, w: 680, h: 300});
  assert.ok(column.distinctColors > 20, `no text drawn in the reading column (${column.distinctColors} colours)`);
  const exported = JSON.parse(await page.evaluate(() => newsmark.exportJson()));
  assert.equal(exported.format, 'newsmark');
  assert.equal(exported.document.text, ARTICLE);
  assert.equal(exported.document.length.code_points, [...ARTICLE].length);
});

test('the engine\'s annotations are highlighted on the article and exported', async () => {
  const before = await screenshot(page, '05b-before-sample');
  await page.evaluate(() => newsmark.loadSample());
  await frames(page, 4);
  const state = await page.evaluate(() => newsmark.state());
  assert.ok(state.document.annotations.PERSON >= 2, JSON.stringify(state.document.annotations));
  assert.ok(state.document.annotations.ORG >= 2);
  assert.ok(state.document.annotations.MONEY >= 2);
  assert.ok(state.document.entities >= 5);
  assert.ok(state.reading.highlightsOnScreen >= 8, `highlights drawn: ${state.reading.highlightsOnScreen}`);
  const shot = await screenshot(page, '05c-sample-highlights');
  assert.ok(diffShare(before, shot) > 0.02);
  // The PERSON highlight colour (light theme, Okabe–Ito blue #0072b2 at 70/255 over white:
  // about 185, 216, 234) is on screen.
  let blue = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const r = shot.data[i], g = shot.data[i + 1], b = shot.data[i + 2];
    if (b > 226 && b < 242 && r > 177 && r < 193 && g > 208 && g < 224) ++blue;
  }
  assert.ok(blue > 200, `PERSON highlight pixels: ${blue}`);
  const exported = JSON.parse(await page.evaluate(() => newsmark.exportJson()));
  const quist = exported.annotations.find((a) => a.text === 'Mara Quist');
  assert.ok(quist, 'Mara Quist is annotated');
  assert.equal(quist.label, 'PERSON');
  assert.equal([...exported.document.text].slice(quist.start, quist.end).join(''), 'Mara Quist');
  assert.ok(exported.entities.some((e) => e.name === 'Mara Quist' && e.mentions.includes(quist.id)));
});

test("the sample's quotes carry their speakers, and the sourcing summary is exported", async () => {
  const state = await page.evaluate(() => newsmark.state());
  assert.ok(state.document.annotations.QUOTE >= 6, JSON.stringify(state.document.annotations));
  assert.ok(state.document.annotations.SOURCE >= 5);
  assert.ok(state.document.annotations.HEDGE >= 1);
  const exported = JSON.parse(await page.evaluate(() => newsmark.exportJson()));
  const byId = new Map(exported.annotations.map((a) => [a.id, a]));
  const quote = exported.annotations.find((a) => a.label === 'QUOTE' && a.text.startsWith('\u201CWe expect the channel'));
  assert.ok(quote, 'the chief engineer\'s quote is found');
  assert.equal(quote.attrs.kind, 'direct');
  assert.equal(byId.get(quote.attrs.speaker).text, 'Mara Quist');
  assert.equal(byId.get(quote.attrs.cue).text, 'said');
  assert.ok(exported.relations.some((r) => r.type === 'speaker-of' && r.from === quote.attrs.speaker && r.to === quote.id));
  const sourcing = exported.sourcing;
  assert.ok(sourcing.quotes.direct >= 4, JSON.stringify(sourcing.quotes));
  assert.ok(sourcing.sources.anonymous >= 1 && sourcing.sources.document >= 1, JSON.stringify(sourcing.sources));
  assert.ok(sourcing.speakers.some((s) => s.name === 'Mara Quist' && s.quotes >= 2));
  const hedge = exported.annotations.find((a) => a.label === 'HEDGE');
  assert.equal(hedge.status, 'suggested');
  assert.ok(hedge.attrs.reason.length > 10);
});

test('invalid UTF-8 in a file is repaired with U+FFFD and reported', async () => {
  const result = await page.evaluate(() => newsmark.loadBytes(new Uint8Array([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0xFF]), 'bad.txt'));
  assert.equal(result.ok, true);
  assert.match(result.message, /2 invalid UTF-8 sequences were replaced/);
  const exported = JSON.parse(await page.evaluate(() => newsmark.exportJson()));
  assert.equal(exported.document.text, 'Caf\uFFFD ok\uFFFD');
  await frames(page);
  const state = await page.evaluate(() => newsmark.state());
  assert.ok(state.notices.some((n) => n.severity === 'warning' && /replaced/.test(n.text)));
  await screenshot(page, '06-repaired-notice');
});

test('a text over 20 MB (21 MB loaded, 50 MB pasted) is refused with its size and the open article is kept', async () => {
  const before = await page.evaluate(() => newsmark.exportJson());
  const result = await page.evaluate(() => newsmark.loadText('x'.repeat(21 * 1024 * 1024)));
  assert.equal(result.ok, false);
  assert.equal(result.error, 'too_large');
  assert.match(result.message, /21\.0 MB \(22020096 bytes\)/);
  assert.equal(await page.evaluate(() => newsmark.exportJson()), before, 'the open article changed');
  // A paste of 50 MB: refused before anything is copied into the engine.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'y'.repeat(50 * 1024 * 1024));
    document.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt}));
  });
  await frames(page);
  const state = await page.evaluate(() => newsmark.state());
  assert.ok(state.notices.some((n) => n.severity === 'error' && /pasted text is 50\.0 MB \(52428800 bytes\)/.test(n.text)), JSON.stringify(state.notices));
  assert.equal(await page.evaluate(() => newsmark.exportJson()), before);
  await screenshot(page, '07-too-large-notice');
});

test('a malformed date is refused with a reason', async () => {
  const result = await page.evaluate(() => newsmark.loadText('Some text.', '2026-02-30'));
  assert.equal(result.ok, false);
  assert.match(result.message, /that month has 28 days/);
});

test('the dark theme darkens the page', async () => {
  await page.evaluate(() => newsmark.setTheme('light'));
  await frames(page);
  const light = pixelStats(await screenshot(page, '08-light'));
  await page.evaluate(() => newsmark.setTheme('dark'));
  await frames(page);
  const dark = pixelStats(await screenshot(page, '09-dark'));
  assert.equal((await page.evaluate(() => newsmark.state())).dark, true);
  assert.ok(dark.meanLuma < light.meanLuma - 60, `light ${light.meanLuma} vs dark ${dark.meanLuma}`);
});

test('the canvas follows the window size', async () => {
  await page.setViewportSize({width: 900, height: 640});
  await frames(page, 4);
  assert.deepEqual((await page.evaluate(() => newsmark.state())).display, [900, 640]);
  await screenshot(page, '10-resized');
});

test('hi-DPI: a 2x screen gets a 2x canvas and fonts, at the same logical size', async () => {
  const hi = await launchBrowser({deviceScaleFactor: 2, viewport: {width: 1000, height: 700}, colorScheme: 'dark'});
  try {
    const {page: p2} = await openApp(hi.context, server.url);
    await p2.evaluate(() => newsmark.loadSample());
    await frames(p2, 4);
    const state = await p2.evaluate(() => newsmark.state());
    assert.equal(state.pixelRatio, 2);
    assert.deepEqual(state.display, [1000, 700]);
    assert.equal(state.dark, true, 'the system theme (dark here) is followed');
    const canvas = await p2.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(canvas, [2000, 1400]);
    const shot = await screenshot(p2, '11-hidpi-dark-sample');
    assert.equal(shot.width, 2000);
    assert.ok(pixelStats(shot).meanLuma < 80, 'dark theme expected');
  } finally {
    await hi.close();
  }
});

test('no errors on the console', () => {
  const errors = consoleLines.filter((l) => /pageerror|Uncaught|abort/i.test(l));
  assert.deepEqual(errors, []);
});
