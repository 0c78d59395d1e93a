// End-to-end checks of the built page (`dist/`), for what a test inside one page cannot do: a
// real reload, a closed tab, a second tab, storage turned off by the browser, and downloads.
//
// Chromium is driven by playwright-core (the system /usr/bin/chromium, never a downloaded one);
// Firefox ESR by selenium-webdriver and geckodriver. The page is served by this script on
// 127.0.0.1. Run it after `trunk build --release`:
//
//   node tests/e2e/run.mjs            both browsers
//   node tests/e2e/run.mjs chromium   one of them
//   E2E_ONLY='new version' node tests/e2e/run.mjs chromium   the checks whose names say so
//
// No check measures time: every wait polls for what a person would see, up to a generous bound.

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { cp, readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const TODAY = '?today=2025-09-01';
// Worked example 1 of the rules reference: received Fri 2025-08-29, decision due Wed 2025-11-12.
const RECEIVED = '2025-08-29';
const DECISION = '2025-11-12';
const SAVED = 'Saved on this device.';

/** A share link's fragment for a case with these events (and these other fields). */
function caseLink(events, more = {}) {
  const doc = { format: 'due-process-case', version: 1, jurisdiction: 'US', events, ...more };
  return `#case=${Buffer.from(JSON.stringify(doc)).toString('base64url')}`;
}
// A second case: received Mon 2025-09-15, decision due Sat 2025-11-29.
const OTHER_RECEIVED = '2025-09-15';
const OTHER_DECISION = '2025-11-29';
// An accent that passes on the light and the dark theme (src/embed.rs checks it).
const ACCENT = '1f7a8c';

/** Makes `localStorage` throw in frames, as a browser that refuses storage to a frame on another
 * site does (Chromium with third-party storage blocked). Runs as an init script. */
function refuseStorageInFrames() {
  if (window === window.top) return;
  Object.defineProperty(window, 'localStorage', {
    get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
  });
}

/** The decoded `mailto:` address of the open report panel. */
const REPORT_MAILTO = () => decodeURIComponent(document.querySelector('[data-report-mailto]')?.getAttribute('href') ?? '');

/** A share link's fragment for worked example 1, as a newer version of the page would save it. */
function newerCaseLink() {
  const doc = { format: 'due-process-case', version: 2, jurisdiction: 'US', events: { 'complaint-received': RECEIVED } };
  return `#case=${Buffer.from(JSON.stringify(doc)).toString('base64url')}`;
}

// Issue 20's example: a California case received 12 days before "today", on a 390 x 844 phone.
const PHONE_TODAY = '2026-12-06';
const PHONE = { width: 390, height: 844 };
const CA_CASE = {
  format: 'due-process-case', version: 1, case_id: 'phone-case', revision: 1, jurisdiction: 'US-CA',
  track: 'standard', filed_by: 'parent', events: { 'complaint-received': '2026-11-24' },
};
const caCaseLink = () => `#case=${Buffer.from(JSON.stringify(CA_CASE)).toString('base64url')}`;

/** What a phone shows of "Your next dates" (`PAGE.firstNext`): the first entry is on the first
 * screen and is the nearest upcoming date to act by; the facts are folded. */
function assertNextFirst(seen, what) {
  assert(seen.date && seen.date === seen.nearest, `${what}: the first entry is ${seen.date}, the nearest date to act by ${seen.nearest}`);
  assert(seen.scrollY === 0 && seen.bottom <= PHONE.height && seen.bottom <= seen.height,
    `${what}: the first entry ends ${seen.bottom} px down (window ${seen.width} x ${seen.height}, scrolled ${seen.scrollY})`);
  assert(seen.folded, `${what}: the facts are folded to one line`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves dist/ on a free loopback port, under `prefix` (a path such as `/tools/due-process/`);
 * resolves to its base address. Anything outside the prefix is a 404, as on a shared host.
 * `folder()` names the folder to serve at each request (a deploy swaps it). */
function serve(prefix = '/', folder = () => DIST, stall = () => false) {
  const server = createServer(async (req, res) => {
    const DIST = folder();
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // A request that is never answered (a stalled connection); ended when the server closes.
    if (stall(full)) return;
    if (!full.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = '/' + full.slice(prefix.length);
    const file = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ base: `http://127.0.0.1:${server.address().port}${prefix}`, server });
    });
  });
}

const SPANISH_TITLE = 'Calculadora de plazos del debido proceso';
const ENGLISH_TITLE = 'Due process deadline calculator';

/** A copy of the build without the Spanish words (a failed fetch), and a way to put them back. */
async function distWithoutSpanish() {
  const dir = await mkdtemp(join(tmpdir(), 'dpc-nowords-'));
  await cp(DIST, dir, { recursive: true });
  await rm(join(dir, 'lang', 'es.json'));
  return { dir, restore: () => cp(join(DIST, 'lang', 'es.json'), join(dir, 'lang', 'es.json')) };
}

// ---------------------------------------------------------------- a very small test runner

const results = [];
const PDF_PAGES = [];
const AXE = [];

