// The student's lesson on a school device, end to end, as a finger and an on-screen keyboard do
// it: open an exercise link, type the name into the page's text field, swipe through the
// article, press and hold then drag to mark a source, tap its label, submit, read the
// feedback. Every control tapped is found where the app drew it (state().ui.targets) and, the
// pointer being coarse, must be a finger's size. The device test files (devices-*.test.mjs)
// run it at their screen sizes; screenshots go to build/web/test-artifacts/<device>-*.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot, finger, frames, screenshot, state, exported} from './harness.mjs';

export const TOUCH_TARGET = 44;  // CSS px (ui/widgets.h kTouchTarget)

const EXERCISE_TXT = fs.readFileSync(path.join(repoRoot, 'assets/exercises/01-named-sources.exercise.txt'), 'utf8');

// A control the app drew last frame, by its target name; fails with the names there are.
export async function target(page, name) {
  const t = (await state(page)).ui.targets[name];
  assert.ok(t, `no "${name}" on screen; there are: ${Object.keys((await state(page)).ui.targets).join(', ')}`);
  return {x0: t[0], y0: t[1], x1: t[2], y1: t[3], x: (t[0] + t[2]) / 2, y: (t[1] + t[3]) / 2, w: t[2] - t[0], h: t[3] - t[1]};
}

// Taps a named control once it is drawn, after checking it is finger-sized and on screen.
export async function tapTarget(page, name, viewport) {
  await page.waitForFunction((n) => n in newsmark.state().ui.targets, name, {timeout: 20000});
  const t = await target(page, name);
  assert.ok(t.h >= TOUCH_TARGET - 0.5, `"${name}" is ${t.h} px tall, under ${TOUCH_TARGET}`);
  assert.ok(t.x0 >= 0 && t.x1 <= viewport.width + 0.5 && t.y0 >= 0 && t.y1 <= viewport.height + 0.5,
            `"${name}" (${t.x0},${t.y0})-(${t.x1},${t.y1}) is not inside the ${viewport.width}x${viewport.height} screen`);
  await page.touchscreen.tap(t.x, t.y);
  await frames(page, 2);
}

// Swipes a scrolling region (the drawer, the class window; else at the control) until rect() is
// wholly in view: a student scrolls the task to reach the name field and Submit on a short screen.
async function swipeIntoView(page, rect, viewport, region = 'drawer') {
  for (let i = 0; i < 12; ++i) {
    const r = await rect();
    const d = (await state(page)).ui.targets[region];
    const bottom = d ? d[3] - 8 : viewport.height - 50;
    if (r.y1 <= bottom) return;
    const touch = finger(page);
    const x = d ? (d[0] + d[2]) / 2 : r.x, y0 = bottom - 10, dy = Math.min(r.y1 - bottom + 30, (bottom - (d ? d[1] : 0)) * 0.6);
    await touch('touchStart', [{x, y: y0}]);
    for (let k = 1; k <= 4; ++k) {
      await touch('touchMove', [{x, y: y0 - dy * k / 4}]);
      await frames(page, 1);
    }
    await touch('touchEnd', []);
    await frames(page, 3);
  }
  assert.fail(`could not swipe ${JSON.stringify(await rect())} into view`);
}

