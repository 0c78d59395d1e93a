// Size anatomy of the page's WebAssembly: what the bytes are, by section and by whose code.
//
//   node scripts/size-anatomy.mjs <named.wasm>        prints a Markdown section to stdout
//
// The input is the release wasm after wasm-bindgen (--keep-debug) and wasm-opt -Oz -g: the same
// code as dist/, with its function names kept (scripts/size-report.sh makes it). Each function
// body is attributed to a group by its demangled name:
//
//   - our code: functions of the `due_process_calculator` crate (by module: engine, ui, rules...);
//   - framework code instantiated for our types: a framework function (tachys, reactive_graph,
//     leptos...) whose generic parameters name one of our types: what our views cost in the
//     framework's generics;
//   - each dependency's own code (core, alloc, chrono, tachys...).
//
// "gzipped" per group is the group's bodies concatenated and compressed alone (level 9): an
// estimate of what the group adds, since gzip finds repeats across groups too. The data section
// (strings and tables) cannot be split by owner from the binary; it is reported as a whole with
// the share of its bytes that are printable text.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/size-anatomy.mjs <named.wasm>');
  process.exit(2);
}
const bytes = readFileSync(path);

/** Reads an unsigned LEB128 at `pos`; returns [value, next position]. */
function uleb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7;
  }
}

function name(buf, pos) {
  const [len, p] = uleb(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'data count'];

const sections = [];
let importedFunctions = 0;
const bodies = []; // { index, start, end }
const names = new Map();
const dataSegments = [];

let pos = 8;
while (pos < bytes.length) {
  const id = bytes[pos];
  const [size, start] = uleb(bytes, pos + 1);
  const end = start + size;
  let label = SECTION_NAMES[id] ?? `section ${id}`;
  if (id === 0) {
    const [custom] = name(bytes, start);
    label = `custom "${custom}"`;
    if (custom === 'name') readNames(start, end);
  } else if (id === 2) {
    readImports(start);
  } else if (id === 10) {
    readCode(start);
  } else if (id === 11) {
    readData(start);
  }
  sections.push({ id, label, size: end - pos, start, end });
  pos = end;
}

function readImports(start) {
  let [count, p] = uleb(bytes, start);
  for (let i = 0; i < count; i++) {
    [, p] = name(bytes, p);
    [, p] = name(bytes, p);
    const kind = bytes[p++];
    if (kind === 0) {
      [, p] = uleb(bytes, p);
      importedFunctions++;
    } else if (kind === 1) {
      p++; // element type
      const flags = bytes[p++];
      [, p] = uleb(bytes, p);
      if (flags & 1) [, p] = uleb(bytes, p);
    } else if (kind === 2) {
      const flags = bytes[p++];
      [, p] = uleb(bytes, p);
      if (flags & 1) [, p] = uleb(bytes, p);
    } else if (kind === 3) {
      p += 2; // value type, mutability
    } else {
      throw new Error(`unknown import kind ${kind}`);
    }
  }
}

function readCode(start) {
  let [count, p] = uleb(bytes, start);
  for (let i = 0; i < count; i++) {
    const [size, b] = uleb(bytes, p);
    bodies.push({ index: importedFunctions + i, start: p, end: b + size });
    p = b + size;
  }
}

function readData(start) {
  let [count, p] = uleb(bytes, start);
  for (let i = 0; i < count; i++) {
    const segStart = p;
    const [flags, q] = uleb(bytes, p);
    p = q;
    if (flags === 2) [, p] = uleb(bytes, p);
    if (flags === 0 || flags === 2) {
      while (bytes[p] !== 0x0b) p++; // the offset expression ends with `end`
      p++;
    }
    const [size, d] = uleb(bytes, p);
    dataSegments.push({ start: d, end: d + size, whole: d + size - segStart });
    p = d + size;
  }
}

function readNames(start, end) {
  let [, p] = name(bytes, start);
  while (p < end) {
    const sub = bytes[p];
    const [size, s] = uleb(bytes, p + 1);
    if (sub === 1) {
      let [count, q] = uleb(bytes, s);
      for (let i = 0; i < count; i++) {
        let index;
        let n;
        [index, q] = uleb(bytes, q);
        [n, q] = name(bytes, q);
        names.set(index, n);
      }
    }
    p = s + size;
  }
}

/** Rust's legacy mangling (`_ZN...E`) to a path; other names are kept as they are. */
function demangle(raw) {
  if (!raw.startsWith('_ZN')) return raw;
  const parts = [];
  let i = 3;
  while (i < raw.length && raw[i] !== 'E') {
    let digits = '';
    while (/[0-9]/.test(raw[i])) digits += raw[i++];
    if (!digits) break;
    const n = Number(digits);
    parts.push(raw.slice(i, i + n));
    i += n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replaceAll('$LT$', '<').replaceAll('$GT$', '>').replaceAll('$u20$', ' ')
    .replaceAll('$RF$', '&').replaceAll('$BP$', '*').replaceAll('$C$', ',')
    .replaceAll('$u7b$', '{').replaceAll('$u7d$', '}').replaceAll('$u5b$', '[')
    .replaceAll('$u5d$', ']').replaceAll('$u27$', "'").replaceAll('..', '::');
}

const OURS = 'due_process_calculator';
const FRAMEWORK = new Set(['tachys', 'reactive_graph', 'leptos', 'leptos_dom', 'leptos_macro',
  'either_of', 'throw_error', 'any_spawner', 'or_poisoned', 'next_tuple', 'oco_ref', 'hydration_context',
  'reactive_stores', 'server_fn', 'leptos_config']);

/** The crate a demangled name belongs to: the self type's crate of `<A as B>::f` (the trait's
 * crate when A is a generic parameter or a primitive), else the first segment. */
function crateOf(n) {
  const first = (s) => {
    s = s.trim();
    while (s.startsWith('<') || s.startsWith('[')) s = s.slice(1);
    s = s.replace(/^(&|\*const |\*mut |mut |dyn )+/, '');
    const m = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(s);
    return m ? m[1] : '(unnamed)';
  };
  const self = first(n);
  const generic = /^([A-Z][A-Za-z0-9]{0,2}|char|str|bool|[iuf](8|16|32|64|128|size)|\(unnamed\))$/.test(self);
  const as = n.indexOf(' as ');
  if (generic && as > 0) return first(n.slice(as + 4));
  return self;
}

function groupOf(raw) {
  const n = demangle(raw);
  const crate = crateOf(n);
  if (crate === OURS || n === 'main') {
    const mod = /^due_process_calculator::([a-z_0-9]+)(::[a-z_0-9]+)?/.exec(n.replace(/^<+/, ''));
    if (!mod) return n === 'main' ? 'ours: main (the page, inlined into it)' : 'ours: (crate root)';
    return `ours: ${mod[1]}${mod[2] && mod[1] === 'ui' ? mod[2] : ''}`;
  }
  if (n.includes(OURS)) {
    return FRAMEWORK.has(crate)
      ? `framework for our types: ${crate}`
      : `other code for our types: ${crate}`;
  }
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_streams|__wbg|__wbindgen|__externref|intounderlying)/.test(crate)) return 'dependency: wasm-bindgen, js-sys, web-sys';
  if (crate === '(unnamed)' || /^(func|dlmalloc|__rust|__rdl|__rg|memcpy|memset|memmove|memcmp)/.test(n)) {
    return 'runtime: allocator, mem*, unnamed';
  }
  return `dependency: ${crate}`;
}

