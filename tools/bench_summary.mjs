#!/usr/bin/env node
// The summary table of one tools/bench.sh run: reads the run's output on stdin, keeps the
// machine-readable figure lines (tests/bench/bench_figures.h, tests/bench/figures.mjs) and
// prints one Markdown table. A figure the run did not print shows as "–" and is named below it.
//   tools/bench.sh | tee bench.txt; node tools/bench_summary.mjs < bench.txt
import fs from 'node:fs';

const figures = new Map();
for (const line of fs.readFileSync(0, 'utf8').split('\n')) {
  const [tag, key, value, unit] = line.split('\t');
  if (tag === 'figure' && key && value !== undefined) figures.set(key, {value: Number(value), unit});
}

const missing = [];
const get = (key) => {
  const f = figures.get(key);
  if (!f) missing.push(key);
  return f?.value;
};
const num = (v, digits) => (v === undefined || Number.isNaN(v) ? '–' : v.toLocaleString('en', {minimumFractionDigits: digits, maximumFractionDigits: digits}));
const one = (digits) => (key) => num(get(key), digits);
const several = (digits, ...keys) => () => keys.map((k) => num(get(k), digits)).join(' / ');
const none = () => '';

// The site's scripts and wasm: those of 10 KB and more one by one, the small ones together.
function siteFileRows() {
  const files = [...figures.keys()].filter((k) => k.startsWith('site.file.'));
  const big = files.filter((k) => figures.get(k).value >= 10);
  const small = files.filter((k) => figures.get(k).value < 10);
  const rows = big.map((k) => [`site: ${k.slice(10)}`, 'KB', none, () => one(0)(k)]);
  if (small.length) {
    const sum = small.reduce((a, k) => a + figures.get(k).value, 0);
    rows.push([`site: the other ${small.length} scripts together`, 'KB', none, () => num(sum, 0)]);
  }
  return rows;
}

// [what, unit, native cell, wasm-or-browser cell]
const stages = [['tokenize', 'tokenize'], ['sentences', 'sentences'], ['names', 'names'], ['numbers and measures', 'numbers'],
                ['time expressions', 'time'], ['quotes and hedges', 'quotes'], ['whole pipeline', 'pipeline']];
const rows = [
  ...stages.map(([what, key]) => [`engine: ${what}`, 'M chars/s', () => one(1)(`engine.native.${key}`), () => one(1)(`engine.wasm.${key}`)]),
  ['engine: lexicons loaded', 'ms', () => one(1)('engine.native.lexicons_ms'), () => one(1)('engine.wasm.lexicons_ms')],
  ['engine memory: lexicons / peak, above the start', 'MB', several(1, 'engine.native.memory_lexicons', 'engine.native.memory_peak'),
   several(1, 'engine.wasm.memory_lexicons', 'engine.wasm.memory_peak')],
  ['engine time per MB: 1 MB / 8 MB of news', 'ms', several(0, 'scaling.news.1mb', 'scaling.news.8mb'), none],
  [`Newsmark JSON import (${num(figures.get('json.native.file_mb')?.value, 1)} MB, 100,000 annotations)`, 'ms',
   () => one(0)('json.native.import_ms'), () => one(0)('json.wasm.import_ms')],
  ['Newsmark JSON export (the same)', 'ms', () => one(0)('json.native.export_ms'), () => one(0)('json.wasm.export_ms')],
  ['JSON.parse of the same file (node)', 'ms', none, () => one(0)('json.wasm.json_parse_ms')],
  ['canvas frame, scrolling the 1 MB article: mean / p95 / max', 'ms', several(2, 'canvas.scroll_mean', 'canvas.scroll_p95', 'canvas.scroll_max'), none],
  ['canvas: first frame (lay out 1 MB) / re-layout after a resize', 'ms', several(1, 'canvas.first_frame', 'canvas.relayout'), none],
  ['canvas: typing in the find bar, max', 'ms', () => one(2)('canvas.typing_max'), none],
  ['timeline frame, zooming: mean / max', 'ms', several(2, 'timeline.zoom_mean', 'timeline.zoom_max'), none],
  ['canvas benchmark peak memory', 'MB', () => one(1)('canvas.peak_memory'), none],
  ...siteFileRows(),
  ['site: files / total', 'MB', none, () => `${num(get('site.files'), 0)} / ${num(get('site.total'), 2)}`],
  ['start-up in Chromium: first / repeat / offline visit', 'ms', none, several(0, 'startup.first', 'startup.repeat', 'startup.offline')],
  ['Newsmark engine on the comparison text', 'M chars/s', () => one(1)('compare.newsmark.native'), () => one(1)('compare.newsmark.wasm')],
  ...['compromise', 'chrono-node', 'wink-nlp'].flatMap((lib) => [
    [`${lib} on the same text (${num(figures.get(`compare.${lib}.chars`)?.value, 2)} M chars/s): Newsmark is faster by`, '×',
     () => one(1)(`compare.${lib}.ratio_native`), () => one(1)(`compare.${lib}.ratio_wasm`)],
  ]),
];

const table = [['measure', 'unit', 'native', 'wasm (node) / Chromium'], ...rows.map(([what, unit, n, w]) => [what, unit, n(), w()])];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
const line = (r) => '| ' + r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ') + ' |';
console.log('Newsmark benchmark summary (one tools/bench.sh run; the tables above give the details)\n');
console.log(line(table[0]));
console.log('|' + widths.map((w, c) => (c < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of table.slice(1)) console.log(line(r));
if (missing.length) {
  console.log(`\nNot in this run's output: ${[...new Set(missing)].join(', ')}`);
  process.exitCode = 1;
}
