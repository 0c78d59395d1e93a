// What the page benchmark (page.mjs) and the profiling script (profile.mjs) share: the browser,
// a static server for a build, a page with the phone's CPU and network, and the date-change loop.

import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'tests', 'e2e', 'package.json'));
export const { chromium } = require('playwright-core');

export const CPU_SLOWDOWN = 4;
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Every file of a build with its raw and gzipped size, by its path in the build
 * (`lang/es.json`). */
export async function filesOf(folder, prefix = '') {
  const out = {};
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      Object.assign(out, await filesOf(folder, name));
      continue;
    }
    const body = await readFile(join(folder, name));
    out[name] = { bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length, body };
  }
  return out;
}

/** Serves a build gzipped, from memory, on a free loopback port. */
export function serve(files) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).slice(1) || 'index.html';
    const file = files[normalize(path)];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const gz = gzipSync(file.body, { level: 9 });
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-cache',
    });
    res.end(gz);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

/** A fresh, empty browser profile with the phone's CPU and network. */
export async function slowPage(browser, { network = true } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

/** Changes the complaint date `n` times and returns the milliseconds from each change to the
 * updated decision date in the page, and to the next frame after it. With `settle`, also to the
 * first task after the change (every effect of the change has run by then). */
export async function changes(page, n, start, { settle = false } = {}) {
  return page.evaluate(
    async ({ n, start, settle }) => {
      const input = document.querySelector('input[data-event="complaint-received"]');
      const target = () => document.querySelector('[data-deadline="hearing-decision"]');
      const toDom = [];
      const toFrame = [];
      const toSettled = [];
      let day = Date.parse(start);
      for (let i = 0; i < n; i++) {
        day += 86_400_000;
        const value = new Date(day).toISOString().slice(0, 10);
        // Out of the frame the last change ended in, so that drawing it is not counted.
        if (settle) await new Promise((r) => setTimeout(r, 0));
        const before = target()?.getAttribute('data-date');
        const updated = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            const now = target()?.getAttribute('data-date');
            if (now && now !== before) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        if (settle) {
          // A zero timer runs after the change's microtasks, where the page's effects run. (A
          // message task is no good: Chromium draws a frame before it.)
          toSettled.push(await new Promise((resolve) => setTimeout(() => resolve(performance.now() - t0), 0)));
        }
        const t1 = await updated;
        await new Promise((r) => requestAnimationFrame(() => r()));
        const t2 = performance.now();
        toDom.push(t1 - t0);
        toFrame.push(t2 - t0);
      }
      return { toDom, toFrame, toSettled, last: new Date(day).toISOString().slice(0, 10) };
    },
    { n, start, settle },
  );
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];
}

export const median = (values) => percentile(values, 0.5);
