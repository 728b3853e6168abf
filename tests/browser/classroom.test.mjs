// The classroom loop in Chromium: a teacher marks the key on an article and makes an
// exercise; a student opens it, marks with the keyboard, submits and sees feedback, and
// their work survives a reload; the teacher loads the class's files into Class results; an
// exercise link opens the same exercise. Screenshots in build/web/test-artifacts/classroom-*.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {appSession, labelWord, frames, screenshot, slowClick, state, exported} from './harness.mjs';

const ARTICLE = 'BRANDT — Officials said the new bridge would open in May. ' +
  'Whitfield told the council that the cost had risen. Residents complained about the noise, reporters found.\n';
const cp = (s) => [...ARTICLE.slice(0, ARTICLE.indexOf(s))].length;

const app = appSession({launch: {viewport: {width: 1400, height: 860}}});
let server, browser, page;
before(async () => ({server, browser, page} = await app.ready));

// Labels a word as a reader does (Escape first: the label bar of the last one would be in the way).
const label = (word, key) => labelWord(page, cp(word) + 1, key, {escapeFirst: true});

let exerciseJson, annWork;

test('the teacher marks the key and makes an exercise of it', async () => {
  assert.equal((await page.evaluate((t) => newsmark.loadText(t, '2026-03-03', 'Bridge'), ARTICLE)).ok, true);
  await frames(page, 3);
  const sourceKey = (await exported(page)).labels.find((l) => l.name === 'SOURCE').hotkey;
  for (const w of ['Officials', 'Whitfield', 'Residents']) await label(w, String(sourceKey));
  exerciseJson = await page.evaluate(() => newsmark.makeExercise({
    title: 'Who is the source?', instructions: 'Mark every source of information.', labels: ['SOURCE'], keepKey: true}));
  const ex = JSON.parse(exerciseJson);
  assert.deepEqual(ex.exercise.task.labels, ['SOURCE']);
  assert.deepEqual(ex.exercise.key.map((k) => k.text), ['Officials', 'Whitfield', 'Residents']);
  assert.deepEqual(ex.annotations, [], 'suggestions off: students start from a clean article');
  assert.equal(ex.exercise.submitted, false);
  // A task that counts nothing is refused with the reason.
  assert.equal(await page.evaluate(() => newsmark.makeExercise({title: 'x', labels: []})), '');
  assert.ok((await state(page)).notices.some((n) => /counts no label/.test(n.text)));
});

test('the student opens it, marks with the keyboard, submits and sees feedback', async () => {
  const r = await page.evaluate((t) => newsmark.openFiles([{name: 'bridge.exercise.newsmark.json', text: t}]), exerciseJson);
  assert.equal(r.ok, true, r.message);
  await frames(page, 3);
  let s = await state(page);
  assert.equal(s.exercise.title, 'Who is the source?');
  assert.deepEqual(s.labelSet, ['SOURCE'], 'only the task\'s labels');
  assert.equal(s.exercise.submitted, false);
  await screenshot(page, 'classroom-01-student');
  // SOURCE is on key 1 for the student. One right, one not in the key.
  await label('Officials', '1');
  await label('reporters', '1');
  // Without a name there is nothing to hand in under: refused, with the reason.
  assert.equal(await page.evaluate(() => newsmark.submitExercise('  ')), false);
  assert.equal((await state(page)).exercise.submitted, false);
  assert.ok((await state(page)).notices.some((n) => /Type your name before you submit/.test(n.text)));
  assert.equal(await page.evaluate(() => newsmark.submitExercise('Ann')), true);
  await frames(page, 4);
  s = await state(page);
  assert.equal(s.exercise.submitted, true);
  assert.equal(s.exercise.student, 'Ann');
  // 1 of 2 marked is right, 1 of 3 found: P 0.5, R 1/3, F1 0.4.
  assert.ok(Math.abs(s.exercise.score.precision - 0.5) < 1e-9, JSON.stringify(s.exercise.score));
  assert.ok(Math.abs(s.exercise.score.recall - 1 / 3) < 1e-9);
  assert.ok(Math.abs(s.exercise.score.f1 - 0.4) < 1e-9);
  // In the text, each mark shows how it fared: "Officials" found (a green line under it),
  // "reporters" extra (red dots).
  assert.deepEqual(s.exercise.marks, {found: 1, inPart: 0, extra: 1});
  await page.keyboard.press('Escape');  // the selection's outline would cover the line under "reporters"
  await page.mouse.move(5, 5);  // and no tooltip over the text
  await frames(page, 2);
  const png = await screenshot(page, 'classroom-02-feedback');
  const under = async (word) => {
    const a = await page.evaluate((c) => newsmark.locate(c), cp(word));
    const b = await page.evaluate((c) => newsmark.locate(c), cp(word) + word.length - 1);
    const lineH = s.reading.lineHeight;
    let green = 0, red = 0;
    for (let y = Math.floor(a.y + lineH * 0.3); y <= Math.ceil(a.y + lineH * 0.55); ++y) {
      for (let x = Math.floor(a.x); x <= Math.floor(b.x); ++x) {
        const i = (y * png.width + x) * 4;
        const [r, g, bl] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (g > 110 && r < 80 && bl < 110) ++green;
        if (r > 170 && g < 90 && bl < 90) ++red;
      }
    }
    return {green, red};
  };
  const officials = await under('Officials'), reporters = await under('reporters');
  assert.ok(officials.green > 10 && officials.red === 0, `under "Officials": ${JSON.stringify(officials)}`);
  assert.ok(reporters.red > 3 && reporters.green === 0, `under "reporters": ${JSON.stringify(reporters)}`);
  annWork = await page.evaluate(() => newsmark.exportJson());
  const work = JSON.parse(annWork);
  assert.equal(work.exercise.student, 'Ann');
  assert.deepEqual(work.annotations.map((a) => a.text), ['Officials', 'reporters']);
});

