/* Compose: files with previews and alt text, an in-page sound recorder, a drawing pad,
   a Markdown preview, and an upload with per-file progress, cancel and retry.
   One Idempotency-Key per form: retrying after a lost connection never posts twice; a form
   changed after a sending that did arrive is refused by the server and explained here.
   Large files go first through the resumable upload API (tus), chunk by chunk, so a lost
   connection, or even a reload of the page, continues where it stopped. The tus client
   is fetched only once such a file is chosen: most posts never need it. */
(function () {
  "use strict";
  var form = document.getElementById("compose");
  if (!form) return;
  var T = JSON.parse(document.getElementById("compose-messages").textContent);
  var MEDIA_KINDS = { photo: 1, video: 1, audio: 1, drawing: 1, testimony: 1 };
  var items = [];          // {file, kind, row, bar, alt, tusUrl, uploadId}
  var recording = null;    // the item made by the recorder
  var xhr = null;
  var resumable = null;    // the tus upload under way: {upload, item, reject}
  var waiting = null;      // an upload waiting for the tus client's script
  var CANCELLED = {};
  // Below this total the single multipart request is fine; above it a cut connection
  // would cost too much to send again from the start.
  var RESUMABLE_OVER = 8 * 1024 * 1024;
  var CHUNK = 8 * 1024 * 1024;  // a dropped connection loses at most one chunk
  var RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000];
  var key = form.querySelector('input[name="idempotency_key"]').value;
  var outbox = window.Carnet.outbox;  // static/outbox.js: entries kept while offline
  if (outbox && outbox.available()) {
    // This page may come from the offline cache, its key already given to an entry waiting
    // in the outbox: each page shown starts with a key of its own (a draft brings back its own).
    key = newKey();
    form.elements.idempotency_key.value = key;
  }
  var status = form.querySelector(".upload-status");
  var summary = document.getElementById("error-summary");
  var list = form.querySelector(".uploads");

  function kind() {
    var checked = form.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : "note";
  }

  function icon(name) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    var use = document.createElementNS("http://www.w3.org/2000/svg", "use");
    use.setAttribute("href", "#i-" + name);
    svg.append(use);
    return svg;
  }

  function sizeText(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " " + T.kb;
    return (bytes / 1024 / 1024).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 }) + " " + T.mb;
  }

  /* ---- the list of files to send */
  var counter = 0;
  function addFile(file, itemKind) {
    counter += 1;
    var item = { file: file, kind: itemKind };
    var row = document.createElement("li");
    row.className = "upload";
    var thumb;
    if (file.type.indexOf("image/") === 0) {
      thumb = document.createElement("img");
      thumb.src = URL.createObjectURL(file);
      thumb.alt = "";
    } else if (file.type.indexOf("audio/") === 0 || file.type.indexOf("video/") === 0) {
      thumb = document.createElement("span");
      thumb.append(icon(file.type.indexOf("audio/") === 0 ? "audio" : "video"));
    } else {
      thumb = document.createElement("span");
      thumb.append(icon("note"));
    }
    thumb.classList.add("thumb");
    row.append(thumb);
    var name = document.createElement("p");
    name.className = "name";
    var label = document.createElement("span");
    label.textContent = file.name + " · " + sizeText(file.size);
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link-button";
    remove.textContent = T.remove;
    remove.setAttribute("aria-label", T.remove + " " + file.name);
    remove.addEventListener("click", function () { drop(item); });
    name.append(label, remove);
    row.append(name);
    if (file.type.indexOf("audio/") === 0 && itemKind === "audio") {
      var player = document.createElement("audio");
      player.controls = true;
      player.src = URL.createObjectURL(file);
      player.setAttribute("aria-label", file.name);
      row.append(player);
    }
    if (file.type.indexOf("image/") === 0) {
      var id = "alt-" + counter;
      var altLabel = document.createElement("label");
      altLabel.htmlFor = id;
      altLabel.textContent = T.alt;
      var alt = document.createElement("input");
      alt.type = "text";
      alt.id = id;
      alt.placeholder = T.alt_help;
      item.alt = alt;
      row.append(altLabel, alt);
    }
    var bar = document.createElement("progress");
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name);
    bar.hidden = true;
    row.append(bar);
    item.row = row;
    item.bar = bar;
    list.append(row);
    items.push(item);
    if (totalSize(items) > RESUMABLE_OVER) loadResumableClient();  // ready by the time "Post" is pressed
    scheduleDraft();
    return item;
  }

  function drop(item) {
    items = items.filter(function (other) { return other !== item; });
    item.row.remove();
    scheduleDraft();
    if (item === recording) {
      recording = null;
      forgetRecording();
    }
    if (resumable && resumable.item === item) {
      stopResumable(true);
    } else if (item.tusUrl && window.tus && form.getAttribute("aria-busy") !== "true") {
      // Sent (or partly sent) but not posted: free the server's copy now rather than at expiry.
      window.tus.Upload.terminate(item.tusUrl, { headers: tusHeaders() }).catch(function () {});
    }
  }

  form.querySelectorAll('input[type="file"]').forEach(function (input) {
    input.addEventListener("change", function () {
      Array.prototype.forEach.call(input.files, function (file) { addFile(file, input.dataset.kind); });
      input.value = "";  // the files now live in the list; picking again adds more
    });
  });

  /* ---- sound recorder: timer, pause, listen back, re-record */
  var recorder = form.querySelector(".recorder");
  var showRecording = function () {};  // the recorder's "listen back" player, where there is one
  if (recorder && window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    recorder.hidden = false;
    var q = function (selector) { return recorder.querySelector(selector); };
    var media = null, chunks = [], stream = null, started = 0, elapsed = 0, timer = null;
    var clock = q(".rec-clock"), recStatus = q(".rec-status"), playback = q(".rec-playback");
    var buttons = { start: q(".rec-start"), pause: q(".rec-pause"), resume: q(".rec-resume"), stop: q(".rec-stop"), redo: q(".rec-redo") };
    var showButtons = function (names) {
      Object.keys(buttons).forEach(function (name) { buttons[name].hidden = names.indexOf(name) < 0; });
    };
    var tick = function () {
      var total = elapsed + (started ? Date.now() - started : 0);
      var seconds = Math.floor(total / 1000);
      clock.textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    };
    var mimeType = ["audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg;codecs=opus"].filter(function (type) {
      return MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(type);
    })[0] || "";
    var level = levelMeter(q(".rec-level"));
    buttons.start.addEventListener("click", function () {
      level.prepare();  // while the tap still counts as a gesture: the audio context may start
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
        stream = s;
        level.listen(stream);
        chunks = [];
        media = mimeType ? new MediaRecorder(stream, { mimeType: mimeType }) : new MediaRecorder(stream);
        media.addEventListener("dataavailable", function (event) { if (event.data.size) chunks.push(event.data); });
        media.addEventListener("stop", function () {
          level.stop();
          stream.getTracks().forEach(function (track) { track.stop(); });
          var type = (media.mimeType || mimeType || "audio/webm").split(";")[0];
          var blob = new Blob(chunks, { type: type });
          var extension = type.indexOf("mp4") >= 0 ? "m4a" : type.indexOf("ogg") >= 0 ? "ogg" : "webm";
          var stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
          var file = new File([blob], T.recording_name + "-" + stamp + "." + extension, { type: type });
          if (recording) drop(recording);
          recording = addFile(file, "recording");
          keepRecording(file);
          showRecording(file);
        });
        media.start(1000);
        elapsed = 0;
        started = Date.now();
        timer = setInterval(tick, 250);
        recorder.classList.add("recording");
        recStatus.textContent = T.recording;
        playback.hidden = true;
        showButtons(["pause", "stop"]);
      }).catch(function () { level.stop(); recStatus.textContent = T.rec_denied; });
    });
    buttons.pause.addEventListener("click", function () {
      media.pause();
      level.pause();
      elapsed += Date.now() - started;
      started = 0;
      recorder.classList.remove("recording");
      recStatus.textContent = T.paused;
      showButtons(["resume", "stop"]);
    });
    buttons.resume.addEventListener("click", function () {
      media.resume();
      level.resume();
      started = Date.now();
      recorder.classList.add("recording");
      recStatus.textContent = T.recording;
      showButtons(["pause", "stop"]);
    });
    buttons.stop.addEventListener("click", function () {
      if (started) elapsed += Date.now() - started;
      started = 0;
      clearInterval(timer);
      tick();
      recorder.classList.remove("recording");
      media.stop();
    });
    showRecording = function (file) {
      playback.src = URL.createObjectURL(file);
      playback.hidden = false;
      recStatus.textContent = T.recorded;
      showButtons(["redo"]);
    };
    buttons.redo.addEventListener("click", function () {
      if (recording) drop(recording);
      playback.hidden = true;
      playback.removeAttribute("src");
      clock.textContent = "0:00";
      recStatus.textContent = "";
      showButtons(["start"]);
      buttons.start.click();
    });
    placeRecorder();
    form.addEventListener("change", function (event) {
      if (event.target.name === "kind") placeRecorder();
    });
  } else if (recorder) {
    recorder.hidden = false;
    recorder.querySelector(".rec-buttons").hidden = true;
    recorder.querySelector(".rec-time").hidden = true;
    recorder.querySelector(".rec-status").textContent = T.rec_unsupported;
  }

  /* One recorder serves the sound capsule and the testimony: in Témoignage mode it sits under
     the speaker's name, role and consent, so that the whole interview is made on one screen.
     Moving it keeps a recording under way and its take. */
  function placeRecorder() {
    var slot = form.querySelector(".testimony-recorder-slot");
    var home = form.querySelector(".for-audio");
    if (!recorder || !slot || !home) return;
    if (kind() === "testimony") {
      if (recorder.parentNode !== slot) slot.append(recorder);
    } else if (recorder.parentNode !== home) {
      home.prepend(recorder);
    }
  }

  /* The microphone's input level while recording (Web Audio AnalyserNode): the person sees at
     once that the phone hears the speaker, and whether they should come closer. */
  function levelMeter(meter) {
    var AudioCtx = window.AudioContext || window.webkitAudioContext;
    var context = null, analyser = null, source = null, samples = null, frame = 0;
    var draw = function () {
      analyser.getFloatTimeDomainData(samples);
      var peak = 0;
      for (var i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i]));
      // A square root spreads speech (mostly quiet) over the bar, as level meters do.
      meter.value = Math.min(1, Math.sqrt(peak));
      frame = window.requestAnimationFrame(draw);
    };
    var halt = function () {
      window.cancelAnimationFrame(frame);
      frame = 0;
      if (meter) meter.value = 0;
    };
    return {
      prepare: function () {
        if (!meter || !AudioCtx || context) return;
        try { context = new AudioCtx(); } catch (e) { context = null; }
      },
      listen: function (stream) {
        if (!context) return;
        analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        samples = new Float32Array(analyser.fftSize);
        source = context.createMediaStreamSource(stream);
        source.connect(analyser);  // not to the speakers: no echo
        meter.hidden = false;
        if (context.state === "suspended") context.resume().catch(function () {});
        halt();
        draw();
      },
      pause: halt,
      resume: function () { if (analyser && !frame) draw(); },
      stop: function () {
        halt();
        if (meter) meter.hidden = true;
        if (source) source.disconnect();
        if (context) context.close().catch(function () {});
        context = analyser = source = null;
      },
    };
  }

  /* ---- drawing pad: pointer events (finger, pen, mouse), sizes, colours, eraser, undo, clear */
  var pad = form.querySelector(".pad");
  var canvas = pad && pad.querySelector("canvas");
  var strokes = [];
  if (pad && canvas && canvas.getContext) {
    pad.hidden = false;
    var ctx = canvas.getContext("2d");
    var pen = { size: 7, colour: "#1f1d1a", erase: false };
    var current = null;
    var paint = function () {
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.lineCap = "round";
      ctx.lineJoin = "round";
      strokes.forEach(function (stroke) {
        ctx.strokeStyle = stroke.colour;
        ctx.fillStyle = stroke.colour;
        ctx.lineWidth = stroke.size;
        if (stroke.points.length === 1) {
          ctx.beginPath();
          ctx.arc(stroke.points[0][0], stroke.points[0][1], stroke.size / 2, 0, Math.PI * 2);
          ctx.fill();
          return;
        }
        ctx.beginPath();
        stroke.points.forEach(function (p, i) { if (i) ctx.lineTo(p[0], p[1]); else ctx.moveTo(p[0], p[1]); });
        ctx.stroke();
      });
    };
    var at = function (event) {
      var box = canvas.getBoundingClientRect();
      return [(event.clientX - box.left) * (canvas.width / box.width), (event.clientY - box.top) * (canvas.height / box.height)];
    };
    canvas.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      var scale = canvas.width / canvas.getBoundingClientRect().width;
      current = { colour: pen.erase ? "#ffffff" : pen.colour, size: pen.size * scale * (pen.erase ? 2.5 : 1), points: [at(event)] };
      strokes.push(current);
      paint();
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!current) return;
      var events = event.getCoalescedEvents ? event.getCoalescedEvents() : [event];
      (events.length ? events : [event]).forEach(function (e) { current.points.push(at(e)); });
      paint();
    });
    var end = function () { current = null; };
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    var press = function (group, button) {
      pad.querySelectorAll(group).forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
    };
    pad.querySelectorAll("[data-size]").forEach(function (button) {
      button.addEventListener("click", function () { pen.size = Number(button.dataset.size); press("[data-size]", button); });
    });
    pad.querySelectorAll("[data-colour]").forEach(function (button) {
      button.addEventListener("click", function () {
        pen.colour = button.dataset.colour;
        pen.erase = false;
        press("[data-colour]", button);
        pad.querySelector(".eraser").setAttribute("aria-pressed", "false");
      });
    });
    pad.querySelector(".eraser").addEventListener("click", function (event) {
      pen.erase = !pen.erase;
      event.currentTarget.setAttribute("aria-pressed", pen.erase ? "true" : "false");
    });
    pad.querySelector(".undo").addEventListener("click", function () { strokes.pop(); paint(); });
    pad.querySelector(".clear").addEventListener("click", function () { strokes = []; paint(); });
    paint();
  }

  function drawingFile() {
    return new Promise(function (resolve) {
      if (!canvas || !strokes.length || kind() !== "drawing") { resolve(null); return; }
      canvas.toBlob(function (blob) {
        resolve(blob ? new File([blob], T.drawing_name + ".png", { type: "image/png" }) : null);
      }, "image/png");
    });
  }

  /* ---- tags suggested from the ones already used */
  var suggestions = form.querySelector(".tag-suggestions");
  if (suggestions) {
    suggestions.hidden = false;
    var tagsInput = form.querySelector("#tags");
    suggestions.querySelectorAll("[data-tag]").forEach(function (button) {
      button.addEventListener("click", function () {
        var tags = tagsInput.value.split(",").map(function (t) { return t.trim(); }).filter(Boolean);
        if (tags.indexOf(button.dataset.tag) < 0) tags.push(button.dataset.tag);
        tagsInput.value = tags.join(", ");
        button.setAttribute("aria-pressed", "true");
      });
    });
  }

  /* ---- Markdown preview, rendered by the server exactly as it will be shown */
  var toggle = form.querySelector(".preview-toggle");
  var body = form.querySelector("#body");
  var preview = form.querySelector("#body-preview");
  if (toggle && body && preview) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var showing = toggle.getAttribute("aria-expanded") === "true";
      if (showing) {
        preview.hidden = true;
        body.hidden = false;
        toggle.setAttribute("aria-expanded", "false");
        toggle.textContent = T.preview;
        body.focus();
        return;
      }
      var data = new FormData();
      data.append("body", body.value);
      fetch(form.dataset.preview, { method: "POST", body: data, credentials: "same-origin", headers: { "X-CSRFToken": window.Carnet.csrfToken() } })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          preview.innerHTML = answer.html || "<p>" + T.preview_empty + "</p>";  // sanitised by the server
          preview.hidden = false;
          body.hidden = true;
          toggle.setAttribute("aria-expanded", "true");
          toggle.textContent = T.edit;
        });
    });
  }

  /* ---- "when": the device's own clock and time zone */
  var when = form.querySelector("#occurred_at");
  function setNow(field) {
    var now = new Date();
    now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
    field.value = now.toISOString().slice(0, 16);
  }
  if (when && !form.querySelector(".error-summary:not([hidden])")) setNow(when);

  /* ---- drafts: what was typed survives a lost connection, a closed tab or a reload.
     Kept in this browser only, per person and logbook, with the Idempotency-Key, so that
     posting a restored draft whose first try did reach the server never posts it twice.
     Every write asks Carnet.drafts first: none lands once signing out has begun, here or
     in another tab, nor after the draft was posted. The form's data-draft tells where the
     draft stands: "pending" (a save is waiting), "saved", "off" (no more saving) or "". */
  var drafts = window.Carnet.drafts;
  var DRAFT_FIELDS = ["title", "body", "occurred_at", "stage_id", "tags", "speaker_name", "speaker_role", "link_url"];
  var DRAFT_DAYS = 30;
  var draftKey = form.dataset.draftKey;
  var draftNotice = document.querySelector(".draft-notice");
  var draftTimer = null;
  var draftsDone = false;  // posted or signed out: this page saves no more drafts
  var restoring = 0;       // bumped by a discard: a kept recording still on its way stays out

  function draftState(state) {
    form.dataset.draft = state;
  }

  function mayKeepDraft() {
    return Boolean(draftKey) && !draftsDone && drafts.allowed();
  }

  function stopDrafts() {
    draftsDone = true;
    window.clearTimeout(draftTimer);
    draftTimer = null;
    draftState("off");
  }

  function readDraft() {
    try {
      var draft = JSON.parse(window.localStorage.getItem(draftKey) || "null");
      if (draft && Date.now() - draft.savedAt < DRAFT_DAYS * 86400000) return draft;
    } catch (e) { /* storage unavailable or damaged: no draft */ }
    forgetDraft();
    return null;
  }

  function saveDraft() {
    window.clearTimeout(draftTimer);
    draftTimer = null;
    if (!mayKeepDraft()) return;
    var draft = { savedAt: Date.now(), key: key, kind: kind(), pinned: Boolean(form.elements.pinned && form.elements.pinned.checked) };
    var typed = false;
    DRAFT_FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      draft[name] = field.value;
      if (name !== "occurred_at" && name !== "stage_id" && field.value.trim()) typed = true;
    });
    draft.files = items.map(function (item) { return item.file.name; });
    try {
      if (typed || draft.files.length) {
        window.localStorage.setItem(draftKey, JSON.stringify(draft));
        draftState("saved");
      } else {
        window.localStorage.removeItem(draftKey);
        draftState("");
      }
    } catch (e) { /* full or private mode: the form still works, without drafts */ }
  }

  /* Returns once the kept recording is gone too (IndexedDB answers later). */
  function forgetDraft() {
    window.clearTimeout(draftTimer);
    draftTimer = null;
    if (!draftsDone) draftState("");
    try { window.localStorage.removeItem(draftKey); } catch (e) { /* nothing kept */ }
    return forgetRecording();
  }

  function scheduleDraft() {
    if (!mayKeepDraft()) return;
    window.clearTimeout(draftTimer);
    draftTimer = window.setTimeout(saveDraft, 300);
    draftState("pending");
  }

  /* Typing then leaving at once (tab closed, phone locked, app switched) loses nothing:
     the waiting save is made now. Signing out is leaving too, and then saveDraft refuses. */
  function saveWaitingDraft() {
    if (draftTimer !== null) saveDraft();
  }

  /* A recorded capsule cannot be recorded again: it is kept with the draft, in IndexedDB
     (localStorage holds text only). */
  var DRAFT_DB = drafts.DB;  // deleted whole at sign-out

  function recordings(mode, use) {
    return new Promise(function (resolve) {
      if (!draftKey || !window.indexedDB) { resolve(null); return; }
      var opening;
      try { opening = window.indexedDB.open(DRAFT_DB, 1); } catch (e) { resolve(null); return; }
      opening.onupgradeneeded = function () { opening.result.createObjectStore("recordings"); };
      opening.onerror = function () { resolve(null); };
      opening.onsuccess = function () {
        var db = opening.result;
        // Another tab deleting the drafts (signing out) must not wait for this connection.
        db.onversionchange = function () { db.close(); };
        try {
          var request = use(db.transaction("recordings", mode).objectStore("recordings"));
          if (!request) { db.close(); resolve(null); return; }
          request.onsuccess = function () { db.close(); resolve(request.result || null); };
          request.onerror = function () { db.close(); resolve(null); };
        } catch (e) { db.close(); resolve(null); }
      };
    });
  }

  function keepRecording(file) {
    if (!mayKeepDraft()) return;
    drafts.track(recordings("readwrite", function (store) {
      if (!mayKeepDraft()) return null;  // signing out began while the database was opening
      return store.put({ blob: file, name: file.name, type: file.type, savedAt: Date.now() }, draftKey);
    }));
  }

  function forgetRecording() {
    return recordings("readwrite", function (store) { return store.delete(draftKey); });
  }

  function keptRecording() {
    return recordings("readonly", function (store) { return store.get(draftKey); }).then(function (kept) {
      if (!kept || Date.now() - kept.savedAt > DRAFT_DAYS * 86400000) return null;
      return new File([kept.blob], kept.name, { type: kept.type });
    });
  }

  function draftChanged(event) {
    if (event.target.type !== "file") scheduleDraft();
  }

  function restoreDraft(draft) {
    var choice = form.querySelector('input[name="kind"][value="' + draft.kind + '"]');
    if (choice) {
      choice.checked = true;
      choice.dispatchEvent(new Event("change", { bubbles: true }));
    }
    DRAFT_FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field || typeof draft[name] !== "string") return;
      if (field.tagName === "SELECT" && !field.querySelector('option[value="' + CSS.escape(draft[name]) + '"]')) return;
      field.value = draft[name];
    });
    if (form.elements.pinned) form.elements.pinned.checked = Boolean(draft.pinned);
    if (draft.key) {
      key = draft.key;
      form.elements.idempotency_key.value = key;
    }
    draftNotice.querySelector(".draft-files").hidden = !(draft.files && draft.files.length);
    draftNotice.hidden = false;
    var asked = restoring;
    keptRecording().then(function (file) {
      if (!file || recording || asked !== restoring) return;  // discarded meanwhile
      recording = addFile(file, "recording");
      showRecording(file);
      var others = (draft.files || []).filter(function (name) { return name !== file.name; });
      draftNotice.querySelector(".draft-files").hidden = !others.length;
      draftNotice.querySelector(".draft-recording").hidden = false;
    });
  }

  function discardDraft() {
    restoring += 1;
    if (recording) drop(recording);
    DRAFT_FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      if (field.tagName === "SELECT") {
        Array.prototype.forEach.call(field.options, function (option) { option.selected = option.defaultSelected; });
      } else {
        field.value = field.defaultValue;
      }
    });
    if (form.elements.pinned) form.elements.pinned.checked = form.elements.pinned.defaultChecked;
    var first = form.querySelector('input[name="kind"]');
    var initial = form.querySelector('input[name="kind"][checked]') || first;
    if (initial) {
      initial.checked = true;
      initial.dispatchEvent(new Event("change", { bubbles: true }));
    }
    if (when) setNow(when);
    // Last, so that the saves the resets above asked for are cancelled with the draft.
    forgetDraft();
    draftNotice.hidden = true;
    form.elements.title.focus();
  }

  if (draftKey && draftNotice) {
    // A page that comes back with the server's errors holds the latest text already.
    var draft = form.querySelector(".error-summary:not([hidden])") ? null : readDraft();
    if (draft) restoreDraft(draft);
    else forgetRecording();  // a recording is only ever kept with its draft
    form.addEventListener("input", draftChanged);
    form.addEventListener("change", draftChanged);
    draftNotice.querySelector(".draft-discard").addEventListener("click", discardDraft);
    window.addEventListener("pagehide", saveWaitingDraft);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") saveWaitingDraft();
    });
    drafts.onStop(stopDrafts);
  }

  /* ---- errors */
  function showErrors(messages) {
    form.querySelectorAll(".field-error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (field) { field.removeAttribute("aria-invalid"); });
    var entries = Object.keys(messages);
    summary.replaceChildren();
    if (!entries.length) { summary.hidden = true; return; }
    var heading = document.createElement("h2");
    heading.textContent = T.failed;
    var ul = document.createElement("ul");
    entries.forEach(function (name) {
      var li = document.createElement("li");
      var target = name === "files" || name === "uploads" || name === "form" ? "files-area" : name;
      var link = document.createElement("a");
      link.href = "#" + target;
      link.textContent = messages[name];
      li.append(link);
      ul.append(li);
      var slot = document.getElementById("err-" + name);
      if (slot) { slot.textContent = messages[name]; slot.hidden = false; }
      var field = document.getElementById(name);
      if (field) {
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", "err-" + name);
      }
    });
    summary.append(heading, ul);
    summary.hidden = false;
    summary.focus();
  }

  function fieldsFromError(error) {
    var messages = {};
    var fields = (error && error.fields) || {};
    Object.keys(fields).forEach(function (name) { messages[name] = T.fields[name] || (error.message || T.server); });
    if (!Object.keys(messages).length) messages.form = (error && error.message) || T.server;
    return messages;
  }

  /* ---- sending: one multipart request, progress shared out file by file */
  var submit = form.querySelector(".submit");
  var cancel = form.querySelector(".cancel-upload");
  var retry = form.querySelector(".retry-upload");

  function buildData(sending, viaUploads) {
    var chosen = kind();
    var data = new FormData();
    data.append("kind", chosen);
    ["title", "body", "tags", "stage_id"].forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value !== "") data.append(name, field.value);
    });
    if (when && when.value) data.append("occurred_at", new Date(when.value).toISOString());
    data.append("pinned", form.elements.pinned && form.elements.pinned.checked ? "true" : "false");
    if (chosen === "testimony") {
      ["speaker_name", "speaker_role"].forEach(function (name) {
        if (form.elements[name].value.trim()) data.append(name, form.elements[name].value.trim());
      });
      data.append("consent", form.elements.consent.checked ? "true" : "false");
      if (form.elements.speaker_stakeholder_id && form.elements.speaker_stakeholder_id.value) {
        data.append("speaker_stakeholder_id", form.elements.speaker_stakeholder_id.value);
      }
    }
    // What the entry bears on: an expected effect (with a stance) and the stakeholders it names.
    if (form.elements.effect_id && form.elements.effect_id.value) {
      data.append("effect_id", form.elements.effect_id.value);
      var stance = form.querySelector("input[name=stance]:checked");
      if (stance) data.append("stance", stance.value);
      if (form.elements.evidence_comment.value.trim()) data.append("evidence_comment", form.elements.evidence_comment.value.trim());
    }
    form.querySelectorAll("input[name=stakeholder_ids]:checked").forEach(function (box) {
      data.append("stakeholder_ids", box.value);
    });
    if (chosen === "link" && form.elements.link_url.value.trim()) data.append("link_url", form.elements.link_url.value.trim());
    sending.forEach(function (item) {
      // Every file of the entry goes the same way, so alt texts and captions stay in order.
      if (viaUploads) data.append("uploads", item.uploadId);
      else data.append("files", item.file, item.file.name);
      data.append("alt_text", item.alt ? item.alt.value.trim() : "");
      data.append("caption", "");
    });
    return data;
  }

  function relevant(item, chosen) {
    if (!MEDIA_KINDS[chosen]) return false;
    if (item.kind === "recording") return chosen === "audio" || chosen === "testimony";
    return item.kind === chosen;
  }

  function send() {
    var chosen = kind();
    var local = {};
    if (chosen === "testimony" && !form.elements.consent.checked) local.consent = T.fields.consent;
    var speakerPick = form.elements.speaker_stakeholder_id;
    if (chosen === "testimony" && !form.elements.speaker_name.value.trim() && !(speakerPick && speakerPick.value)) local.speaker_name = T.fields.speaker_name;
    if (Object.keys(local).length) { showErrors(local); return; }
    drawingFile().then(function (drawing) {
      var sending = items.filter(function (item) { return relevant(item, chosen); });
      if (drawing) sending.push({ file: drawing, kind: "drawing", bar: null });
      if (chosen === "drawing" && !sending.length) { showErrors({ files: T.empty_drawing }); return; }
      upload(sending);
    });
  }

  /* ---- resumable uploads (tus): one file after another, one stream at a time */
  function tusHeaders() {
    return { "X-CSRFToken": window.Carnet.csrfToken() };
  }

  function totalSize(some) {
    return some.reduce(function (sum, item) { return sum + item.file.size; }, 0);
  }

  var resumableClient = null;  // the promise of the tus client's script, once asked for

  function loadResumableClient() {
    if (window.tus || !form.dataset.uploads || !form.dataset.resumableClient) return Promise.resolve();
    if (!resumableClient) {
      resumableClient = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = form.dataset.resumableClient;
        script.onload = resolve;
        // Offline or blocked: the post falls back to the single request, and a later
        // attempt asks again.
        script.onerror = function () { resumableClient = null; script.remove(); resolve(); };
        document.head.append(script);
      });
    }
    return resumableClient;
  }

  function canResume(sending) {
    return Boolean(form.dataset.uploads && window.tus && window.tus.isSupported && totalSize(sending) > RESUMABLE_OVER);
  }

  function lastSegment(url) {
    return new URL(url, window.location.href).pathname.split("/").filter(Boolean).pop();
  }

  function newest(previous) {
    return previous.slice().sort(function (a, b) {
      return (Date.parse(b.creationTime) || 0) - (Date.parse(a.creationTime) || 0);
    })[0];
  }

  function sendResumable(item) {
    return new Promise(function (resolve, reject) {
      var upload = new window.tus.Upload(item.file, {
        endpoint: new URL(form.dataset.uploads, window.location.href).href,
        uploadUrl: item.tusUrl || null,
        retryDelays: RETRY_DELAYS,
        chunkSize: CHUNK,
        metadata: { filename: item.file.name },
        headers: tusHeaders(),
        removeFingerprintOnSuccess: true,
        onUploadUrlAvailable: function () { item.tusUrl = upload.url; },
        onProgress: function (sent, size) {
          if (item.bar) item.bar.value = size ? sent / size : 1;
          if (status.textContent !== T.sending) status.textContent = T.sending;
        },
        onShouldRetry: function (error) {
          // Retry when the connection or the server failed, not when the request was refused;
          // a phone that says it is offline may be back before the next delay.
          var code = error.originalResponse ? error.originalResponse.getStatus() : 0;
          if (code >= 400 && code < 500 && code !== 409 && code !== 423) return false;
          if (offline()) return false;  // the outbox carries on with this upload when the network is back
          status.textContent = T.reconnecting;
          return true;
        },
        onSuccess: function () {
          resumable = null;
          item.uploadId = lastSegment(upload.url);
          if (item.bar) item.bar.value = 1;
          resolve();
        },
        onError: function (error) { resumable = null; reject(error); },
      });
      resumable = { upload: upload, item: item, reject: reject };
      // After a reload the same file (name, type, size, date) carries on from the server's offset.
      var previous = item.tusUrl ? Promise.resolve([]) : upload.findPreviousUploads();
      previous.then(function (found) {
        if (!resumable || resumable.upload !== upload) return;  // cancelled meanwhile
        if (found.length) upload.resumeFromPreviousUpload(newest(found));
        upload.start();
      }, function (error) { resumable = null; reject(error); });
    });
  }

  function stopResumable(terminate) {
    if (!resumable) return;
    var stopping = resumable;
    resumable = null;
    stopping.upload.abort(Boolean(terminate)).catch(function () {});
    if (terminate) stopping.item.tusUrl = null;
    stopping.reject(CANCELLED);
  }

  /* ---- no network: the entry waits in the outbox, whole, and the form is free again */
  function offline() {
    return Boolean(outbox && outbox.available() && navigator.onLine === false);
  }

  /* "via" says how a first try went out ("direct", "uploads"; "" for none): the outbox
     sends it the same way, so the server sees the same request under the same key, and
     carries on with the resumable uploads already under way. */
  function queue(sending, via) {
    busy(true);
    var resume = sending.map(function (item) { return { tusUrl: item.tusUrl || null, uploadId: item.uploadId || null }; });
    outbox.add({ key: key, api: form.dataset.api, uploads: form.dataset.uploads || "", kind: kind(), data: buildData(sending, false), via: via, resume: resume })
      .then(function () {
        busy(false);
        clearQueued();
        status.textContent = outbox.messages.queued;
      }, function () {
        busy(false);
        status.textContent = outbox.messages.not_kept;
        retry.hidden = false;
      });
  }

  // Every recorder of the form back to "Record": its recording went with the entry.
  function resetRecorders() {
    form.querySelectorAll(".recorder").forEach(function (box) {
      box.querySelectorAll(".rec-playback").forEach(function (player) { player.hidden = true; player.removeAttribute("src"); });
      box.querySelectorAll(".rec-clock").forEach(function (clock) { clock.textContent = "0:00"; });
      box.querySelectorAll(".rec-status").forEach(function (line) { line.textContent = ""; });
      box.querySelectorAll(".rec-buttons button").forEach(function (button) { button.hidden = !button.classList.contains("rec-start"); });
    });
  }

  function clearQueued() {
    items.slice().forEach(drop);
    resetRecorders();
    var clear = pad && pad.querySelector(".clear");
    if (clear) clear.click();
    form.reset();
    if (draftNotice) discardDraft();
    else forgetDraft();
    key = newKey();
    form.elements.idempotency_key.value = key;
  }

  function upload(sending) {
    if (offline()) { queue(sending, ""); return; }
    busy(true);
    status.textContent = T.sending;
    var ready = totalSize(sending) > RESUMABLE_OVER ? loadResumableClient() : Promise.resolve();
    var attempt = {};
    waiting = attempt;
    ready.then(function () {
      if (waiting !== attempt) return;  // cancelled while the client was loading
      waiting = null;
      uploadWithClient(sending);
    });
  }

  function uploadWithClient(sending) {
    if (!canResume(sending)) { postEntry(sending, false); return; }
    sending.forEach(function (item) { if (item.bar) { item.bar.hidden = false; item.bar.value = item.uploadId ? 1 : 0; } });
    // Files already sent (a retry after the entry itself failed) are not sent again.
    sending.reduce(function (chain, item) {
      return chain.then(function () { return item.uploadId ? null : sendResumable(item); });
    }, Promise.resolve()).then(function () {
      postEntry(sending, true);
    }, function (error) {
      if (error !== CANCELLED && offline()) { queue(sending, "uploads"); return; }
      busy(false);
      var code = error && error.originalResponse ? error.originalResponse.getStatus() : 0;
      if (code >= 400 && code < 500) {
        // Refused (too large, not allowed…): say why, as for the single request.
        var answer = null;
        try { answer = JSON.parse(error.originalResponse.getBody()); } catch (e) { answer = null; }
        status.textContent = "";
        showErrors(fieldsFromError(answer && answer.error));
        return;
      }
      status.textContent = error === CANCELLED ? T.cancelled : T.network;
      retry.hidden = false;
    });
  }

  function postEntry(sending, viaUploads) {
    var data = buildData(sending, viaUploads);
    var total = totalSize(sending) || 1;
    xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api);
    xhr.setRequestHeader("Idempotency-Key", key);
    xhr.setRequestHeader("X-CSRFToken", window.Carnet.csrfToken());
    xhr.setRequestHeader("Accept", "application/json");
    if (!viaUploads) {
      sending.forEach(function (item) { if (item.bar) { item.bar.hidden = false; item.bar.value = 0; } });
      xhr.upload.addEventListener("progress", function (event) {
        if (!event.lengthComputable) return;
        var sent = (event.loaded / event.total) * total;
        var before = 0;
        sending.forEach(function (item) {
          if (item.bar) item.bar.value = Math.max(0, Math.min(1, (sent - before) / (item.file.size || 1)));
          before += item.file.size;
        });
      });
    }
    xhr.addEventListener("load", function () {
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = null; }
      if (xhr.status >= 200 && xhr.status < 300 && answer && answer.id) {
        status.textContent = T.sent;
        var forgotten = forgetDraft();
        stopDrafts();  // posted: nothing typed from now on is a draft of it
        // Leaving the page would cut the deletion of a kept recording short, and the
        // posted capsule would linger on the phone: leave once it is done (or, should
        // the browser's storage not answer, after a moment).
        var moment = new Promise(function (resolve) { window.setTimeout(resolve, 2000); });
        Promise.race([forgotten, moment]).then(function () {
          window.location.assign(form.dataset.timeline + "#entree-" + answer.id);
        });
        return;
      }
      busy(false);
      if (xhr.status >= 500 || xhr.status === 0) { status.textContent = T.server; retry.hidden = false; return; }
      status.textContent = "";
      var error = answer && answer.error;
      if (error && error.code === "idempotency_key_reused") {
        alreadyPosted();
        return;
      }
      if (viaUploads && error && error.fields && error.fields.uploads) {
        // Expired or unfinished on the server: the next try asks it where each upload stands
        // (and starts afresh where it has none).
        sending.forEach(function (item) { item.uploadId = null; });
        retry.hidden = false;
        showErrors({ files: T.uploads_lost });
        return;
      }
      showErrors(fieldsFromError(error));
    });
    xhr.addEventListener("error", function () {
      if (offline()) { queue(sending, viaUploads ? "uploads" : "direct"); return; }
      busy(false);
      status.textContent = T.network;
      retry.hidden = false;
    });
    xhr.addEventListener("abort", function () { busy(false); status.textContent = T.cancelled; retry.hidden = false; });
    xhr.send(data);
  }

  /* The form was changed after a first sending that did arrive, though its answer was lost:
     the entry exists as first sent, and the key refuses anything else. Say so, point to
     the timeline, and take a new key: sending the changed form again, now knowingly,
     makes a new entry. */
  function alreadyPosted() {
    showErrors({ form: T.already_posted });
    var link = document.createElement("a");
    link.href = form.dataset.timeline;
    link.textContent = T.see_timeline;
    status.replaceChildren(link);
    key = newKey();
    form.elements.idempotency_key.value = key;
    scheduleDraft();
  }

  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function busy(on) {
    submit.disabled = on;
    cancel.hidden = !on;
    retry.hidden = true;
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send();
  });
  cancel.addEventListener("click", function () {
    if (waiting) {
      waiting = null;
      busy(false);
      status.textContent = T.cancelled;
      retry.hidden = false;
    } else if (resumable) stopResumable(false);  // the server keeps what it has: "retry" carries on
    else if (xhr) xhr.abort();
  });
  retry.addEventListener("click", function () { send(); });

  // For the outbox's share pickup (static/outbox.js): files handed over as if picked here.
  window.Carnet.compose = {
    addFile: addFile,
    chooseKind: function (name) {
      var choice = form.querySelector('input[name="kind"][value="' + name + '"]');
      if (!choice) return;
      choice.checked = true;
      choice.dispatchEvent(new Event("change", { bubbles: true }));
    },
  };
})();
