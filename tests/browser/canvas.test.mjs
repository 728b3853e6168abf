// The annotation canvas with real mouse and keyboard events: select a word by dragging, label
// it with a number key, undo and redo, select a suggestion by clicking and accept it, relabel
// and delete by keyboard; the model is checked through window.newsmark after each step.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {appSession, doubleClick, frames, screenshot, state, exported} from './harness.mjs';

const ARTICLE = 'PORTVALE — Dredging of the old harbour will begin in May, the Portvale Harbour Authority said on Friday.\n\n' +
  '“We expect the work to take about eight months,” said Mara Quist, the authority’s chief engineer. ' +
  'The café owners reportedly welcomed the plan.';

const app = appSession({afterOpen: async (page) => {
  const r = await page.evaluate((t) => newsmark.loadText(t, {dct: '2026-03-14'}), ARTICLE);
  assert.equal(r.ok, true, r.message);
  await frames(page, 4);
}});
let server, browser, page;
before(async () => ({server, browser, page} = await app.ready));

const cp = (s) => [...ARTICLE.slice(0, ARTICLE.indexOf(s))].length;  // code point offset of s
const at = async (offset) => {
  const p = await page.evaluate((o) => newsmark.locate(o), offset);
  assert.ok(p, `offset ${offset} is on screen`);
  return p;
};

test('dragging across a word selects it, snapped to the whole word', async () => {
  // From the middle of "harbour" (not its start) to just before its end.
  const from = await at(cp('harbour') + 2);
  const to = await at(cp('harbour') + 5);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, {steps: 4});
  await page.mouse.move(to.x, to.y, {steps: 4});
  await page.mouse.up();
  await frames(page, 3);
  const s = await state(page);
  assert.deepEqual(s.canvas.selection, {start: cp('harbour'), end: cp('harbour') + 7, text: 'harbour'});
  await screenshot(page, 'canvas-01-selection');
});

test('a number key labels the selection, and undo and redo take it back and forth', async () => {
  await page.keyboard.press('4');  // LOC
  await frames(page, 3);
  let json = await exported(page);
  const mine = json.annotations.find((a) => a.text === 'harbour');
  assert.ok(mine, 'the new annotation is in the model');
  assert.equal(mine.label, 'LOC');
  assert.equal(mine.origin, 'user');
  assert.equal(mine.status, 'accepted');
  assert.equal(mine.start, cp('harbour'));
  let s = await state(page);
  assert.equal(s.canvas.undoName, 'Add LOC');
  assert.equal(s.canvas.selected, mine.id, 'the new annotation is selected');
  await screenshot(page, 'canvas-02-labelled');

  await page.keyboard.press('Control+z');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.annotations.find((a) => a.text === 'harbour'), undefined, 'undone');
  s = await state(page);
  assert.equal(s.canvas.redoName, 'Add LOC');

  await page.keyboard.press('Control+Shift+z');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.annotations.find((a) => a.text === 'harbour')?.label, 'LOC', 'redone');
});

test('clicking a suggestion selects it; A accepts it, a number relabels it, Delete removes it', async () => {
  let json = await exported(page);
  const quist = json.annotations.find((a) => a.label === 'PERSON' && a.text === 'Mara Quist');
  assert.ok(quist);
  assert.equal(quist.status, 'suggested');
  const p = await at(quist.start + 2);
  await page.mouse.click(p.x, p.y);
  await frames(page, 3);
  let s = await state(page);
  // The innermost annotation under the click: the PERSON mention (or the SOURCE on the same span).
  const selected = json.annotations.find((a) => a.id === s.canvas.selected);
  assert.ok(selected && selected.text === 'Mara Quist', `selected ${JSON.stringify(selected)}`);

  // A second click on the same place moves on to the other annotation there (the SOURCE on
  // the same span), a third comes back. (Apart enough not to be a double-click.)
  await page.waitForTimeout(400);
  await page.mouse.click(p.x, p.y);
  await frames(page, 3);
  const second = (await state(page)).canvas.selected;
  assert.notEqual(second, selected.id);
  assert.equal(json.annotations.find((a) => a.id === second)?.text, 'Mara Quist');
  await page.waitForTimeout(400);
  await page.mouse.click(p.x, p.y);
  await frames(page, 3);
  assert.equal((await state(page)).canvas.selected, selected.id);

  await page.keyboard.press('a');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.annotations.find((a) => a.id === selected.id).status, 'accepted');
  await screenshot(page, 'canvas-03-accepted');

  await page.keyboard.press('2');  // relabel as ORG
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.annotations.find((a) => a.id === selected.id).label, 'ORG');

  await page.keyboard.press('Delete');
  await frames(page, 3);
  json = await exported(page);
  assert.equal(json.annotations.find((a) => a.id === selected.id), undefined);

  // Three undos bring back the accepted suggestion with its PERSON label and status.
  // Each key press is one frame's input (ImGui trickles queued events), so wait for each undo
  // to take effect before the next: three quick presses may otherwise still be queued.
  for (const name of ['Delete', 'Relabel', 'Accept']) {
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => (newsmark.state().canvas.redoName || '').startsWith(n), name,
                               {timeout: 20000});
  }
  json = await exported(page);
  const back = json.annotations.find((a) => a.id === selected.id);
  assert.equal(back.label, selected.label);
  assert.equal(back.status, 'suggested');
});

