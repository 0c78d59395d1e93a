// Release step (run by post-build.mjs): gives the page a strict Content Security Policy of its own.
// The policy allows scripts from the page's own origin, WebAssembly compilation, and the one
// inline loader Trunk writes, by its SHA-256 hash (computed here, after the build, because the
// loader names the hashed file names). Nothing from another origin is allowed. `frame-src 'self'`
// is for the preview on the "Get the embed code" page, which frames the calculator itself.
//
// A <meta> policy cannot carry frame-ancestors or reporting: the README lists the headers a host
// should add.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function policyFor(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (hashes.length === 0) throw new Error('no inline loader found in index.html; the policy would block the page');
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Adds the policy to `dir`/index.html (once). */
export async function addPolicy(dir) {
  const file = join(dir, 'index.html');
  let html = await readFile(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) return 'the page already declares a policy';
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const charset = html.match(/<meta charset=["']?utf-8["']?>/i);
  if (!charset) throw new Error('no <meta charset> to put the policy after');
  html = html.replace(charset[0], charset[0] + meta);
  await writeFile(file, html);
  return 'policy added';
}
