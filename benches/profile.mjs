// Compares builds of the page on the same machine at the same time, and profiles one: the method
// behind the update numbers in the README's Performance section. The page benchmark (page.mjs)
// gives the results; this gives the differences between variants, and where the time goes.
//
//   node benches/profile.mjs DIR[,DIR...]     date changes on each build, the builds interleaved
//   PROFILE=1 node benches/profile.mjs DIR    also a CPU profile of the first build's changes
//   CHANGES=150 ROUNDS=2                      changes per round, rounds per build (the defaults)
//
// Each DIR is a release build (`trunk build --release --offline --dist DIR`). For a profile with
// Rust function names, build without Trunk's name stripping:
//
//   cargo build --release --target wasm32-unknown-unknown --bin due-process-calculator
//   wasm-bindgen --target web --keep-debug --out-dir /tmp/wb \
//     target/wasm32-unknown-unknown/release/due-process-calculator.wasm
//   wasm-opt -Oz -g --enable-bulk-memory --enable-reference-types --enable-sign-ext \
//     --enable-mutable-globals --enable-nontrapping-float-to-int \
//     /tmp/wb/due-process-calculator_bg.wasm -o /tmp/named/due-process-calculator_bg.wasm
//
// then copy /tmp/wb/due-process-calculator.js and an index.html that loads it (see dist/) into
// /tmp/named. The profile is written to target/bench/profile.cpuprofile (open it in the browser's
// DevTools) and its top functions are printed.
//
// "Settled" is the time from a change to the first task after it: every effect of the change has
// run by then. It counts all the work of a change, where the page benchmark's number stops at the
// decision date's card.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ROOT, chromium, filesOf, serve, slowPage, changes, percentile } from './harness.mjs';

const DIRS = (process.argv[2] ?? '').split(',').filter(Boolean);
const CHANGES = Number(process.env.CHANGES ?? 150);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const PROFILE = process.env.PROFILE === '1';
const READY = '[data-deadline="hearing-decision"][data-date]';

/** Time by function name: its own samples (self) and every sample under it (total). */
function byFunction(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    all += dt;
    const name = (n) => n.callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '') || '(anonymous)';
    self.set(name(nodes.get(id)), (self.get(name(nodes.get(id))) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(nodes.get(at));
      if (!seen.has(n)) {
        seen.add(n);
        total.set(n, (total.get(n) ?? 0) + dt);
      }
    }
  });
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([n, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / all).toFixed(1).padStart(5)}%  ${n.slice(0, 140)}`)
      .join('\n');
  return `self time:\n${top(self)}\n\ntotal time:\n${top(total)}`;
}

async function main() {
  if (DIRS.length === 0) {
    process.stderr.write('usage: node benches/profile.mjs DIR[,DIR...] (release builds of the page)\n');
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  const results = new Map(DIRS.map((d) => [d, { toDom: [], toSettled: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const dir of DIRS) {
      const app = await serve(await filesOf(dir));
      const { context, page, cdp } = await slowPage(browser, { network: false });
      await page.goto(`${app.base}?today=2025-09-01`);
      await page.waitForSelector('input[data-event="complaint-received"]');
      await page.fill('input[data-event="complaint-received"]', '2025-08-29');
      await page.waitForSelector(READY);
      const warm = await changes(page, 20, '2025-01-01');
      const profiling = PROFILE && round === 0 && dir === DIRS[0];
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const timed = await changes(page, CHANGES, warm.last, { settle: true });
      if (profiling) {
        const { profile } = await cdp.send('Profiler.stop');
        const out = join(ROOT, 'target', 'bench');
        await mkdir(out, { recursive: true });
        await writeFile(join(out, 'profile.cpuprofile'), JSON.stringify(profile));
        process.stdout.write(`${byFunction(profile)}\n\n(target/bench/profile.cpuprofile)\n\n`);
      }
      const r = results.get(dir);
      r.toDom.push(...timed.toDom);
      r.toSettled.push(...timed.toSettled);
      await context.close();
      app.server.close();
    }
  }
  await browser.close();
  for (const [dir, r] of results) {
    const mean = r.toSettled.reduce((a, b) => a + b, 0) / r.toSettled.length;
    const f = (x) => x.toFixed(1).padStart(5);
    process.stdout.write(
      `${dir}: decision date updated p50 ${f(percentile(r.toDom, 0.5))} ms, p95 ${f(percentile(r.toDom, 0.95))} ms; ` +
        `settled p50 ${f(percentile(r.toSettled, 0.5))} ms, p95 ${f(percentile(r.toSettled, 0.95))} ms, mean ${f(mean)} ms ` +
        `(${r.toDom.length} changes)\n`,
    );
  }
}

await main();
