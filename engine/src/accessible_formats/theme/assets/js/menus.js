/* The menu and search buttons (partials/header.html, nav.html, search.html).

   The theme opens its phone menu and its search box with two hidden checkboxes (#__drawer and
   #__search) and its own CSS. Our buttons set those checkboxes, so the theme's CSS and scripts go
   on working, and say whether their part is open (aria-expanded). A button or box marked
   data-toggle-off closes its part. Escape closes an open menu; when a part closes, the focus goes
   back to the button that opened it. Without JavaScript the buttons are hidden and the menu is
   shown on the page (site.css). */
(function () {
  "use strict";
  function box(id) { return document.getElementById(id); }
  function openers(id) { return document.querySelectorAll('[data-toggle="' + id + '"]'); }
  function set(id, open) {
    var toggle = box(id);
    if (!toggle || toggle.checked === open) return;
    toggle.checked = open;
    toggle.dispatchEvent(new Event("change", { bubbles: true }));
  }
  function show(id) {
    var toggle = box(id);
    openers(id).forEach(function (b) { b.setAttribute("aria-expanded", toggle && toggle.checked ? "true" : "false"); });
  }
  ["__drawer", "__search"].forEach(function (id) {
    var toggle = box(id);
    if (!toggle) return;
    toggle.addEventListener("change", function () {
      show(id);
      if (id === "__drawer" && toggle.checked) {        /* into the menu, at its Close button */
        var close = document.querySelector(".site-menu-close");
        if (close) setTimeout(function () { close.focus(); }, 50);
      }
    });
    show(id);
  });
  document.addEventListener("click", function (e) {
    var on = e.target.closest && e.target.closest("[data-toggle]");
    var off = e.target.closest && e.target.closest("[data-toggle-off]");
    if (on) {
      var id = on.getAttribute("data-toggle");
      set(id, !box(id).checked);
      /* the theme keeps search open only while its box has the focus */
      var input = document.querySelector(".md-search__input");
      if (id === "__search" && box(id).checked && input) {
        input.focus();
        setTimeout(function () { input.focus(); }, 60);    /* once the box is shown */
      }
    } else if (off) {
      var closed = off.getAttribute("data-toggle-off");
      set(closed, false);
      var opener = [].slice.call(openers(closed)).filter(function (b) { return b.offsetParent; })[0];
      if (opener) opener.focus();
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || !box("__drawer") || !box("__drawer").checked) return;
    set("__drawer", false);
    var opener = openers("__drawer")[0];
    if (opener) opener.focus();
  });
  /* Show results: the first result opens, as Enter does in the search box. Without results the
     form goes to ?q=, where the theme runs the search. */
  var form = document.querySelector(".md-search__form");
  if (form) form.addEventListener("submit", function (e) {
    var first = document.querySelector(".md-search-result__item a");
    if (first) { e.preventDefault(); first.click(); }
  });
})();
