(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var search = document.getElementById("f-search");
  var rule = document.getElementById("f-rule");
  var source = document.getElementById("f-source");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-severity]"));
  var shown = document.getElementById("f-count");

  function undecidedOnly() {
    var box = document.getElementById("f-undecided");
    return box && box.checked;
  }

  function apply() {
    var levels = {};
    boxes.forEach(function (b) { levels[b.getAttribute("data-severity")] = b.checked; });
    var q = search.value.trim().toLowerCase();
    var n = 0;
    cards.forEach(function (c) {
      var ok = levels[c.getAttribute("data-severity")] &&
        (!rule.value || c.getAttribute("data-rule") === rule.value) &&
        (!source.value || JSON.parse(c.getAttribute("data-sources")).indexOf(source.value) >= 0) &&
        (!q || c.getAttribute("data-search").indexOf(q) >= 0) &&
        !(undecidedOnly() && c.getAttribute("data-decided"));
      c.classList.toggle("hidden", !ok);
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + cards.length + " findings shown";
  }

  function move(step) {
    var visible = cards.filter(function (c) { return !c.classList.contains("hidden"); });
    if (!visible.length) { return; }
    var i = visible.indexOf(document.activeElement);
    var next = visible[Math.max(0, Math.min(visible.length - 1, i + step))];
    next.focus();
  }

  [search, rule, source].concat(boxes).forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  document.addEventListener("keydown", function (ev) {
    // only text fields take typed letters; a clicked checkbox, button or select does not
    var t = ev.target, kind = t && t.tagName === "INPUT" ? (t.type || "text").toLowerCase() : "";
    var typing = !!t && (t.tagName === "TEXTAREA" || t.isContentEditable ||
      (t.tagName === "INPUT" && ["checkbox", "radio", "button", "submit", "reset", "range",
        "color", "file"].indexOf(kind) < 0));
    if (t && t.tagName === "SELECT" && (ev.key === "ArrowDown" || ev.key === "ArrowUp")) return;
    if (ev.key === "/" && !typing) { ev.preventDefault(); search.focus(); }
    else if (ev.key === "Escape" && typing) { ev.target.blur(); }
    else if ((ev.key === "j" || ev.key === "ArrowDown") && !typing) { ev.preventDefault(); move(1); }
    else if ((ev.key === "k" || ev.key === "ArrowUp") && !typing) { ev.preventDefault(); move(-1); }
  });
  document.getElementById("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });

  // Editors' decisions: kept in this browser (localStorage) and exported as JSON for
  // `consistency triage --import`.
  var PREFIX = "consistency-triage:";
  var undecided = document.getElementById("f-undecided");
  var byBox = document.getElementById("triage-by");
  var BY = "consistency-triage-by";
  function who() { return byBox.value.trim(); }
  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function load(id) {
    var s = store();
    if (!s) { return null; }
    try { return JSON.parse(s.getItem(PREFIX + id) || "null"); } catch (e) { return null; }
  }
  function show(box, decision) {
    var card = box.closest("article.finding");
    card.classList.remove("state-confirmed", "state-dismissed", "state-wont-fix");
    var label = box.querySelector(".decision");
    if (decision) {
      card.classList.add("state-" + decision.state);
      card.setAttribute("data-decided", "1");
      box.querySelector(".reason").value = decision.reason;
      label.textContent = "Decided: " + decision.state;
    } else {
      card.removeAttribute("data-decided");
      label.textContent = "";
    }
  }
  Array.prototype.slice.call(document.querySelectorAll(".triage")).forEach(function (box) {
    var id = box.getAttribute("data-id");
    show(box, load(id));
    Array.prototype.slice.call(box.querySelectorAll("button[data-state]")).forEach(function (b) {
      b.addEventListener("click", function () {
        var input = box.querySelector(".reason");
        var reason = input.value.trim();
        if (!reason) {
          box.querySelector(".decision").textContent = "Give a reason first.";
          input.focus();
          return;
        }
        if (!who()) {
          box.querySelector(".decision").textContent = "Give your name first (asked once, above).";
          byBox.focus();
          return;
        }
        var decision = { state: b.getAttribute("data-state"), reason: reason, by: who() };
        var s = store();
        if (s) { s.setItem(PREFIX + id, JSON.stringify(decision)); }
        show(box, decision);
        apply();
      });
    });
  });
  document.getElementById("export-decisions").addEventListener("click", function () {
    var out = [];
    cards.forEach(function (c) {
      var box = c.querySelector(".triage"), id = box.getAttribute("data-id");
      var d = load(id);
      if (d) {
        out.push({ id: id, state: d.state, reason: d.reason, by: d.by || who(),
          rule: box.getAttribute("data-rule"), story: box.getAttribute("data-story"),
          sides: JSON.parse(box.getAttribute("data-sides")) });
      }
    });
    var text = JSON.stringify({ version: 2, decisions: out }, null, 2) + "\n";
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    a.download = "decisions.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    document.getElementById("export-count").textContent = out.length + " decisions exported";
  });
  // "Whole article" and "About RULE" open in place, from the one copy the page keeps;
  // built as text nodes, so nothing in an article is ever read as markup
  function kept(id) {
    var el = document.getElementById(id);
    return el ? el.textContent : "";
  }
  Array.prototype.slice.call(document.querySelectorAll("details.article")).forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (!d.open || d.querySelector("pre")) { return; }
      var text = kept(d.getAttribute("data-text"));
      var s = +d.getAttribute("data-start"), e = +d.getAttribute("data-end");
      var pre = document.createElement("pre");
      pre.className = "fulltext";
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      pre.appendChild(document.createTextNode(text.slice(0, s)));
      pre.appendChild(mark);
      pre.appendChild(document.createTextNode(text.slice(e)));
      d.appendChild(pre);
      mark.scrollIntoView({ block: "nearest" });
    });
  });
  Array.prototype.slice.call(document.querySelectorAll("details.explain")).forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (!d.open || d.querySelector("pre")) { return; }
      var pre = document.createElement("pre");
      pre.className = "doc";
      pre.textContent = kept("doc-" + d.getAttribute("data-rule"));
      d.appendChild(pre);
    });
  });
  undecided.addEventListener("change", apply);
  (function () {
    var s = store();
    if (s && s.getItem(BY)) { byBox.value = s.getItem(BY); }
    byBox.addEventListener("change", function () {
      var t = store();
      if (t) { t.setItem(BY, who()); }
    });
  })();
  apply();
})();
