// Newsmark on a tablet: the app's text fields type through a real (hidden) text field of the
// page, so an on-screen keyboard, paste and IME reach them. Touch emulation at iPad size.
// Screenshots in build/web/test-artifacts/touch-*.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {appSession, finger, frames, screenshot, state, exported} from './harness.mjs';

const app = appSession({launch: {viewport: {width: 1024, height: 768}, deviceScaleFactor: 2, hasTouch: true, isMobile: true}});
let page;
before(async () => ({page} = await app.ready));

const fields = () => page.evaluate(() => newsmarkTextEntry.fields());
const focusedId = () => page.evaluate(() => document.activeElement && document.activeElement.id);
async function tapField(name) {
  const f = (await fields()).find((x) => x.name === name);
  assert.ok(f, `no text field "${name}" on screen: ${JSON.stringify(await fields())}`);
  await page.touchscreen.tap((f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
  await page.waitForFunction((n) => newsmarkTextEntry.field !== 0 && newsmarkTextEntry.fields().some((x) => x.name === n && x.active),
                             name, {timeout: 20000});
}

test('a tap on the article box gives the page\'s text field the focus; typing and Ctrl+Enter analyse', async () => {
  await tapField('article');
  assert.equal(await focusedId(), 'text-entry', 'the hidden text field has the keyboard');
  const text = 'Officials in Lisbon said on Monday that the bridge would reopen in May.';
  await page.keyboard.type(text);
  await page.waitForFunction((t) => document.getElementById('text-entry').value === t, text, {timeout: 20000});
  await frames(page, 3);
  await screenshot(page, 'touch-01-typed');
  // Ctrl+Enter is passed from the text field to the app, which analyses what was typed.
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => newsmark.state().view === 'reading' && !newsmark.state().document.analysing, null, {timeout: 30000});
  const doc = await exported(page);
  assert.equal(doc.document.text.trim(), text);
  assert.ok(doc.annotations.some((a) => a.label === 'GPE' && a.text === 'Lisbon'), 'the typed article was analysed');
  // The field is gone: the keys are the canvas's again.
  await page.waitForFunction(() => newsmarkTextEntry.field === 0, null, {timeout: 20000});
  assert.equal(await focusedId(), 'canvas');
});

test('a student taps "Your name", types it, and the work is handed in under it', async () => {
  assert.equal((await page.evaluate(() => newsmark.loadText('Officials said the plan would go ahead. Residents objected.\n', '2026-03-03', 'Plan'))).ok, true);
  await frames(page, 3);
  const sourceKey = (await exported(page)).labels.find((l) => l.name === 'SOURCE');
  assert.ok(sourceKey);
  const exercise = await page.evaluate(() => newsmark.makeExercise({title: 'Sources', instructions: 'Mark every source.', labels: ['SOURCE'], keepKey: true}));
  assert.equal((await page.evaluate((t) => newsmark.openFiles([{name: 'plan.exercise.newsmark.json', text: t}]), exercise)).ok, true);
  await frames(page, 3);
  await tapField('student');
  assert.equal(await focusedId(), 'text-entry');
  await page.keyboard.type('Ann Lee');
  await page.waitForFunction(() => newsmark.state().exercise.student === 'Ann Lee', null, {timeout: 20000});
  // Corrections in the text field (a backspace, a word typed over) reach the app too.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('e-Smith');
  await page.waitForFunction(() => newsmark.state().exercise.student === 'Ann Lee-Smith', null, {timeout: 20000});
  await screenshot(page, 'touch-02-name');
  // Enter leaves the field; the name stays.
  await page.keyboard.press('Enter');
  await frames(page, 3);
  assert.equal((await state(page)).exercise.student, 'Ann Lee-Smith');
});

// Touch gestures through Chromium's DevTools protocol (a real touch sequence, as a finger makes).
let fingerOnPage;
const touch = (type, points) => (fingerOnPage ??= finger(page))(type, points);
const reading = async () => (await state(page)).reading;
const selection = async () => (await state(page)).canvas.selection;

test('a swipe scrolls the article and selects nothing, slowly or as a flick', async () => {
  await page.evaluate(() => newsmark.loadSample());
  await page.waitForFunction(() => newsmark.state().view === 'reading' && !newsmark.state().document.analysing, null, {timeout: 30000});
  await frames(page, 3);
  const before = await reading();
  const p = await page.evaluate(() => newsmark.locate(200));
  assert.ok(p, 'the article is on screen');
  // A slow swipe from low in the article up by 200 px: the text follows the finger.
  let from = {x: p.x, y: 500};
  await touch('touchStart', [from]);
  for (let i = 1; i <= 5; ++i) {
    await touch('touchMove', [{x: from.x, y: from.y - i * 40}]);
    await frames(page, 1);
  }
  await frames(page, 3);  // the finger rests before it lifts: no fling
  await touch('touchEnd', []);
  await frames(page, 3);
  const swiped = await reading();
  assert.ok(Math.abs(swiped.scrollY - before.scrollY - 200) <= 1, `scrolled from ${before.scrollY} to ${swiped.scrollY} px for 200 px`);
  assert.equal(await selection(), null, 'a swipe selects nothing');
  await screenshot(page, 'touch-03-swiped');
  // A flick: the same 200 px at once, the finger leaving while it moves. How far the fling
  // carries depends on how fast the moves arrive, which an emulated finger on a slow machine
  // cannot promise: the view goes at least as far as the finger, and nothing is selected.
  from = {x: p.x, y: 450};
  await touch('touchStart', [from]);
  await frames(page, 1);
  for (let i = 1; i <= 5; ++i) await touch('touchMove', [{x: from.x, y: from.y - i * 40}]);
  await touch('touchEnd', []);
  await page.waitForFunction((y) => newsmark.state().reading.scrollY >= y + 199, swiped.scrollY, {timeout: 20000});
  assert.equal(await selection(), null);
});

test('a tap selects the word under the finger; a long press and a drag select from word to word', async () => {
  const text = 'Harbour dredging will start in the spring, the port authority said on Monday after a long delay.';
  assert.equal((await page.evaluate((t) => newsmark.loadText(t, '2026-03-03', 'Tap'), text)).ok, true);
  await page.waitForFunction(() => newsmark.state().view === 'reading' && !newsmark.state().document.analysing, null, {timeout: 30000});
  await frames(page, 3);
  const at = async (word) => page.evaluate((cp) => newsmark.locate(cp), [...text.slice(0, text.indexOf(word))].length + 2);
  // A tap on a word that is not highlighted selects it; on a highlight, the highlight.
  await page.touchscreen.tap((await at('will')).x, (await at('will')).y);
  await page.waitForFunction(() => newsmark.state().canvas.selection !== null, null, {timeout: 20000});
  assert.equal((await selection()).text, 'will');
  await page.touchscreen.tap((await at('Monday')).x, (await at('Monday')).y);
  await page.waitForFunction(() => newsmark.state().canvas.selected !== null, null, {timeout: 20000});
  const selectedId = (await state(page)).canvas.selected;
  const monday = (await exported(page)).annotations.find((a) => a.id === selectedId);
  assert.equal(monday.text, 'Monday');
  // A long press on "dredging", then the finger moves to "start": one selection from word to word.
  const from = await at('dredging'), to = await at('start');
  await touch('touchStart', [from]);
  await page.waitForFunction(() => newsmark.state().canvas.selection?.text === 'dredging', null, {timeout: 20000});
  for (let i = 1; i <= 4; ++i) {
    await touch('touchMove', [{x: from.x + (to.x - from.x) * i / 4, y: from.y + (to.y - from.y) * i / 4}]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await frames(page, 3);
  assert.equal((await selection()).text, 'dredging will start');
  await screenshot(page, 'touch-04-long-press');
  // The handle at the end drags the end: out to "spring".
  const end = await page.evaluate((cp) => newsmark.locate(cp), [...text.slice(0, text.indexOf('start') + 5)].length);
  const knob = {x: end.x, y: end.y + (await reading()).lineHeight / 2 + 9};
  const spring = await at('spring');
  await touch('touchStart', [knob]);
  await frames(page, 2);
  for (let i = 1; i <= 4; ++i) {
    await touch('touchMove', [{x: knob.x + (spring.x + 20 - knob.x) * i / 4, y: knob.y + (spring.y - knob.y) * i / 4}]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await frames(page, 3);
  assert.equal((await selection()).text, 'dredging will start in the spring');
});

test('two fingers moving apart over the timeline zoom it in; together, out', async () => {
  await page.evaluate(() => newsmark.loadSample());
  await page.waitForFunction(() => newsmark.state().view === 'reading' && !newsmark.state().document.analysing, null, {timeout: 30000});
  await frames(page, 3);
  const span = async () => { const t = (await state(page)).timeline; return t.end - t.start; };
  const before = await span();
  const t = await page.evaluate(() => newsmark.state().display);
  // The middle of the timeline's plot: below its toolbar, above its axis.
  const cx = t[0] / 2, cy = t[1] - 110;
  await touch('touchStart', [{x: cx - 40, y: cy}, {x: cx + 40, y: cy}]);
  for (let i = 1; i <= 5; ++i) {
    await touch('touchMove', [{x: cx - 40 - i * 30, y: cy}, {x: cx + 40 + i * 30, y: cy}]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await page.waitForFunction((b) => { const s = newsmark.state().timeline; return s.end - s.start < b * 0.5; }, before, {timeout: 20000});
  const zoomed = await span();
  await touch('touchStart', [{x: cx - 190, y: cy}, {x: cx + 190, y: cy}]);
  for (let i = 1; i <= 5; ++i) {
    await touch('touchMove', [{x: cx - 190 + i * 30, y: cy}, {x: cx + 190 - i * 30, y: cy}]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await page.waitForFunction((z) => { const s = newsmark.state().timeline; return s.end - s.start > z * 2; }, zoomed, {timeout: 20000});
});
