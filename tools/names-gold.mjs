// Turns hand-marked name articles (DIR/*.marked.txt) into DIR.jsonl, one article a line,
// layer "name". See docs/names.md for the types and span edges.
//   node tools/names-gold.mjs tests/data/names/firstlook   -> tests/data/names/firstlook.jsonl
// A marked file: first line "dct: YYYY-MM-DD", then the article; each name is marked inline
// as {TYPE:the name}. Marks do not nest and braces mean nothing else.
// Offsets are end-exclusive and count Unicode code points (not UTF-16 units).
import fs from 'node:fs';
import path from 'node:path';

const TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);
const SOURCE = 'newsmark/names-firstlook';

// Stops with "file:line: message".
function fail(file, line, msg) {
  console.error(`${file}:${line}: ${msg}`);
  process.exit(1);
}

// Parses one marked file: returns {dct, text, spans}.
function parse(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const m = /^dct: (\d{4}-\d{2}-\d{2})$/.exec(lines[0] ?? '');
  if (!m) fail(file, 1, 'first line must be "dct: YYYY-MM-DD"');
  const cps = Array.from(lines.slice(1).join('\n'));  // the marked article as code points
  const text = [];                                   // plain text, code points
  const spans = [];
  let open = null;                                   // the mark being read: {start, type, line}
  let line = 2;                                      // file line of cps[i]
  for (let i = 0; i < cps.length; ++i) {
    const c = cps[i];
    if (c === '{') {
      if (open) fail(file, line, `nested '{' inside the ${open.type} mark opened on line ${open.line}`);
      let j = i + 1;                                 // read the type up to ':'
      while (j < cps.length && /[A-Za-z]/.test(cps[j])) ++j;
      const type = cps.slice(i + 1, j).join('');
      if (cps[j] !== ':') fail(file, line, `'{${type}' is not followed by ':'`);
      if (!TYPES.has(type)) fail(file, line, `unknown type '${type}' (known: ${[...TYPES].join(', ')})`);
      open = { start: text.length, type, line };
      i = j;
    } else if (c === '}') {
      if (!open) fail(file, line, `'}' without an opening '{'`);
      const name = text.slice(open.start).join('');
      if (!name.trim() || name !== name.trim()) fail(file, line, `empty name or space at its edge: '${name}'`);
      spans.push({ start: open.start, end: text.length, text: name, layer: 'name', type: open.type });
      open = null;
    } else {
      if (c === '\n') {
        if (open) fail(file, open.line, `unclosed '{${open.type}:' (a name cannot cross a line)`);
        ++line;
      }
      text.push(c);
    }
  }
  if (open) fail(file, open.line, `unclosed '{${open.type}:' at the end of the file`);
  return { dct: m[1], text: text.join(''), spans };
}

const dir = process.argv[2];
if (!dir) fail('names-gold.mjs', 0, 'usage: node tools/names-gold.mjs DIR');
const out = path.resolve(dir) + '.jsonl';
const files = fs.readdirSync(dir).filter((n) => n.endsWith('.marked.txt')).sort();
if (!files.length) fail(dir, 0, 'no *.marked.txt files');

const rows = [];
const total = {};
for (const f of files) {
  const { dct, text, spans } = parse(path.join(dir, f));
  // Self-check: every span's offsets give back its text (in code points).
  const cps = Array.from(text);
  for (const s of spans) {
    if (cps.slice(s.start, s.end).join('') !== s.text) fail(f, 0, `offset check failed for '${s.text}'`);
  }
  const id = f.replace(/\.marked\.txt$/, '');
  rows.push(JSON.stringify({ id, source: SOURCE, dct, text, spans }));
  const counts = {};
  for (const s of spans) {
    counts[s.type] = (counts[s.type] ?? 0) + 1;
    total[s.type] = (total[s.type] ?? 0) + 1;
  }
  console.log(`${id}: ${spans.length} names`, JSON.stringify(counts));
}
fs.writeFileSync(out, rows.join('\n') + '\n');
console.log(`${path.relative(process.cwd(), out)}: ${rows.length} articles, total`, JSON.stringify(total));