async function check(browser, name, body) {
  // E2E_ONLY=<words> runs only the checks whose name contains them (while working on one).
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  try {
    await body();
    results.push({ browser, name, ok: true });
    console.log(`  ok    ${browser}: ${name}`);
  } catch (e) {
    results.push({ browser, name, ok: false });
    console.log(`  FAIL  ${browser}: ${name}\n        ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n        ')}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Polls `probe` until it returns a truthy value (returned), or fails with `what`. */
async function until(what, probe, tries = 300) {
  let last;
  for (let i = 0; i < tries; i++) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

// In-page helpers, shared by both drivers (they run as page scripts).
const PAGE = {
  // The language the page is drawn in, and whether it says a language's words could not be fetched.
  words: () => ({
    lang: document.documentElement.lang,
    title: document.querySelector('h1')?.textContent ?? '',
    failed: document.querySelector('[data-words-failed]')?.getAttribute('data-words-failed') ?? null,
  }),
  deadlineDate: (id) => document.querySelector(`[data-deadline="${id}"]`)?.getAttribute('data-date') ?? null,
  status: () => document.querySelector('[data-save-status]')?.textContent ?? null,
  // Sets an input's value and fires `input`, as the browser does after typing.
  enter: (selector, value) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  },
  // The first entry of "Your next dates", and the nearest upcoming date to act by that the cards'
  // hooks give (contract sections 4 and 7: the earliest date for the family's or either side's
  // deadlines, the date shown for the others).
  firstNext: (today) => {
    const first = document.querySelector('[data-next-dates] [data-next]');
    const cards = [...document.querySelectorAll('[data-deadline][data-status="applies"]')];
    if (!first || cards.length === 0) return null;
    const dates = cards.map((c) => {
      const date = c.getAttribute('data-date');
      const earliest = c.getAttribute('data-earliest');
      const family = ['family', 'either'].includes(c.getAttribute('data-owner'));
      return date ? (family && earliest ? earliest : date) : null;
    }).filter((d) => d && d >= today).sort();
    return {
      date: first.getAttribute('data-next-date'), nearest: dates[0] ?? null,
      bottom: first.getBoundingClientRect().bottom, scrollY: window.scrollY,
      width: window.innerWidth, height: window.innerHeight,
      folded: !!document.querySelector('#dp-inputs[hidden]'),
    };
  },
  // Stores a case as the last-opened draft, as an earlier visit would have.
  seedDraft: (doc) => {
    localStorage.setItem(`due-process-calculator.v1.draft.${doc.case_id}`, JSON.stringify(doc));
    localStorage.setItem('due-process-calculator.v1.last-opened', doc.case_id);
  },
  drafts: () => Object.keys(localStorage).filter((k) => k.startsWith('due-process-calculator.v1.draft.')).length,
};

/** Types a date into a step-2 question the way a parent reaches it: its group is folded until
 * needed, so the group's title is clicked open first. */
async function fillEvent(page, event, value) {
  const input = `input[data-event="${event}"]`;
  const folded = await page.$eval(input, (el) => el.closest('details')?.open === false);
  if (folded) await page.click(`details:has(${input}) > summary`);
  await page.fill(input, value);
}

/** The printed summary of worked example 1: at most `pages` pages (two for the full summary, one
 * for the meeting), the dates and the checklist in its text, no controls. */
async function checkSummaryPdf(browser, pdf, pages = 2) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((x) => x.str).join(' ') + '\n';
  }
  // Some PDF writers split ligatures ("fi") into their own text runs.
  const flat = text.replace(/\s+/g, ' ').replace(/ fi /g, 'fi');
  PDF_PAGES.push(`${browser}${pages === 1 ? ' (one page for the meeting)' : ''}: ${doc.numPages}`);
  assert(doc.numPages >= 1 && doc.numPages <= pages, `${doc.numPages} pages`);
  for (const want of ['Saturday, September 13, 2025', 'Sunday, September 28, 2025', 'Wednesday, November 12, 2025',
    'Maya 2025 complaint', 'not legal advice', 'Before the resolution session', '34 CFR 300.510']) {
    assert(flat.includes(want), `the PDF says "${want}"`);
  }
  for (const never of ['Save to a file', 'Add this date to my calendar', 'Your drafts']) {
    assert(!flat.includes(never), `no controls on paper: "${never}"`);
  }
}

/** A host site on another origin (another loopback port) whose page frames the calculator at
 * `${base}?today=2025-09-01&embed=1<q>` as the README's snippet does, sandbox included, and
 * records the heights the frame posts in `window.heights`. `q` is the host page's own `q`
 * parameter (the embed parameters), else `defaultQuery`. Resolves to { url, close }. */
async function hostSite(base, defaultQuery = '', hostName = '127.0.0.1') {
  const origin = base.match(/^https?:\/\/[^/]+/)[0];
  const server = createServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams.get('q') ?? defaultQuery;
    const src = `${base}?today=2025-09-01&embed=1${q}`.replaceAll('&', '&amp;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Host</title><h1>Parent center</h1>
      <iframe id="dpc" title="Due process deadline calculator" src="${src}"
        style="width:100%;border:0" allow="clipboard-write"
        sandbox="allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.origin !== ${JSON.stringify(origin)}) return;
          if (e.data && e.data.type === 'due-process-calculator:height') {
            window.heights.push(e.data.height);
            document.getElementById('dpc').style.height = e.data.height + 'px';
          }
        });
      </script>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://${hostName}:${server.address().port}/`, close: () => server.close() };
}

// ---------------------------------------------------------------- Chromium (playwright-core)

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

async function chromium(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const url = base + TODAY;
  const date = (page, id) => page.evaluate(PAGE.deadlineDate, id);
  const status = (page) => page.evaluate(PAGE.status);
  // A first visit to `address`: a new context (no draft, no worker yet) and its page.
  const visit = async (address) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(address);
    return { ctx, page };
  };
  const B = 'chromium';
  try {
    await check(B, 'a slow load shows a loading line, then only the calculator; without scripts, only the notice', async () => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      // The wasm arrives late, as on a weak connection.
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const waiting = await page.$eval('#dp-loading', (p) => ({ text: p.textContent, shown: p.checkVisibility() }));
      assert(waiting.shown && waiting.text.includes('Loading the calculator') && waiting.text.includes('Cargando la calculadora'), JSON.stringify(waiting));
      assert(!(await page.$('main')), 'the calculator is not drawn yet');
      release();
      await until('the first timeline', () => page.$('[data-deadline][data-date]'));
      assert(!(await page.$('#dp-loading')), 'the loading line is gone once the calculator is drawn');
      await ctx.close();

      // The browser's language first (issue 20): a Spanish browser reads Spanish first.
      for (const [locale, first] of [['es-US', 'Cargando'], ['en-US', 'Loading']]) {
        const c = await browser.newContext({ locale });
        const p = await c.newPage();
        await p.route(/_bg\.wasm$/, (route) => route.abort());
        await p.goto(url, { waitUntil: 'domcontentloaded' });
        const text = await p.$eval('#dp-loading', (el) => el.textContent.trim());
        assert(text.startsWith(first), `${locale}: ${text}`);
        await c.close();
      }

      const off = await browser.newContext({ javaScriptEnabled: false });
      const still = await off.newPage();
      await still.goto(url);
      assert(!(await still.isVisible('#dp-loading')), 'no loading line that never ends');
      assert((await still.textContent('body')).includes('needs JavaScript and WebAssembly'), 'the notice says why');
      await off.close();
    });

    await check(B, 'its own strict CSP, never violated; no request to any other origin', async () => {
      const ctx = await browser.newContext({ acceptDownloads: true });
      await ctx.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      });
      const page = await ctx.newPage();
      const elsewhere = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:')) elsewhere.push(u);
      });
      await page.goto(url);
      const csp = await page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      // The exact policy, with the loader's hash computed here from the page as served.
      const served = await (await fetch(url)).text();
      const loader = [...served.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      // The loading line's own script (the browser's language first) and Trunk's loader.
      assert(loader.length === 2, `two inline scripts, found ${loader.length}`);
      const hashes = loader.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
      const expected = [
        "default-src 'none'", `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`, "style-src 'self'",
        "img-src 'self' data:", "connect-src 'self'", "manifest-src 'self'", "worker-src 'self'", "frame-src 'self'",
        "base-uri 'none'", "form-action 'none'", "object-src 'none'",
      ].join('; ');
      assert(csp === expected, `the policy is\n${csp}\nnot\n${expected}`);
      // Use the page: dates, a link, a file, the calendar, print view, school breaks, language.
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
      await page.click('[data-action="share"]');
      await page.click('[data-action="make-link"]');
      await until('the link', () => page.$('[data-field="share-link"]'));
      await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-file"]')]);
      await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
      await page.click('[data-action="print-view"]');
      await page.click('[data-action="print-close"]');
      await page.click('[data-lang="es"]');
      await until('Spanish', () => page.evaluate(() => document.documentElement.lang === 'es'));
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
      assert(elsewhere.length === 0, `requests to other origins: ${elsewhere.join(' ')}`);
      // What an injected script would do (say, markup slipped into a note) is refused.
      const ran = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.body.append(s);
        const img = document.createElement('img');
        img.src = 'http://example.invalid/beacon.gif';
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 100));
        return window.__injected === true;
      });
      assert(!ran, 'an injected inline script ran');
      const refused = await until('the refusals', () => page.evaluate(() => window.__cspViolations.length >= 2 && window.__cspViolations));
      assert(refused.some((v) => v.startsWith('script-src')) && refused.some((v) => v.startsWith('img-src')),
        `refusals: ${refused.join('; ')}`);
      await ctx.close();
    });

    await check(B, 'embedded on another origin: parameters validated, height posted, links to itself', async () => {
      const host = await hostSite(base);
      const hostBase = host.url;
      assert(hostBase !== base, 'two origins');
      try {
        const ctx = await browser.newContext({ acceptDownloads: true });
        const page = await ctx.newPage();
        await page.goto(`${hostBase}?q=${encodeURIComponent(`&lang=es&accent=${ACCENT}&theme=dark`)}`);
        await until('a height from the frame', () => page.evaluate(() => window.heights.length > 0 && window.heights.at(-1) > 200));
        const frame = await until('the frame', () => page.frame({ url: /embed=1/ }));
        await until('the inputs in the frame', () => frame.$('input[data-event="complaint-received"]'));
        const dressed = await frame.evaluate(() => ({
          embed: document.documentElement.classList.contains('dp-embed'),
          lang: document.documentElement.lang,
          theme: document.documentElement.getAttribute('data-theme'),
          accent: getComputedStyle(document.documentElement).getPropertyValue('--dp-accent').trim(),
        }));
        assert(dressed.embed && dressed.lang === 'es' && dressed.theme === 'dark' && dressed.accent === `#${ACCENT}`,
          JSON.stringify(dressed));
        assert(await frame.$('[data-embedded-hint]'), 'the embedded page points families to the file');
        const before = await page.evaluate(() => window.heights.at(-1));
        await frame.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('a new height after the timeline grew', () => page.evaluate((h) => window.heights.at(-1) !== h, before));
        await frame.click('[data-action="share"]');
        await frame.click('[data-action="make-link"]');
        const link = await until('the link', () => frame.evaluate(() => document.querySelector('[data-field="share-link"]')?.value));
        assert(link.startsWith(base) && !link.includes('embed=') && !link.includes('accent=') && link.includes('#case='), link);
        // The README's sandbox lets the family save the case file and the calendar from the frame.
        const [file] = await Promise.all([page.waitForEvent('download'), frame.click('[data-action="save-file"]')]);
        assert(JSON.parse(await readFile(await file.path(), 'utf8')).events?.['complaint-received'] === RECEIVED,
          'the saved file has the date typed in the frame');
        const [ics] = await Promise.all([page.waitForEvent('download'), frame.click('[data-action="calendar"]')]);
        assert((await readFile(await ics.path(), 'utf8')).includes('BEGIN:VCALENDAR'), 'a calendar file');
        // Parameters that fail validation change nothing.
        await page.goto(`${hostBase}?q=${encodeURIComponent('&accent=ffff00&theme=neon&lang=xx')}`);
        const plain = await until('the second frame', () => page.frame({ url: /accent=ffff00/ }));
        await until('its inputs', () => plain.$('input[data-event="complaint-received"]'));
        const ignored = await plain.evaluate(() => ({
          theme: document.documentElement.getAttribute('data-theme'),
          inline: document.documentElement.getAttribute('style'),
        }));
        // An embed is light unless the host asks (contract section 6); no inline style at all.
        assert(ignored.theme === 'light' && !ignored.inline, JSON.stringify(ignored));
        await ctx.close();
      } finally {
        host.close();
      }
    });

    await check(B, 'a case link set as the fragment of an open tab opens that case and clears the address', async () => {
      const { ctx, page } = await visit(url);
      await page.fill('input[data-event="complaint-received"]', OTHER_RECEIVED);
      await until('the draft on screen', async () => (await date(page, 'hearing-decision')) === OTHER_DECISION);
      // As when a link is pasted into the address bar of the same tab: only the fragment changes.
      await page.evaluate((f) => { location.hash = f; }, caseLink({ 'complaint-received': RECEIVED }, { title: 'From the center' }));
      await until('the linked case', async () => (await date(page, 'hearing-decision')) === DECISION);
      await until('the address cleared', () => page.evaluate(() => location.hash === ''));
      assert(await page.$('[data-banner="opened"]'), 'the same message as a fresh visit');
      const kept = await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('2025-09-15')));
      assert(kept, 'the draft that was on screen is kept');
      await ctx.close();
    });

    await check(B, 'a linked case after "Add all dates to my calendar" is still there after a reload', async () => {
      const ctx = await browser.newContext({ acceptDownloads: true });
      const page = await ctx.newPage();
      await page.goto(url + caseLink({ 'complaint-received': RECEIVED }, { title: 'From the center' }));
      await until('the linked case', async () => (await date(page, 'hearing-decision')) === DECISION);
      assert((await page.evaluate(PAGE.drafts)) === 0, 'only read: not stored yet');
      await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
      await until('kept as a draft', async () => (await page.evaluate(PAGE.drafts)) === 1);
      await page.reload();
      await until('the case after a reload', async () => (await date(page, 'hearing-decision')) === DECISION);
      // And on a return visit in another tab, which the tab's own copy cannot explain.
      const later = await ctx.newPage();
      await later.goto(url);
      await until('the case on a return visit', async () => (await date(later, 'hearing-decision')) === DECISION);
      // The save status is in the drafts panel, drawn just after the first timeline.
      await until('the case shown as saved on this device', async () => (await status(later)) === SAVED);
      await ctx.close();
    });

    await check(B, 'in a cross-site frame with storage refused, the notice is at the top of the frame', async () => {
      // The host is on another site (localhost, the calculator on 127.0.0.1), on a phone.
      const host = await hostSite(base, '', 'localhost');
      try {
        const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
        await ctx.addInitScript(refuseStorageInFrames);
        const page = await ctx.newPage();
        await page.goto(host.url);
        const frame = await until('the frame', () => page.frame({ url: /embed=1/ }));
        await until('the inputs in the frame', () => frame.$('input[data-event="complaint-received"]'));
        await frame.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the timeline in the frame', async () => (await date(frame, 'hearing-decision')) === DECISION);
        const notice = await until('the notice', () => frame.evaluate(() => {
          const n = document.querySelectorAll('[data-storage-notice]');
          const a = n[0]?.querySelector('a[data-action="open-in-tab"]');
          return n.length && { count: n.length, top: n[0].getBoundingClientRect().top + scrollY,
            height: document.documentElement.scrollHeight, href: a?.href, target: a?.target };
        }));
        assert(notice.count === 1, `said once: ${notice.count}`);
        assert(notice.top < 900, `the notice is ${notice.top} px down a ${notice.height} px frame`);
        assert(notice.target === '_blank' && notice.href.startsWith(base) && notice.href.includes('#case=')
          && !notice.href.includes('embed='), JSON.stringify(notice));
        // The link opens the same case in the calculator's own tab.
        const [tab] = await Promise.all([ctx.waitForEvent('page'), frame.click('a[data-action="open-in-tab"]')]);
        await until('the case in its own tab', async () => (await date(tab, 'hearing-decision')) === DECISION);
        await ctx.close();
      } finally {
        host.close();
      }
    });

    await check(B, 'the report of a wrong date is a mailto: with the deadline id and dates, and no notes', async () => {
      const { ctx, page } = await visit(url);
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await page.fill('[data-field="notes"]', 'SECRET-NOTE call Ms. Ruiz');
      await until('the decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      await page.click('[data-deadline="hearing-decision"] [data-action="report-date"]');
      await until('the report under its card', () => page.$('[data-deadline="hearing-decision"] [data-report-panel="hearing-decision"]:not([hidden])'));
      await page.fill('[data-field="report-expected"]', '2025-11-10');
      const mail = await until('the report with the expected date', async () => {
        const m = await page.evaluate(REPORT_MAILTO);
        return m.includes('2025-11-10') && m;
      });
      assert(mail.startsWith('mailto:?subject='), mail);
      for (const needed of ['hearing-decision', `complaint-received: ${RECEIVED}`, DECISION, 'Page version', 'Rules checked on']) {
        assert(mail.includes(needed), `${needed} in ${mail}`);
      }
      assert(!mail.includes('SECRET') && !mail.includes('Ruiz'), mail);
      await ctx.close();
      // A host's own address (report=), validated, on a first visit to the embed (a new
      // context: the case above is kept as a draft, and a return visit folds the questions).
      const hostCtx = await browser.newContext();
      const host = await hostCtx.newPage();
      await host.goto(`${url}&embed=1&report=${encodeURIComponent('mailto:dates@example.org')}`);
      await host.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the decision date', async () => (await date(host, 'hearing-decision')) === DECISION);
      await host.click('[data-deadline="hearing-decision"] [data-action="report-date"]');
      const hosted = await until('the host\'s address', async () => (await host.evaluate(REPORT_MAILTO)) || null);
      assert(hosted.startsWith('mailto:dates@example.org?subject='), hosted);
      await hostCtx.close();
    });

    await check(B, 'the embed code page builds a snippet that works as pasted on another site', async () => {
      const ctx = await browser.newContext();
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
      const page = await ctx.newPage();
      await page.goto(url);
      await page.click('[data-action="embed-code"]');
      await until('the embed code page', () => page.$('[data-embed-code]'));
      assert(await page.evaluate(() => document.activeElement?.id === 'dp-embed-code-heading'), 'focus moves to its heading');
      assert(await page.$eval('main', (m) => m.hidden), 'the calculator steps aside');
      const snippet = () => page.$eval('[data-field="embed-snippet"]', (t) => t.value);
      await page.selectOption('[data-field="embed-lang"]', 'es');
      await page.selectOption('[data-field="embed-jurisdiction"]', 'US-CA');
      await page.check('#dp-embed-theme-dark');
      await page.check('[data-field="embed-accent-use"]');
      await page.fill('[data-field="embed-accent"]', '#ffff00');
      await until('the refused colour and why', () => page.$eval('[data-accent-problem]', (p) => p.textContent.includes('#ffff00')));
      assert(!(await snippet()).includes('accent='), 'a colour without contrast never reaches the code');
      // Dark enough for white text, too dark for the dark theme: refused, and the page says why.
      await page.fill('[data-field="embed-accent"]', '#005a9c');
      await until('the dark theme named as the failed check', () =>
        page.$eval('[data-accent-problem]', (p) => p.textContent.includes('#005a9c') && p.textContent.includes('dark theme')));
      assert(!(await snippet()).includes('accent='), 'refused against the dark theme');
      await page.fill('[data-field="embed-accent"]', `#${ACCENT}`);
      // Where reports go: a mailto: or https: address; anything else stays out of the code.
      await page.fill('[data-field="embed-report"]', 'javascript:alert(1)');
      await until('the refused destination', () => page.$eval('[data-report-problem]', (p) => p.textContent.length > 0));
      assert(!(await snippet()).includes('report='), 'a refused destination never reaches the code');
      await page.fill('[data-field="embed-report"]', 'mailto:dates@example.org');
      const want = `embed=1&amp;lang=es&amp;jurisdiction=US-CA&amp;theme=dark&amp;accent=${ACCENT}&amp;report=mailto%3Adates%40example.org`;
      await until('the code with every choice', async () => (await snippet()).includes(want));
      const code = await snippet();
      assert(code.includes('sandbox="allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox"'), code);
      assert(code.includes('title="Calculadora'), 'the frame title is in the chosen language');
      await page.click('[data-action="copy-embed-code"]');
      await until('copied', () => page.$eval('[data-copied]', (p) => p.textContent === 'Copied.'));
      assert((await page.evaluate(() => navigator.clipboard.readText())) === code, 'the clipboard holds the code');
      // The preview is the calculator as the snippet frames it: the top of the page, at the width
      // the host chose.
      const preview = await until('the preview', () => page.frame({ url: new RegExp(`embed=1&lang=es&jurisdiction=US-CA&theme=dark&accent=${ACCENT}`) }));
      await until('the preview page', () => preview.$('input[data-event="complaint-received"]'));
      const framed = await preview.evaluate(() => ({
        lang: document.documentElement.lang,
        theme: document.documentElement.getAttribute('data-theme'),
        state: document.querySelector('[data-field="jurisdiction"]')?.value,
      }));
      assert(framed.lang === 'es' && framed.theme === 'dark' && framed.state === 'US-CA', JSON.stringify(framed));
      await page.selectOption('[data-field="embed-width"]', '480');
      const box = await until('the preview 480 pixels wide, one screen high', () => page.$eval('[data-embed-preview]', (f) => {
        const r = f.getBoundingClientRect();
        return f.getAttribute('width') === '480' && r.width <= 480 && r.height <= 620 && { width: r.width, height: r.height };
      }));
      assert(box.height >= 580, JSON.stringify(box));
      // The code, pasted as is into a page on another origin, frames and sizes the calculator.
      const host = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><title>Parent center</title><h1>Our tools</h1>${code}`);
      });
      await new Promise((r) => host.listen(0, '127.0.0.1', r));
      try {
        const site = await ctx.newPage();
        await site.goto(`http://127.0.0.1:${host.address().port}/`);
        const frame = await until('the pasted frame', () => site.frame({ url: /embed=1/ }));
        await until('the calculator in it', () => frame.$('input[data-event="complaint-received"]'));
        await until('the frame sized by the snippet', () =>
          site.$eval('#due-process-calculator', (f) => parseFloat(f.style.height) > 200));
      } finally {
        host.close();
      }
      await page.click('[data-action="back-to-calculator"]');
      await until('the calculator again', async () => !(await page.$('[data-embed-code]')) && !(await page.$eval('main', (m) => m.hidden)));
      await ctx.close();
    });

    await check(B, 'works copied under a sub-path of a host, with no server configuration', async () => {
      const { base: deep, server } = await serve('/tools/due-process/');
      try {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        const missing = [];
        page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
        await page.goto(`${deep}?today=2025-09-01`);
        await page.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        assert(missing.length === 0, `missing files: ${missing.join(' ')}`);
        await ctx.close();
      } finally {
        server.close();
      }
    });

    await check(B, 'after one visit it opens and works with no connection, and says so', async () => {
      const { ctx, page } = await visit(url);
      await until('the offline copy', () => page.$('[data-offline-ready]'));
      await ctx.setOffline(true);
      await page.reload();
      await until('the inputs, offline', () => page.$('input[data-event="complaint-received"]'));
      await until('the offline notice', () => page.$('[data-offline]'));
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the timeline, offline', async () => (await date(page, 'hearing-decision')) === DECISION);
      // A second tab opened with no connection, straight onto a share link's address.
      const other = await ctx.newPage();
      await other.goto(`${base}?lang=es&today=2025-09-01`);
      await until('the page in the second tab, offline', () => other.$('input[data-event="complaint-received"]'));
      // Its Spanish words come from the offline copy, never fetched online in this context before.
      const words = await other.evaluate(PAGE.words);
      assert(words.lang === 'es' && words.title === SPANISH_TITLE && words.failed === null, `Spanish offline: ${JSON.stringify(words)}`);
      // And the Spanish notes to the citations: a Texas case's filing-limit citation, offline.
      const texas = await ctx.newPage();
      await texas.goto(`${base}?lang=es&today=2025-09-01${caseLink({ 'knew-of-problem': '2025-03-03' }, { jurisdiction: 'US-TX' })}`);
      await until('a citation\'s Spanish note, offline', () => texas.evaluate(() => (document.querySelector('[data-deadline="filing-limit"]')?.textContent ?? '').includes('dos años para las audiencias')));
      assert(!(await texas.$('[data-notes-failed]')), 'no notice offline');
      await texas.close();
      // The first tab switches to Spanish with no connection, its case kept.
      await page.click('[data-lang="es"]');
      await until('Spanish in the first tab, offline', async () => (await page.evaluate(PAGE.words)).title === SPANISH_TITLE);
      assert((await date(page, 'hearing-decision')) === DECISION, 'the case is kept across the switch');
      await ctx.setOffline(false);
      await until('the offline notice goes', async () => !(await page.$('[data-offline]')));
      await ctx.close();
    });

    await check(B, 'a Spanish visit fetches its words once, from the start; an English visit never', async () => {
      for (const [query, want] of [['?lang=es', 1], ['?lang=en', 0], ['', 1]]) {
        // No worker: its copy of every file would be fetched too.
        const ctx = await browser.newContext({ serviceWorkers: 'block', locale: 'es-MX' });
        const page = await ctx.newPage();
        const words = [];
        page.on('request', (r) => { if (r.url().includes('/lang/es.json')) words.push(r.url()); });
        await page.goto(`${base}${query}${query ? '&' : '?'}today=2025-09-01`);
        await until('the inputs', () => page.$('input[data-event="complaint-received"]'));
        await page.waitForTimeout(300);
        assert(words.length === want, `${query || 'a Spanish browser'}: ${words.length} requests of the words (${words.join(' ')})`);
        if (want) {
          assert(/\/lang\/es\.json\?v=[0-9a-f]{16}$/.test(words[0]), `the early fetch names the build's file: ${words[0]}`);
          assert((await page.evaluate(PAGE.words)).title === SPANISH_TITLE, 'in Spanish');
        }
        await ctx.close();
      }
    });

    await check(B, 'Spanish words that never come: after a while the page is drawn in English, with the notice', async () => {
      const { base: site, server } = await serve('/', () => DIST, (path) => path.endsWith('/lang/es.json'));
      try {
        const ctx = await browser.newContext({ serviceWorkers: 'block' });
        const page = await ctx.newPage();
        await page.goto(`${site}?today=2025-09-01&lang=es`);
        // The page's own bound is 10 s; this waits up to 30 s for it.
        await until('the notice', async () => (await page.evaluate(PAGE.words)).failed === 'es', 600);
        assert((await page.evaluate(PAGE.words)).title === ENGLISH_TITLE, 'English meanwhile');
        await page.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the timeline in English', async () => (await date(page, 'hearing-decision')) === DECISION);
        await ctx.close();
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });

    await check(B, 'Spanish words that cannot be fetched: English, a notice in both languages, nothing lost, Spanish once they come', async () => {
      const copy = await distWithoutSpanish();
      const { base: site, server } = await serve('/', () => copy.dir);
      try {
        const { ctx, page } = await visit(`${site}?today=2025-09-01&lang=es`);
        await until('the notice', async () => (await page.evaluate(PAGE.words)).failed === 'es');
        const words = await page.evaluate(PAGE.words);
        assert(words.lang === 'en' && words.title === ENGLISH_TITLE, `English meanwhile: ${JSON.stringify(words)}`);
        await page.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the timeline in English', async () => (await date(page, 'hearing-decision')) === DECISION);
        await copy.restore();
        await page.click('[data-action="fetch-words"]');
        await until('Spanish once the words come', async () => (await page.evaluate(PAGE.words)).title === SPANISH_TITLE);
        assert((await page.evaluate(PAGE.words)).failed === null, 'the notice goes');
        assert((await date(page, 'hearing-decision')) === DECISION, 'the case is kept');
        await ctx.close();
      } finally {
        server.close();
      }
    });

    await check(B, 'Spanish citation notes come after the first timeline; without them a line says so and the dates stay', async () => {
      // Texas: knew Mon 2025-03-03, two years (19 Tex. Admin. Code 89.1151(c)) = 2027-03-03.
      const address = (site) => `${site}?today=2025-09-01&lang=es${caseLink({ 'knew-of-problem': '2025-03-03' }, { jurisdiction: 'US-TX' })}`;
      const cardText = () => page.evaluate(() => document.querySelector('[data-deadline="filing-limit"]')?.textContent ?? '');
      let page;
      {
        const ctx = await browser.newContext({ serviceWorkers: 'block' });
        page = await ctx.newPage();
        const asked = [];
        page.on('request', (r) => { if (r.url().includes('/lang/es-notes.json')) asked.push(r.url()); });
        await page.goto(address(base));
        await until('the first timeline', async () => (await date(page, 'filing-limit')) === '2027-03-03');
        await until('the note in Spanish', async () => (await cardText()).includes('dos años para las audiencias'));
        assert(asked.length === 1 && /\/lang\/es-notes\.json\?v=[0-9a-f]{16}$/.test(asked[0]), `one request of the build's notes: ${asked.join(' ')}`);
        assert(!(await page.$('[data-notes-failed]')), 'no notice');
        await ctx.close();
      }
      const dir = await mkdtemp(join(tmpdir(), 'dpc-nonotes-'));
      await cp(DIST, dir, { recursive: true });
      await rm(join(dir, 'lang', 'es-notes.json'));
      const { base: site, server } = await serve('/', () => dir);
      try {
        const ctx = await browser.newContext({ serviceWorkers: 'block' });
        page = await ctx.newPage();
        await page.goto(address(site));
        await until('the line', () => page.$('[data-notes-failed="es"]'));
        assert((await page.evaluate(PAGE.words)).title === SPANISH_TITLE, 'the page stays in Spanish');
        assert((await date(page, 'filing-limit')) === '2027-03-03', 'the same date');
        const text = await cardText();
        assert(text.includes('Tex. Educ. Code 29.0164 (two years for hearings') && !text.includes('dos años para las audiencias'), 'the citation as the law writes it');
        await ctx.close();
      } finally {
        server.close();
      }
    });

    await check(B, 'a new version is used only when the family agrees, and never mixed with the old', async () => {
      // Two deploys of the same address: v2 differs in index.html, so its worker differs too.
      const { writeWorker } = await import('../../scripts/offline.mjs');
      const v1 = await mkdtemp(join(tmpdir(), 'dpc-v1-'));
      const v2 = await mkdtemp(join(tmpdir(), 'dpc-v2-'));
      await cp(DIST, v1, { recursive: true });
      await cp(DIST, v2, { recursive: true });
      const html = await readFile(join(v2, 'index.html'), 'utf8');
      await writeFile(join(v2, 'index.html'), html.replace(/<meta charset=[^>]*>/, (m) => `${m}<meta name="dpc-build" content="v2">`));
      assert(html !== (await readFile(join(v2, 'index.html'), 'utf8')), 'v2 differs');
      await writeWorker(v2);
      let live = v1;
      const { base: site, server } = await serve('/', () => live);
      const build = (page) => page.evaluate(() => document.querySelector('meta[name="dpc-build"]')?.content ?? 'v1');
      try {
        const { ctx, page } = await visit(site + TODAY);
        await until('the offline copy of v1', () => page.$('[data-offline-ready]'));
        live = v2;
        await page.reload();
await until('the page says a new version is ready', () => page.$('[data-new-version]'), 600);
        assert((await build(page)) === 'v1', 'the open page is still the old version, whole');
        await page.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the save', async () => (await status(page)) === SAVED);
        await page.click('[data-action="use-new-version"]');
        await until('the new version', async () => (await build(page).catch(() => null)) === 'v2');
        await until('the draft, kept across the switch', async () => (await date(page, 'hearing-decision')) === DECISION);
        assert(!(await page.$('[data-new-version]')), 'no offer once switched');
        await ctx.close();
      } finally {
        server.close();
      }
    });

    await check(B, 'on a phone the next dates come first, after a link and after a reload of a draft (English, Spanish)', async () => {
      for (const lang of ['en', 'es']) {
        const ctx = await browser.newContext({ viewport: PHONE });
        const page = await ctx.newPage();
        const address = `${base}?today=${PHONE_TODAY}&lang=${lang}`;
        await page.goto(address + caCaseLink());
        assertNextFirst(await until('the next dates', () => page.evaluate(PAGE.firstNext, PHONE_TODAY)), `${lang}, link`);
        await page.evaluate(PAGE.seedDraft, CA_CASE);
        await page.goto(address);
        await page.reload();
        assertNextFirst(await until('the next dates', () => page.evaluate(PAGE.firstNext, PHONE_TODAY)), `${lang}, draft`);
        // "Change the facts" opens them, with the keyboard.
        await page.focus('[data-action="change-facts"]');
        await page.keyboard.press('Enter');
        await until('the facts open', () => page.evaluate(() =>
          !document.querySelector('#dp-inputs[hidden]') && document.activeElement?.id === 'step-situation'));
        await ctx.close();
      }
    });

    await check(B, 'a reload reopens the draft', async () => {
      const { ctx, page } = await visit(url);
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the save', async () => (await status(page)) === SAVED && (await page.evaluate(PAGE.drafts)) === 1);
      await page.reload();
      await until('the reopened decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      await ctx.close();
    });

    await check(B, 'closing the tab right after typing loses nothing', async () => {
      const { ctx, page } = await visit(url);
      await until('the inputs', () => page.$('input[data-event="complaint-received"]'));
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      // No wait for the debounced save: closing the tab must save at once (pagehide).
      // With runBeforeUnload, close() returns before the tab is gone; the family opens the
      // page again only after it has closed, so wait for that (not for any save).
      await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);
      const again = await ctx.newPage();
      await again.goto(url);
      await until('the date typed before closing', async () => (await date(again, 'hearing-decision')) === DECISION);
      await ctx.close();
    });

    await check(B, 'a change in one tab appears in the other', async () => {
      const ctx = await browser.newContext();
      const a = await ctx.newPage();
      await a.goto(url);
      await a.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the save in tab A', async () => (await status(a)) === SAVED && (await a.evaluate(PAGE.drafts)) === 1);
      const b = await ctx.newPage();
      await b.goto(url);
      await until('tab B opens the same draft', async () => (await date(b, 'hearing-decision')) === DECISION);
      await fillEvent(a, 'resolution-waived', '2025-09-03');
      // 300.510(c)(1): a written waiver starts the 45-day timeline the next day: 2025-10-18.
      await until('tab B follows tab A', async () => (await date(b, 'hearing-decision')) === '2025-10-18');
      await ctx.close();
    });

    await check(B, 'storage turned off: the page works, says so, and the file still downloads', async () => {
      const ctx = await browser.newContext({ acceptDownloads: true });
      await ctx.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
      });
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url);
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      const said = await until('the not-saved status', async () => {
        const s = await status(page);
        return s && s.startsWith('Not saved') ? s : null;
      });
      assert(said.includes('Save to a file'), `points to the file: ${said}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-file"]')]);
      const text = await readFile(await download.path(), 'utf8');
      assert(JSON.parse(text).events['complaint-received'] === RECEIVED, 'the file has the case');
      // Named with "today" as the page counts it (fixed by ?today=), not the machine's clock.
      assert(download.suggestedFilename().endsWith('2025-09-01.json'), download.suggestedFilename());
      const [ics] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
      assert(ics.suggestedFilename().endsWith('2025-09-01.ics'), ics.suggestedFilename());
      assert(errors.length === 0, `no page errors: ${errors}`);
      await ctx.close();
    });

    await check(B, 'a saved file opens on another device', async () => {
      const ctx = await browser.newContext({ acceptDownloads: true });
      const page = await ctx.newPage();
      await page.goto(url);
      await page.fill('input[data-field="title"]', 'Maya 2025 <b>complaint</b>');
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-file"]')]);
      const name = download.suggestedFilename();
      assert(/^maya-2025-b-complaint-b-\d{4}-\d{2}-\d{2}\.json$/.test(name), `file name: ${name}`);
      const text = await readFile(await download.path(), 'utf8');
      const doc = JSON.parse(text);
      assert(doc.format === 'due-process-case' && doc.version === 1, 'contract header');
      assert(text.includes('\n  "'), 'pretty-printed');
      await ctx.close();
      // A fresh browser profile: nothing stored.
      const other = await browser.newContext();
      const fresh = await other.newPage();
      await fresh.goto(url);
      const dir = await mkdtemp(join(tmpdir(), 'dpc-'));
      await writeFile(join(dir, name), text);
      await fresh.setInputFiles('input[data-field="open-file"]', join(dir, name));
      await until('the opened case', async () => (await date(fresh, 'hearing-decision')) === DECISION);
      const title = await fresh.inputValue('input[data-field="title"]');
      assert(title === 'Maya 2025 <b>complaint</b>', `title kept as text: ${title}`);
      assert((await fresh.$('b')) === null, 'markup is never rendered');
      await other.close();
    });

    await check(B, 'markup typed into a title or notes is shown, never run, after a reload', async () => {
      const { ctx, page } = await visit(url);
      const evil = '<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>';
      await page.fill('input[data-field="title"]', evil);
      await page.fill('textarea[data-field="notes"]', evil);
      await until('the save', async () => (await status(page)) === SAVED && (await page.evaluate(PAGE.drafts)) === 1);
      await page.reload();
      await until('the title', async () => (await page.inputValue('input[data-field="title"]')) === evil);
      assert((await page.inputValue('textarea[data-field="notes"]')) === evil, 'notes kept');
      assert((await page.evaluate(() => window.__ran)) === undefined, 'markup never runs');
      assert((await page.$('img[src="x"]')) === null, 'no element made from the text');
      await ctx.close();
    });

    await check(B, 'the calendar file has every dated deadline on the date the page shows', async () => {
      const ctx = await browser.newContext({ acceptDownloads: true });
      const page = await ctx.newPage();
      await page.goto(url);
      await page.fill('input[data-field="title"]', 'Maya, 2025');
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await page.fill('input[data-event="knew-of-problem"]', '2023-03-10');
      await until('the decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      // What the page shows: the deadlines the family acts on go on the card's act-by day (the
      // earliest date, or the business day before it; contract section 4), the others on their
      // date. An act-by day other than the card's date carries its own countdown hook.
      const expected = await page.evaluate(() => Object.fromEntries(
        [...document.querySelectorAll('.dp-timeline [data-deadline][data-status="applies"]')]
          .filter((e) => e.getAttribute('data-date'))
          .map((e) => {
            const actBy = e.querySelector('.dp-actby [data-countdown-to]')?.getAttribute('data-countdown-to');
            const day = actBy || e.getAttribute('data-date');
            return [e.getAttribute('data-deadline'), day.replaceAll('-', '')];
          })));
      const fetchIcs = async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
        assert(download.suggestedFilename().endsWith('.ics'), download.suggestedFilename());
        return readFile(await download.path(), 'utf8');
      };
      const text = await fetchIcs();
      const unfolded = text.replace(/\r\n[ \t]/g, '');
      const events = unfolded.split('BEGIN:VEVENT').slice(1);
      assert(events.length === Object.keys(expected).length, `${events.length} events for ${JSON.stringify(expected)}`);
      for (const e of events) {
        const id = /\r\nUID:[^.]+\.([a-z-]+)@/.exec(e)?.[1];
        const start = /\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/.exec(e)?.[1];
        assert(id && expected[id] === start, `${id}: ${start} vs ${expected[id]}`);
        assert((e.match(/BEGIN:VALARM/g) ?? []).length === 2, `${id}: two reminders`);
      }
      // The earliest reading is Sunday 2025-03-09: the act-by day is the Friday before.
      assert(expected['filing-limit'] === '20250307', 'the filing limit sits on its act-by day');
      assert(!text.includes('Maya'), 'the name stays out by default');
      await page.check('[data-field="calendar-private"]');
      await page.selectOption('[data-field="dp-reminder-2"]', 'off');
      const withName = await fetchIcs();
      assert(withName.includes('SUMMARY:Maya\\, 2025: '), 'the name is in when asked');
      assert((withName.match(/BEGIN:VALARM/g) ?? []).length === events.length, 'one reminder each');
      await ctx.close();
    });

    await check(B, 'the printed summary fits on two pages, one for the meeting, and carries the dates', async () => {
      const { ctx, page } = await visit(url);
      await page.fill('input[data-field="title"]', 'Maya 2025 complaint');
      await page.fill('input[data-event="complaint-received"]', RECEIVED);
      await until('the decision date', async () => (await date(page, 'hearing-decision')) === DECISION);
      await page.click('[data-action="print-view"]');
      await until('the print view', () => page.evaluate(() => document.documentElement.classList.contains('dp-printing')));
      await checkSummaryPdf(B, await page.pdf({ format: 'Letter', printBackground: false }));
      await page.click('[data-action="print-brief"]');
      await checkSummaryPdf(B, await page.pdf({ format: 'Letter', printBackground: false }), 1);
      await ctx.close();
    });

    await check(B, 'no WCAG 2.2 A/AA violations (axe-core) in thirteen states of the page', async () => {
      const axe = await readFile(join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      const received = (page) => page.fill('input[data-event="complaint-received"]', RECEIVED);
      const states = [
        { name: 'empty', setup: async () => {} },
        { name: 'standard case', setup: async (page) => {
          await received(page);
          await fillEvent(page, 'resolution-waived', '2025-09-03');
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === '2025-10-18');
        } },
        { name: 'standard case, dark scheme', colorScheme: 'dark', setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        } },
        { name: 'expedited case', query: '&track=expedited', setup: async (page) => {
          await received(page);
          await fillEvent(page, 'placement-change-decided', '2025-08-27');
          await until('the expedited dates', async () => Boolean(await date(page, 'expedited-hearing')));
        } },
        { name: 'validation errors', setup: async (page) => {
          await received(page);
          await fillEvent(page, 'settlement-signed', '2025-08-01');
          await until('the problem list', () => page.$('[data-issues]'));
          await page.check('[data-field="type-dates"]');
          await until('typed dates', () => page.$('input[data-event="knew-of-problem"][data-typed]'));
          await page.fill('input[data-event="knew-of-problem"]', '13/45/2025');
          await until('the typed-date problem', () => page.$('input[data-event="knew-of-problem"][aria-invalid="true"]'));
        } },
        { name: 'Spanish', query: '&lang=es', setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        } },
        { name: 'a state pack (Hawaii), with its sources', query: '&jurisdiction=US-HI', setup: async (page) => {
          await fillEvent(page, 'decision-issued', '2025-10-01');
          await until('the state court date', async () => (await date(page, 'civil-action')) === '2025-10-31');
          await until('the sources', () => page.$('[data-sources="US-HI"]'));
        } },
        { name: 'embed code page', setup: async (page) => {
          await page.click('[data-action="embed-code"]');
          await until('the embed code page', () => page.$('[data-embed-code]'));
          await page.check('[data-field="embed-accent-use"]');
          await page.fill('[data-field="embed-accent"]', '#ffff00');
          await until('the refused colour', () => page.$eval('[data-accent-problem]', (p) => p.textContent.includes('#ffff00')));
          await page.fill('[data-field="embed-report"]', 'ftp://example.org/');
          await until('the refused destination', () => page.$eval('[data-report-problem]', (p) => p.textContent.length > 0));
        } },
        { name: 'an embed, light (its default), with an accent', query: `&embed=1&accent=${ACCENT}`, setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
          await page.click('[data-deadline="hearing-decision"] [data-action="report-date"]');
          await until('the report panel', () => page.$('[data-report-panel="hearing-decision"]'));
        } },
        { name: 'an embed, dark, with an accent', colorScheme: 'dark', query: `&embed=1&theme=dark&accent=${ACCENT}`, setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
          await page.click('[data-deadline="hearing-decision"] [data-action="report-date"]');
          await until('the report panel', () => page.$('[data-report-panel="hearing-decision"]'));
        } },
        { name: 'an embed following a dark device, with an accent', colorScheme: 'dark', query: `&embed=1&theme=auto&accent=${ACCENT}`, setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        } },
        { name: 'a case to read only (a newer version saved it)', fragment: newerCaseLink(), setup: async (page) => {
          await until('the notice', () => page.$('[data-read-only]'));
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        } },
        { name: 'print view', setup: async (page) => {
          await received(page);
          await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
          await page.click('[data-action="print-view"]');
          await until('the print view', () => page.evaluate(() => document.documentElement.classList.contains('dp-printing')));
        } },
      ];
      const failures = [];
      for (const state of states) {
        // axe-core is injected as a script, which the page's own CSP rightly refuses: let it in.
        const ctx = await browser.newContext({ colorScheme: state.colorScheme ?? 'light', bypassCSP: true });
        const page = await ctx.newPage();
        await page.goto(url + (state.query ?? '') + (state.fragment ?? ''));
        await until('the inputs', () => page.$('input[data-event="complaint-received"]'));
        await state.setup(page);
        // Open every disclosure (except in the print view, which shows what paper shows).
        if (state.name !== 'print view') {
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        }
        await page.addScriptTag({ content: axe });
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }));
        AXE.push(`${state.name}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
        failures.push(...result.violations.map((v) =>
          `${state.name}: ${v.id} (${v.impact}) ${v.nodes.length} × ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`));
        await ctx.close();
      }
      assert(failures.length === 0, failures.join('; '));
    });

    await check(B, 'fits 320 px and 200 percent text without sideways scrolling, the printable summary too', async () => {
      for (const [width, zoom] of [[320, '100%'], [640, '200%']]) {
        const ctx = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await ctx.newPage();
        await page.goto(url);
        await page.evaluate((z) => { document.documentElement.style.fontSize = z; }, zoom);
        await page.fill('input[data-event="complaint-received"]', RECEIVED);
        await until('the timeline', async () => (await date(page, 'hearing-decision')) === DECISION);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(wide <= width, `${width} px at ${zoom}: the page is ${wide} px wide`);
        // The printable summary on screen too (its case facts, in Spanish, are the widest).
        await page.click('[data-lang="es"]');
        await until('Spanish', () => page.evaluate(() => document.documentElement.lang === 'es'));
        await page.click('[data-action="print-view"]');
        await until('the print view', () => page.evaluate(() => document.documentElement.classList.contains('dp-printing')));
        const summary = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(summary <= width, `${width} px at ${zoom}: the printable summary is ${summary} px wide`);
        await ctx.close();
      }
    });

    await check(B, 'keyboard only: skip link, a date typed with keys, a folded group opened, focus always visible', async () => {
      const { ctx, page } = await visit(url);
      await until('the inputs', () => page.$('input[data-event="complaint-received"]'));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.className);
      assert(first === 'dp-skip', `the first Tab reaches the skip link, not ${first}`);
      // Tab on to the first date box, checking that every stop shows a focus outline.
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          // A visually hidden input (the file pickers) shows its focus on its label.
          const shown = el.getBoundingClientRect().width <= 1 ? el.closest('label') ?? el : el;
          const style = getComputedStyle(shown);
          return { event: el.getAttribute('data-event'), outline: style.outlineStyle, width: style.outlineWidth, tag: el.tagName };
        });
        assert(stop.outline !== 'none' && stop.width !== '0px', `focus visible on ${stop.tag} ${stop.event ?? ''}`);
        reached = stop.event === 'complaint-received';
      }
      assert(reached, 'the first date box is reachable by Tab');
      // The state, chosen with the keyboard: focus the list and type the first letters.
      await page.focus('#dp-state');
      await page.keyboard.type('Califo');
      await until('California chosen by keys', () => page.evaluate(() => document.querySelector('#dp-state').value === 'US-CA'));
      // The year goes through 0002, 0020 and 0202 as its digits are typed: no message under the box
      // for those, and the timeline never shows them.
      await page.evaluate(() => {
        window.__shown = [];
        const note = () => {
          const message = document.querySelector('#ev-complaint-received-error')?.textContent ?? '';
          if (message) window.__shown.push(message);
        };
        window.__watch = new MutationObserver(note);
        window.__watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.focus('input[data-event="complaint-received"]');
      await page.keyboard.type('08292025', { delay: 50 });
      await until('the date typed with keys', async () => (await date(page, 'hearing-decision')) === DECISION);
      const shown = await page.evaluate(() => { window.__watch.disconnect(); return window.__shown; });
      assert(shown.length === 0, `messages while the year was typed: ${shown.join(' / ')}`);
      // "Clear" goes away with the date; the keyboard goes back to the date box, not to nowhere.
      await until('the clear button', () => page.$('input[data-event="complaint-received"] + button'));
      await page.focus('input[data-event="complaint-received"] + button');
      await page.keyboard.press('Enter');
      await until('focus back on the date box', () => page.evaluate(() =>
        document.activeElement?.getAttribute('data-event') === 'complaint-received'));
      await page.keyboard.type('08292025');
      await until('the date again', async () => (await date(page, 'hearing-decision')) === DECISION);
      // A folded group of step 2 opens from the keyboard, and Tab then reaches its first question.
      await page.focus('details[data-group="meeting"] > summary');
      await page.keyboard.press('Enter');
      await until('the meeting group open', () => page.evaluate(() => document.querySelector('details[data-group="meeting"]').open));
      await page.keyboard.press('Tab');
      await until('focus on its first question', () => page.evaluate(() =>
        document.activeElement?.getAttribute('data-event') === 'resolution-waived'));
      // The skip link moves focus to the timeline.
      await page.keyboard.press('Shift+Tab');
      await page.focus('.dp-skip');
      await page.keyboard.press('Enter');
      await until('the timeline heading', () => page.evaluate(() => location.hash === '#step-timeline'));
      await until('focus on the timeline heading', () => page.evaluate(() => document.activeElement?.id === 'step-timeline'));
      // A button works with the keyboard: the printable summary opens with Enter.
      await page.focus('[data-action="print-view"]');
      await page.keyboard.press('Enter');
      await until('the print view', () => page.evaluate(() => document.documentElement.classList.contains('dp-printing')));
      await until('focus on "Print"', () => page.evaluate(() => document.activeElement?.id === 'dp-print-now'));
      // Tab reaches "One page for the meeting": Space switches it on, and says so (aria-pressed).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await until('one page for the meeting', () => page.evaluate(() =>
        document.documentElement.classList.contains('dp-print-brief')
        && document.activeElement?.getAttribute('aria-pressed') === 'true'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until('back, focus on "Printable summary"', () => page.evaluate(() =>
        !document.documentElement.classList.contains('dp-printing') && document.activeElement?.id === 'dp-print-open'));
      await ctx.close();
    });
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- Firefox ESR (selenium)