test('the student\'s work and feedback survive a reload', async () => {
  await page.waitForFunction(() => newsmark.state().document.saveState === 'saved', null, {timeout: 10000});
  await page.reload();
  await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
  await page.evaluate(() => newsmark.restored);
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.exercise.student, 'Ann');
  assert.equal(s.exercise.submitted, true);
  assert.ok(Math.abs(s.exercise.score.f1 - 0.4) < 1e-9);
});

test('the teacher loads the class\'s files into Class results', async () => {
  // The teacher's copy of the exercise, then the class view, then three students' files.
  assert.equal((await page.evaluate((t) => newsmark.openFiles([{name: 'bridge.exercise.newsmark.json', text: t}]), exerciseJson)).ok, true);
  await page.evaluate(() => newsmark.showClassResults());
  await frames(page, 2);
  const key = JSON.parse(exerciseJson).exercise.key;
  const student = (name, annotations) => {
    const f = JSON.parse(exerciseJson);
    f.annotations = annotations.map((k) => ({...k, id: 'a' + k.id}));
    f.exercise.student = name;
    f.exercise.submitted = true;
    return {name: name + '.json', text: JSON.stringify(f)};
  };
  // Dee marks "Whitfield told" (half credit) and "Officials"; Eve all three and "noise".
  const whitfieldTold = {...key[1], id: 'x1', end: key[1].end + 5, text: 'Whitfield told'};
  const noise = {...key[2], id: 'x2', start: cp('noise'), end: cp('noise') + 5, text: 'noise'};
  const r = await page.evaluate((files) => newsmark.openFiles(files), [
    {name: 'ann.json', text: annWork}, student('Ben', key), student('Cy', []), student('Dee', [key[0], whitfieldTold]),
    student('Eve', [...key, noise])]);
  assert.equal(r.ok, true, r.message);
  await frames(page, 4);
  const s = await state(page);
  assert.equal(s.exercise.classOpen, true);
  assert.equal(s.exercise.classStudents, 5);
  assert.equal(s.exercise.title, 'Who is the source?', 'the open article stays the exercise');
  await screenshot(page, 'classroom-03-class');
  // Export CSV, as the teacher clicks it (where the app drew it).
  const download = page.waitForEvent('download');
  const exportButton = s.ui.targets['class:Export CSV'];
  assert.ok(exportButton, 'the Export CSV button is drawn');
  await slowClick(page, {x: (exportButton[0] + exportButton[2]) / 2, y: (exportButton[1] + exportButton[3]) / 2});
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  assert.match(csv, /^student,label,key,marked,exact,partial,credit,precision,recall,f1\r\n/);
  // Dee: "Officials" exact, "Whitfield told" half: credit 1.5 of 2 marked and 3 in the key.
  assert.match(csv, /\r\nDee,SOURCE,3,2,1,1,1\.5,0\.7500,0\.5000,0\.6000\r\n/);
  assert.match(csv, /\r\n\(class\),all,15,/);
  // The span most students missed, clicked: it is selected in the article, and the window folds
  // to its title bar so that the article shows it.
  const hardest = (await state(page)).ui.targets['class:hardest 0'];
  assert.ok(hardest, 'the hardest spans are listed');
  await slowClick(page, {x: (hardest[0] + hardest[2]) / 2, y: (hardest[1] + hardest[3]) / 2});
  await page.waitForFunction(() => newsmark.state().exercise.classFolded, null, {timeout: 20000});
  const chosen = (await state(page)).canvas.selection;
  assert.ok(chosen && ['Officials', 'Whitfield', 'Residents'].includes(chosen.text), JSON.stringify(chosen));
  await screenshot(page, 'classroom-03b-hardest-span');
  // Work on another article is refused with its name, and the table keeps its students.
  const other = JSON.parse(exerciseJson);
  other.document.text = other.document.text.replace('Officials', 'Officers');
  other.exercise.key = [];
  other.document.length = undefined;
  delete other.document.length;
  const bad = await page.evaluate((t) => newsmark.openFiles([{name: 'dan.json', text: t}]), JSON.stringify(other));
  assert.equal(bad.ok, false);
  assert.match(bad.message, /dan\.json: the work is on another article/);
  assert.equal((await state(page)).exercise.classStudents, 5);
});

