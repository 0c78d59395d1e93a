// Release step (run by post-build.mjs, before csp.mjs hashes the inline script): writes into
// index.html the digest of each language file the page fetches (dist/lang/<tag>.json), where the
// inline script says __DP_LANG_<TAG>__, so that the early fetch it starts for a Spanish visit asks
// for the very address the page asks for (`lang/es.json?v=<digest>`, src/ui/texts.rs) and the
// browser answers the page from that fetch. The digest is the one build.rs gives the page:
// FNV-1a, 64 bits, as 16 hex digits (src/i18n/digest.rs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The FNV-1a digest of `bytes`, 64 bits, as 16 lowercase hex digits. */
export function fileDigest(bytes) {
  const mask = (1n << 64n) - 1n;
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & mask;
  return h.toString(16).padStart(16, '0');
}

/** Writes each language file's digest into `dir`/index.html. */
export async function nameLanguageFiles(dir) {
  const folder = join(dir, 'lang');
  if (!existsSync(folder)) return 'no language files';
  const file = join(dir, 'index.html');
  let html = await readFile(file, 'utf8');
  const named = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json')).sort()) {
    const tag = name.slice(0, -'.json'.length);
    const placeholder = `__DP_LANG_${tag.toUpperCase()}__`;
    if (!html.includes(placeholder)) continue;
    const digest = fileDigest(await readFile(join(folder, name)));
    html = html.replaceAll(placeholder, digest);
    named.push(`lang/${name}?v=${digest}`);
  }
  await writeFile(file, html);
  return named.length ? `index.html preloads ${named.join(', ')}` : 'nothing to preload';
}
