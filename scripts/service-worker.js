// The calculator's service worker: after the first visit the page works with no connection.
//
// scripts/offline.mjs writes this file into dist/ as sw.js at release build time, filling in
// BUILD (a digest of every file of the build) and FILES (each file's SHA-256). Every build has
// its own cache, filled whole and checked against those digests before the build is used, so a
// page is always served from one build: never an old index.html with new files, or the reverse.
// A new build waits until the family agrees to switch (the page offers it) or closes every tab.
'use strict';

const BUILD = '__BUILD__';
const FILES = __FILES__;
const PREFIX = 'due-process-calculator-';
const CACHE = PREFIX + BUILD;

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const [name, digest] of Object.entries(FILES)) {
      // Straight from the server, not from the HTTP cache: the copy must be this build's.
      const response = await fetch(new Request(name, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      const body = await response.clone().arrayBuffer();
      const actual = hex(await crypto.subtle.digest('SHA-256', body));
      // A file from another build (a deploy in progress): install fails, and is tried again later.
      if (actual !== digest) throw new Error(`${name}: not the file of build ${BUILD}`);
      await cache.put(name, response);
    }
  })().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'due-process-calculator:use-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  // The page itself, whatever its query (?embed=1, ?lang=es) or fragment (#case=).
  const name = request.mode === 'navigate' && (path === '' || path === 'index.html') ? 'index.html' : path;
  if (!Object.hasOwn(FILES, name)) return;
  event.respondWith((async () => {
    const cached = await (await caches.open(CACHE)).match(name);
    return cached ?? fetch(request);
  })());
});
