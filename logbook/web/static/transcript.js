/* Transcripts: tap a sentence to hear it; the sentence being heard is marked. */
(function () {
  "use strict";

  function playerOf(cue) {
    var figure = cue.closest("figure.media");
    return figure ? figure.querySelector("audio, video") : null;
  }

  function seek(cue) {
    var player = playerOf(cue);
    if (!player) return;
    var start = parseFloat(cue.getAttribute("data-start"));
    if (isNaN(start)) return;
    if (player.preload === "none") player.preload = "metadata";
    player.currentTime = start;
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function () {});
  }

  document.addEventListener("click", function (event) {
    var cue = event.target.closest && event.target.closest(".cue[data-start]");
    if (cue) seek(cue);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var cue = event.target.closest && event.target.closest(".cue[data-start]");
    if (!cue) return;
    event.preventDefault();
    seek(cue);
  });
  // "timeupdate" does not bubble: listen in the capture phase for every player.
  document.addEventListener("timeupdate", function (event) {
    var player = event.target;
    var figure = player.closest && player.closest("figure.media");
    if (!figure) return;
    var now = player.currentTime;
    figure.querySelectorAll(".cue[data-start]").forEach(function (cue) {
      var heard = now >= parseFloat(cue.getAttribute("data-start")) && now < parseFloat(cue.getAttribute("data-end"));
      cue.classList.toggle("heard", heard);
    });
  }, true);
})();
