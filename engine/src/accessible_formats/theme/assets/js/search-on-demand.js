/* Search on demand, and out of the way of the keyboard.

   The search index (about 1 MB) and the search worker load only when a reader starts to search,
   not with every page. A whole word counts for more than the start of a longer one ("Care Act"
   finds the Care Act before "Carers" and "Action"). And when a keyboard user tabs out of the
   search box, search closes, so that its overlay does not hide the links they tab to next.

   Material for MkDocs fetches search/search_index.json and starts its search worker as soon as
   a page opens. This script runs before Material's and holds both back until the reader moves
   to the search box (focus, tap, typing, or the keyboard shortcuts / s f), or opens a page with
   a search in its address (?q=). Search then works as before: the results appear once the index
   has loaded. In the offline copy (opened from a folder) search works as Material makes it. */
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    var toggle = document.getElementById("__search");
    if (e.key !== "Tab" || !toggle || !toggle.checked) return;
    setTimeout(function () {
      var search = document.querySelector(".md-search");
      if (search && !search.contains(document.activeElement)) {
        toggle.checked = false;
        toggle.dispatchEvent(new Event("change"));
      }
    }, 0);
  });
  if (location.protocol === "file:") return;

  var wanted = false;
  var waiting = [];
  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }
  function whenWanted(go) { if (wanted) go(); else waiting.push(go); }

  /* The index: Material asks for it with XMLHttpRequest. */
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = /(^|\/)search\/search_index\.json(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__searchIndex) return send.apply(xhr, args);
    whenWanted(function () { send.apply(xhr, args); });
  };

  /* Material searches for each word as the start of a word ("care*"), so "Carers" and "Action"
     rank with "Care Act". Ask for each plain word whole as well, counting ten times more. */
  function wholeWordsFirst(message) {
    if (!message || message.type !== 2 || typeof message.data !== "string" || /["+\-~^*:]/.test(message.data)) {
      return message;
    }
    var words = message.data.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return message;
    var query = words.map(function (w) { return w + "^10 " + w; }).join(" ");
    return { type: message.type, data: query };
  }

  /* The worker: made when Material first sends it something (the index, so after `want`). */
  var RealWorker = window.Worker;
  function LazyWorker(url, options) {
    var target = document.createDocumentFragment();   /* an EventTarget the page can listen on */
    var worker = null, queue = [];
    function start() {
      worker = new RealWorker(url, options);
      worker.addEventListener("message", function (e) {
        target.dispatchEvent(new MessageEvent("message", { data: e.data }));
      });
      worker.addEventListener("error", function (e) { target.dispatchEvent(new Event("error")); });
      queue.splice(0).forEach(function (m) { worker.postMessage(m); });
    }
    return {
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      dispatchEvent: target.dispatchEvent.bind(target),
      postMessage: function (message) {
        message = wholeWordsFirst(message);
        if (worker) worker.postMessage(message);
        else { queue.push(message); if (queue.length === 1) whenWanted(start); }
      },
      terminate: function () { if (worker) worker.terminate(); queue = []; }
    };
  }
  window.Worker = function (url, options) {
    return /workers\/search\.[0-9a-f]+\.min\.js/.test(String(url)) ? LazyWorker(url, options)
                                                                    : new RealWorker(url, options);
  };

  /* What counts as starting to search. */
  if (/[?&]q=/.test(location.search)) want();
  document.addEventListener("focusin", function (e) {
    if (e.target && e.target.matches && e.target.matches(".md-search__input")) want();
  });
  document.addEventListener("pointerdown", function (e) {
    if (e.target && e.target.closest && e.target.closest(".md-search, [for='__search']")) want();
  });
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "__search" && e.target.checked) want();
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName));
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && /^[/sf]$/i.test(e.key)) want();
  });
})();
