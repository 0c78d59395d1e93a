// Release step (run by post-build.mjs, before the policy and the service worker): minifies the
// JavaScript that wasm-bindgen writes. Trunk's own minifier cannot parse it and ships it as it is
// (Trunk.toml); terser, installed by scripts/setup.sh into .tools/, takes it from 9.5 to 7.3 KB
// gzipped. The file keeps its name (Trunk's content hash of the unminified file, still unique to
// this build); the `integrity` hash that index.html gives it is recomputed for the new content.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS = join(dirname(fileURLToPath(import.meta.url)), '..', '.tools', 'package.json');

async function terser() {
  try {
    return createRequire(TOOLS)('terser');
  } catch {
    throw new Error('terser is not installed in .tools/: run scripts/setup.sh');
  }
}

/** The `integrity` value of `body` (SHA-384, as Trunk writes it). */
export function integrity(body) {
  return `sha384-${createHash('sha384').update(body).digest('base64')}`;
}

/** Minifies `dir`'s wasm-bindgen module and updates its integrity hash in index.html. */
export async function minifyScripts(dir) {
  const { minify } = await terser();
  const htmlFile = join(dir, 'index.html');
  let html = await readFile(htmlFile, 'utf8');
  const done = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
    const file = join(dir, name);
    const before = await readFile(file, 'utf8');
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    if (!code) throw new Error(`terser returned nothing for ${name}`);
    const old = integrity(Buffer.from(before, 'utf8'));
    if (!html.includes(old)) throw new Error(`index.html does not carry ${name}'s integrity hash`);
    html = html.replaceAll(old, integrity(Buffer.from(code, 'utf8')));
    await writeFile(file, code);
    done.push(`${name} ${before.length} -> ${code.length} bytes`);
  }
  await writeFile(htmlFile, html);
  return done.length ? done.join('; ') : 'no script to minify';
}
