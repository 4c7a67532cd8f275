/* "Copy link" beside each section heading: copies the section's full published address and
   says so to screen-reader users. Without JavaScript, each heading is itself a link to its
   section (the Markdown toc extension's anchorlink option), so nothing is lost. */
(function () {
  "use strict";
  var article = document.getElementById("main-content");
  if (!article) return;
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

  var headings = article.querySelectorAll("h2[id], h3[id]");
  Array.prototype.forEach.call(headings, function (heading) {
    if (heading.id === "sources" || heading.closest(".cite-page, .format-links")) return;
    var name = heading.textContent.trim();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy link to the section: " + name);
    button.addEventListener("click", function () {
      var url = base + "#" + heading.id;
      copy(url).then(function () {
        button.textContent = "Link copied";
        status.textContent = "Link to the section " + name + " copied: " + url;
        setTimeout(function () { button.textContent = "Copy link"; }, 4000);
      }, function () {
        status.textContent = "Could not copy. The link to the section is " + url;
      });
    });
    heading.insertAdjacentElement("afterend", button);
  });
})();
