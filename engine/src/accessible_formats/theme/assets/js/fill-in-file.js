/* Answers saved to a file and opened again: the part that the sheets' fill-in form
   (sheet-form.js) and the self-assessment (self-assessment.js) share. Each page's "Fill this in on
   screen" box (#fill-in) has Save, Open, Print and Clear buttons, a hidden file picker, and a
   status and an alert for messages. Nothing is sent anywhere: the file is made in the browser, kept
   where the person keeps their downloads, and read back in the browser. Each script says what its
   file holds and how to check it; the file formats are in README.md. */
window.FillInFile = (function () {
  "use strict";
  var MOST_BYTES = 1024 * 1024;       // a saved file is a few KB: anything this big is not one

  /* "Action {n} is added." with values for its {names}. */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] !== undefined ? values[k] : ""; });
  }

  /* The box's messages: say(text) for what happened (a status), warn(text, link) for a problem (an
     alert), with a link after it if given ({href, text}). */
  function messages(tools) {
    var status = tools.querySelector(".fill-in__status");
    var alertBox = tools.querySelector(".fill-in__alert");
    return {
      say: function (text) { alertBox.textContent = ""; status.textContent = text; },
      warn: function (text, link) {
        status.textContent = "";
        alertBox.textContent = text;
        if (link) {
          var a = document.createElement("a");
          a.href = link.href;
          a.textContent = link.text;
          alertBox.appendChild(document.createTextNode(" "));
          alertBox.appendChild(a);
        }
      }
    };
  }

  /* Offer `data` as a JSON file called `name` in the person's downloads. */
  function save(name, data) {
    var blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  /* Read the file a person chose as JSON, then `use(data)`. A file too big, unreadable or not
     JSON gets the form's message (words.too_big, words.unreadable) and changes nothing. */
  function open(file, words, warn, use) {
    if (file.size > MOST_BYTES) { warn(fill(words.too_big, { size: Math.round(file.size / 1024) })); return; }
    var reader = new FileReader();
    reader.onerror = function () { warn(words.unreadable); };
    reader.onload = function () {
      var data;
      try { data = JSON.parse(String(reader.result)); } catch (e) { warn(words.unreadable); return; }
      use(data);
    };
    reader.readAsText(file);
  }

  /* The buttons inside `within` (the box, or the whole form when it has more): each button with
     data-action="x" runs actions.x(). "open" asks for a file with the box's picker, then runs
     actions.file(file); "print" prints the page. */
  function buttons(within, tools, actions) {
    var picker = tools.querySelector("input[type=file]");
    within.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      if (action === "open") picker.click();
      else if (action === "print") window.print();
      else if (actions[action]) actions[action]();
    });
    picker.addEventListener("change", function () {
      if (picker.files && picker.files[0]) actions.file(picker.files[0]);
      picker.value = "";
    });
  }

  return { fill: fill, messages: messages, save: save, open: open, buttons: buttons,
           works: !!(window.FileReader && window.Blob && window.URL && URL.createObjectURL) };
}());
