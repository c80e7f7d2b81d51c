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

  window.Carnet = { csrfToken: csrfToken, api: api };

  /* Signing out forgets the unpublished drafts kept in this browser (shared phones):
     their text in localStorage, their recordings in IndexedDB. */
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-forget-drafts") || form.dataset.forgotten) return;
    try {
      Object.keys(window.localStorage).forEach(function (name) {
        if (name.indexOf("carnet-draft:") === 0) window.localStorage.removeItem(name);
      });
    } catch (e) { /* storage unavailable: nothing was kept */ }
    if (!window.indexedDB) return;
    event.preventDefault();
    var done = function () {
      if (form.dataset.forgotten) return;
      form.dataset.forgotten = "1";
      form.submit();
    };
    try {
      var deleting = window.indexedDB.deleteDatabase("carnet-drafts");
      deleting.onsuccess = deleting.onerror = deleting.onblocked = done;
    } catch (e) { done(); }
    window.setTimeout(done, 1000);  // never keep someone from signing out
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
      api(form.dataset.api, { method: "POST", json: { format: format.value, scope: { locale: document.documentElement.lang } } })
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
