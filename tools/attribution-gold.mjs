// Turns the hand-marked articles of tests/data/attribution/{dev,heldout}/*.marked.txt into
// tests/data/attribution/{dev,heldout}.jsonl (the dev data's JSON Lines format, layer
// "attribution"). See tests/data/attribution/README.md for the marks.
//   node tools/attribution-gold.mjs [--check]   (--check: fail if a .jsonl is out of date)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = path.join(root, 'tests/data/attribution');

// Parses one marked text: returns the plain text and its spans (code point offsets).
function parse(marked, file) {
  const cps = Array.from(marked);
  const text = [];
  const spans = [];
  const open = [];  // stack of {start, head}
  for (let i = 0; i < cps.length; ++i) {
    const c = cps[i];
    if (c === '{') {
      const close = cps.indexOf(':', i);
      const head = cps.slice(i + 1, close).join('');
      const m = /^([csk])(\d+)(?:\/(direct|partial|indirect))?(?:@(\d+))?$/.exec(head);
      if (!m) throw new Error(`${file}: bad mark {${head}:`);
      open.push({ start: text.length, m });
      i = close;
    } else if (c === '}') {
      const o = open.pop();
      if (!o) throw new Error(`${file}: '}' without a mark`);
      const [, t, group, kind, from] = o.m;
      const span = { start: o.start, end: text.length, text: text.slice(o.start).join(''), layer: 'attribution',
                     type: t === 'c' ? 'content' : t === 's' ? 'source' : 'cue', group };
      if (t === 'c') {
        if (!kind) throw new Error(`${file}: content ${group} needs a kind`);
        span.kind = kind;
        span.source_group = from ?? group;
      }
      spans.push(span);
    } else {
      text.push(c);
    }
  }
  if (open.length) throw new Error(`${file}: unclosed mark`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: text.join(''), spans };
}

let stale = false;
for (const set of ['dev', 'heldout']) {
  const dir = path.join(base, set);
  const out = path.join(base, set + '.jsonl');
  const lines = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.marked.txt')).sort()) {
    const { text, spans } = parse(fs.readFileSync(path.join(dir, f), 'utf8'), f);
    lines.push(JSON.stringify({ id: f.replace('.marked.txt', ''), source: 'written for Newsmark', dct: null, text, spans }));
  }
  const body = lines.join('\n') + '\n';
  const rel = path.relative(root, out);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== body) {
      console.error(`${rel} is out of date: run node tools/attribution-gold.mjs`);
      stale = true;
    } else {
      console.log(`${rel}: up to date (${lines.length} articles)`);
    }
  } else {
    fs.writeFileSync(out, body);
    console.log(`${rel}: ${lines.length} articles`);
  }
}
if (stale) process.exit(1);
