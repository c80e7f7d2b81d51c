/* Timeline and entry pages: endless scrolling over the cursor, media that turn from
   "processing" into players, a full-screen image viewer with swipe, waveforms, search. */
(function () {
  "use strict";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  /* ---- endless timeline: the "next page" link is fetched as a fragment when it nears the screen */
  function watchMore(root) {
    var more = root.querySelector("li.more");
    var list = document.querySelector("ol.timeline");
    if (!more || !list || !("IntersectionObserver" in window)) return;
    var observer = new IntersectionObserver(function (seen) {
      if (!seen.some(function (item) { return item.isIntersecting; })) return;
      observer.disconnect();
      var url = list.dataset.fragmentUrl + more.dataset.next;
      more.setAttribute("aria-busy", "true");
      fetch(url, { headers: { "X-Carnet-Fragment": "1" }, credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
        .then(function (html) {
          var template = document.createElement("template");
          template.innerHTML = html;
          var fresh = template.content;
          enhance(fresh);
          more.replaceWith(fresh);
          watchMore(list);
        })
        .catch(function () { more.removeAttribute("aria-busy"); });
    }, { rootMargin: "600px 0px" });
    observer.observe(more);
  }

  /* ---- processing placeholders: poll the media until it is ready */
  function renderMedia(media, size) {
    var v = media.variants || {};
    if ((media.kind === "image" || media.kind === "vector") && v[size]) {
      var full = (v.display || v[size]).url;
      var img = el("img", { src: v[size].url, alt: media.alt_text || "", width: v[size].width, height: v[size].height, decoding: "async" });
      var link = el("a", { class: "zoom", href: full, "data-full": full, "data-alt": media.alt_text || "" }, [img]);
      return el("figure", { class: "media media-image" }, [link]);
    }
    if (media.kind === "audio" && v.web) {
      var fig = el("figure", { class: "media media-audio player", "data-peaks": v.peaks ? v.peaks.url : null }, [
        el("canvas", { class: "waveform", width: 600, height: 64, "aria-hidden": "true" }),
        el("audio", { controls: "", preload: "none", src: v.web.url, "aria-label": document.documentElement.lang === "en" ? "Sound capsule" : "Capsule sonore" }),
      ]);
      return fig;
    }
    if (media.kind === "video" && v.web) {
      var video = el("video", { controls: "", preload: "none", playsinline: "", poster: v.poster ? v.poster.url : null, width: media.width, height: media.height });
      video.append(el("source", { src: v.web.url, type: "video/mp4" }));
      return el("figure", { class: "media media-video" }, [video]);
    }
    return null;
  }

  function pollPending(root) {
    root.querySelectorAll(".media-pending[data-media-id]").forEach(function (box) {
      if (box.dataset.polling) return;
      box.dataset.polling = "1";
      var delay = 1000;
      var tick = function () {
        window.Carnet.api("/api/v1/media/" + box.dataset.mediaId).then(function (media) {
          var bar = box.querySelector("progress");
          if (bar) bar.value = media.progress || 0;
          if (media.state === "ready") {
            var shown = renderMedia(media, box.dataset.size || "thumb");
            if (shown) { box.replaceWith(shown); enhance(shown.parentNode || document); }
            return;
          }
          if (media.state === "failed") {
            box.classList.remove("media-pending");
            box.classList.add("media-failed");
            box.textContent = media.error || "—";
            return;
          }
          delay = Math.min(delay * 1.5, 10000);
          setTimeout(tick, delay);
        }).catch(function () { setTimeout(tick, 15000); });
      };
      setTimeout(tick, 300);
    });
  }

  /* ---- waveforms from the peaks derivative; click to seek, progress while playing */
  function drawWave(canvas, peaks, played) {
    var ctx = canvas.getContext("2d");
    var width = canvas.width = canvas.clientWidth * (window.devicePixelRatio || 1) || 600;
    var height = canvas.height = 64 * (window.devicePixelRatio || 1);
    var data = peaks.data || [];
    var points = data.length / 2;
    ctx.clearRect(0, 0, width, height);
    if (!points) return;
    var bars = Math.min(points, Math.floor(width / 3));
    var per = points / bars;
    var scale = peaks.bits === 16 ? 32768 : 128;
    for (var i = 0; i < bars; i++) {
      var top = 0;
      for (var j = Math.floor(i * per); j < Math.floor((i + 1) * per); j++) {
        top = Math.max(top, Math.abs(data[2 * j]), Math.abs(data[2 * j + 1]));
      }
      var h = Math.max(2, (top / scale) * height);
      ctx.fillStyle = i / bars <= played ? "#0b5563" : "#a9b9bd";
      ctx.fillRect(i * (width / bars), (height - h) / 2, Math.max(1, width / bars - 1), h);
    }
  }

  function wave(player) {
    if (player.dataset.waved) return;
    player.dataset.waved = "1";
    var canvas = player.querySelector("canvas.waveform");
    var audio = player.querySelector("audio");
    if (!canvas || !audio || !player.dataset.peaks) { if (canvas) canvas.hidden = true; return; }
    fetch(player.dataset.peaks, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (peaks) {
        var redraw = function () {
          var length = audio.duration || peaks.duration || 1;
          drawWave(canvas, peaks, audio.currentTime / length);
        };
        redraw();
        audio.addEventListener("timeupdate", redraw);
        audio.addEventListener("seeked", redraw);
        window.addEventListener("resize", redraw);
        canvas.addEventListener("click", function (event) {
          var box = canvas.getBoundingClientRect();
          var length = audio.duration || peaks.duration;
          if (!length) return;
          audio.currentTime = ((event.clientX - box.left) / box.width) * length;
          if (audio.paused) audio.play().catch(function () {});
        });
      })
      .catch(function () { canvas.hidden = true; });
  }

  function waves(root) {
    var players = root.querySelectorAll(".player[data-peaks]");
    if (!("IntersectionObserver" in window)) { players.forEach(wave); return; }
    var observer = new IntersectionObserver(function (items) {
      items.forEach(function (item) {
        if (item.isIntersecting) { observer.unobserve(item.target); wave(item.target); }
      });
    }, { rootMargin: "200px 0px" });
    players.forEach(function (player) { observer.observe(player); });
  }

  /* ---- full-screen images with keyboard and swipe */
  var box = null, image = null, caption = null, index = 0, opener = null;
  function zooms() { return Array.prototype.slice.call(document.querySelectorAll("a.zoom")); }
  function show(i) {
    var all = zooms();
    if (!all.length) return;
    index = (i + all.length) % all.length;
    var link = all[index];
    image.src = link.dataset.full || link.href;
    image.alt = link.dataset.alt || "";
    caption.textContent = link.dataset.alt || "";
    box.querySelector(".lb-prev").hidden = box.querySelector(".lb-next").hidden = all.length < 2;
  }
  function open(link) {
    opener = link;
    box.hidden = false;
    document.body.style.overflow = "hidden";
    show(zooms().indexOf(link));
    box.querySelector(".lb-close").focus();
  }
  function close() {
    box.hidden = true;
    document.body.style.overflow = "";
    image.removeAttribute("src");
    if (opener) opener.focus();
  }
  function setupLightbox() {
    box = document.querySelector(".lightbox");
    if (!box) return;
    image = box.querySelector("img");
    caption = box.querySelector(".lb-caption");
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.zoom");
      if (!link || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      open(link);
    });
    box.querySelector(".lb-close").addEventListener("click", close);
    box.querySelector(".lb-prev").addEventListener("click", function () { show(index - 1); });
    box.querySelector(".lb-next").addEventListener("click", function () { show(index + 1); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
      else if (event.key === "ArrowLeft") show(index - 1);
      else if (event.key === "ArrowRight") show(index + 1);
      else if (event.key === "Tab") {
        var buttons = Array.prototype.filter.call(box.querySelectorAll("button"), function (b) { return !b.hidden; });
        var first = buttons[0], last = buttons[buttons.length - 1];
        if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
        else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
      }
    });
    var startX = null;
    box.addEventListener("pointerdown", function (event) { startX = event.clientX; });
    box.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var dx = event.clientX - startX;
      startX = null;
      if (Math.abs(dx) > 50) show(index + (dx < 0 ? 1 : -1));
    });
    box.addEventListener("click", function (event) { if (event.target === box) close(); });
    if (!reduceMotion) image.style.transition = "opacity .15s";
  }

  /* Highlighted text from the search index: keep the words and the marks, nothing else. */
  function marked(node, html) {
    var holder = document.createElement("template");
    holder.innerHTML = String(html);
    holder.content.childNodes.forEach(function walk(child) {
      if (child.nodeType === 3) { node.append(child.textContent); return; }
      if (child.nodeType !== 1) return;
      if (/^(MARK|B|STRONG|EM)$/.test(child.tagName)) node.append(el("mark", {}, [child.textContent]));
      else child.childNodes.forEach(walk);
    });
  }

  /* ---- search through the search API when it is installed; the plain form is the fallback */
  function setupSearch() {
    var form = document.querySelector("form.search-form[data-search-api]");
    if (!form) return;
    var results = document.getElementById("search-results");
    form.addEventListener("submit", function (event) {
      var q = form.querySelector('input[name="q"]').value.trim();
      if (!q) return;
      event.preventDefault();
      // POST: a long search fits in a body where it might not fit in a URL.
      var body = { q: q, logbook: [form.dataset.logbook] };
      window.Carnet.api(form.dataset.searchApi, { method: "POST", json: body }).then(function (data) {
        var hits = (data && (data.hits || data.results || data.entries)) || [];
        var list = el("ol");
        hits.forEach(function (hit) {
          var id = hit.entry_id || hit.id;
          var slug = hit.logbook_slug || (hit.logbook && hit.logbook.slug) || (typeof hit.logbook === "string" ? hit.logbook : form.dataset.logbook);
          var link = el("a", { href: hit.url || ("/carnets/" + encodeURIComponent(slug) + "/entrees/" + id) });
          marked(link, hit.title_html || hit.title || ("#" + id));
          var item = el("li", {}, [link]);
          var snippet = hit.snippet_html || hit.highlight || hit.snippet;
          if (snippet) {
            var p = el("p");
            marked(p, snippet);
            item.append(p);
          }
          list.append(item);
        });
        var heading = el("p");
        heading.textContent = hits.length ? (data.total || hits.length) + " · « " + q + " »" : form.dataset.none;
        var parts = [heading, list];
        if (hits.length && data.approximate && form.dataset.approximate) {
          // Nothing holds every word: say these are only the closest entries.
          var honest = el("p", { class: "search-approximate", role: "status" });
          honest.textContent = form.dataset.approximate.replace("%(q)s", q);
          parts = [honest, list];
        }
        if (data && data.suggestion && data.suggestion !== q) {
          var again = el("button", { type: "button", class: "link-button" });
          again.textContent = data.suggestion;
          again.addEventListener("click", function () {
            form.querySelector('input[name="q"]').value = data.suggestion;
            form.requestSubmit();
          });
          parts.push(el("p", {}, [form.dataset.suggest + " ", again, " ?"]));
        }
        results.replaceChildren.apply(results, parts);
      }).catch(function (error) {
        var code = error && error.data && error.data.error && error.data.error.code;
        if (code !== "query_too_long") { form.submit(); return; }
        var message = el("p", { class: "error-summary", role: "alert" });
        message.textContent = form.dataset.tooLong;
        results.replaceChildren(message);
      });
    });
  }

  function enhance(root) {
    pollPending(root);
    waves(root);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupLightbox();
    setupSearch();
    enhance(document);
    var list = document.querySelector("ol.timeline");
    if (list) watchMore(list);
  });
})();
