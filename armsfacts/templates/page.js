"use strict";
(function () {
  var form = document.getElementById("filters");
  var table = document.getElementById("figures");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var status = document.getElementById("status");
  var empty = document.getElementById("empty");
  var search = document.getElementById("q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ");
  }
  rows.forEach(function (row) { row.dataset.text = fold(row.textContent); });

  function matches(row) {
    var words = fold(search.value).trim();
    if (words && words.split(" ").some(function (w) { return row.dataset.text.indexOf(w) < 0; })) {
      return false;
    }
    return selects.every(function (select) {
      var wanted = select.value;
      if (!wanted) { return true; }
      var key = select.dataset.key;
      if (key === "sources") { return JSON.parse(row.dataset.sources).indexOf(wanted) >= 0; }
      return row.dataset[key] === wanted;
    });
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var show = matches(row);
      row.hidden = !show;
      if (show) { shown += 1; }
    });
    status.textContent = status.dataset.template.replace("{shown}", shown).replace("{total}", rows.length);
    empty.hidden = shown > 0;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });

  function sortKey(row, index, numeric) {
    var cell = row.cells[index];
    var key = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    return numeric ? parseFloat(key) : key;
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (header, index) {
    header.querySelector("button").addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      var numeric = header.dataset.type === "number";
      var collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
      headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, b) {
        var x = sortKey(a, index, numeric);
        var y = sortKey(b, index, numeric);
        var order = numeric ? x - y : collator.compare(x, y);
        return ascending ? order : -order;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
})();
