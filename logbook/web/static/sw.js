/* Carnet's service worker, served at /sw.js so that it controls every page. Hand-written,
   no build step. It does four things:
   - keeps the site's scripts and styles (fingerprinted: they never change) for offline use;
   - keeps the pages a person opened (the compose page, the timeline pages viewed) in a cache
     of that person's own, and shows them when there is no network. The server names the
     person of each page (X-Carnet-Person); a cache is only ever read for the person who
     last loaded a page here, and the caches of anyone else are deleted as soon as another
     person's page arrives: one person's pages are never shown to another;
   - receives what the phone's share sheet sends (POST /partager), keeps the files in
     IndexedDB and opens /partager, where the compose page takes them;
   - sends the outbox on Background Sync when no page is open (small entries only; large
     files wait for a page, which sends them through the resumable upload). */
"use strict";

importScripts("__OUTBOX_SCRIPT__");

var ASSETS = "carnet-assets-v1";
var PAGES = "carnet-pages-";        // + the person's id
var IMAGES = "carnet-media-";       // + the person's id: the thumbnails of those pages
var PERSONAL = [PAGES, IMAGES];
var WHO = "carnet-person";          // one entry: whose pages may be shown offline
var WHO_KEY = "/__carnet-person";
var KEEP_PAGES = 30;
var KEEP_IMAGES = 300;
var ASSET_PATH = "/assets/";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("carnet-assets-") === 0 && name !== ASSETS;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

/* ---- whose pages */
function storedPerson() {
  // caches.match, not caches.open: asking must not create the cache.
  return caches.match(WHO_KEY, { cacheName: WHO }).then(function (answer) { return answer ? answer.text() : ""; });
}

function setPerson(person) {
  return storedPerson().then(function (before) {
    if (before === person) return null;
    // Someone else now uses this browser: nobody's pages but theirs stay.
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return PERSONAL.some(function (prefix) { return name.indexOf(prefix) === 0 && name !== prefix + person; });
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () {
      if (!person) return caches.delete(WHO);  // signed out: nobody's pages are shown offline
      return caches.open(WHO).then(function (cache) { return cache.put(WHO_KEY, new Response(person)); });
    });
  });
}

function keep(name, limit, url, response) {
  return caches.open(name).then(function (cache) {
    return cache.put(url, response).then(function () { return cache.keys(); }).then(function (kept) {
      // Oldest first: the last ones viewed stay.
      return Promise.all(kept.slice(0, Math.max(0, kept.length - limit)).map(function (old) { return cache.delete(old); }));
    });
  });
}

function keepPage(url, response, person) {
  return keep(PAGES + person, KEEP_PAGES, url, response);
}

/* Images served by this site (the file backend's thumbnails and photos) come with the
   pages: network first, kept for the person whose pages are kept, shown offline. */
function image(request) {
  return storedPerson().then(function (person) {
    return fetch(request).then(function (response) {
      if (person && response.ok && response.status === 200 && response.type === "basic") {
        var copy = response.clone();
        return keep(IMAGES + person, KEEP_IMAGES, request.url, copy).then(function () { return response; }, function () { return response; });
      }
      return response;
    }, function (error) {
      if (!person) throw error;
      return caches.match(request.url, { cacheName: IMAGES + person }).then(function (found) {
        if (found) return found;
        throw error;
      });
    });
  });
}

/* A page from the network: kept for its person; a page of nobody (signed out) keeps
   nothing and forgets whose pages were here. */
function fromNetwork(request) {
  return fetch(request).then(function (response) {
    if (response.type !== "basic" || (response.headers.get("Content-Type") || "").indexOf("text/html") !== 0) return response;
    var person = response.headers.get("X-Carnet-Person") || "";
    var kept = setPerson(person).then(function () {
      if (person && response.ok) return keepPage(request.url, response.clone(), person);
      return null;
    });
    return kept.then(function () { return response; }, function () { return response; });
  });
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
}

/* A page never opened here: say so, and list the pages that do open offline (the app's
   start page may be one the person never opened). */
