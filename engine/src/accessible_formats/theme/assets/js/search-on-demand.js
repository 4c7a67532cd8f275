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
    this.__url = String(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__searchIndex) return send.apply(xhr, args);
    xhr.addEventListener("loadend", function () {   /* Material keeps only the index's config and docs: */
      fetch(xhr.__url).then(function (r) { return r.json(); })     /* read it again, from the cache */
        .then(remember).catch(function () { /* search works without the expansions */ });
    });
    whenWanted(function () { send.apply(xhr, args); });
  };

  /* What people type, widened to the site's words (the index's `expansions`, made by the engine's
     steps/search_words.py): a word the site hyphenates, written as one ("aftercare"), is also
     looked for as its parts; what people type ("PB") brings in the site's words for it ("personal
     budget"); a word of five letters or more is found with one letter wrong ("comissioning").
     Material searches for each word as the start of a word ("care*"), so "Carers" and "Action"
     rank with "Care Act": each plain word is also asked for whole, counting ten times more. */
  var joined = {}, same = {};
  function remember(index) {
    var found = index && index.expansions;
    if (found) { joined = found.joined || {}; same = found.same || {}; }
  }
  function wordsOf(text) {
    return String(text).toLowerCase().replace(/<[^>]*>/g, " ").split(/[^0-9a-z\u00c0-\u024f']+/).filter(Boolean);
  }
  /* The site's words for what was typed: [words, how many typed words they stand for]. */
  function related(typed) {
    var found = [], phrase = " " + typed.join(" ") + " ";
    typed.forEach(function (w) { if (joined[w]) found.push([wordsOf(joined[w]), 1]); });
    Object.keys(same).forEach(function (t) {
      var own = wordsOf(t);
      if (phrase.indexOf(" " + own.join(" ") + " ") !== -1) {
        same[t].forEach(function (s) { found.push([wordsOf(s), own.length]); });
      }
    });
    return found;
  }
  function widen(message) {
    if (!message || message.type !== 2 || typeof message.data !== "string" || /["+~^*:]/.test(message.data)) {
      return message;
    }
    var typed = wordsOf(message.data);
    if (!typed.length) return message;
    var terms = typed.map(function (w) { return w + "^10 " + w; });
    related(typed).forEach(function (r) { r[0].forEach(function (w) { terms.push(w + "^5"); }); });
    typed.forEach(function (w) { if (w.length >= 5) terms.push(w + "~1"); });
    lastTyped = typed;
    lastRelated = related(typed);
    return { type: message.type, data: terms.join(" ") };
  }

  /* The page whose title is what the reader typed comes first ("what is a care plan" brings
     "What a care plan is"), then those whose title has every word typed (a word the site
     hyphenates counts in either form, and a word in the site's words for it), then those whose title has the site's word for what was
     typed (for more of the words typed, first); a page before a section of another page; otherwise
     the search's own order. */
  var lastTyped = [], lastRelated = [];
  function rank(title, location) {
    var own = wordsOf(title), typed = lastTyped;
    if (!typed.length || !own.length) return 0;
    var line = " " + own.join(" ") + " ";
    var has = function (words) {
      if (words.length > 1) return line.indexOf(" " + words.join(" ") + " ") !== -1;
      var w = words[0];
      return own.some(function (o) { return o === w || (w.length >= 3 && o.indexOf(w) === 0); });
    };
    var matched = 0, all = typed.every(function (w) {
      var ways = [[w]].concat(joined[w] ? [wordsOf(joined[w])] : [], (same[w] || []).map(wordsOf));
      var way = ways.filter(has)[0];
      if (way) matched += way.length;
      return !!way;
    });
    var level = all && matched === own.length ? 3 : all ? 2 : 0;
    if (!level) {
      lastRelated.forEach(function (r) { if (has(r[0])) level = Math.max(level, 1 + r[1] / 10); });
    }
    return level + (level && String(location).indexOf("#") === -1 ? 10 : 0);
  }
  function ranked(data) {
    if (!data || data.type !== 3 || !data.data || !Array.isArray(data.data.items)) return data;
    var items = data.data.items.map(function (group, n) {
      var best = 0;              /* a page's group ranks as its best part, or as the page itself */
      (Array.isArray(group) ? group : [group]).forEach(function (doc) {
        if (!doc) return;
        best = Math.max(best, rank(doc.title || "", doc.location || ""));
        if (doc.parent) best = Math.max(best, rank(doc.parent.title || "", doc.parent.location || ""));
      });
      return { group: group, n: n, rank: best };
    });
    items.sort(function (a, b) { return b.rank - a.rank || a.n - b.n; });
    var copy = {};
    Object.keys(data.data).forEach(function (k) { copy[k] = data.data[k]; });
    copy.items = items.map(function (x) { return x.group; });
    return { type: data.type, data: copy };
  }

  /* The worker: made when Material first sends it something (the index, so after `want`). */
  var RealWorker = window.Worker;
  function LazyWorker(url, options) {
    var target = document.createDocumentFragment();   /* an EventTarget the page can listen on */
    var worker = null, queue = [];
    function start() {
      worker = new RealWorker(url, options);
      worker.addEventListener("message", function (e) {
        target.dispatchEvent(new MessageEvent("message", { data: ranked(e.data) }));
      });
      worker.addEventListener("error", function (e) { target.dispatchEvent(new Event("error")); });
      queue.splice(0).forEach(function (m) { worker.postMessage(m); });
    }
    return {
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      dispatchEvent: target.dispatchEvent.bind(target),
      postMessage: function (message) {
        message = widen(message);
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
