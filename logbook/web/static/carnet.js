/* Carnet: what every page shares. Pages work without it; it only adds comfort. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  /* JSON request to the API with the session cookie and the CSRF header. */
  function api(url, options) {
    options = options || {};
    var headers = Object.assign({ Accept: "application/json", "X-CSRFToken": csrfToken() }, options.headers || {});
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(options.json);
    }
    return fetch(url, { method: options.method || "GET", headers: headers, body: options.body, credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) {
            var error = new Error((data && data.error && data.error.message) || response.statusText);
            error.status = response.status;
            error.data = data;
            throw error;
          }
          return data;
        });
      });
  }

  /* ---- drafts and signing out.
     Unpublished drafts stay in this browser (compose.js): their text in localStorage, their
     recordings in IndexedDB. On a shared phone none may outlive a sign-out, whether a save
     was waiting for its timer, under way in IndexedDB, fired by the page leaving, or made in
     another tab. So every page of a signed-in person marks the browser as theirs, and a draft
     is written only while the mark names the writer and the page is not signing out.
     Signing out takes the mark away first (other tabs hear it through the "storage" event
     and stop), stops this page's pending saves, waits for the writes already under way, then
     clears; the server's answer clears the site's storage once more (Clear-Site-Data). */
  var SIGNED_IN = "carnet-signed-in";
  var DRAFT_PREFIX = "carnet-draft:";
  var DRAFT_DB = "carnet-drafts";
  var LEAVE_WITHIN = 3000;  // never keep someone from signing out for longer
  var personMeta = document.querySelector('meta[name="carnet-person"]');
  var person = personMeta ? personMeta.content : "";
  var signingOut = false;
  var stoppers = [];  // what each page part does to stop saving (cancel its timers)
  var writes = [];    // draft writes under way, settled before the drafts are cleared

  function storedMark() {
    try { return window.localStorage.getItem(SIGNED_IN); } catch (e) { return null; }
  }

  // A page that could not mark the browser (storage blocked or full) keeps no drafts and
  // never reloads itself on the mark's account.
  var marked = false;
  try {
    if (person) window.localStorage.setItem(SIGNED_IN, person);
    else window.localStorage.removeItem(SIGNED_IN);
    marked = Boolean(person);
  } catch (e) { marked = false; }

  function draftsAllowed() {
    return marked && !signingOut && storedMark() === person;
  }

  function stopDrafts() {
    stoppers.splice(0).forEach(function (stop) {
      try { stop(); } catch (e) { /* one part failing to stop must not stop the others */ }
    });
  }

  function trackWrite(promise) {
    writes.push(promise);
    var settled = function () { writes = writes.filter(function (other) { return other !== promise; }); };
    promise.then(settled, settled);
    return promise;
  }

  var forgetters = [];  // what other parts keep for this person (the outbox, cached pages)

  function forgetAllDrafts() {
    var others = forgetters.map(function (forget) {
      try { return Promise.resolve(forget()).catch(function () {}); } catch (e) { return null; }
    });
    return Promise.all([forgetDrafts()].concat(others));
  }

  function forgetDrafts() {
    try {
      Object.keys(window.localStorage).forEach(function (name) {
        if (name.indexOf(DRAFT_PREFIX) === 0) window.localStorage.removeItem(name);
      });
    } catch (e) { /* storage unavailable: nothing was kept */ }
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(); return; }
      try {
        // "blocked" is not the end: the delete goes on once other tabs close their connection.
        var deleting = window.indexedDB.deleteDatabase(DRAFT_DB);
        deleting.onsuccess = deleting.onerror = function () { resolve(); };
      } catch (e) { resolve(); }
    });
  }

  window.Carnet = {
    csrfToken: csrfToken,
    api: api,
    drafts: {
      DB: DRAFT_DB,
      allowed: draftsAllowed,
      track: trackWrite,
      onStop: function (stop) { if (draftsAllowed()) stoppers.push(stop); else stop(); },
    },
    // Run at sign-out, before the sign-out request leaves; each returns a promise.
    forgetOnSignOut: function (forget) { forgetters.push(forget); },
  };

  window.addEventListener("storage", function (event) {
    // Signed out (or someone else signed in) in another tab, or the site's storage cleared.
    if ((event.key === SIGNED_IN || event.key === null) && storedMark() !== person) stopDrafts();
  });

  /* A page of a person no longer signed in here, shown again from the back/forward cache or
     brought back to the front, asks the server again: it shows the sign-in page instead. */
  function leaveIfSignedOut() {
    if (marked && storedMark() !== person) window.location.reload();
  }
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) leaveIfSignedOut();
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && !signingOut) leaveIfSignedOut();
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-forget-drafts")) return;
    event.preventDefault();
    if (signingOut) return;  // a second tap while the first is under way
    signingOut = true;
    try { window.localStorage.removeItem(SIGNED_IN); } catch (e) { /* nothing marked */ }
    stopDrafts();
    var forgotten = Promise.all(writes.slice()).then(forgetAllDrafts);
    var late = new Promise(function (resolve) { window.setTimeout(resolve, LEAVE_WITHIN); });
    Promise.race([forgotten, late]).then(function () {
      form.submit();  // no "submit" event: this handler is not run again
    });
  });

  /* Exports: ask for one, follow its progress, then offer the file. */
  function exportRow(item, labels) {
    var li = document.createElement("li");
    var name = document.createElement("strong");
    name.textContent = labels[item.format] || item.format;
    li.append(name);
    var state = document.createElement("span");
    state.className = "muted";
    li.append(state);
    var update = function (data) {
      state.textContent = data.state === "ready" ? (data.filename || "") :
        data.state === "failed" ? (data.error || labels.failed) : labels.working + " " + Math.round((data.progress || 0) * 100) + " %";
      if (data.download_url && !li.querySelector("a")) {
        var link = document.createElement("a");
        link.className = "button small";
        link.href = data.download_url;
        link.textContent = labels.download;
        li.append(link);
      }
    };
    update(item);
    if (item.state !== "ready" && item.state !== "failed" && item.url) {
      var poll = function () {
        api(item.url).then(function (data) {
          update(data);
          if (data.state !== "ready" && data.state !== "failed") setTimeout(poll, 1500);
        }).catch(function () { setTimeout(poll, 5000); });
      };
      setTimeout(poll, 800);
    }
    return li;
  }

  function setupExports() {
    var form = document.querySelector("form.exports[data-api]");
    if (!form) return;
    var labels = JSON.parse(form.dataset.labels || "{}");
    var list = form.parentNode.querySelector(".export-list");
    var status = form.querySelector(".export-status");
    api(form.dataset.api).then(function (data) {
      list.textContent = "";  /* the page's own list, replaced by one that follows progress */
      ((data && data.exports) || []).forEach(function (item) { list.append(exportRow(item, labels)); });
    }).catch(function () {});
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var format = form.querySelector('input[name="format"]:checked');
      status.textContent = labels.working;
      var pinned = form.querySelector('input[name="pinned_only"]');
      var scope = { locale: document.documentElement.lang, pinned_only: !!(pinned && pinned.checked) };
      api(form.dataset.api, { method: "POST", json: { format: format.value, scope: scope } })
        .then(function (data) { status.textContent = ""; list.prepend(exportRow(data, labels)); })
        .catch(function (error) { status.textContent = error.message; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
    document.querySelectorAll('input[name="tz"]').forEach(function (input) { input.value = zone; });

    document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = document.querySelector(button.dataset.copy);
        if (!field) return;
        var done = function () {
          var label = button.textContent;
          button.textContent = button.dataset.done;
          setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
        } else {
          field.select();
          try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ }
        }
      });
    });

    document.querySelectorAll("form.confirm[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      });
    });

    /* Lists driven by APIs from other parts of the app: shown when the API answers. */
    document.querySelectorAll(".api-list[data-api]").forEach(function (box) {
      api(box.dataset.api).then(function (data) {
        var items = Array.isArray(data) ? data : (data && (data.items || data.members || data.invitations || data.exports || data.links)) || [];
        var list = document.createElement("ul");
        list.className = "trash-list";
        items.forEach(function (item) {
          var li = document.createElement("li");
          var label = item.name || item.display_name || item.email || item.title || item.format || item.url || ("#" + item.id);
          var extra = [item.role, item.state || item.status, item.expires_at].filter(Boolean).join(" · ");
          li.textContent = label + (extra ? " — " + extra : "");
          if (item.download_url || item.url) {
            var link = document.createElement("a");
            link.href = item.download_url || item.url;
            link.textContent = " ↓";
            li.appendChild(link);
          }
          list.appendChild(li);
        });
        box.replaceChildren(list);
      }).catch(function () { box.replaceChildren(); });
    });

    setupExports();
  });
})();
