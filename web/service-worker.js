// Newsmark's service worker: the whole site is kept in a cache named after the build, so the
// app starts and works with no network after the first visit. BUILD and FILES (every file of
// the site with its SHA-256) are put in front of this file by cmake/ServiceWorker.cmake.
//
// Updates: a new build installs beside the running one (every file fetched past the HTTP
// cache and checked against its hash) and then waits; the page announces it and applies it
// on the next load (newsmark-pwa.js asks it to take over), so a page never runs one build's
// script with another build's files. Old builds' caches are deleted once the new one is active.
'use strict';

const CACHE = 'newsmark-' + BUILD;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  for (const [file, hash] of FILES) {
    const url = new URL(file, self.registration.scope);
    const response = await fetch(url, {cache: 'reload'});
    if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
    const body = await response.clone().arrayBuffer();
    const got = hex(await crypto.subtle.digest('SHA-256', body));
    // The server already has another build (a deployment under way): try again later.
    if (got !== hash) throw new Error(file + ': not the file of build ' + BUILD);
    await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(async (e) => {
    await caches.delete(CACHE);
    throw e;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('newsmark-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const m = event.data || {};
  if (m.type === 'skip-waiting') self.skipWaiting();
  if (m.type === 'build' && event.ports[0]) event.ports[0].postMessage({build: BUILD});
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the app is index.html (a launch with shared text has a query string).
    const hit = request.mode === 'navigate' ? await cache.match(new URL('index.html', self.registration.scope))
                                            : await cache.match(request, {ignoreSearch: true});
    return hit || fetch(request);
  })());
});
