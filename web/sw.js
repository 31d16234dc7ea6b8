// The service worker: the app opens and works with no network after the first visit.
// scripts/pwa.py writes it into the build with VERSION (a hash of every file it lists) and FILES
// (every file of this build but the examples, which are kept when first opened): never edit
// the list by hand.
//
// Each version keeps its files in a cache of its own, so a page is only ever served the files
// of the version it was loaded with. A new version installs in the background and waits; the
// page offers a reload, and the worker takes over only when the user accepts (the "activate"
// message), never under the user's hands.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = "crm-planner-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  // `no-cache` asks the server again for the files whose names carry no hash, so a stale copy
  // in the browser's HTTP cache never slips into a new version; hashed files may come from it.
  const requests = FILES.map((file) =>
    new Request(file, { cache: /-[0-9a-f]{12,16}[._\/]|\?v=/.test(file) ? "default" : "no-cache" }),
  );
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // The version just replaced stays for tabs still open on it (a language they switch
      // to later); older ones go.
      const ours = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
      await Promise.all(ours.slice(0, -1).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
});

const SCOPE = new URL("./", self.location).href;

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const path = request.url.slice(SCOPE.length).split("#")[0];
  if (request.mode === "navigate" && (path === "" || path === "index.html")) {
    // The page: this version's own, whatever the network holds (the address's fragment
    // carries the route, so every route is this one page).
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("index.html")).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          // An example plan is kept once opened, for the next time offline.
          if (response.ok && path.startsWith("examples/")) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
