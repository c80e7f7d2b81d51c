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
        el("audio", { controls: "", preload: "metadata", src: v.web.url, "aria-label": document.documentElement.lang === "en" ? "Sound capsule" : "Capsule sonore" }),
      ]);
      if (media.duration) fig.insertBefore(length(media.duration), fig.querySelector("audio"));
      return fig;
    }
    if (media.kind === "video" && v.web) {
      var video = el("video", { controls: "", preload: "metadata", playsinline: "", poster: v.poster ? v.poster.url : null, width: media.width, height: media.height });
      video.append(el("source", { src: v.web.url, type: "video/mp4" }));
      var portrait = media.height && media.width && media.height > media.width;
      var clip = el("figure", { class: "media media-video" + (portrait ? " portrait" : "") }, [video]);
      if (media.duration) clip.prepend(length(media.duration));
      return clip;
    }
    return null;
  }

  /* The length known from processing, shown before anything is played. */
  function length(seconds) {
    var total = Math.round(seconds);
    var label = el("span", { class: "media-length", "aria-hidden": "true" });
    label.textContent = Math.floor(total / 60) + ":" + String(total % 60).padStart(2, "0");
    return label;
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

  /* Amplitudes between 0 and 1 from a peaks document ((min, max) pairs), scaled to its loudest
     peak: a quiet voice memo fills the height instead of drawing a flat line (peaks made
     before the server scaled them, or by another tool, are not). */
  function peakLevels(peaks) {
    var data = (peaks && peaks.data) || [];
    var levels = [];
    var loudest = 0;
    for (var i = 0; i + 1 < data.length; i += 2) {
      var level = Math.max(Math.abs(data[i]), Math.abs(data[i + 1]));
      levels.push(level);
      if (level > loudest) loudest = level;
    }
    return levels.map(function (level) { return loudest ? level / loudest : 0; });
  }

  function drawWave(canvas, levels, played) {
    var ctx = canvas.getContext("2d");
    var width = canvas.width = canvas.clientWidth * (window.devicePixelRatio || 1) || 600;
    var height = canvas.height = 64 * (window.devicePixelRatio || 1);
    var points = levels.length;
    ctx.clearRect(0, 0, width, height);
    if (!points) return;
    // Colours from the style sheet, so that the waveform follows the light or dark theme.
    var style = getComputedStyle(canvas);
    var done = style.getPropertyValue("--wave-played").trim() || "#0b5563";
    var rest = style.getPropertyValue("--wave-rest").trim() || "#a9b9bd";
    var bars = Math.min(points, Math.floor(width / 3));
    var per = points / bars;
    for (var i = 0; i < bars; i++) {
      var top = 0;
      for (var j = Math.floor(i * per); j < Math.floor((i + 1) * per); j++) top = Math.max(top, levels[j]);
      var h = Math.max(2, top * height);
      ctx.fillStyle = i / bars <= played ? done : rest;
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
        var levels = peakLevels(peaks);
        var redraw = function () {
          var length = audio.duration || peaks.duration || 1;
          drawWave(canvas, levels, audio.currentTime / length);
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

  /* ---- search as one types: the server's result cards (the same as without script) take the
     timeline's place, and the timeline comes back when the box is emptied. */
  var SEARCH_DELAY = 250;  // ms after the last key: one request per pause, not per letter

  function setupSearch() {
    var form = document.querySelector("form.search-form[data-search-api]");
    var main = document.querySelector(".timeline-main");
    if (!form || !main) return;
    var input = form.querySelector('input[name="q"]');
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var served = main.querySelector(":scope > .search-results");  // a page opened with ?q=
    var timer = null;
    var asked = 0;       // the latest search asked for; older answers are dropped
    var shown = served ? input.value.trim() : "";

    function address(q) {
      var url = new URL(form.action, window.location.href);
      // The filter chips that are on narrow the search too.
      new URLSearchParams(window.location.search).forEach(function (value, name) {
        if (name === "kind" || name === "tag" || name === "stage" || name === "author") url.searchParams.append(name, value);
      });
      url.searchParams.set("q", q);
      return url.href;
    }

    function say(text) { if (status) status.textContent = text; }

    function reset() {
      if (!main.querySelector("ol.timeline, :scope > .empty")) {
        // Opened on results (?q=): the timeline itself is one page load away.
        window.location.assign(address("").replace(/([?&])q=(&|$)/, "$1").replace(/[?&]$/, ""));
        return;
      }
      asked += 1;
      shown = "";
      results.replaceChildren();
      if (served) { served.remove(); served = null; }
      main.classList.remove("searching");
      main.removeAttribute("aria-busy");
      say("");
    }

    function search(q, submitted) {
      window.clearTimeout(timer);
      timer = null;
      q = q.trim();
      if (!q) { reset(); return; }
      if (q === shown && !submitted) return;
      var ticket = ++asked;
      main.setAttribute("aria-busy", "true");
      fetch(address(q), { headers: { "X-Carnet-Fragment": "1" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok && response.status !== 422) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          if (ticket !== asked) return;  // a newer search is on its way
          var template = document.createElement("template");
          template.innerHTML = html;
          results.replaceChildren(template.content);
          if (served) { served.remove(); served = null; }
          main.classList.add("searching");
          main.removeAttribute("aria-busy");
          shown = q;
          var count = results.querySelector(".results-count, .empty, .error-summary");
          say(count ? count.textContent.trim() : "");
          enhance(results);
        })
        .catch(function () {
          if (ticket !== asked) return;
          main.removeAttribute("aria-busy");
          if (submitted) form.submit();  // the page without script answers the same search
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { search(input.value, false); }, SEARCH_DELAY);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      search(input.value, true);
    });
    main.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest(".search-results a[data-suggestion], .search-results a.back-to-timeline");
      if (!link || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      input.value = link.dataset.suggestion || "";
      if (link.dataset.suggestion) search(input.value, true);
      else { reset(); input.focus(); }
    });
  }

  window.Carnet = window.Carnet || {};
  window.Carnet.peakLevels = peakLevels;

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