const groups = new Map();
for (const body of bodies) {
  const raw = names.get(body.index) ?? `func${body.index}`;
  const g = groupOf(raw);
  if (!groups.has(g)) groups.set(g, { raw: 0, parts: [], count: 0 });
  const entry = groups.get(g);
  entry.raw += body.end - body.start;
  entry.parts.push(bytes.subarray(body.start, body.end));
  entry.count++;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const code = sections.find((s) => s.id === 10);
const data = sections.find((s) => s.id === 11);
const codeRaw = code ? code.size : 0;
const codeGz = code ? gz(bytes.subarray(code.start, code.end)) : 0;
const dataRaw = data ? data.size : 0;
const dataGz = data ? gz(bytes.subarray(data.start, data.end)) : 0;

const out = [];
out.push('## Anatomy of the wasm');
out.push('');
out.push('By `scripts/size-anatomy.mjs` on the release wasm with its function names kept (the same code as');
out.push('`dist/`, names are left out of the shipped file). Gzip level 9; a group\'s "gzipped" is its bytes');
out.push('compressed alone, an estimate (gzip also finds repeats across groups).');
out.push('');
out.push('| section | bytes | gzipped alone |');
out.push('| --- | ---: | ---: |');
for (const s of sections) {
  if (s.label.startsWith('custom "name"')) continue;
  out.push(`| ${s.label} | ${s.size} | ${gz(bytes.subarray(s.start, s.end))} |`);
}
out.push('');

// The data section: printable text against tables and other bytes.
let printable = 0;
let dataBytes = 0;
for (const seg of dataSegments) {
  for (let i = seg.start; i < seg.end; i++) {
    const b = bytes[i];
    dataBytes++;
    if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b >= 0xc2) printable++;
  }
}
out.push(`Data section: ${dataRaw} bytes (${kb(dataGz)} KB gzipped alone), in ${dataSegments.length} segments; ` +
  `${((100 * printable) / Math.max(dataBytes, 1)).toFixed(0)} percent of its bytes are printable text ` +
  '(the English and Spanish words, rule citations, links), the rest tables and binary constants.');
out.push('');
out.push(`Code section: ${codeRaw} bytes (${kb(codeGz)} KB gzipped alone), ${bodies.length} functions, ` +
  `${names.size ? 'named' : 'NO NAMES FOUND: build with names kept'}.`);
out.push('');
out.push('| whose code | functions | bytes | share of code | gzipped alone |');
out.push('| --- | ---: | ---: | ---: | ---: |');
const rows = [...groups.entries()].sort((a, b) => b[1].raw - a[1].raw);
const totalBodies = rows.reduce((n, [, e]) => n + e.raw, 0);
const summary = new Map();
for (const [g, e] of rows) {
  const g2 = gz(Buffer.concat(e.parts));
  out.push(`| ${g} | ${e.count} | ${e.raw} | ${((100 * e.raw) / totalBodies).toFixed(1)}% | ${g2} |`);
  const family = g.split(':')[0];
  summary.set(family, (summary.get(family) ?? 0) + e.raw);
}
out.push('');
out.push('In short: ' + [...summary.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([f, n]) => `${f} ${((100 * n) / totalBodies).toFixed(0)}%`)
  .join(', ') + ' of the code section\'s function bytes.');
out.push('');
process.stdout.write(out.join('\n') + '\n');