function offlinePage(request) {
  return storedPerson().then(function (person) {
    if (!person) return { found: null, kept: [] };
    return caches.open(PAGES + person).then(function (cache) {
      return cache.match(request.url).then(function (found) {
        return found || cache.match(request.url, { ignoreSearch: true });
      }).then(function (found) {
        if (found) return { found: found, kept: [] };
        return cache.keys().then(function (keys) {
          return Promise.all(keys.reverse().map(function (key) {
            return cache.match(key).then(function (page) { return page.text(); }).then(function (html) {
              var title = /<title>([^<]*)<\/title>/.exec(html);
              return { url: key.url, title: title ? title[1].trim() : key.url };
            });
          }));
        }).then(function (kept) { return { found: null, kept: kept }; });
      });
    });
  }).then(function (result) {
    if (result.found) return result.found;
    var links = result.kept.map(function (page) {
      // The title is already escaped in the page's HTML; the address is escaped here.
      return '<li><a href="' + escapeHtml(page.url) + '">' + page.title + "</a></li>";
    }).join("");
    var html = '<!doctype html><html lang="fr"><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Carnet — hors ligne</title>' +
      '<main style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">' +
      "<h1>Pas de réseau</h1><p>Cette page n'a pas encore été ouverte sur ce téléphone. " +
      "Les pages déjà vues et la page de publication s'ouvrent sans réseau.</p>" +
      '<p lang="en">No network: this page has not been opened on this phone yet. Pages already ' +
      "viewed and the compose page open offline.</p>" +
      (links ? '<h2>Disponibles hors ligne <span lang="en">(available offline)</span></h2><ul>' + links + "</ul>" : "") +
      "</main></html>";
    return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
  });
}

function asset(request) {
  return caches.open(ASSETS).then(function (cache) {
    return cache.match(request).then(function (found) {
      if (found) return found;
      return fetch(request).then(function (response) {
        if (response.ok && new URL(request.url).searchParams.get("v")) cache.put(request, response.clone());
        return response;
      });
    });
  });
}

/* ---- the share sheet */
function receiveShare(request) {
  return request.formData().then(function (data) {
    var files = data.getAll("files").filter(function (file) { return typeof file !== "string" && file.size; });
    return self.CarnetOutbox.keepShared({
      files: files.map(function (file) { return { blob: file, name: file.name, type: file.type }; }),
      title: String(data.get("title") || ""),
      text: String(data.get("text") || ""),
      url: String(data.get("url") || ""),
      at: Date.now(),
    });
  }).then(function () {
    return Response.redirect("/partager?recu=1", 303);
  }, function () {
    return Response.redirect("/partager?perdu=1", 303);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/partager") {
    event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== "GET") return;
  if (url.pathname.indexOf(ASSET_PATH) === 0) {
    event.respondWith(asset(request));
  } else if (request.mode === "navigate") {
    event.respondWith(fromNetwork(request).catch(function () { return offlinePage(request); }));
  } else if (request.destination === "image" && url.pathname.indexOf("/media/") === 0 && !request.headers.has("Range")) {
    event.respondWith(image(request));
  }
});

/* ---- what pages ask */
self.addEventListener("message", function (event) {
  var data = event.data || {};
  var reply = function () { if (event.ports[0]) event.ports[0].postMessage("done"); };
  var work;
  if (data.type === "keep") {
    // A page asks to be available offline with what it needs: its scripts and styles, and
    // itself when it came before this worker (its first load bypassed the cache).
    work = caches.open(ASSETS).then(function (cache) {
      return Promise.all((data.assets || []).map(function (address) {
        return cache.match(address).then(function (found) {
          return found || fetch(address).then(function (response) { if (response.ok) return cache.put(address, response); });
        });
      }));
    }).then(function () {
      if (!data.page || !data.person) return null;
      return caches.open(PAGES + data.person).then(function (cache) { return cache.match(data.page); }).then(function (found) {
        if (found) return null;
        return fromNetwork(new Request(data.page, { credentials: "same-origin" }));
      });
    });
  } else {
    return;
  }
  event.waitUntil(work.then(reply, reply));
});

/* ---- Background Sync: a page open sends (with progress); with none, this worker does. */
self.addEventListener("sync", function (event) {
  if (event.tag !== self.CarnetOutbox.SYNC_TAG) return;
  event.waitUntil(self.clients.matchAll({ type: "window" }).then(function (windows) {
    if (windows.length) {
      windows.forEach(function (client) { client.postMessage({ type: "flush" }); });
      return null;
    }
    return storedPerson().then(function (person) {
      return person ? self.CarnetOutbox.flush({ person: person, inWorker: true }) : null;
    });
  }));
});
