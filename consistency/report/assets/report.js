(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var search = document.getElementById("f-search");
  var rule = document.getElementById("f-rule");
  var source = document.getElementById("f-source");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-severity]"));
  var shown = document.getElementById("f-count");

  function apply() {
    var levels = {};
    boxes.forEach(function (b) { levels[b.getAttribute("data-severity")] = b.checked; });
    var q = search.value.trim().toLowerCase();
    var n = 0;
    cards.forEach(function (c) {
      var ok = levels[c.getAttribute("data-severity")] &&
        (!rule.value || c.getAttribute("data-rule") === rule.value) &&
        (!source.value || JSON.parse(c.getAttribute("data-sources")).indexOf(source.value) >= 0) &&
        (!q || c.getAttribute("data-search").indexOf(q) >= 0);
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
    var typing = ev.target && (ev.target.tagName === "INPUT" || ev.target.tagName === "SELECT");
    if (ev.key === "/" && !typing) { ev.preventDefault(); search.focus(); }
    else if (ev.key === "Escape" && typing) { ev.target.blur(); }
    else if ((ev.key === "j" || ev.key === "ArrowDown") && !typing) { ev.preventDefault(); move(1); }
    else if ((ev.key === "k" || ev.key === "ArrowUp") && !typing) { ev.preventDefault(); move(-1); }
  });
  document.getElementById("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
  apply();
})();
