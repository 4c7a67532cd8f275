/* The self-assessment of "How are you doing?" (self-assessment/page.html), filled in on screen
   by a group: for each idea its stage, evidence, colour and changes; each person's view, and
   where they agree and differ; a summary of the 4 ideas as a chart, a table and a sentence; and
   the overall action plan. Without JavaScript the page shows the ideas to read and the sheets
   to print; this script shows the rest.

   Private by design, as the sheets are (sheet-form.js): nothing is sent anywhere and nothing is
   stored in the browser (no cookie, no storage). The answers live only in this tab until the
   group saves them to a file of their own, and come back from that file, in any form of the
   page. The file format is described in README.md ("The self-assessment, filled in on screen");
   saving and opening the file are in fill-in-file.js, which the sheets share.
   Every word comes from the page (data/words.yml), so none is written here. */
(function () {
  "use strict";
  var root = document.getElementById("self-assessment");
  var tools = document.getElementById("fill-in");
  var file = window.FillInFile;
  if (!root || !tools || !file || !file.works) return;

  var KIND = "coproduction-self-assessment";
  var SHEET_KIND = "coproduction-sheet-answers";
  var VERSION = 1;
  var MOST_PEOPLE = 50;
  var MOST_ACTIONS = 100;
  var words = JSON.parse(document.getElementById("sa-words").textContent);
  var data = JSON.parse(document.getElementById("sa-data").textContent);
  var tool = root.getAttribute("data-tool");
  var people = [];            // [{name, views: {idea: {stage: 1-4 or null, rating: colour or null}}}]
  var actions = [];           // [{idea, who, what, when}]

  var messages = file.messages(tools);
  var say = messages.say, warn = messages.warn, fill = file.fill;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function note(id, text) { document.getElementById(id).textContent = text; }
  function ideaTitle(key) { return document.getElementById(key).getAttribute("data-title"); }
  function stageName(n) { return data.stages[n - 1]; }

  /* --- the fields written in the page: text, and radio buttons ------------------------------ */
  var texts = Array.prototype.slice.call(root.querySelectorAll("input.sa-field[data-key], textarea.sa-text[data-key]"));
  var radios = Array.prototype.slice.call(root.querySelectorAll("input[type=radio][data-key]"));

  /* A copy of a text field's words that prints in its place (a field prints only what shows). */
  function printed(field) {
    var copy = el(field.tagName === "TEXTAREA" ? "div" : "span", { "class": "sa-printed", "aria-hidden": "true" });
    field.insertAdjacentElement("afterend", copy);
    return copy;
  }
  texts.forEach(function (field) {
    var copy = printed(field);
    field.addEventListener("input", function () { copy.textContent = field.value; update(); });
  });
  radios.forEach(function (r) { r.addEventListener("change", update); });

  function radioValue(key) {
    var on = radios.filter(function (r) { return r.getAttribute("data-key") === key && r.checked; })[0];
    if (!on) return null;
    return /^\d+$/.test(on.value) ? Number(on.value) : on.value;
  }
  function setRadio(key, value) {
    radios.forEach(function (r) {
      if (r.getAttribute("data-key") === key) r.checked = value !== null && value !== undefined && r.value === String(value);
    });
  }
  function text(key) {
    var f = texts.filter(function (t) { return t.getAttribute("data-key") === key; })[0];
    return f ? f.value : "";
  }
  function setText(key, value) {
    texts.forEach(function (t) {
      if (t.getAttribute("data-key") === key) {
        t.value = typeof value === "string" ? value : "";
        t.nextElementSibling.textContent = t.value;
      }
    });
  }
  function colourWords(c) {
    var meaning = text("colour-" + c).trim();
    return meaning ? fill(words.result_rating, { colour: words[c], meaning: meaning }) : words[c];
  }

  /* --- the people taking part ------------------------------------------------------------- */
  var nameInput = document.getElementById("sa-person-name");
  var peopleList = document.getElementById("sa-people");

  function addPerson() {
    var name = nameInput.value.trim().replace(/\s+/g, " ");
    if (!name) { note("sa-person-message", words.person_empty); nameInput.focus(); return; }
    if (people.some(function (p) { return p.name.toLowerCase() === name.toLowerCase(); })) {
      note("sa-person-message", fill(words.person_twice, { name: name }));
      nameInput.focus();
      return;
    }
    if (people.length >= MOST_PEOPLE) return;
    people.push({ name: name, views: {} });
    nameInput.value = "";
    note("sa-person-message", fill(words.person_added, { name: name }));
    renderPeople();
    nameInput.focus();
  }
  function removePerson(i) {
    var name = people[i].name;
    people.splice(i, 1);
    note("sa-person-message", fill(words.person_removed, { name: name }));
    renderPeople();
    var buttons = peopleList.querySelectorAll("button");
    (buttons[Math.min(i, buttons.length - 1)] || nameInput).focus();
  }
  function renderPeople() {
    peopleList.textContent = "";
    people.forEach(function (p, i) {
      var li = el("li");
      li.appendChild(el("span", { "class": "sa-person" }, p.name));
      var b = el("button", { type: "button", "class": "sa-button sa-button--small" }, fill(words.remove_person, { name: p.name }));
      b.addEventListener("click", function () { removePerson(i); });
      li.appendChild(b);
      peopleList.appendChild(li);
    });
    document.getElementById("sa-no-people").hidden = people.length > 0;
    renderViews();
    update();
  }

  /* Each person's view of an idea: a stage and a colour, each a labelled list to choose from. */
  function choose(label, column, options, value, changed) {
    var select = el("select", { "class": "sa-select", "aria-label": label });
    select.appendChild(el("option", { value: "" }, words.not_chosen));
    options.forEach(function (o) {
      var opt = el("option", { value: String(o.value) }, o.text);
      if (value !== null && value !== undefined && String(value) === String(o.value)) opt.selected = true;
      select.appendChild(opt);
    });
    var copy = el("span", { "class": "sa-printed", "aria-hidden": "true" });
    function sync() { copy.textContent = select.value ? select.options[select.selectedIndex].text : words.not_chosen; }
    select.addEventListener("change", function () { sync(); changed(select.value); update(); });
    sync();
    var cell = el("td", { "data-label": column });
    cell.appendChild(select);
    cell.appendChild(copy);
    return cell;
  }
  function renderViews() {
    data.ideas.forEach(function (key) {
      var box = root.querySelector('[data-views="' + key + '"]');
      box.textContent = "";
      if (!people.length) { box.appendChild(el("p", { "class": "sa-empty" }, words.views_none)); return; }
      var table = el("table", { "class": "sa-table sa-table--reflow sa-views-table", "aria-labelledby": key + "-views-title" });
      var head = el("tr");
      [words.person, words.stage, words.rating].forEach(function (h) { head.appendChild(el("th", { scope: "col" }, h)); });
      table.appendChild(el("thead", {})).appendChild(head);
      var body = table.appendChild(el("tbody", {}));
      var stages = data.stages.map(function (name, n) { return { value: n + 1, text: fill(words.stage_option, { stage: n + 1, name: name }) }; });
      var colours = data.colours.map(function (c) { return { value: c, text: words[c] }; });
      people.forEach(function (p) {
        var view = p.views[key] || (p.views[key] = { stage: null, rating: null });
        var tr = el("tr");
        tr.appendChild(el("th", { scope: "row" }, p.name));
        tr.appendChild(choose(fill(words.person_stage, { name: p.name }), words.stage, stages, view.stage,
          function (v) { view.stage = v ? Number(v) : null; }));
        tr.appendChild(choose(fill(words.person_rating, { name: p.name }), words.rating, colours, view.rating,
          function (v) { view.rating = v || null; }));
        body.appendChild(tr);
      });
      box.appendChild(table);
    });
  }

  /* Where the people agree and differ on one idea: null when nobody gave a view. */
  function agreement(key) {
    function part(field, one, many, name) {
      var groups = {};
      var order = [];
      people.forEach(function (p) {
        var v = p.views[key] && p.views[key][field];
        if (v === null || v === undefined) return;
        if (!groups[v]) { groups[v] = []; order.push(v); }
        groups[v].push(p.name);
      });
      if (!order.length) return null;
      order.sort();
      if (field === "rating") order.sort(function (a, b) { return data.colours.indexOf(a) - data.colours.indexOf(b); });
      if (order.length === 1) return { differ: false, text: fill(one, name(order[0])) };
      var list = order.map(function (v) { return name(v).label + " (" + groups[v].join(", ") + ")"; }).join("; ");
      return { differ: true, text: fill(many, { list: list }), list: list };
    }
    var stage = part("stage", words.agree_stage, words.differ_stage, function (v) {
      return { stage: v, label: fill(words.view_stage, { stage: v }) }; });
    var rating = part("rating", words.agree_rating, words.differ_rating, function (v) {
      return { colour: words[v], label: words[v] }; });
    if (!stage && !rating) return null;
    return { stage: stage, rating: rating, differ: !!((stage && stage.differ) || (rating && rating.differ)) };
  }

  /* --- the overall action plan ---------------------------------------------------------- */
  var actionList = document.getElementById("sa-actions");
  function addAction() {
    if (actions.length >= MOST_ACTIONS) return;
    actions.push({ idea: "", who: "", what: "", when: "" });
    renderActions();
    note("sa-action-message", fill(words.action_added, { n: actions.length }));
    actionList.lastElementChild.querySelector("select").focus();
  }
  function removeAction(i) {
    actions.splice(i, 1);
    renderActions();
    note("sa-action-message", fill(words.action_removed, { n: i + 1 }));
    var rows = actionList.children;
    (rows.length ? rows[Math.min(i, rows.length - 1)].querySelector("select")
      : root.querySelector("button[data-action=add-action]")).focus();
  }
  function renderActions() {
    actionList.textContent = "";
    actions.forEach(function (a, i) {
      var li = el("li", { "class": "sa-action" });
      var n = i + 1;
      li.appendChild(el("p", { "class": "sa-action__title", id: "action-" + n }, fill(words.plan_row, { n: n })));
      var ideaId = "action-" + n + "-idea";
      li.appendChild(el("label", { "for": ideaId, "class": "sa-label" }, words.plan_idea));
      var select = el("select", { id: ideaId, "class": "sa-select", "aria-describedby": "action-" + n });
      select.appendChild(el("option", { value: "" }, words.not_chosen));
      data.ideas.forEach(function (key) {
        var opt = el("option", { value: key }, ideaTitle(key));
        if (a.idea === key) opt.selected = true;
        select.appendChild(opt);
      });
      select.addEventListener("change", function () { a.idea = select.value; update(); });
      li.appendChild(select);
      ["who", "what", "when"].forEach(function (field) {
        var id = "action-" + n + "-" + field;
        li.appendChild(el("label", { "for": id, "class": "sa-label" }, words["plan_" + field]));
        var input = el(field === "what" ? "textarea" : "input",
          { id: id, "class": field === "what" ? "sa-text" : "sa-field sa-field--wide", "aria-describedby": "action-" + n });
        if (field === "what") input.rows = 2; else { input.type = "text"; input.autocomplete = "off"; }
        input.value = a[field];
        input.addEventListener("input", function () { a[field] = input.value; update(); });
        li.appendChild(input);
      });
      var b = el("button", { type: "button", "class": "sa-button sa-button--small" }, fill(words.remove_action, { n: n }));
      b.addEventListener("click", function () { removeAction(i); });
      li.appendChild(b);
      actionList.appendChild(li);
    });
    document.getElementById("sa-no-actions").hidden = actions.length > 0;
    update();
  }

  /* --- everything that follows from the answers ------------------------------------------ */
  function update() {
    data.colours.forEach(function (c) {
      var meaning = text("colour-" + c).trim();
      Array.prototype.forEach.call(root.querySelectorAll('.sa-meaning[data-colour="' + c + '"]'), function (span) {
        span.textContent = meaning ? ": " + meaning : "";
      });
    });
    var rows = [];
    data.ideas.forEach(function (key) {
      var stage = radioValue(key + "-stage");
      var rating = radioValue(key + "-rating");
      var agreed = agreement(key);
      note(key + "-agreement", agreed
        ? [agreed.stage && agreed.stage.text, agreed.rating && agreed.rating.text].filter(Boolean).join(" ")
        : (people.length ? words.no_views : ""));
      note(key + "-result", fill(words.result, {
        idea: ideaTitle(key),
        stage: stage ? fill(words.result_stage, { stage: stage, name: stageName(stage) }) : words.result_no_stage,
        rating: rating ? colourWords(rating) : words.result_no_rating }));
      rows.push({ key: key, stage: stage, rating: rating, agreed: agreed });
    });
    summary(rows);
    printedActions();
  }

  function summary(rows) {
    var bars = root.querySelector(".sa-chart__bars");
    var body = document.querySelector("#sa-table tbody");
    bars.textContent = "";
    body.textContent = "";
    var sentences = [];
    var done = rows.filter(function (r) { return r.stage; });
    var differ = rows.filter(function (r) { return r.agreed && r.agreed.differ; });
    rows.forEach(function (r) {
      var title = ideaTitle(r.key);
      var stageText = r.stage ? fill(words.table_stage, { stage: r.stage, name: stageName(r.stage) }) : words.not_chosen;
      var ratingText = r.rating ? colourWords(r.rating) : words.not_chosen;
      var viewsText = !r.agreed ? words.views_empty
        : r.agreed.differ ? fill(words.views_differ, { list: [r.agreed.stage && r.agreed.stage.list, r.agreed.rating && r.agreed.rating.list].filter(Boolean).join("; ") })
        : words.views_agree;
      var tr = el("tr");
      tr.appendChild(el("th", { scope: "row" }, title));
      tr.appendChild(el("td", { "data-label": words.stage }, stageText));
      var rc = el("td", { "data-label": words.rating });
      if (r.rating) rc.appendChild(el("span", { "class": "sa-swatch sa-swatch--" + r.rating, "aria-hidden": "true" }));
      rc.appendChild(document.createTextNode((r.rating ? " " : "") + ratingText));
      tr.appendChild(rc);
      tr.appendChild(el("td", { "data-label": words.views }, viewsText));
      body.appendChild(tr);

      var bar = el("div", { "class": "sa-bar" });
      bar.appendChild(el("p", { "class": "sa-bar__label" }, title));
      var track = el("div", { "class": "sa-bar__track" });
      var fillBar = el("div", { "class": "sa-bar__fill" + (r.rating ? " sa-bar__fill--" + r.rating : "") });
      fillBar.style.width = (r.stage ? r.stage * 25 : 0) + "%";
      track.appendChild(fillBar);
      for (var n = 1; n <= 4; n++) track.appendChild(el("span", { "class": "sa-bar__tick sa-bar__tick--" + n }));
      bar.appendChild(track);
      var said = el("p", { "class": "sa-bar__words" });
      said.appendChild(el("strong", {}, r.stage ? fill(words.stage_option, { stage: r.stage, name: stageName(r.stage) }) : words.chart_no_stage));
      if (r.rating) {                    // the colour and its word, never apart
        var colour = el("span", { "class": "sa-nowrap" });
        colour.appendChild(el("span", { "class": "sa-swatch sa-swatch--" + r.rating }));
        colour.appendChild(document.createTextNode(" " + words[r.rating]));
        said.appendChild(document.createTextNode(" "));
        said.appendChild(colour);
      }
      if (r.agreed && r.agreed.differ) said.appendChild(el("span", { "class": "sa-bar__differ" }, fill(words.views_differ, { list: "" }).replace(/[:\s]+$/, "")));
      bar.appendChild(said);
      bars.appendChild(bar);

      if (r.stage) {
        sentences.push(fill(r.rating ? words.summary_idea : words.summary_idea_no_colour,
          { idea: title, stage: r.stage, colour: r.rating ? words[r.rating].toLowerCase() : "" }));
      }
    });
    var all = [];
    if (!done.length && !rows.some(function (r) { return r.rating; })) all.push(words.summary_empty);
    else all.push(fill(words.summary_counts, { done: done.length }));
    all = all.concat(sentences);
    if (differ.length) {
      all.push(fill(words.summary_differ, { list: differ.map(function (r) { return ideaTitle(r.key); }).join(", ") }));
    } else if (rows.some(function (r) { return r.agreed; })) {
      all.push(words.summary_agree);
    }
    note("sa-sentence", all.join(" "));
  }

  function printedActions() {
    var body = document.querySelector("#sa-actions-printed tbody");
    body.textContent = "";
    actions.forEach(function (a) {
      var tr = el("tr");
      tr.appendChild(el("td", {}, a.idea ? ideaTitle(a.idea) : ""));
      ["who", "what", "when"].forEach(function (f) { tr.appendChild(el("td", {}, a[f])); });
      body.appendChild(tr);
    });
    document.getElementById("sa-actions-printed").classList.toggle("sa-empty-table", !actions.length);
  }

  /* --- save, open, clear, print ------------------------------------------------------------ */
  function collect() {
    var ideas = {};
    data.ideas.forEach(function (key) {
      var idea = { stage: radioValue(key + "-stage"), rating: radioValue(key + "-rating"),
                   evidence: text(key + "-evidence"), change: text(key + "-change") };
      ideas[key] = idea;
    });
    var colours = {};
    data.colours.forEach(function (c) { colours[c] = text("colour-" + c); });
    return {
      kind: KIND, version: VERSION, tool: tool, title: root.getAttribute("data-title"),
      form: root.getAttribute("data-form"), saved: new Date().toISOString(),
      area: text("area"), date: text("date"), colours: colours, ideas: ideas,
      people: people.map(function (p) {
        var views = {};
        data.ideas.forEach(function (key) {
          var v = p.views[key];
          if (v && (v.stage || v.rating)) views[key] = { stage: v.stage || null, rating: v.rating || null };
        });
        return { name: p.name, views: views };
      }),
      actions: actions.map(function (a) { return { idea: a.idea || null, who: a.who, what: a.what, when: a.when }; })
    };
  }

  function save() {
    var name = tool + "-self-assessment.json";
    file.save(name, collect());
    say(fill(words.saved, { file: name }));
  }

  function str(v) { return typeof v === "string" ? v : ""; }
  function stageOf(v) { return typeof v === "number" && v >= 1 && v <= 4 && v % 1 === 0 ? v : null; }
  function colourOf(v) { return data.colours.indexOf(v) > -1 ? v : null; }
  function isObject(v) { return !!v && typeof v === "object" && !Array.isArray(v); }

  function clearAll() {
    texts.forEach(function (t) { setText(t.getAttribute("data-key"), ""); });
    radios.forEach(function (r) { r.checked = false; });
    people = [];
    actions = [];
  }

  function restore(d) {
    clearAll();
    setText("area", str(d.area));
    setText("date", str(d.date));
    var colours = isObject(d.colours) ? d.colours : {};
    data.colours.forEach(function (c) { setText("colour-" + c, str(colours[c])); });
    var ideas = isObject(d.ideas) ? d.ideas : {};
    data.ideas.forEach(function (key) {
      var idea = isObject(ideas[key]) ? ideas[key] : {};
      setRadio(key + "-stage", stageOf(idea.stage));
      setRadio(key + "-rating", colourOf(idea.rating));
      setText(key + "-evidence", str(idea.evidence));
      setText(key + "-change", str(idea.change));
    });
    (Array.isArray(d.people) ? d.people : []).slice(0, MOST_PEOPLE).forEach(function (p) {
      if (!isObject(p) || !str(p.name).trim()) return;
      var views = {};
      var saved = isObject(p.views) ? p.views : {};
      data.ideas.forEach(function (key) {
        if (isObject(saved[key])) views[key] = { stage: stageOf(saved[key].stage), rating: colourOf(saved[key].rating) };
      });
      people.push({ name: str(p.name).trim(), views: views });
    });
    (Array.isArray(d.actions) ? d.actions : []).slice(0, MOST_ACTIONS).forEach(function (a) {
      if (!isObject(a)) return;
      actions.push({ idea: data.ideas.indexOf(a.idea) > -1 ? a.idea : "", who: str(a.who), what: str(a.what), when: str(a.when) });
    });
    renderPeople();
    renderActions();
  }

  function opened(d, name) {
    if (isObject(d) && d.kind === SHEET_KIND) { warn(words.a_sheet); return; }
    if (!isObject(d) || d.kind !== KIND || d.tool !== tool) { warn(words.not_ours); return; }
    if (typeof d.version !== "number" || d.version > VERSION) { warn(words.newer); return; }
    restore(d);
    say(fill(words.opened, { file: name }));
  }

  file.buttons(root, tools, {
    save: save,
    clear: function () {
      var d = collect();
      var any = d.area || d.date || people.length || actions.length || Object.keys(d.colours).some(function (c) { return d.colours[c]; })
        || data.ideas.some(function (k) { var i = d.ideas[k]; return i.stage || i.rating || i.evidence || i.change; });
      if (any && !window.confirm(words.clear_confirm)) return;
      clearAll();
      renderPeople();
      renderActions();
      say(words.cleared);
    },
    file: function (chosen) { file.open(chosen, words, warn, function (d) { opened(d, chosen.name); }); },
    "add-person": addPerson,
    "add-action": addAction,
    "use-suggestion": function () {
      Array.prototype.forEach.call(root.querySelectorAll(".sa-suggestion li[data-colour]"), function (li) {
        setText("colour-" + li.getAttribute("data-colour"), li.getAttribute("data-words"));
      });
      note("sa-suggestion-message", words.suggestion_used);
      update();
    }
  });
  nameInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); addPerson(); }
  });

  Array.prototype.forEach.call(root.querySelectorAll(".sa-js, #fill-in"), function (part) { part.hidden = false; });
  root.classList.add("sa--filling");
  renderPeople();
  renderActions();
})();
