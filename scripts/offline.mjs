// Release step (run by post-build.mjs, after csp.mjs): writes sw.js, the service worker that keeps
// the page working offline, from scripts/service-worker.js. It lists every file of the build with
// its SHA-256 and names the build by a digest of that list, so each deploy gets its own cache.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKER = 'sw.js';
const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'service-worker.js');

async function walk(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

/** Writes `dir`/sw.js for the build in `dir`. */
export async function writeWorker(dir) {
  const files = {};
  for (const path of (await walk(dir)).sort()) {
    const name = relative(dir, path).split(sep).join('/');
    if (name === WORKER) continue;
    files[name] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  if (!files['index.html']) throw new Error('no index.html in the build');
  const build = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  const worker = (await readFile(TEMPLATE, 'utf8'))
    .replace("'__BUILD__'", JSON.stringify(build))
    .replace('__FILES__', JSON.stringify(files, null, 2));
  if (worker.includes('__BUILD__') || worker.includes('__FILES__')) {
    throw new Error('the service worker template lost its placeholders');
  }
  await writeFile(join(dir, WORKER), worker);
  return `${WORKER} for build ${build} caches ${Object.keys(files).length} files`;
}
