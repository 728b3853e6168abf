// Moving work in and out in a real browser: drop a file on the window, edit, reload (autosave
// and restore), download in a format and open the download again, a brat pair dropped
// together, the file picker with Ctrl+O, the library, and a full storage shown to the reader.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {appSession, labelWord, frames, screenshot, state, exported} from './harness.mjs';

const ARTICLE = 'MILLBROOK — The Millbrook council voted on Tuesday to rebuild the Elm Street bridge, ' +
  'Mayor Ana Kowalski said.\n\n“It will reopen in May,” Kowalski said. Officials said the work would cost $4 million. 🌉';

const app = appSession();
let server, browser, page;
before(async () => ({server, browser, page} = await app.ready));

const cp = (s) => [...ARTICLE.slice(0, ARTICLE.indexOf(s))].length;

// Drops files on the window the way the browser does: a drop event with a DataTransfer.
async function drop(files) {
  await page.evaluate(async (list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, {type: 'text/plain'}));
    window.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
  }, files);
  await frames(page, 4);
}

async function waitSaved() {
  await page.waitForFunction(() => newsmark.state().document?.saveState === 'saved', null, {timeout: 10000});
}

test('a dropped text file opens analysed, and is saved in the browser', async () => {
  await drop([{name: 'bridge.txt', text: ARTICLE}]);
  const s = await state(page);
  assert.equal(s.view, 'reading');
  assert.ok(s.document.annotations.PERSON >= 1, JSON.stringify(s.document.annotations));
  await waitSaved();
  const lib = await page.evaluate(() => newsmark.library());
  assert.equal(lib.length, 1);
  assert.equal(lib[0].id, (await state(page)).document.id);
});

test('an edit survives a reload: autosave within a second, restored on load', async () => {
  await labelWord(page, cp('council') + 2, '2');  // ORG
  const before = await exported(page);
  const mine = before.annotations.find((a) => a.text === 'council' && a.origin === 'user');
  assert.ok(mine, 'the edit is in the model');
  const t0 = Date.now();
  await waitSaved();
  const savedMs = Date.now() - t0;
  assert.ok(savedMs < 1500, `saved ${savedMs} ms after the edit`);

  await page.reload();
  await page.waitForFunction(() => window.newsmark && newsmark.ready, null, {timeout: 60000});
  await page.evaluate(() => newsmark.restored);
  await frames(page, 3);
  const after = await exported(page);
  assert.deepEqual(after.annotations, before.annotations, 'the same annotations after the reload');
  assert.equal((await state(page)).document.saveState, 'saved');
  await screenshot(page, 'files-01-restored');
});

test('Ctrl+S downloads Newsmark JSON; Ctrl+O opens the file picker', async () => {
  await page.locator('#canvas').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.match(download.suggestedFilename(), /\.newsmark\.json$/);
  await frames(page, 3);
  // Ctrl+O clicks the page's file input (headless Chromium, after a reload in the same test
  // run, does not always raise the chooser event: the input's click is checked instead, and
  // the file is given to the input as the chooser would).
  await page.evaluate(() => {
    const input = document.getElementById('file-input');
    window.pickerOpened = 0;
    input.addEventListener('click', () => { window.pickerOpened += 1; });
  });
  await page.keyboard.press('Control+o');
  await frames(page, 3);
  assert.equal(await page.evaluate(() => window.pickerOpened), 1, 'Ctrl+O opened the picker');
  assert.equal(await page.evaluate(() => document.getElementById('file-input').multiple), true);
  await page.setInputFiles('#file-input', {name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('Ms. Dana Whitcombe met officials in Paris on Friday.')});
  await page.waitForFunction(() => newsmark.state().document?.bytes < 100, null, {timeout: 10000});
  await waitSaved();
  assert.equal((await page.evaluate(() => newsmark.library())).length, 2, 'two articles in the library');
  // Back to the first article for the downloads.
  const first = (await page.evaluate(() => newsmark.library())).find((m) => m.title.startsWith('MILLBROOK'));
  assert.equal((await page.evaluate((id) => newsmark.openStored(id), first.id)).ok, true);
});

test('a download in each importable format opens again as the same work', async () => {
  const original = await exported(page);
  for (const format of ['newsmark', 'w3c']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((f) => newsmark.download(f), format)]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.match(download.suggestedFilename(), format === 'newsmark' ? /\.newsmark\.json$/ : /\.w3c\.jsonld$/);
    await drop([{name: download.suggestedFilename(), text}]);
    const back = await exported(page);
    assert.deepEqual(back.annotations, original.annotations, format + ' round trip');
    assert.equal(back.document.text, original.document.text);
  }
  // brat: two downloads, dropped back together.
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.evaluate(() => newsmark.download('brat'));
  for (let i = 0; i < 50 && downloads.length < 2; ++i) await frames(page, 2);
  assert.equal(downloads.length, 2, 'a .txt and an .ann');
  const files = [];
  for (const d of downloads) files.push({name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8')});
  await drop(files);
  const back = await exported(page);
  assert.deepEqual(back.annotations.map((a) => [a.start, a.end, a.label, a.status]),
                   original.annotations.map((a) => [a.start, a.end, a.label, a.status]), 'brat round trip');
  // The export-only formats download too.
  for (const format of ['doccano', 'spacy', 'conll', 'csv', 'html', 'timelinejs']) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.evaluate((f) => newsmark.download(f), format)]);
    assert.ok(fs.statSync(await d.path()).size > 100, format);
  }
});