test('Shift+A accepts every suggestion of a label in one undoable step', async () => {
  const json0 = await exported(page);
  const hedge = json0.annotations.find((a) => a.label === 'HEDGE');
  assert.ok(hedge, 'the article has a hedge');
  const p = await at(hedge.start + 1);
  await page.mouse.click(p.x, p.y);
  await frames(page, 2);
  await page.keyboard.press('Shift+A');
  await frames(page, 3);
  let json = await exported(page);
  assert.ok(json.annotations.filter((a) => a.label === 'HEDGE').every((a) => a.status === 'accepted'));
  const s = await state(page);
  assert.equal(s.canvas.undoName, 'Accept all HEDGE');
  await page.evaluate(() => newsmark.undo());
  await frames(page, 2);
  json = await exported(page);
  assert.ok(json.annotations.filter((a) => a.label === 'HEDGE').every((a) => a.status === 'suggested'));
});

test('double-click selects a word; Shift+arrows extend by words; Escape clears', async () => {
  const p = await at(cp('eight') + 1);
  await doubleClick(page, p);
  let s = await state(page);
  assert.equal(s.canvas.selection?.text, 'eight');
  await page.keyboard.press('Shift+ArrowRight');
  await frames(page, 3);
  s = await state(page);
  assert.equal(s.canvas.selection?.text, 'eight months');
  await page.keyboard.press('Escape');
  await frames(page, 2);
  s = await state(page);
  assert.equal(s.canvas.selection, null);
  assert.equal(s.canvas.selected, null);
});

test('Ctrl+F finds every match as you type; Enter steps to the next and selects it', async () => {
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => newsmark.state().wantTextInput, null, {timeout: 20000});  // the find field has the keys
  await page.keyboard.type('the', {delay: 20});
  await page.waitForFunction(() => newsmark.state().canvas.findMatches > 0, null, {timeout: 20000});
  const expected = (ARTICLE.match(/the/gi) || []).length;
  let s = await state(page);
  assert.equal(s.canvas.findMatches, expected);
  await page.keyboard.press('Enter');
  await frames(page, 3);
  s = await state(page);
  assert.equal(s.canvas.selection?.text.toLowerCase(), 'the');
  const first = s.canvas.selection.start;
  await page.keyboard.press('Enter');
  await frames(page, 3);
  s = await state(page);
  assert.ok(s.canvas.selection.start > first, 'the next match is further on');
  await screenshot(page, 'canvas-04-find');
  await page.keyboard.press('Escape');
  await frames(page, 2);
  assert.equal((await state(page)).canvas.findMatches, 0, 'closing the bar clears the matches');
});

test('a 1 MB article scrolls with frames built in a few milliseconds (figures printed)', async () => {
  // About 1 MB of news: the test article, repeated.
  const big = (ARTICLE + '\n\n').repeat(Math.ceil(1048576 / (ARTICLE.length + 2)));
  const r = await page.evaluate((t) => newsmark.loadText(t), big);
  assert.equal(r.ok, true, r.message);
  await page.waitForFunction(() => newsmark.state().document.analysing === false, null, {timeout: 60000});
  await frames(page, 5);
  const loaded = await state(page);
  // Scroll with the wheel over the text for a while, then read the frame build times.
  await page.mouse.move(400, 400);
  for (let k = 0; k < 60; ++k) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(16);
  }
  await frames(page, 5);
  const s = await state(page);
  assert.ok(s.reading.firstVisibleLine > 100, `scrolled to line ${s.reading.firstVisibleLine}`);
  console.log(`wasm in Chromium: ${loaded.document.annotations ? Object.values(loaded.document.annotations).reduce((a, b) => a + b, 0) : 0} annotations, ` +
              `analysis ${loaded.document.analysisMs.toFixed(0)} ms; frame build while scrolling: mean ${s.frameMs.mean.toFixed(2)} ms, ` +
              `max ${s.frameMs.max.toFixed(2)} ms over ${s.frameMs.frames} frames`);
  await screenshot(page, 'canvas-05-big-article');
});

