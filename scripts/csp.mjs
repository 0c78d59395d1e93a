// Trunk post-build hook: gives the release page a strict Content Security Policy of its own.
// The policy allows scripts from the page's own origin, WebAssembly compilation, and the one
// inline loader Trunk writes, by its SHA-256 hash (computed here, after the build, because the
// loader names the hashed file names). Nothing from another origin is allowed.
//
// A <meta> policy cannot carry frame-ancestors or reporting: the README lists the headers a host
// should add. Development builds (`trunk serve`) are left alone: Trunk adds its own inline
// auto-reload script to them.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) process.exit(0);

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.length > 0)
  .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (hashes.length === 0) {
  console.error('csp.mjs: no inline loader found in index.html; the policy would block the page');
  process.exit(1);
}

export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const charset = html.match(/<meta charset=["']?utf-8["']?>/i);
if (!charset) {
  console.error('csp.mjs: no <meta charset> to put the policy after');
  process.exit(1);
}
html = html.replace(charset[0], charset[0] + meta);
await writeFile(file, html);
console.log(`csp.mjs: policy added with ${hashes.length} inline script hash(es)`);
