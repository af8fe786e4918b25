// The atlas's service worker, written by hand (no library): after one visit the atlas opens
// with no network at all. The build stamps this file with the release (__RELEASE__) and the
// list of the release's files (__FILES__), so every release is a new worker that replaces
// the old one and drops its caches.
//
//   the page (navigations)     network first, the cached page when offline
//   assets/ (hashed names)     cache first: a name never changes content
//   geodata/, basemap/         cache first, then checked against the network in the
//                              background; a data file that changed tells the open pages
//                              ("a newer dataset is available") and is used from the next load
/* eslint-disable */
const RELEASE = '__RELEASE__';
const FILES = __FILES__;
const CACHE = 'atlas-' + RELEASE;

self.addEventListener('install', (event) => {
  // everything the atlas reads, fetched once after the first visit (not during it: the
  // worker is registered when the page has loaded)
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(['./', ...FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// geodata/map/: the asset files' map parts (src/data/split.ts)
const isData = (path) => /\/(geodata|basemap)\/(map\/)?[^/]+$/.test(path);

async function tell(message) {
  for (const c of await self.clients.matchAll({ type: 'window' })) c.postMessage(message);
}

/** A data file from the cache; the network's copy replaces it in the background, and a
 * change is announced once per file. */
async function data(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  const fresh = fetch(request)
    .then(async (res) => {
      if (!res.ok) return res;
      if (cached) {
        const [a, b] = await Promise.all([cached.clone().text(), res.clone().text()]);
        if (a !== b) tell({ type: 'atlas-dataset-updated', file: new URL(request.url).pathname.split('/').pop() });
      }
      await cache.put(request, res.clone());
      return res;
    })
    .catch(() => cached || Response.error());
  return cached || fresh;
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put('./', res.clone());
    return res;
  } catch {
    return (await cache.match('./', { ignoreVary: true })) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') return event.respondWith(page(request));
  if (isData(url.pathname)) return event.respondWith(data(request));
  if (/\/assets\//.test(url.pathname) || /\/(boot\.js|favicon\.svg)$/.test(url.pathname)) return event.respondWith(asset(request));
});