test('a dropped web page opens as its article, with its title and date', async () => {
  const page_html = '<!DOCTYPE html><html><head><title>Site</title><meta property="og:title" content="Bridge to reopen">' +
    '<meta property="article:published_time" content="2026-05-02T08:00:00Z"></head><body><nav>Home | World</nav>' +
    '<article><h1>Bridge to reopen</h1><p>The Elm Street bridge will reopen on Friday, Mayor Ana Kowalski said.</p></article>' +
    '<footer>© Site</footer></body></html>';
  await drop([{name: 'bridge.html', text: page_html}]);
  const s = await state(page);
  assert.equal(s.document.title, 'Bridge to reopen');
  assert.equal(s.document.dct, '2026-05-02');
  const json = await exported(page);
  assert.equal(json.document.text, 'Bridge to reopen\n\nThe Elm Street bridge will reopen on Friday, Mayor Ana Kowalski said.');
  assert.ok(json.annotations.some((a) => a.label === 'DATE' && a.attrs.value === '2026-05-08'), 'Friday resolved against the page date');
});

test('a broken file is refused with every problem named, and the open work stays', async () => {
  const before = await exported(page);
  await drop([{name: 'broken.newsmark.json', text: JSON.stringify({
    format: 'newsmark', version: 1, document: {text: 'Ann met Bob.'},
    annotations: [{start: 0, end: 99, label: 'PERSON'}, {start: 4, end: 7, label: ''}]})}]);
  const s = await state(page);
  const notice = s.notices.map((n) => n.text).join('\n');
  assert.match(notice, /annotations\[0\]\.end: 99 past end of text \(12\)/);
  assert.match(notice, /annotations\[1\]\.label: missing/);
  assert.deepEqual((await exported(page)).annotations, before.annotations);
});

test('the library lists the articles and opens one again', async () => {
  const lib = await page.evaluate(() => newsmark.library());
  const bridge = lib.find((m) => m.title.startsWith('MILLBROOK'));
  assert.ok(bridge, JSON.stringify(lib));
  const r = await page.evaluate((id) => newsmark.openStored(id), bridge.id);
  assert.equal(r.ok, true, r.message);
  assert.ok((await exported(page)).annotations.some((a) => a.text === 'council' && a.origin === 'user'));
});

test('a label on a letter key (from the file\'s label set) labels a word with that letter', async () => {
  const text = 'Residents said the mayor would resign, but nobody confirmed it.';
  await drop([{name: 'rumour.newsmark.json', text: JSON.stringify({
    format: 'newsmark', version: 1, document: {text},
    annotations: [{start: 0, end: 9, label: 'RUMOUR'}],
    labels: [{name: 'PERSON', color: '#0072b2', hotkey: 1}, {name: 'RUMOUR', color: '#882255', hotkey: 'U'}]})}]);
  await labelWord(page, [...text.slice(0, text.indexOf('resign'))].length + 2, 'u');
  const json = await exported(page);
  const mine = json.annotations.find((a) => a.text === 'resign');
  assert.equal(mine?.label, 'RUMOUR', JSON.stringify(json.annotations));
  assert.deepEqual(json.labels.find((l) => l.name === 'RUMOUR'), {name: 'RUMOUR', color: '#882255', hotkey: 'U'});
  await screenshot(page, 'files-03-letter-key');
});

test('a full storage is shown, not swallowed', async () => {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  // Any change is saved: here a new article.
  await page.evaluate(() => newsmark.loadText('The harbour reopened on Monday, officials said.'));
  await page.waitForFunction(() => newsmark.state().document?.saveState === 'failed', null, {timeout: 10000});
  const s = await state(page);
  assert.match(s.notices.map((n) => n.text).join('\n'), /storage for this site is full/);
  await screenshot(page, 'files-02-storage-full');
});

test('when the analysis worker cannot start, a long article is analysed in place, with a notice', async () => {
  // The first long article of this page creates the worker: make that fail as a blocked
  // script would.
  await page.evaluate(() => {
    window.Worker = class {
      constructor() { setTimeout(() => this.onerror && this.onerror({message: 'blocked by the test', preventDefault() {}}), 20); }
      postMessage() {}
      terminate() {}
    };
  });
  const big = (ARTICLE + '\n\n').repeat(Math.ceil(1.5 * 1048576 / (ARTICLE.length + 2)));
  const r = await page.evaluate((t) => newsmark.loadText(t), big);
  assert.equal(r.ok, true, r.message);
  await page.waitForFunction(() => newsmark.state().document.analysing === false, null, {timeout: 60000});
  const s = await state(page);
  assert.match(s.notices.map((n) => n.text).join('\n'), /background analysis failed \(the analysis worker did not start \(blocked by the test\)\); analysing here instead/);
  assert.ok(s.document.annotations.PERSON > 100, JSON.stringify(s.document.annotations));
});
