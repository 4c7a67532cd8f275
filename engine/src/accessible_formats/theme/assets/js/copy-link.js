/* "Copy link" and "Copy quote" beside each section heading. Copy link copies the section's full
   published address; Copy quote copies the section's words with a ready-made reference (the
   section, the page, the site's version, the date the page last changed, the sources and the
   section's address). Each says so to screen-reader users. Without JavaScript, each heading is
   itself a link to its section (the Markdown toc extension's anchorlink option) and the foot of
   the page says how to cite it, so nothing is lost. */
(function () {
  "use strict";
  var article = document.getElementById("main-content");
  var wordsEl = document.getElementById("copy-link-words");
  if (!article || !wordsEl) return;
  var words = JSON.parse(wordsEl.textContent);       // the site's words (copy_link in the words file)
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? values[name] : whole; });
  }
  var canonical = document.querySelector('link[rel="canonical"]');
  var base = (canonical ? canonical.href : location.href).split("#")[0];

  var status = document.createElement("div");
  status.className = "copy-link-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "absolute";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(); }
    });
  }

  var citeText = (function () {
    var p = article.querySelector(".cite-page p");
    if (!p) return "";
    var url = p.querySelector(".cite-page__url");
    return p.textContent.replace(url ? url.textContent : "", "").replace(/\s+/g, " ").trim();
  })();
  var sources = (function () {
    var heading = document.getElementById("sources");
    var list = heading && heading.nextElementSibling;
    if (!list || list.tagName !== "UL") return "";
    return Array.prototype.map.call(list.querySelectorAll(":scope > li > a:first-child"), function (a) {
      return a.textContent.replace(/\s+/g, " ").trim();
    }).join("; ");
  })();

  function level(el) {
    var m = /^H([1-6])$/.exec(el.tagName);
    return m ? Number(m[1]) : 0;
  }

  /* The words of a section: everything after its heading, up to the next heading of the same or
     a higher level, as a person sees it (without the copy buttons). */
  function sectionText(heading) {
    var parts = [];
    var own = level(heading);
    for (var el = heading.nextElementSibling; el; el = el.nextElementSibling) {
      var l = level(el);
      if (l && l <= own) break;
      if (el.tagName === "SCRIPT" || el.classList.contains("copy-link") || el.classList.contains("page-dates") ||
          el.classList.contains("cite-page")) continue;
      if (l) { parts.push(el.textContent.trim()); continue; }
      var clone = el.cloneNode(true);
      Array.prototype.forEach.call(clone.querySelectorAll("button, .headerlink"), function (b) { b.remove(); });
      var seen = (el.innerText !== undefined && el.offsetParent !== null ? el.innerText : clone.textContent);
      parts.push(seen.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim());
    }
    return parts.filter(Boolean).join("\n\n");
  }

  function quote(heading, name, url) {
    var lines = ["\u201C" + sectionText(heading) + "\u201D", "",
                 name + ". " + words.quote_in + " " + citeText + " " + url];
    if (sources) lines.push(words.based_on + " " + sources + ".");
    return lines.join("\n");
  }

  function addButton(after, label, done, ariaLabel, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = label;
    button.setAttribute("aria-label", ariaLabel);
    button.addEventListener("click", function () {
      action().then(function (said) {
        button.textContent = done;
        status.textContent = said;
        setTimeout(function () { button.textContent = label; }, 4000);
      }, function (said) {
        status.textContent = said;
      });
    });
    after.insertAdjacentElement("afterend", button);
    return button;
  }

  var headings = article.querySelectorAll("h2[id], h3[id]");
  Array.prototype.forEach.call(headings, function (heading) {
    if (heading.id === "sources" || heading.closest(".cite-page, .format-links")) return;
    var name = heading.textContent.trim();
    var url = base + "#" + heading.id;
    var values = { name: name, url: url };
    var link = addButton(heading, words.link, words.link_done, fill(words.link_label, values), function () {
      return copy(url).then(function () { return fill(words.link_said, values); },
                            function () { throw fill(words.link_failed, values); });
    });
    if (!citeText) return;
    addButton(link, words.quote, words.quote_done, fill(words.quote_label, values), function () {
      return copy(quote(heading, name, url)).then(
        function () { return fill(words.quote_said, values); },
        function () { throw fill(words.quote_failed, values); });
    });
  });
})();