// An exercise link made from the built-in "Who is named as a source?" (its key kept), opened
// in a new tab as a student opens what the teacher sent (the first tab is closed). Returns it.
async function openExerciseLink(session) {
  let page = session.page;
  const r = await page.evaluate((t) => newsmark.openFiles([{name: '01-named-sources.exercise.txt', text: t}]), EXERCISE_TXT);
  assert.equal(r.ok, true, r.message);
  await frames(page, 2);
  const link = await page.evaluate((json) => newsmark.exerciseLink(json), await page.evaluate(() => newsmark.exportJson()));
  assert.match(link, /#exercise=z\./);
  page = await session.browser.context.newPage();
  await session.page.close();
  session.page = page;
  await page.goto(link);
  await page.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  assert.equal((await page.evaluate(() => newsmark.openedLink)).ok, true);
  await page.waitForFunction(() => newsmark.state().exercise !== null && newsmark.state().view === 'reading', null, {timeout: 30000});
  await frames(page, 3);
  return page;
}

// `session`: the file's appSession (its page is replaced by the link's).
export async function studentFlow(session, {device, viewport, narrow}) {
  const page = await openExerciseLink(session);
  let s = await state(page);
  assert.equal(s.exercise.title, 'Who is named as a source?');
  assert.equal(s.ui.narrow, narrow, `${viewport.width} px is ${narrow ? '' : 'not '}a narrow layout`);
  assert.equal(s.ui.coarsePointer, true, 'touch emulation makes the pointer coarse');
  assert.ok(s.ui.frameHeight >= TOUCH_TARGET, `buttons and fields are ${s.ui.frameHeight} px tall`);
  if (narrow) {
    // One menu button instead of five menus; the task is in the drawer, open by itself.
    assert.ok(s.ui.targets['menu:Menu'], 'the menus fold into one');
    assert.equal(s.ui.targets['menu:File'], undefined, 'no File menu beside it');
    assert.equal(s.ui.drawerOpen, true, 'an exercise opens the drawer with its task');
  }
  await screenshot(page, `${device}-01-exercise`);

  // The name, typed with the (on-screen) keyboard into the page's own text field.
  const nameField = async () => (await page.evaluate(() => newsmarkTextEntry.fields())).find((f) => f.name === 'student');
  assert.ok(await nameField(), 'the name field is drawn');
  await swipeIntoView(page, nameField, viewport);
  const field = await nameField();
  assert.ok(field.y1 - field.y0 >= TOUCH_TARGET - 0.5, `the name field is ${field.y1 - field.y0} px tall`);
  await page.touchscreen.tap((field.x0 + field.x1) / 2, (field.y0 + field.y1) / 2);
  await page.waitForFunction(() => newsmarkTextEntry.field !== 0 && newsmarkTextEntry.fields().some((x) => x.name === 'student' && x.active),
                             null, {timeout: 20000});
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'text-entry');
  await page.keyboard.type('Noor Haddad');
  await page.waitForFunction(() => newsmark.state().exercise.student === 'Noor Haddad', null, {timeout: 20000});
  await page.keyboard.press('Enter');
  await frames(page, 2);
  if (narrow) {
    await tapTarget(page, 'drawer:Close', viewport);
    await page.waitForFunction(() => !newsmark.state().ui.drawerOpen, null, {timeout: 20000});
  }

  // A swipe up scrolls the article (the exercise's text is long enough on every device).
  const touch = finger(page);
  const text = (await exported(page)).document.text;
  const cp = (s2) => [...text.slice(0, text.indexOf(s2))].length;
  const before = (await state(page)).reading.scrollY;
  const start = await page.evaluate((c) => newsmark.locate(c), cp('The footbridge') + 4);
  assert.ok(start, 'the article is on screen');
  const from = {x: start.x, y: Math.min(start.y + 60, viewport.height * 0.5)};
  await touch('touchStart', [from]);
  for (let i = 1; i <= 4; ++i) {
    await touch('touchMove', [{x: from.x, y: from.y - i * 20}]);
    await frames(page, 1);
  }
  await frames(page, 3);  // resting: no fling
  await touch('touchEnd', []);
  await frames(page, 2);
  const after = (await state(page)).reading.scrollY;
  assert.ok(after > before + 40, `a swipe of 80 px scrolled from ${before} to ${after}`);
  assert.equal((await state(page)).canvas.selection, null, 'a swipe selects nothing');

  // Press and hold on "Mayor", drag to "Whitfield": the selection; then its label, tapped.
  const first = cp('Mayor Clara Whitfield') + 1, last = cp('Mayor Clara Whitfield') + 'Mayor Clara Whitf'.length;
  let a = await page.evaluate((c) => newsmark.locate(c), first);
  if (!a || a.y > viewport.height * 0.6) {
    // Swipe it up into view first, as a reader would.
    const y0 = viewport.height * 0.6;
    const dy = Math.max(0, (a ? a.y : viewport.height) - viewport.height * 0.3);
    await touch('touchStart', [{x: from.x, y: y0}]);
    for (let i = 1; i <= 6; ++i) {
      await touch('touchMove', [{x: from.x, y: y0 - dy * i / 6}]);
      await frames(page, 1);
    }
    await frames(page, 3);
    await touch('touchEnd', []);
    await frames(page, 2);
    a = await page.evaluate((c) => newsmark.locate(c), first);
  }
  const b = await page.evaluate((c) => newsmark.locate(c), last);
  assert.ok(a && b, '"Mayor Clara Whitfield" is on screen');
  await touch('touchStart', [a]);
  await page.waitForFunction(() => newsmark.state().canvas.selection?.text === 'Mayor', null, {timeout: 20000});
  for (let i = 1; i <= 4; ++i) {
    await touch('touchMove', [{x: a.x + (b.x - a.x) * i / 4, y: a.y + (b.y - a.y) * i / 4}]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await frames(page, 3);
  assert.equal((await state(page)).canvas.selection.text, 'Mayor Clara Whitfield');
  await screenshot(page, `${device}-02-selected`);
  await tapTarget(page, 'label bar:SOURCE', viewport);
  await page.waitForFunction(() => JSON.parse(newsmark.exportJson()).annotations.some((x) => x.text === 'Mayor Clara Whitfield'),
                             null, {timeout: 20000});

  // Submit (in the drawer on a narrow screen), and the feedback.
  if (narrow) {
    await tapTarget(page, 'panel', viewport);
    await page.waitForFunction(() => newsmark.state().ui.drawerOpen, null, {timeout: 20000});
  }
  await swipeIntoView(page, () => target(page, 'exercise:Submit'), viewport);
  await tapTarget(page, 'exercise:Submit', viewport);
  await page.waitForFunction(() => newsmark.state().exercise.submitted, null, {timeout: 20000});
  s = await state(page);
  assert.equal(s.exercise.student, 'Noor Haddad');
  assert.ok(s.exercise.score && s.exercise.score.precision === 1, `one mark, in the key: ${JSON.stringify(s.exercise.score)}`);
  assert.ok(s.exercise.score.recall > 0 && s.exercise.score.recall < 1);
  if (narrow) assert.equal(s.ui.drawerOpen, true, 'the feedback is shown');
  await frames(page, 2);
  await screenshot(page, `${device}-03-feedback`);
}

// The teacher's side on the device: their keyed copy of the exercise, Class results, the whole
// class's 25 files at once; the window fits the screen and its Export CSV takes a tap.
export async function teacherFlow(session, {device, viewport}) {
  const page = session.page;
  const r = await page.evaluate((t) => newsmark.openFiles([{name: '01-named-sources.exercise.txt', text: t}]), EXERCISE_TXT);
  assert.equal(r.ok, true, r.message);
  await page.waitForFunction(() => newsmark.state().exercise?.hasKey, null, {timeout: 30000});
  const teacher = await exported(page);
  const key = teacher.exercise.key;
  const files = [];
  for (let i = 1; i <= 25; ++i) {
    const f = JSON.parse(JSON.stringify(teacher));
    // Each finds a different share of the key: the first span by all, the last by few.
    f.annotations = key.filter((k, j) => (i + j) % (j + 1) === 0).map((k, j) => ({...k, id: 'a' + (j + 1)}));
    f.exercise.student = `Student ${String(i).padStart(2, '0')}`;
    f.exercise.submitted = true;
    files.push({name: `student-${i}.json`, text: JSON.stringify(f)});
  }
  await page.evaluate(() => newsmark.showClassResults());
  assert.equal((await page.evaluate((fs) => newsmark.openFiles(fs), files)).ok, true);
  await page.waitForFunction(() => newsmark.state().exercise.classStudents === 25, null, {timeout: 30000});
  await frames(page, 3);
  await screenshot(page, `${device}-04-class-of-25`);
  // The window fits the screen, and its buttons take a finger: Export CSV, tapped, downloads the table.
  const w = await target(page, 'class window');
  assert.ok(w.x0 >= 0 && w.y0 >= 0 && w.x1 <= viewport.width + 0.5 && w.y1 <= viewport.height + 0.5,
            `Class results (${w.x0},${w.y0})-(${w.x1},${w.y1}) fits the ${viewport.width}x${viewport.height} screen`);
  const download = page.waitForEvent('download');
  await tapTarget(page, 'class:Export CSV', viewport);
  assert.match((await download).suggestedFilename(), /class-results\.csv$/);
}
