/* Listen: an Easy Read page, sheet or the self-assessment read aloud (steps/easy_read_pages.py,
   steps/sheet_pages.py, a site's tools, steps/audio_files.py).
   Without JavaScript, each point has a link to its sound file, which the browser plays. With it,
   each link becomes a button that plays its point here, and "Listen to the whole page" plays every
   point in turn. The point that is playing is highlighted and its button says "Stop listening";
   pressing it again, or the Escape key, stops. Nothing plays until a person asks, so a screen
   reader is never talked over, and no sound is fetched before then. */
(function () {
  "use strict";
  var all = document.querySelector(".er-listen-all");
  var links = document.querySelectorAll("a.er-listen__link");
  if (!all || !links.length || !window.Audio) return;

  var wholeButton = all.querySelector("button");
  var problem = all.querySelector(".er-listen-all__problem");
  var stopWords = all.getAttribute("data-stop");
  var parts = [];            // {button, point, src, words}
  var audio = null;
  var playing = null;        // {index, button (the one that says Stop), whole}

  function label(button, text, stopping) {
    button.textContent = text;
    button.classList.toggle("er-listen__button--stop", stopping);
  }

  function highlight(index) {
    parts.forEach(function (part, i) { part.point.classList.toggle("er-point--playing", i === index); });
  }

  function stop() {
    if (audio) { audio.pause(); }
    if (playing) { label(playing.button, playing.words, false); }
    playing = null;
    highlight(-1);
  }

  function playPart(index) {
    var part = parts[index];
    playing.index = index;
    highlight(index);
    if (playing.whole && part.point.scrollIntoView) {
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      part.point.scrollIntoView({block: "nearest", behavior: still ? "auto" : "smooth"});
    }
    audio.src = part.src;
    var started = audio.play();
    if (started && started.catch) { started.catch(failed); }
  }

  function failed() {
    stop();
    problem.textContent = all.getAttribute("data-failed");
  }

  function start(index, button, whole) {
    stop();
    problem.textContent = "";
    if (!audio) {
      audio = document.createElement("audio");     // no controls: not shown; the buttons control it
      audio.className = "er-listen__audio";
      audio.preload = "none";
      document.body.appendChild(audio);
      audio.addEventListener("ended", function () {
        if (playing && playing.whole && playing.index + 1 < parts.length) { playPart(playing.index + 1); }
        else { stop(); }
      });
      audio.addEventListener("error", function () { if (playing) { failed(); } });
    }
    playing = {index: index, button: button, whole: whole, words: button.textContent};
    label(button, stopWords, true);
    playPart(index);
  }

  function toggle(index, button, whole) {
    if (playing && playing.button === button) { stop(); } else { start(index, button, whole); }
  }

  Array.prototype.forEach.call(links, function (link, i) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "er-listen__button";
    button.textContent = link.textContent;
    button.addEventListener("click", function () { toggle(i, button, false); });
    var point = link.closest(".er-point, .listen-part");
    var first = point.querySelector(".er-sentence, .question__text, .question__note, .sheet__title, .listen-part__words");     // "Listen to this part" is one of many: its point's
    if (first) {                                          // first sentence says which part
      first.id = first.id || point.id + "-words";
      button.setAttribute("aria-describedby", first.id);
    }
    parts.push({button: button, point: point, src: link.getAttribute("href")});
    link.parentNode.replaceChild(button, link);
  });
  wholeButton.addEventListener("click", function () { toggle(0, wholeButton, true); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && playing) { stop(); }
  });
  all.hidden = false;
}());