test('a class of 25 files picked at once: every one is read, a wrong one refused by name', async () => {
  // As a teacher does it: File › Open (the page's file input) with the whole class's files, while
  // Class results is open. 25 students plus one file of another article.
  const before = (await state(page)).exercise.classStudents;
  const files = [];
  for (let i = 1; i <= 25; ++i) {
    const f = JSON.parse(exerciseJson);
    f.annotations = f.exercise.key.slice(0, 1 + (i % 3)).map((k) => ({...k, id: 'p' + k.id}));
    f.exercise.student = 'Student ' + String(i).padStart(2, '0');
    f.exercise.submitted = true;
    files.push({name: `student-${i}.newsmark.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f))});
  }
  const other = JSON.parse(exerciseJson);
  other.document.text = other.document.text.replace('Officials', 'Officers');
  delete other.document.length;
  other.exercise.key = [];
  files.splice(12, 0, {name: 'zed.newsmark.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other))});
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction((n) => newsmark.state().exercise.classStudents === n, before + 25, {timeout: 30000});
  const s = await state(page);
  assert.ok(s.notices.some((n) => /zed\.newsmark\.json: the work is on another article/.test(n.text)), JSON.stringify(s.notices));
  assert.ok(s.notices.some((n) => /25 students' work added/.test(n.text)), JSON.stringify(s.notices));
  await screenshot(page, 'classroom-04-class-of-25');
});

test('an exercise link opens the exercise, offline-capable and without a server', async () => {
  const link = await page.evaluate((t) => newsmark.exerciseLink(t), exerciseJson);
  assert.match(link, /#exercise=z\./);
  console.log(`an exercise link of ${exerciseJson.length} bytes of JSON is ${link.length} characters long`);
  // Opened as a student would: a new tab.
  page = await browser.context.newPage();
  await page.goto(link);
  await page.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  const r = await page.evaluate(() => newsmark.openedLink);
  assert.equal(r.ok, true, r.message);
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.exercise.title, 'Who is the source?');
  assert.equal(s.exercise.keySpans, 3);
  assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is taken off the address');
  // A damaged link says so.
  page = await browser.context.newPage();
  await page.goto(link.replace('#exercise=z.', '#exercise=z.AAAA'));
  await page.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  const broken = await page.evaluate(() => newsmark.openedLink);
  assert.equal(broken.ok, false);
  assert.match(broken.message, /link is damaged/);
});

test('an exercise link of 1 MB opens; 1 MB of garbage after #exercise= is refused as damaged', async () => {
  // An exercise on an article of pseudo-random words, so the link stays big after compression.
  const f = JSON.parse(exerciseJson);
  let x = 7, length = 0;
  const words = [];
  while (length < 900000) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(x.toString(36));
    length += words[words.length - 1].length + 1;
  }
  f.document.text = words.join(' ') + '.';
  delete f.document.length;
  f.exercise.key = [];
  f.exercise.task.title = 'Big';
  const link = await page.evaluate((t) => newsmark.exerciseLink(t), JSON.stringify(f));
  assert.ok(link.length > 500000, `the link is ${link.length} characters`);
  page = await browser.context.newPage();
  await page.goto(link);
  await page.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  const r = await page.evaluate(() => newsmark.openedLink);
  assert.equal(r.ok, true, r.message);
  await page.waitForFunction(() => newsmark.state().exercise?.title === 'Big', null, {timeout: 30000});
  console.log(`a ${link.length}-character exercise link opened (article of ${f.document.text.length} characters)`);
  // Garbage of the same size.
  page = await browser.context.newPage();
  await page.goto(server.url + '#exercise=z.' + 'A'.repeat(1 << 20));
  await page.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  const bad = await page.evaluate(() => newsmark.openedLink);
  assert.equal(bad.ok, false);
  assert.match(bad.message, /damaged/);
});

test('"What happened when?": the dates a student marks go on the timeline, and leave it with the mark', async () => {
  const txt = fs.readFileSync(new URL('../../assets/exercises/05-what-happened-when.exercise.txt', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((t) => newsmark.openFiles([{name: '05-what-happened-when.exercise.txt', text: t}]), txt)).ok, true);
  await frames(page, 3);
  const text = (await exported(page)).document.text;
  assert.equal((await state(page)).timeline.eventsDrawn, 0, 'a clean article: no dates yet');
  const at = (w) => [...text.slice(0, text.indexOf(w))].length + 1;
  await labelWord(page, at('Wednesday'), '1', {escapeFirst: true});
  await labelWord(page, at('2019'), '1', {escapeFirst: true});
  await page.waitForFunction(() => newsmark.state().timeline.eventsDrawn === 2, null, {timeout: 20000});
  const doc = await exported(page);
  const wednesday = doc.annotations.find((a) => a.text === 'Wednesday');
  assert.equal(wednesday.attrs.value, '2026-06-17', `the student's "Wednesday" is read as the engine reads it: ${JSON.stringify(wednesday)}`);
  assert.deepEqual(doc.timeline.map((e) => e.value), ['2019', '2026-06-17']);
  await screenshot(page, 'classroom-05-dates-on-the-timeline');
  // One undo takes the mark and its event; Delete on the mark takes both too.
  assert.equal(await page.evaluate(() => newsmark.undo()), true);
  await page.waitForFunction(() => newsmark.state().timeline.eventsDrawn === 1, null, {timeout: 20000});
  assert.equal((await exported(page)).annotations.length, 1);
});

test('"Try it as a student" opens the exercise in a new tab and leaves the teacher\'s article where it was', async () => {
  const teacherTitle = (await exported(page)).document.title;
  const opened = browser.context.waitForEvent('page');
  await page.evaluate((t) => newsmark._makeExerciseLink(t, 'open'), exerciseJson);  // what the button asks the page to do
  const student = await opened;
  await student.waitForFunction(() => window.newsmark && newsmark.ready && newsmark.openedLink, null, {timeout: 60000});
  assert.equal((await student.evaluate(() => newsmark.openedLink)).ok, true);
  await student.waitForFunction(() => newsmark.state().exercise?.title === 'Who is the source?', null, {timeout: 30000});
  await page.waitForFunction(() => newsmark.state().notices.some((n) => /opened in a new tab/.test(n.text)), null, {timeout: 20000});
  assert.equal((await exported(page)).document.title, teacherTitle, 'the teacher\'s tab keeps its article');
  assert.deepEqual(await page.evaluate(() => newsmark.lastExerciseLink.outcome), 2);
  await student.close();
  // The Library tells the copies of this one article apart.
  await page.waitForFunction(() => newsmark.state().document.saveState === 'saved', null, {timeout: 20000});
  const kinds = (await page.evaluate(() => newsmark.library())).map((m) => m.kind);
  assert.ok(kinds.includes('exercise with its key'), JSON.stringify(kinds));
  assert.ok(kinds.includes('Ann\'s work'), JSON.stringify(kinds));
});
