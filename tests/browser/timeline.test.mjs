// The timeline panel in Chromium: the sample article's events on the axis; clicking one
// selects its time expression and scrolls the text to it; dragging one moves it (its value
// changes) and Ctrl+Z moves it back.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {appSession, frames, screenshot, slowClick, state, exported} from './harness.mjs';

const app = appSession({afterOpen: async (page) => {
  await page.evaluate(() => newsmark.loadSample());
  await frames(page, 5);
}});
let server, browser, page;
before(async () => ({server, browser, page} = await app.ready));


test('the sample article\'s dated events are on the timeline', async () => {
  const s = await state(page);
  const json = await exported(page);
  const dated = json.timeline.filter((e) => e.start);
  assert.ok(dated.length >= 6, `${dated.length} dated events`);
  assert.ok(s.timeline.shown);
  assert.ok(s.timeline.eventsDrawn >= dated.length - 1, `${s.timeline.eventsDrawn} drawn`);
  await screenshot(page, 'timeline-01-sample');
});

test('clicking an event selects its time expression and scrolls the text to it', async () => {
  const json = await exported(page);
  // The event whose time expression is furthest into the article.
  const events = json.timeline.filter((e) => e.time && e.start);
  const last = events.reduce((a, b) => (json.annotations.find((x) => x.id === a.time).start >
                                        json.annotations.find((x) => x.id === b.time).start ? a : b));
  const before = await state(page);
  const p = await page.evaluate((id) => newsmark.locateEvent(id), last.id);
  assert.ok(p, 'the event is drawn');
  await slowClick(page, p);
  const s = await state(page);
  assert.equal(s.timeline.selected, last.id);
  assert.equal(s.canvas.selected, last.time, 'the time expression is selected in the text');
  assert.ok(s.reading.firstVisibleLine > before.reading.firstVisibleLine,
            `the text scrolled (${before.reading.firstVisibleLine} -> ${s.reading.firstVisibleLine})`);
  await screenshot(page, 'timeline-02-clicked');
});

test('dragging an event moves it to a new date; Ctrl+Z moves it back', async () => {
  let json = await exported(page);
  const e = json.timeline.find((x) => x.time && x.granularity === 'day');
  assert.ok(e, 'a day event');
  const p = await page.evaluate((id) => newsmark.locateEvent(id), e.id);
  await page.mouse.move(p.x, p.y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.move(p.x + 60, p.y, {steps: 6});
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 4);
  json = await exported(page);
  const moved = json.timeline.find((x) => x.id === e.id);
  assert.ok(moved.start > e.start, `${e.start} -> ${moved.start}`);
  assert.equal(json.annotations.find((a) => a.id === e.time).attrs.value, moved.value, 'the time expression moved too');
  const s = await state(page);
  assert.equal(s.canvas.undoName, 'Move event');
  await page.keyboard.press('Control+z');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.timeline.find((x) => x.id === e.id).start, e.start);
  assert.equal(json.annotations.find((a) => a.id === e.time).attrs.value, e.value);
});

test('the timeline downloads as a PNG image of the panel, without tooltips', async () => {
  const {PNG} = await import('pngjs');
  const fs = await import('node:fs');
  const [download] = await Promise.all([
    page.waitForEvent('download', {timeout: 15000}),
    page.evaluate(() => newsmark.exportTimelinePng()),
  ]);
  assert.equal(download.suggestedFilename(), 'timeline.png');
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  const png = PNG.sync.read(bytes);
  assert.ok(png.width > 600 && png.height > 120 && png.height < 400, `${png.width}x${png.height}: the panel, not the page`);
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4 * 7) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  assert.ok(colours.size > 20, `${colours.size} colours: the axis, events and labels are in it`);
  fs.mkdirSync(process.env.NEWSMARK_ARTIFACT_DIR || 'build/web/test-artifacts', {recursive: true});
  fs.writeFileSync((process.env.NEWSMARK_ARTIFACT_DIR || 'build/web/test-artifacts') + '/timeline-export.png', bytes);
});

test('selecting a date in the text selects its event on the timeline', async () => {
  const json = await exported(page);
  const e = json.timeline.find((x) => x.time && x.granularity === 'day');
  const time = json.annotations.find((a) => a.id === e.time);
  const p = await page.evaluate((cp) => newsmark.locate(cp), time.start + 1);
  assert.ok(p, 'the date is on screen');
  await slowClick(page, p);
  const s = await state(page);
  assert.equal(s.canvas.selected, time.id);
  assert.equal(s.timeline.selected, e.id);
});

test('Delete over the timeline removes the selected event, not its date; one Ctrl+Z brings it back', async () => {
  let json = await exported(page);
  const e = json.timeline.find((x) => x.time && x.start);
  const p = await page.evaluate((id) => newsmark.locateEvent(id), e.id);
  await slowClick(page, p);
  let s = await state(page);
  assert.equal(s.timeline.selected, e.id);
  assert.equal(s.canvas.selected, e.time, 'its date is selected in the text too');
  const depth = s.canvas.undoDepth;
  await page.keyboard.press('Delete');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.timeline.find((x) => x.id === e.id), undefined, 'the event is gone');
  assert.ok(json.annotations.find((a) => a.id === e.time), 'its date stays in the text');
  s = await state(page);
  assert.equal(s.canvas.undoDepth, depth + 1, 'one step to undo');
  await page.keyboard.press('Control+z');
  await frames(page, 3);
  json = await exported(page);
  assert.ok(json.timeline.find((x) => x.id === e.id), 'one Ctrl+Z brings the event back');
  assert.ok(json.annotations.find((a) => a.id === e.time));
  // Back over the text, Escape is the text's again: it clears the selection.
  const text = await page.evaluate(() => newsmark.locate(0));
  await page.mouse.move(text.x, text.y);
  await frames(page, 2);
  await page.keyboard.press('Escape');
  await frames(page, 2);
  assert.equal((await state(page)).canvas.selected, null);
});

test('Fit all fits the bulk of the story; an old date far from it waits at the edge, and a click there fits it too', async () => {
  const text = 'The museum reopened on March 3, 2026, after a fire in January 2025. Repairs began in February 2025 ' +
    'and the roof was finished in June 2025. A new wing opens in May 2026. The building first opened in 1934.\n';
  assert.equal((await page.evaluate((t) => newsmark.loadText(t, '2026-03-05', 'Museum'), text)).ok, true);
  await page.waitForFunction(() => newsmark.state().view === 'reading' && !newsmark.state().document.analysing, null, {timeout: 30000});
  await frames(page, 3);
  let s = await state(page);
  assert.ok(s.timeline.eventsDrawn >= 4, JSON.stringify(s.timeline));
  assert.equal(s.timeline.eventsEarlier, 1, '1934 is left to the edge');
  assert.ok(s.timeline.start > Date.UTC(2000, 0, 1) / 864e5, `the axis starts at day ${s.timeline.start}, not in 1934`);
  await screenshot(page, 'timeline-outlier-at-the-edge');
  const marker = s.ui.targets['timeline:earlier'];
  assert.ok(marker, 'a marker at the left edge points at it');
  await slowClick(page, {x: (marker[0] + marker[2]) / 2, y: (marker[1] + marker[3]) / 2});
  await page.waitForFunction(() => newsmark.state().timeline.eventsEarlier === 0, null, {timeout: 20000});
  s = await state(page);
  assert.ok(s.timeline.start < Date.UTC(1934, 0, 1) / 864e5, 'everything fits now, 1934 included');
});
