// Newsmark on a tablet: the app's text fields type through a real (hidden) text field of the
// page, so an on-screen keyboard, paste and IME reach them. Touch emulation at iPad size.
// Screenshots in build/web/test-artifacts/touch-*.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {appSession, frames, screenshot, state, exported} from './harness.mjs';

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