async function firefox(base) {
  const { Builder } = await import('selenium-webdriver');
  const ff = await import('selenium-webdriver/firefox.js');
  const geckodriver = process.env.GECKODRIVER || join(process.env.HOME ?? '', '.cargo', 'bin', 'geckodriver');
  const start = (prefs = {}) => {
    const options = new ff.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
    for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
    return new Builder().forBrowser('firefox').setFirefoxOptions(options)
      .setFirefoxService(new ff.ServiceBuilder(geckodriver)).build();
  };
  const url = base + TODAY;
  const run = (driver, fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  const date = (d, id) => run(d, PAGE.deadlineDate, id);
  const status = (d) => run(d, PAGE.status);
  const enter = (d, event, value) => run(d, PAGE.enter, `input[data-event="${event}"]`, value);
  const B = 'firefox';

  await check(B, 'on a phone the next dates come first, after a link and after a reload of a draft (English, Spanish)', async () => {
    const phone = await start();
    try {
      await phone.manage().window().setRect({ width: PHONE.width, height: PHONE.height });
      for (const lang of ['en', 'es']) {
        const address = `${base}?today=${PHONE_TODAY}&lang=${lang}`;
        await phone.get(address + caCaseLink());
        assertNextFirst(await until('the next dates', () => run(phone, PAGE.firstNext, PHONE_TODAY)), `${lang}, link`);
        await run(phone, PAGE.seedDraft, CA_CASE);
        await phone.get(address);
        await phone.navigate().refresh();
        assertNextFirst(await until('the next dates', () => run(phone, PAGE.firstNext, PHONE_TODAY)), `${lang}, draft`);
      }
    } finally {
      await phone.quit();
    }
  });

  await check(B, 'Spanish words that cannot be fetched: English, a notice in both languages, nothing lost, Spanish once they come', async () => {
    const copy = await distWithoutSpanish();
    const { base: site, server } = await serve('/', () => copy.dir);
    const d = await start();
    try {
      await d.get(`${site}?today=2025-09-01&lang=es`);
      await until('the notice', async () => (await run(d, PAGE.words)).failed === 'es');
      const words = await run(d, PAGE.words);
      assert(words.lang === 'en' && words.title === ENGLISH_TITLE, `English meanwhile: ${JSON.stringify(words)}`);
      await until('the inputs', () => enter(d, 'complaint-received', RECEIVED));
      await until('the timeline in English', async () => (await date(d, 'hearing-decision')) === DECISION);
      await copy.restore();
      await run(d, () => document.querySelector('[data-action="fetch-words"]').click());
      await until('Spanish once the words come', async () => (await run(d, PAGE.words)).title === SPANISH_TITLE);
      assert((await run(d, PAGE.words)).failed === null, 'the notice goes');
      assert((await date(d, 'hearing-decision')) === DECISION, 'the case is kept');
    } finally {
      await d.quit();
      server.close();
    }
  });

  await check(B, 'Spanish citation notes come after the first timeline; without them a line says so and the dates stay', async () => {
    // Texas: knew Mon 2025-03-03, two years (19 Tex. Admin. Code 89.1151(c)) = 2027-03-03.
    const address = (site) => `${site}?today=2025-09-01&lang=es${caseLink({ 'knew-of-problem': '2025-03-03' }, { jurisdiction: 'US-TX' })}`;
    const cardText = (d) => run(d, () => document.querySelector('[data-deadline="filing-limit"]')?.textContent ?? '');
    let d = await start();
    try {
      await d.get(address(base));
      await until('the first timeline', async () => (await date(d, 'filing-limit')) === '2027-03-03');
      await until('the note in Spanish', async () => (await cardText(d)).includes('dos años para las audiencias'));
      assert(!(await run(d, () => !!document.querySelector('[data-notes-failed]'))), 'no notice');
    } finally {
      await d.quit();
    }
    const dir = await mkdtemp(join(tmpdir(), 'dpc-nonotes-'));
    await cp(DIST, dir, { recursive: true });
    await rm(join(dir, 'lang', 'es-notes.json'));
    const { base: site, server } = await serve('/', () => dir);
    d = await start();
    try {
      await d.get(address(site));
      await until('the line', () => run(d, () => document.querySelector('[data-notes-failed]')?.getAttribute('data-notes-failed') === 'es'));
      assert((await run(d, PAGE.words)).title === SPANISH_TITLE, 'the page stays in Spanish');
      assert((await date(d, 'filing-limit')) === '2027-03-03', 'the same date');
      const text = await cardText(d);
      assert(text.includes('Tex. Educ. Code 29.0164 (two years for hearings') && !text.includes('dos años para las audiencias'), 'the citation as the law writes it');
    } finally {
      await d.quit();
      server.close();
    }
  });

  await check(B, 'after one visit it works with the server gone, in English and in Spanish', async () => {
    // The network cut the hard way: the server that gave the page stops answering.
    const { base: site, server } = await serve();
    const d = await start();
    try {
      await d.get(`${site}?today=2025-09-01`);
      await until('the offline copy', () => run(d, () => !!document.querySelector('[data-offline-ready]')));
      // Once the worker is active, a visit is answered by it. (Firefox's reload under WebDriver
      // leaves the page without its worker; a visit to the address does not.)
      await d.get(`${site}?today=2025-09-01`);
      await until('the page in the worker\'s hands', () => run(d, () => !!navigator.serviceWorker.controller));
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await d.get(`${site}?today=2025-09-01`);
      await until('the inputs, server gone', () => enter(d, 'complaint-received', RECEIVED));
      await until('the timeline, server gone', async () => (await date(d, 'hearing-decision')) === DECISION);
      await run(d, () => document.querySelector('[data-lang="es"]').click());
      await until('Spanish, server gone', async () => (await run(d, PAGE.words)).title === SPANISH_TITLE);
      assert((await date(d, 'hearing-decision')) === DECISION, 'the case is kept across the switch');
      await d.get(`${site}?today=2025-09-01&lang=es`);
      await until('a Spanish visit, server gone', async () => (await run(d, PAGE.words)).title === SPANISH_TITLE);
    } finally {
      await d.quit();
      server.close();
    }
  });

  const mainDownloads = await mkdtemp(join(tmpdir(), 'dpc-ff-main-downloads-'));
  const driver = await start({
    'browser.download.folderList': 2,
    'browser.download.dir': mainDownloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar',
  });
  try {
    await check(B, 'a reload reopens the draft', async () => {
      await driver.get(url);
      await until('the inputs', () => enter(driver, 'complaint-received', RECEIVED));
      await until('the save', async () => (await status(driver)) === SAVED && (await run(driver, PAGE.drafts)) === 1);
      await driver.navigate().refresh();
      await until('the reopened decision date', async () => (await date(driver, 'hearing-decision')) === DECISION);
    });

    await check(B, 'a change in one window appears in the other', async () => {
      const first = await driver.getWindowHandle();
      await driver.switchTo().newWindow('window');
      await driver.get(url);
      await until('the second window opens the same draft', async () => (await date(driver, 'hearing-decision')) === DECISION);
      const second = await driver.getWindowHandle();
      await driver.switchTo().window(first);
      await enter(driver, 'resolution-waived', '2025-09-03');
      await until('the save in the first window', async () => (await run(driver, () => Object.values(localStorage).some((v) => v.includes('2025-09-03')))));
      await driver.switchTo().window(second);
      await until('the second window follows', async () => (await date(driver, 'hearing-decision')) === '2025-10-18');
      await driver.close();
      await driver.switchTo().window(first);
    });

    await check(B, 'the printed summary fits on two pages, one for the meeting, and carries the dates', async () => {
      // A fresh device: the drafts of the checks above are cleared first.
      await driver.get(url);
      await run(driver, () => localStorage.clear());
      await driver.navigate().refresh();
      await until('the inputs', () => enter(driver, 'complaint-received', RECEIVED));
      await run(driver, PAGE.enter, 'input[data-field="title"]', 'Maya 2025 complaint');
      await until('the decision date', async () => (await date(driver, 'hearing-decision')) === DECISION);
      await run(driver, () => document.querySelector('[data-action="print-view"]').click());
      await until('the print view', () => run(driver, () => document.documentElement.classList.contains('dp-printing')));
      // WebDriver's Print command; US Letter in centimetres.
      const base64 = await driver.printPage({ width: 21.59, height: 27.94 });
      await checkSummaryPdf(B, Buffer.from(base64, 'base64'));
      await run(driver, () => document.querySelector('[data-action="print-brief"]').click());
      const brief = await driver.printPage({ width: 21.59, height: 27.94 });
      await checkSummaryPdf(B, Buffer.from(brief, 'base64'), 1);
    });

    await check(B, 'a case link set as the fragment of an open tab opens that case and clears the address', async () => {
      await driver.get(url);
      await run(driver, () => { localStorage.clear(); sessionStorage.clear(); });
      await driver.navigate().refresh();
      await until('the inputs', () => enter(driver, 'complaint-received', OTHER_RECEIVED));
      await until('the draft on screen', async () => (await date(driver, 'hearing-decision')) === OTHER_DECISION);
      await run(driver, (f) => { location.hash = f; }, caseLink({ 'complaint-received': RECEIVED }, { title: 'From the center' }));
      await until('the linked case', async () => (await date(driver, 'hearing-decision')) === DECISION);
      await until('the address cleared', () => run(driver, () => location.hash === ''));
      assert(await run(driver, () => !!document.querySelector('[data-banner="opened"]')), 'the same message as a fresh visit');
      assert(await run(driver, () => Object.values(localStorage).some((v) => v.includes('2025-09-15'))), 'the draft on screen is kept');
    });

    await check(B, 'a linked case after "Add all dates to my calendar" is still there after a reload', async () => {
      await driver.get(url);
      await run(driver, () => { localStorage.clear(); sessionStorage.clear(); });
      await driver.get(url + caseLink({ 'complaint-received': RECEIVED }, { title: 'From the center' }));
      await until('the linked case', async () => (await date(driver, 'hearing-decision')) === DECISION);
      assert((await run(driver, PAGE.drafts)) === 0, 'only read: not stored yet');
      await until('the calendar button', () => run(driver, () => !!document.querySelector('[data-action="calendar"]:not(:disabled)')));
      await run(driver, () => document.querySelector('[data-action="calendar"]').click());
      await until('kept as a draft', async () => (await run(driver, PAGE.drafts)) === 1);
      await driver.navigate().refresh();
      await until('the case after a reload', async () => (await date(driver, 'hearing-decision')) === DECISION);
      await until('saved', async () => (await status(driver)) === SAVED);
    });

    await check(B, 'the report of a wrong date is a mailto: with the deadline id and dates, and no notes', async () => {
      await driver.get(url);
      await run(driver, () => { localStorage.clear(); sessionStorage.clear(); });
      await driver.navigate().refresh();
      await until('the inputs', () => enter(driver, 'complaint-received', RECEIVED));
      await until('the notes box', () => run(driver, PAGE.enter, '[data-field="notes"]', 'SECRET-NOTE call Ms. Ruiz'));
      await until('the decision date', async () => (await date(driver, 'hearing-decision')) === DECISION);
      await run(driver, () => document.querySelector('[data-deadline="hearing-decision"] [data-action="report-date"]').click());
      const mail = await until('the report', async () => (await run(driver, REPORT_MAILTO)) || null);
      assert(mail.startsWith('mailto:?subject='), mail);
      for (const needed of ['hearing-decision', `complaint-received: ${RECEIVED}`, DECISION, 'Page version']) {
        assert(mail.includes(needed), `${needed} in ${mail}`);
      }
      assert(!mail.includes('SECRET') && !mail.includes('Ruiz'), mail);
    });
  } finally {
    await driver.quit();
  }

  // Embedded on another origin, in the README's sandboxed frame, with downloads to a folder.
  const downloads = await mkdtemp(join(tmpdir(), 'dpc-ff-downloads-'));
  const embedded = await start({
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar',
  });
  const host = await hostSite(base, `&lang=es&accent=${ACCENT}&theme=dark`);
  try {
    await check(B, 'embedded on another origin: parameters, height, links to itself, downloads', async () => {
      await embedded.get(host.url);
      await until('a height from the frame', () => run(embedded, () => window.heights.length > 0 && window.heights.at(-1) > 200));
      const before = await run(embedded, () => window.heights.at(-1));
      await embedded.switchTo().frame(await embedded.findElement({ css: '#dpc' }));
      await until('the inputs in the frame', () => run(embedded, () => !!document.querySelector('input[data-event="complaint-received"]')));
      const dressed = await run(embedded, () => ({
        embed: document.documentElement.classList.contains('dp-embed'),
        lang: document.documentElement.lang,
        theme: document.documentElement.getAttribute('data-theme'),
        accent: getComputedStyle(document.documentElement).getPropertyValue('--dp-accent').trim(),
        hint: !!document.querySelector('[data-embedded-hint]'),
      }));
      assert(dressed.embed && dressed.lang === 'es' && dressed.theme === 'dark' && dressed.accent === `#${ACCENT}` && dressed.hint,
        JSON.stringify(dressed));
      await enter(embedded, 'complaint-received', RECEIVED);
      await until('the timeline in the frame', async () => (await date(embedded, 'hearing-decision')) === DECISION);
      await run(embedded, () => document.querySelector('[data-action="share"]').click());
      await run(embedded, () => document.querySelector('[data-action="make-link"]').click());
      const link = await until('the link', () => run(embedded, () => document.querySelector('[data-field="share-link"]')?.value));
      assert(link.startsWith(base) && !link.includes('embed=') && link.includes('#case='), link);
      await run(embedded, () => document.querySelector('[data-action="save-file"]').click());
      // Firefox creates the file first and fills it after: wait until it reads whole.
      const file = await until('the case file in the downloads folder', async () => {
        const { readdir } = await import('node:fs/promises');
        const name = (await readdir(downloads)).find((n) => n.endsWith('.json'));
        if (!name) return null;
        try {
          return JSON.parse(await readFile(join(downloads, name), 'utf8'));
        } catch {
          return null;
        }
      });
      assert(file.events?.['complaint-received'] === RECEIVED, 'the saved file has the date typed in the frame');
      await embedded.switchTo().defaultContent();
      await until('a new height after the timeline grew', () => run(embedded, (h) => window.heights.at(-1) !== h, before));
    });
  } finally {
    host.close();
    await embedded.quit();
  }

  // A frame on another site (localhost frames 127.0.0.1) in a browser that blocks third-party
  // cookies and storage: the page cannot keep the case there and says so at the top.
  const blocking = await start({ 'network.cookie.cookieBehavior': 1 });
  const crossSite = await hostSite(base, '', 'localhost');
  try {
    await check(B, 'in a cross-site frame with storage refused, the notice is at the top of the frame', async () => {
      await blocking.manage().window().setRect({ width: 390, height: 800 });
      await blocking.get(crossSite.url);
      await blocking.switchTo().frame(await blocking.findElement({ css: '#dpc' }));
      await until('the inputs in the frame', () => enter(blocking, 'complaint-received', RECEIVED));
      await until('the timeline in the frame', async () => (await date(blocking, 'hearing-decision')) === DECISION);
      const notice = await until('the notice', () => run(blocking, () => {
        const n = document.querySelectorAll('[data-storage-notice]');
        const a = n[0]?.querySelector('a[data-action="open-in-tab"]');
        return n.length && { count: n.length, top: n[0].getBoundingClientRect().top + scrollY,
          height: document.documentElement.scrollHeight, href: a?.href, target: a?.target };
      }));
      assert(notice.count === 1, `said once: ${notice.count}`);
      assert(notice.top < 900, `the notice is ${notice.top} px down a ${notice.height} px frame`);
      assert(notice.target === '_blank' && notice.href.startsWith(base) && notice.href.includes('#case=')
        && !notice.href.includes('embed='), JSON.stringify(notice));
    });
  } finally {
    crossSite.close();
    await blocking.quit();
  }

  const noStorage = await start({ 'dom.storage.enabled': false });
  try {
    await check(B, 'storage turned off in the browser: the page works and says so', async () => {
      await noStorage.get(url);
      await until('the inputs', () => enter(noStorage, 'complaint-received', RECEIVED));
      await until('the decision date', async () => (await date(noStorage, 'hearing-decision')) === DECISION);
      const said = await until('the not-saved status', async () => {
        const s = await status(noStorage);
        return s && s.startsWith('Not saved') ? s : null;
      });
      assert(said.includes('Save to a file'), `points to the file: ${said}`);
    });
  } finally {
    await noStorage.quit();
  }
}

// ---------------------------------------------------------------- main

const only = process.argv[2];
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run `trunk build --release --offline` first');
  process.exit(2);
}
const { base, server } = await serve();
console.log(`end-to-end checks against ${base}`);
try {
  if (!only || only === 'chromium') await chromium(base);
  if (!only || only === 'firefox') await firefox(base);
} finally {
  server.close();
}
const failed = results.filter((r) => !r.ok);
if (AXE.length) console.log(`axe-core:\n  ${AXE.join('\n  ')}`);
if (PDF_PAGES.length) console.log(`pages of the printed summary of a typical case: ${PDF_PAGES.join('; ')}`);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || results.length === 0 ? 1 : 0);
