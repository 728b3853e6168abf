#!/usr/bin/env node
// Newsmark's engine against the JavaScript libraries a web developer would reach for, on the
// same generated news text, in one run (so the ratios share the machine's state):
//   compromise      people, places, organisations and quotations (its own English model)
//   chrono-node     dates, resolved against a reference date
//   wink-nlp        entities (with wink-eng-lite-web-model)
// The engine does more in its one pass (names, numbers and measures, resolved dates, quotes with
// speakers, cues, sources, hedges, a timeline), so a ratio compares whole passes, not equal
// work. The libraries come from npm (package-lock.json); the engine's figures come from its
// own benchmark, native and as wasm under node, on the same file.
//   node tests/bench/compare_libraries.mjs [--mb N] [--repeat R]      (tools/bench.sh runs it)
import {figure} from './figures.mjs';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const mb = arg('--mb', 1);
const repeat = Math.max(1, arg('--repeat', 3));

const textFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-compare-')), 'news.txt');
// The engine: native, then wasm under node; both write or read the same text.
const pipeline = (out) => {
  const m = out.match(/whole pipeline\s+([\d.]+)\s+([\d.]+)/);
  if (!m) throw new Error('no "whole pipeline" line in:\n' + out);
  return {ms: Number(m[1]), charsPerSec: Number(m[2]) * 1e6};
};
const native = pipeline(execFileSync(path.join(root, 'build/native/tests/newsmark-bench'),
  ['--mb', String(mb), '--repeat', String(repeat), '--write', textFile], {encoding: 'utf8'}));
const wasm = pipeline(execFileSync(process.execPath, ['--no-experimental-fetch', path.join(root, 'build/web/tests/newsmark-bench.js'),
  '--file', textFile, '--repeat', String(repeat)], {encoding: 'utf8'}));
const text = fs.readFileSync(textFile, 'utf8');
const chars = [...text].length;

function best(fn) {
  let ms = Infinity, result;
  for (let r = 0; r < repeat; ++r) {
    const t0 = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return {ms, result};
}

const {default: nlp} = await import('compromise');
const chrono = await import('chrono-node');
const {default: winkNLP} = await import('wink-nlp');
const {default: model} = await import('wink-eng-lite-web-model');
const wink = winkNLP(model);

const rows = [];
const add = (name, task, {ms, result}) => rows.push({name, task, ms, charsPerSec: chars / (ms / 1000), found: result});
add('compromise', 'people, places, organisations, quotations', best(() => {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
}));
add('chrono-node', 'dates, resolved', best(() => chrono.parse(text, new Date(2026, 2, 9)).length));
add('wink-nlp', 'entities', best(() => wink.readDoc(text).entities().length()));

const fmt = (n) => (n >= 1e6 ? (n / 1e6).toFixed(1) + ' M' : (n / 1e3).toFixed(0) + ' k');
console.log(`The same ${(text.length / 1048576).toFixed(2)} MB of generated news (${chars} characters), best of ${repeat}, one run:`);
console.log(`${'tool'.padEnd(26)}${'what it finds'.padEnd(44)}${'ms'.padStart(9)}${'chars/s'.padStart(11)}` +
            `${'found'.padStart(9)}   Newsmark native / wasm is faster by`);
console.log(`${'Newsmark engine, native'.padEnd(26)}${'the whole analysis'.padEnd(44)}${native.ms.toFixed(0).padStart(9)}${fmt(native.charsPerSec).padStart(11)}`);
console.log(`${'Newsmark engine, wasm'.padEnd(26)}${'the whole analysis'.padEnd(44)}${wasm.ms.toFixed(0).padStart(9)}${fmt(wasm.charsPerSec).padStart(11)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(26)}${r.task.padEnd(44)}${r.ms.toFixed(0).padStart(9)}${fmt(r.charsPerSec).padStart(11)}` +
              `${String(r.found).padStart(9)}   ${(native.charsPerSec / r.charsPerSec).toFixed(1)}x / ${(wasm.charsPerSec / r.charsPerSec).toFixed(1)}x`);
}
figure('compare.newsmark.native', native.charsPerSec / 1e6, 'M chars/s');
figure('compare.newsmark.wasm', wasm.charsPerSec / 1e6, 'M chars/s');
for (const r of rows) {
  figure(`compare.${r.name}.chars`, r.charsPerSec / 1e6, 'M chars/s');
  figure(`compare.${r.name}.ratio_native`, native.charsPerSec / r.charsPerSec, 'x');
  figure(`compare.${r.name}.ratio_wasm`, wasm.charsPerSec / r.charsPerSec, 'x');
}
fs.rmSync(path.dirname(textFile), {recursive: true, force: true});
