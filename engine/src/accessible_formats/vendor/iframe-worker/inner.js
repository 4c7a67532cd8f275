"use strict";
/* The part of iframe-worker (shim.js) that runs inside its frame, where the search worker runs
   in the offline copy. Upstream writes it into the frame as an inline script; here it is a file,
   so that the pages' Content-Security-Policy, which the frame shares, needs no hash for a
   script that names the folder the copy was unzipped to. The same code as upstream's c, d and
   error listener. */
(function () {
  var worker = document.currentScript.getAttribute("data-worker");
  window.postMessage = function (s, n) { parent.postMessage(s, n || "*"); };
  window.importScripts = function () {
    var urls = Array.prototype.slice.call(arguments);
    return urls.reduce(function (n, e) {
      return n.then(function () {
        return new Promise(function (r) {
          var t = document.createElement("script");
          t.src = e; t.onload = r; document.body.appendChild(t);
        });
      });
    }, Promise.resolve());
  };
  addEventListener("error", function (event) {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error: event.error }));
  });
})();
