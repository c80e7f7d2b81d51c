/* The outbox: entries composed without a network, kept whole in this browser until they
   are sent. Runs in pages and in the service worker (sw.js imports it).

   Each item is one entry exactly as the compose page would have posted it (its fields and
   its files, as Blobs) with its Idempotency-Key: however many times it is sent (a lost
   answer, two tabs, the worker and a page at once), the server makes one entry of it.
   Items belong to the person who made them and are listed and sent only on their pages.
   Sending starts when a page opens, when the network comes back ("online"), on Background
   Sync, and after a failed try (a growing delay). Items with big files go through the
   resumable upload, file by file, and remember their upload's address: a cut connection,
   or a reload, carries on from the last chunk the server has.

   Signing out asks first when items are waiting, then deletes the outbox, the shared files
   not yet taken and this person's cached pages (carnet.js runs the forgetting). */
(function (scope) {
  "use strict";
  var DB = "carnet-outbox";
  var ITEMS = "items";
  var SHARED = "shared";
  var SHARED_KEY = "latest";
  var SHARED_FOR = 3600 * 1000;      // a share not picked up within an hour is dropped
  var RESUMABLE_OVER = 8 * 1024 * 1024;  // as on the compose page
  var CHUNK = 4 * 1024 * 1024;       // a dropped connection loses at most one chunk
  var SYNC_TAG = "carnet-outbox";
  var LOCK = "carnet-outbox";
  var inPage = typeof document !== "undefined";

  /* ---- storage */
  function open() {
    return new Promise(function (resolve, reject) {
      var opening = scope.indexedDB.open(DB, 1);
      opening.onupgradeneeded = function () {
        opening.result.createObjectStore(ITEMS, { keyPath: "key" });
        opening.result.createObjectStore(SHARED);
      };
      opening.onsuccess = function () {
        var db = opening.result;
        // Signing out (here or in another tab) deletes the database: never keep it waiting.
        db.onversionchange = function () { db.close(); };
        resolve(db);
      };
      opening.onerror = function () { reject(opening.error); };
      opening.onblocked = function () { reject(new Error("blocked")); };
    });
  }

  function run(store, mode, use) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = use(tx.objectStore(store));
        tx.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function list(person) {
    return run(ITEMS, "readonly", function (store) { return store.getAll(); }).then(function (all) {
      return (all || []).filter(function (item) { return item.person === person; })
        .sort(function (a, b) { return a.createdAt - b.createdAt; });
    });
  }

  function put(item) { return run(ITEMS, "readwrite", function (store) { return store.put(item); }); }
  function remove(key) { return run(ITEMS, "readwrite", function (store) { return store.delete(key); }); }

  function keepShared(shared) {
    return run(SHARED, "readwrite", function (store) { return store.put(shared, SHARED_KEY); });
  }

  function takeShared() {
    return run(SHARED, "readwrite", function (store) {
      var request = store.get(SHARED_KEY);
      store.delete(SHARED_KEY);
      return request;
    }).then(function (shared) {
      return shared && Date.now() - shared.at < SHARED_FOR ? shared : null;
    });
  }

  function forgetCaches() {
    if (!scope.caches) return Promise.resolve();
    return scope.caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("carnet-pages-") === 0 || name.indexOf("carnet-media-") === 0 || name === "carnet-person";
      }).map(function (name) { return scope.caches.delete(name); }));
    });
  }

  function forgetAll() {
    var database = new Promise(function (resolve) {
      try {
        // "blocked" is not the end: the delete goes on once other tabs close their connection.
        var deleting = scope.indexedDB.deleteDatabase(DB);
        deleting.onsuccess = deleting.onerror = function () { resolve(); };
      } catch (e) { resolve(); }
    });
    return Promise.all([database, forgetCaches().catch(function () {})]);
  }

  /* ---- sending one item */
  function totalSize(item) {
    return item.parts.reduce(function (sum, part) { return sum + (part.blob ? part.blob.size : 0); }, 0);
  }

  // The way a first try went decides (the same request under the same key); else the size.
  function wantsUploads(item) {
    if (item.via) return item.via === "uploads";
    return Boolean(item.uploads && totalSize(item) > RESUMABLE_OVER);
  }

  function formData(item, viaUploads) {
    var data = new FormData();
    item.parts.forEach(function (part) {
      if (!part.blob) data.append(part.name, part.value);
      else if (viaUploads) data.append("uploads", part.uploadId);
      else data.append(part.name, part.blob, part.filename);
    });
    return data;
  }

  // XMLHttpRequest in pages (upload progress), fetch in the worker.
  function post(url, data, headers, progress) {
    if (typeof XMLHttpRequest === "undefined") {
      return fetch(url, { method: "POST", body: data, headers: headers, credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (text) { return { status: response.status, text: text }; });
        }, function () { return { status: 0, text: "" }; });
    }
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      xhr.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable && progress) progress(event.loaded / event.total);
      });
      xhr.addEventListener("load", function () { resolve({ status: xhr.status, text: xhr.responseText }); });
      xhr.addEventListener("error", function () { resolve({ status: 0, text: "" }); });
      xhr.addEventListener("abort", function () { resolve({ status: 0, text: "" }); });
      xhr.send(data);
    });
  }

  /* What became of a try: "sent" (the item is gone), "later" (network or server trouble:
     tried again by itself) or "refused" (the server said no: the person decides). */
  function send(item, options) {
    var viaUploads = wantsUploads(item);
    if (viaUploads && !options.resumable) return Promise.resolve({ outcome: "later" });
    var files = item.parts.filter(function (part) { return part.blob; });
    var done = 0;
    var total = totalSize(item) || 1;
    var report = function (fraction) { if (options.progress) options.progress(Math.max(0, Math.min(1, fraction))); };
    var uploads = !viaUploads ? Promise.resolve() : files.reduce(function (chain, part) {
      return chain.then(function () {
        if (part.uploadId) { done += part.blob.size; return null; }
        return options.resumable(item, part, function (sent) { report((done + sent) / total); }).then(function (id) {
          part.uploadId = id;
          done += part.blob.size;
          return put(item);
        });
      });
    }, Promise.resolve());
    var headers = { "Idempotency-Key": item.key, "X-CSRFToken": options.csrf || item.csrf, Accept: "application/json" };
    return uploads.then(function () {
      return post(item.api, formData(item, viaUploads), headers, viaUploads ? null : report);
    }, function (error) {
      // No resumable client in this browser: one request, as the compose page would.
      if (error && error.direct) return post(item.api, formData(item, false), headers, report);
      var code = error && error.originalResponse ? error.originalResponse.getStatus() : 0;
      var text = error && error.originalResponse ? error.originalResponse.getBody() : "";
      return { status: code, text: text || "" };
    }).then(function (answer) {
      var body = null;
      try { body = JSON.parse(answer.text); } catch (e) { body = null; }
      if (answer.status >= 200 && answer.status < 300 && body && body.id) {
        return remove(item.key).then(function () { return { outcome: "sent", entry: body }; });
      }
      var error = (body && body.error) || {};
      // A lost session or an outdated token (the worker's copy) is not a refusal of the
      // entry: it goes once the person is signed in again, from one of their pages.
      var later = answer.status === 401 || error.code === "csrf_failed";
      if (later || answer.status === 0 || answer.status >= 500 || answer.status === 429 || answer.status === 408) {
        return { outcome: "later" };
      }
      if (error.fields && error.fields.uploads) {
        // Expired on the server: sent again from the start at the next try.
        files.forEach(function (part) { part.uploadId = null; part.tusUrl = null; });
        return put(item).then(function () { return { outcome: "later" }; });
      }
      item.state = "refused";
      item.error = error.message || String(answer.status);
      return put(item).then(function () { return { outcome: "refused" }; });
    });
  }

  /* Every waiting item of a person, one after another; one sender at a time in the whole
     browser where Web Locks exist (the key keeps it to one entry anyway). */
  function flush(options) {
    var go = function () {
      return list(options.person).then(function (items) {
        return items.reduce(function (chain, item) {
          return chain.then(function (results) {
            if (item.state === "refused") return results;
            if (options.inWorker && wantsUploads(item)) return results;  // for a page, with the tus client
            if (options.started) options.started(item);
            return send(item, {
              csrf: options.csrf,
              resumable: options.resumable,
              progress: options.progress && function (fraction) { options.progress(item, fraction); },
            }).then(function (result) {
              results.push(result.outcome);
              if (options.finished) options.finished(item, result);
              return results;
            });
          });
        }, Promise.resolve([]));
      });
    };
    var locks = scope.navigator && scope.navigator.locks;
    return locks ? locks.request(LOCK, go) : go();
  }

  var core = {
    SYNC_TAG: SYNC_TAG,
    list: list,
    put: put,
    remove: remove,
    keepShared: keepShared,
    takeShared: takeShared,
    forgetAll: forgetAll,
    forgetCaches: forgetCaches,
    flush: flush,
  };
  scope.CarnetOutbox = core;
  if (!inPage) return;

  /* ================= in pages ================= */
  var messages = document.getElementById("outbox-messages");
  var T = messages ? JSON.parse(messages.textContent) : {};
  var personMeta = document.querySelector('meta[name="carnet-person"]');
  var person = personMeta ? personMeta.content : "";
  var carnet = scope.Carnet || {};
  var count = 0;              // this person's items, known synchronously for the sign-out question
  var panel = null;
  var rows = {};              // item key → its row's parts
  var sending = false;
  var again = false;
  var retryTimer = null;
  var RETRY_DELAYS = [5000, 15000, 30000, 60000, 120000];
  var failures = 0;

  function say(text, n) { return String(text || "").replace("{n}", n); }

  /* ---- the service worker */
  var controlledAtLoad = Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);

  function worker(message) {
    if (!navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.ready.then(function (registration) {
      var target = navigator.serviceWorker.controller || registration.active;
      if (!target) return null;
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { resolve(); };
        target.postMessage(message, [channel.port2]);
      });
    });
  }

  function pageAssets() {
    var found = [];
    document.querySelectorAll("script[src], link[rel=stylesheet][href], link[rel=icon][href]").forEach(function (node) {
      var address = new URL(node.src || node.href, location.href);
      if (address.origin === location.origin && address.pathname.indexOf("/assets/") === 0) found.push(address.href);
    });
    if (T.tus) found.push(new URL(T.tus, location.href).href);
    return found;
  }

  function registerWorker() {
    if (!navigator.serviceWorker || !T.worker || !window.isSecureContext) return;
    navigator.serviceWorker.register(T.worker, { scope: "/" }).then(function () {
      // This page (and what it needs) is kept for offline use; the mark tells when.
      return worker({ type: "keep", assets: pageAssets(), page: person ? location.href : "", person: person, controlled: controlledAtLoad });
    }).then(function () {
      document.documentElement.dataset.offline = "ready";
    }).catch(function () { /* no worker: the site works online as before */ });
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "flush") flushNow();
    });
  }

  /* ---- the list: "En attente d'envoi (n)" */
  function ensurePanel() {
    if (panel) return panel;
    panel = document.createElement("section");
    panel.className = "outbox panel";
    panel.setAttribute("aria-labelledby", "outbox-heading");
    var heading = document.createElement("h2");
    heading.id = "outbox-heading";
    var intro = document.createElement("p");
    intro.className = "help";
    intro.textContent = T.intro;
    var ul = document.createElement("ul");
    ul.className = "outbox-items";
    var status = document.createElement("p");
    status.className = "outbox-status";
    status.setAttribute("role", "status");
    panel.append(heading, intro, ul, status);
    // Under the page's title, so that headings stay in order.
    var main = document.getElementById("contenu");
    var title = main && main.querySelector("h1");
    if (title) title.after(panel);
    else if (main) main.prepend(panel);
    return panel;
  }

  function describe(item) {
    var title = "";
    item.parts.forEach(function (part) { if (!part.blob && part.name === "title" && part.value) title = part.value; });
    if (!title) {
      item.parts.forEach(function (part) {
        if (!title && !part.blob && part.name === "body" && part.value.trim()) title = part.value.trim().slice(0, 60);
      });
    }
    return title || T.untitled;
  }

  function render(items) {
    count = items.length;
    document.documentElement.dataset.outbox = String(count);
    if (!count) {
      if (panel) { panel.remove(); panel = null; rows = {}; }
      return;
    }
    ensurePanel();
    panel.querySelector("h2").textContent = say(T.heading, count);
    var ul = panel.querySelector("ul");
    var seen = {};
    items.forEach(function (item) {
      seen[item.key] = true;
      var row = rows[item.key];
      if (!row) {
        row = { li: document.createElement("li") };
        row.li.className = "outbox-item";
        row.li.dataset.key = item.key;
        row.label = document.createElement("p");
        row.label.className = "outbox-label";
        row.label.id = "outbox-" + item.key;
        row.state = document.createElement("p");
        row.state.className = "outbox-state";
        row.bar = document.createElement("progress");
        row.bar.max = 1;
        row.bar.value = 0;
        row.retry = document.createElement("button");
        row.retry.type = "button";
        row.retry.className = "button small outbox-retry";
        row.retry.textContent = T.retry;
        row.discard = document.createElement("button");
        row.discard.type = "button";
        row.discard.className = "button small secondary outbox-discard";
        row.discard.textContent = T.discard;
        var buttons = document.createElement("p");
        buttons.className = "row-links";
        buttons.append(row.retry, row.discard);
        row.li.append(row.label, row.bar, row.state, buttons);
        // "Réessayer" and "Abandonner" say which entry they are for.
        row.retry.setAttribute("aria-describedby", row.label.id);
        row.discard.setAttribute("aria-describedby", row.label.id);
        row.retry.addEventListener("click", function () { retryItem(item.key); });
        row.discard.addEventListener("click", function () { discardItem(item.key); });
        rows[item.key] = row;
        ul.append(row.li);
      }
      var files = item.parts.filter(function (part) { return part.blob; }).length;
      var kindName = (T.kinds && T.kinds[item.kind]) || item.kind;
      row.label.textContent = kindName + " · " + describe(item) + (files ? " · " + say(T.files, files) : "");
      row.bar.setAttribute("aria-label", describe(item));
      row.state.textContent = item.state === "refused" ? T.refused + " : " + (item.error || "") : T.waiting;
      row.li.dataset.state = item.state || "waiting";
    });
    Object.keys(rows).forEach(function (key) {
      if (!seen[key]) { rows[key].li.remove(); delete rows[key]; }
    });
  }

  function refresh() {
    if (!person) return Promise.resolve([]);
    return list(person).then(function (items) { render(items); return items; }, function () { return []; });
  }

  /* ---- sending from the page */
  var tusLoading = null;
  function loadTus() {
    if (window.tus || !T.tus) return Promise.resolve();
    if (!tusLoading) {
      tusLoading = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = T.tus;
        script.onload = resolve;
        script.onerror = function () { tusLoading = null; script.remove(); resolve(); };
        document.head.append(script);
      });
    }
    return tusLoading;
  }

  function lastSegment(address) {
    return new URL(address, location.href).pathname.split("/").filter(Boolean).pop();
  }

  function resumable(item, part, progress) {
    return loadTus().then(function () {
      if (!window.tus) return Promise.reject(null);  // not loaded (offline): later
      if (!window.tus.isSupported) return Promise.reject({ direct: true });
      return new Promise(function (resolve, reject) {
        var upload = new window.tus.Upload(part.blob, {
          endpoint: new URL(item.uploads, location.href).href,
          uploadUrl: part.tusUrl || null,
          retryDelays: [0, 1000, 3000, 5000, 10000],
          chunkSize: CHUNK,
          metadata: { filename: part.filename },
          headers: { "X-CSRFToken": carnet.csrfToken ? carnet.csrfToken() : item.csrf },
          storeFingerprintForResuming: false,  // the item keeps the upload's address itself
          onUploadUrlAvailable: function () { part.tusUrl = upload.url; put(item); },
          onProgress: function (sent) { progress(sent); },
          onShouldRetry: function (error) {
            var code = error.originalResponse ? error.originalResponse.getStatus() : 0;
            return !(code >= 400 && code < 500 && code !== 409 && code !== 423) && navigator.onLine;
          },
          onSuccess: function () { resolve(lastSegment(upload.url)); },
          onError: reject,
        });
        upload.start();
      });
    });
  }

  function flushNow() {
    if (!person || !navigator.onLine) return Promise.resolve();
    if (sending) { again = true; return Promise.resolve(); }
    sending = true;
    window.clearTimeout(retryTimer);
    var status = panel && panel.querySelector(".outbox-status");
    return flush({
      person: person,
      csrf: carnet.csrfToken ? carnet.csrfToken() : "",
      resumable: resumable,
      started: function (item) {
        var row = rows[item.key];
        if (row) { row.state.textContent = T.sending; row.li.dataset.state = "sending"; }
      },
      progress: function (item, fraction) { var row = rows[item.key]; if (row) row.bar.value = fraction; },
      finished: function (item, result) {
        var row = rows[item.key];
        if (row && result.outcome === "sent") { row.bar.value = 1; row.state.textContent = T.sent; }
      },
    }).then(function (outcomes) {
      sending = false;
      var later = outcomes.indexOf("later") >= 0;
      failures = later ? failures + 1 : 0;
      return refresh().then(function (items) {
        if (status) status.textContent = "";
        if (again) { again = false; return flushNow(); }
        if (later && items.length) {
          syncLater();
          retryTimer = window.setTimeout(flushNow, RETRY_DELAYS[Math.min(failures - 1, RETRY_DELAYS.length - 1)]);
        }
        return null;
      });
    }, function () { sending = false; return refresh(); });
  }

  function syncLater() {
    if (!navigator.serviceWorker) return;
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.sync) return registration.sync.register(SYNC_TAG);
      return null;
    }).catch(function () { /* Background Sync refused: the "online" event and the next open remain */ });
  }

  function retryItem(key) {
    list(person).then(function (items) {
      var item = items.filter(function (one) { return one.key === key; })[0];
      if (!item) return null;
      item.state = "waiting";
      item.error = "";
      return put(item);
    }).then(function () { failures = 0; return refresh(); }).then(flushNow);
  }

  function discardItem(key) {
    if (!window.confirm(T.discard_confirm)) return;
    remove(key).then(refresh);
  }

  /* What compose.js hands over: its FormData, exactly as it would have been posted. */
  function add(entry) {
    var parts = [];
    var resume = entry.resume || [];
    var files = 0;
    entry.data.forEach(function (value, name) {
      if (typeof value === "string") { parts.push({ name: name, value: value }); return; }
      var started = resume[files] || {};
      files += 1;
      parts.push({ name: name, blob: value, filename: value.name || "fichier", type: value.type, uploadId: started.uploadId || null, tusUrl: started.tusUrl || null });
    });
    var item = {
      key: entry.key,
      person: person,
      api: entry.api,
      uploads: entry.uploads || "",
      kind: entry.kind,
      via: entry.via || "",
      csrf: carnet.csrfToken ? carnet.csrfToken() : "",  // for the worker's Background Sync
      parts: parts,
      state: "waiting",
      error: "",
      createdAt: Date.now(),
    };
    return put(item).then(refresh).then(function () {
      syncLater();
      if (navigator.onLine) flushNow();
    });
  }

  /* ---- shares from the phone: the compose page takes the files the worker kept */
  function kindOf(type) {
    if (type.indexOf("image/") === 0) return "photo";
    if (type.indexOf("video/") === 0) return "video";
    if (type.indexOf("audio/") === 0) return "audio";
    return null;
  }

  function takeShare() {
    var params = new URLSearchParams(location.search);
    var form = document.getElementById("compose");
    if (!params.get("partage") || !form || !carnet.compose) return;
    takeShared().then(function (shared) {
      if (!shared) return;
      var first = null;
      shared.files.forEach(function (kept) {
        var kind = kindOf(kept.type || "");
        if (!kind) return;
        first = first || kind;
        carnet.compose.addFile(new File([kept.blob], kept.name, { type: kept.type }), kind);
      });
      if (!first && shared.url) first = "link";
      if (first) carnet.compose.chooseKind(first);
      var text = [shared.text, first === "link" ? "" : shared.url].filter(Boolean).join("\n");
      if (shared.title && form.elements.title && !form.elements.title.value) form.elements.title.value = shared.title;
      if (text && form.elements.body && !form.elements.body.value) form.elements.body.value = text;
      if (first === "link" && form.elements.link_url) form.elements.link_url.value = shared.url;
      form.dataset.shared = String(shared.files.length);
    }).catch(function () {}).then(function () {
      params.delete("partage");
      var rest = params.toString();
      history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
    });
  }

  /* ---- signing out: asked first when something is waiting; then nothing stays */
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-forget-drafts]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!count || window.confirm(say(T.sign_out_confirm, count))) return;
        event.preventDefault();
        event.stopPropagation();  // carnet.js, listening on the document, does not sign out
      });
    });
  });
  if (carnet.forgetOnSignOut) {
    carnet.forgetOnSignOut(function () {
      window.clearTimeout(retryTimer);
      return forgetAll();
    });
  }

  carnet.outbox = {
    add: add,
    flush: flushNow,
    messages: T,
    available: function () { return Boolean(person && scope.indexedDB); },
  };

  registerWorker();
  window.addEventListener("online", function () { failures = 0; flushNow(); });
  document.addEventListener("DOMContentLoaded", function () {
    if (!person) return;
    refresh().then(function () { flushNow(); });
    takeShare();
  });
})(self);