test('preferences (theme, hidden labels, side panel width) survive a reload', async () => {
  await page.evaluate(() => newsmark.setTheme('dark'));
  await frames(page, 3);
  await page.reload();
  await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 30000});
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.theme, 'Dark');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('newsmark.')).sort());
  // The preferences, and the article to reopen (newsmark-store.js).
  assert.deepEqual(stored, ['newsmark.current', 'newsmark.hiddenLabels', 'newsmark.sidePanel', 'newsmark.sidePanelWidth', 'newsmark.theme']);
  await page.evaluate(() => newsmark.setTheme('light'));
  await frames(page, 3);
});

test('a long article is analysed in the background: the page keeps drawing, shows progress, and edits wait', async () => {
  const big = (ARTICLE + '\n\n').repeat(Math.ceil(3 * 1048576 / (ARTICLE.length + 2)));
  // Count the frames the page draws (and the longest gap between two) while the worker works.
  const r = await page.evaluate((t) => {
    window.__gaps = {max: 0, frames: 0, last: 0, progress: [], long: []};
    const tick = (now) => {
      const g = window.__gaps;
      if (g.last) g.max = Math.max(g.max, now - g.last);
      // Gaps over 100 ms, with how far the analysis was (the first frame lays the text out).
      if (g.last && now - g.last > 100) g.long.push([Math.round(now - g.last), newsmark.state().document.analysisDone]);
      g.last = now;
      g.frames++;
      const d = newsmark.state().document;
      if (d && d.analysing) {
        if (!g.progress.includes(d.analysisDone)) g.progress.push(d.analysisDone);
        requestAnimationFrame(tick);
      }
    };
    const result = newsmark.loadText(t);
    requestAnimationFrame(tick);
    return result;
  }, big);
  assert.equal(r.ok, true, r.message);
  let s = await state(page);
  assert.equal(s.document.analysing, true);
  assert.equal(s.document.analysisInBackground, true, 'a long article goes to the worker');
  await page.waitForFunction(() => newsmark.state().document.analysisDone > 0, null, {timeout: 30000});
  await screenshot(page, 'canvas-06-analysing');
  // The reader scrolls, and tries to label a word: the edit waits, with a notice saying so.
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 600);
  await frames(page, 2);
  const undone = await page.evaluate(() => newsmark.undo());
  assert.equal(undone, false);
  s = await state(page);
  if (s.document.analysing) {
    assert.ok(s.notices.some((n) => /Edits wait until the analysis is done/.test(n.text)), JSON.stringify(s.notices));
  }
  await page.waitForFunction(() => newsmark.state().document.analysing === false, null, {timeout: 60000});
  const after = await state(page);
  assert.ok(after.document.annotations.PERSON > 1000, JSON.stringify(after.document.annotations));
  assert.ok(after.reading.firstVisibleLine > 0, 'the scroll while analysing took effect');
  const gaps = await page.evaluate(() => window.__gaps);
  assert.ok(gaps.frames > 5, `the page drew ${gaps.frames} frames while analysing`);
  assert.ok(gaps.progress.length >= 3, `progress seen: ${JSON.stringify(gaps.progress)}`);
  const heap = await page.evaluate(() => Module.HEAPU8.length);
  console.log(`wasm in Chromium: analysis of ${(big.length / 1048576).toFixed(1)} MB in the worker took ${after.document.analysisMs.toFixed(0)} ms ` +
              `(wall clock, with the hand-over); the page drew ${gaps.frames} frames meanwhile; ` +
              `gaps over 100 ms [ms, progress]: ${JSON.stringify(gaps.long)}; ` +
              `wasm heap ${(heap / 1048576).toFixed(0)} MB`);
  assert.ok(heap <= 256 * 1048576, `wasm heap ${heap} bytes`);
  await screenshot(page, 'canvas-07-analysed');
});
