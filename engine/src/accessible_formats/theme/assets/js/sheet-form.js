/* Fill in a printable sheet on screen (sheets/page.html). Without JavaScript the page is the
   print-ready sheet; with it, each space to write becomes a labelled text area, each tick box a
   real checkbox, each choice and red/amber/green rating a group of radio buttons with its words,
   and each grid cell a labelled input (a named row keeps its name). Made from the sheet as printed, so there is no second
   description of a sheet.

   Private by design: nothing is sent anywhere and nothing is stored in the browser. The answers
   live only in this tab until the person saves them to a file of their own ("Save my answers"),
   and come back from that file ("Open saved answers"), on this or another device, in any form of
   the same sheet. The file format is described in README.md ("Saved answers"); saving and
   opening the file are in fill-in-file.js, which the self-assessment shares. */
(function () {
  "use strict";
  var tools = document.getElementById("fill-in");
  var sheet = document.querySelector("article.sheet");
  var file = window.FillInFile;
  if (!tools || !sheet || !file || !file.works) return;

  var KIND = tools.getAttribute("data-kind");      // the site's own kind of answers file
  var VERSION = 1;
  var words = JSON.parse(document.getElementById("fill-in-words").textContent);
  var slug = tools.getAttribute("data-sheet");
  var fields = {};            // answer key -> {get, set, clear}
  var n = 0;

  var messages = file.messages(tools);
  var say = messages.say, warn = messages.warn, fill = file.fill;

  function idFor(el, prefix) {
    if (!el.id) { n += 1; el.id = prefix + "-" + n; }
    return el.id;
  }

  /* A field to write in, now on the page: its answer under `key`, and a copy of its words that
     prints in its place (a text field prints only the part that shows). `changed` runs after
     each change. */
  function textField(key, field, changed) {
    var printed = document.createElement(field.tagName === "TEXTAREA" ? "div" : "span");
    printed.className = "fill-in__printed";
    printed.setAttribute("aria-hidden", "true");
    field.insertAdjacentElement("afterend", printed);
    function sync() {
      printed.textContent = field.value;
      if (changed) changed();
    }
    field.addEventListener("input", sync);
    fields[key] = {
      get: function () { return field.value; },
      set: function (v) { field.value = typeof v === "string" ? v : ""; sync(); },
      clear: function () { field.value = ""; sync(); }
    };
  }

  /* Space to write: a text area. An empty one prints the sheet's own lines, to write on by hand. */
  function textArea(section, key, labelId, rows, blank) {
    var area = document.createElement("textarea");
    area.className = "fill-in__text";
    area.rows = Math.max(2, Math.min(rows, 12));
    area.id = "answer-" + key;
    area.setAttribute("aria-labelledby", labelId);
    blank.insertAdjacentElement("beforebegin", area);
    textField(key, area, function () {
      section.classList.toggle("question--answered", area.value.trim() !== "");
    });
  }

  /* Tick boxes and choices: the question becomes the legend of a fieldset around its list. */
  function choices(list, key, text, type) {
    var fieldset = document.createElement("fieldset");
    fieldset.className = "fill-in__group";
    var legend = document.createElement("legend");
    legend.className = text.className;
    legend.id = text.id;
    while (text.firstChild) legend.appendChild(text.firstChild);
    text.parentNode.replaceChild(fieldset, text);
    fieldset.appendChild(legend);
    fieldset.appendChild(list);
    var inputs = [];
    Array.prototype.forEach.call(list.querySelectorAll(":scope > li"), function (li, i) {
      var box = li.querySelector(".tick-box");
      var input = document.createElement("input");
      input.type = type;
      input.className = "fill-in__tick";
      input.name = "answer-" + key;
      input.value = String(i);
      input.id = "answer-" + key + "-" + i;
      var label = document.createElement("label");
      label.htmlFor = input.id;
      label.className = "fill-in__choice";
      while (li.firstChild) {
        if (li.firstChild === box) {
          if (box.className.indexOf("--") > -1) {      // red, amber, green: keep the colour beside the word
            box.classList.add("fill-in__swatch");
            label.appendChild(box);
          } else {
            li.removeChild(box);
          }
        } else {
          label.appendChild(li.firstChild);
        }
      }
      li.appendChild(input);
      li.appendChild(label);
      inputs.push(input);
    });
    if (type === "checkbox") {
      inputs.forEach(function (input, i) {
        fields[key + "-" + i] = {
          get: function () { return input.checked; },
          set: function (v) { input.checked = v === true; },
          clear: function () { input.checked = false; }
        };
      });
    } else {
      fields[key] = {
        get: function () {
          var on = inputs.filter(function (x) { return x.checked; })[0];
          return on ? Number(on.value) : null;
        },
        set: function (v) { inputs.forEach(function (x) { x.checked = typeof v === "number" && Number(x.value) === v; }); },
        clear: function () { inputs.forEach(function (x) { x.checked = false; }); }
      };
    }
  }

  function grid(table, key) {
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (tr, r) {
      Array.prototype.forEach.call(tr.children, function (td, c) {
        if (td.tagName !== "TD") return;                 // a row's name, not a space to write
        var hidden = td.querySelector(".answer-table__label");
        var input = document.createElement("input");
        input.type = "text";
        input.className = "fill-in__cell";
        input.id = "answer-" + key + "-r" + r + "-c" + c;
        if (hidden) {                 // the cell's words become the space's label: hidden on a wide
          var label = document.createElement("label");        // screen, above the space on a phone,
          label.className = hidden.className;                  // where a named row's name, already its
          label.htmlFor = input.id;                            // box's heading, is for screen readers only
          while (hidden.firstChild) label.appendChild(hidden.firstChild);
          td.replaceChild(label, hidden);
          // The same name on the space itself: checkers (IBM Equal Access) do not count a label
          // that is hidden on a wide screen, and the name is then the same whatever the screen.
          input.setAttribute("aria-label", label.textContent.replace(/\s+/g, " ").trim());
        } else {
          input.setAttribute("aria-label", fill(words.cell_label, { row: r + 1, column: c + 1 }));
        }
        td.appendChild(input);
        textField(key + "-r" + r + "-c" + c, input);
      });
    });
  }

  /* The name and date at the top of the sheet. */
  Array.prototype.forEach.call(sheet.querySelectorAll(".sheet__field"), function (p, i) {
    var blank = p.querySelector(".sheet__blank");
    if (!blank) return;
    var key = i === 0 ? "name" : "date";
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "text";
    input.className = "fill-in__field";
    input.id = "answer-" + key;
    if (key === "name") input.autocomplete = "off";
    label.htmlFor = input.id;
    while (p.firstChild && p.firstChild !== blank) label.appendChild(p.firstChild);
    p.insertBefore(label, blank);
    p.replaceChild(input, blank);
    textField(key, input);
  });

  var answerable = 0;
  Array.prototype.forEach.call(sheet.querySelectorAll("section.question"), function (section) {
    if (section.classList.contains("question--note")) return;
    answerable += 1;
    var key = section.id ? section.id.replace(slug + "-", "") : "q" + answerable;
    var text = section.querySelector(".question__text");
    var labelId = idFor(text, "question-text");
    var blank = section.querySelector(".answer-lines, .answer-box");
    if (blank) {
      var rows = blank.classList.contains("answer-lines") ? blank.children.length
        : Number((blank.style.height.match(/\d+/) || [4])[0]);
      textArea(section, key, labelId, rows, blank);
      return;
    }
    var list = section.querySelector(".tick-list");
    if (list) {
      choices(list, key, text, list.classList.contains("tick-list--checklist") ? "checkbox" : "radio");
      return;
    }
    var table = section.querySelector(".answer-table");
    if (table) {
      table.setAttribute("aria-labelledby", labelId);
      grid(table, key);
    }
  });

  function answers() {
    var out = {};
    Object.keys(fields).forEach(function (k) {
      var v = fields[k].get();
      if (v !== "" && v !== false && v !== null) out[k] = v;
    });
    return out;
  }

  function save() {
    var name = slug + "-answers.json";
    file.save(name, {
      kind: KIND, version: VERSION, sheet: slug, title: tools.getAttribute("data-title"),
      form: tools.getAttribute("data-form"), saved: new Date().toISOString(), answers: answers()
    });
    say(fill(words.saved, { file: name }));
  }

  function restore(data, name) {
    if (!data || typeof data !== "object" || data.kind !== KIND) { warn(words.not_ours); return; }
    if (typeof data.version !== "number" || data.version > VERSION) { warn(words.newer); return; }
    if (data.sheet !== slug) {
      var title = typeof data.title === "string" ? data.title : String(data.sheet);
      warn(fill(words.other_sheet, { title: title }),
           typeof data.sheet === "string" && /^[a-z0-9-]+$/.test(data.sheet)
             ? { href: "../" + data.sheet + "/", text: fill(words.other_sheet_link, { title: title }) } : null);
      return;
    }
    if (!data.answers || typeof data.answers !== "object") { warn(words.unreadable); return; }
    Object.keys(fields).forEach(function (k) { fields[k].clear(); });
    Object.keys(data.answers).forEach(function (k) {
      if (Object.prototype.hasOwnProperty.call(fields, k)) fields[k].set(data.answers[k]);
    });
    say(fill(words.opened, { file: name }));
  }

  file.buttons(tools, tools, {
    save: save,
    clear: function () {
      if (Object.keys(answers()).length && !window.confirm(words.clear_confirm)) return;
      Object.keys(fields).forEach(function (k) { fields[k].clear(); });
      say(words.cleared);
    },
    file: function (chosen) { file.open(chosen, words, warn, function (data) { restore(data, chosen.name); }); }
  });

  sheet.classList.add("sheet--filling");
  tools.hidden = false;
})();
