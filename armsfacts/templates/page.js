"use strict";
(function () {
  var form = document.getElementById("filters");
  var table = document.getElementById("figures");
  var body = table.tBodies[0];
  var caption = table.caption;
  var everyFigure = caption.textContent;
  var rows = Array.prototype.slice.call(body.rows);
  var status = document.getElementById("status");
  var empty = document.getElementById("empty");
  var search = document.getElementById("q");
  var sort = document.getElementById("f-sort");
  var citeAddress = document.getElementById("cite-address");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-key]"));
  var fields = [search].concat(selects, [sort]);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  // One list of words that mean the same (armsfacts/synonyms.py), shared with the command line.
  var synonyms = JSON.parse(form.dataset.synonyms);
  // ... and of the words a search leaves out ("the", "each", "de"): they would match nearly every row.
  var stopWords = JSON.parse(form.dataset.stopWords);

  // Lower case, no accents, one space; "8,497" and "8.497" read as "8497".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/(\d)[,.](?=\d{3}(?!\d))/g, "$1").replace(/\s+/g, " ");
  }
  rows.forEach(function (row, index) {
    row.dataset.text = fold(row.textContent + " " + row.dataset.search);
    row.dataset.order = index;
  });

  function alternatives(word) {
    for (var i = 0; i < synonyms.length; i += 1) {
      if (synonyms[i].indexOf(word) >= 0) { return synonyms[i]; }
    }
    return [word];
  }

  function matches(row) {
    var words = fold(search.value).trim().split(" ").filter(function (w) {
      return w && stopWords.indexOf(w) < 0;
    });
    if (words.some(function (w) {
      return !alternatives(w).some(function (alt) { return row.dataset.text.indexOf(alt) >= 0; });
    })) {
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

  // Sorting: a figure without a period (or a number) goes last whichever way the column is sorted.
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
  function sortKey(row, index) {
    var cell = row.cells[index];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  }
  function ordered() {
    var chosen = sort.value.split("-");
    var index = -1;
    headers.forEach(function (header, i) {
      var on = header.dataset.sortName === chosen[0];
      header.setAttribute("aria-sort", on ? (chosen[1] === "asc" ? "ascending" : "descending") : "none");
      if (on) { index = i; }
    });
    if (index < 0) {
      return rows.slice();
    }
    var numeric = headers[index].dataset.type === "number";
    var sign = chosen[1] === "desc" ? -1 : 1;
    return rows.slice().sort(function (a, b) {
      var x = sortKey(a, index);
      var y = sortKey(b, index);
      var missingX = x === "" || x === "—";
      var missingY = y === "" || y === "—";
      if (missingX || missingY) {
        return missingX === missingY ? a.dataset.order - b.dataset.order : (missingX ? 1 : -1);
      }
      var order = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
      return sign * order || a.dataset.order - b.dataset.order;
    });
  }

  // The filters live in the address's fragment, so that a filtered view can be shared and survives a reload.
  function state() {
    var params = new URLSearchParams();
    fields.forEach(function (field) { if (field.value) { params.set(field.name, field.value); } });
    return params;
  }
  function restore() {
    var text = location.hash.slice(1);
    if (text.indexOf("=") < 0) { text = location.search.slice(1); }
    var params = new URLSearchParams(text);
    fields.forEach(function (field) { field.value = params.get(field.name) || ""; });
  }
  function remember(params) {
    var filtered = params.toString();
    if (filtered) {
      history.replaceState(null, "", "#" + filtered);
    } else if (location.hash.indexOf("=") >= 0) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    citeAddress.textContent = citeAddress.dataset.template.replace("{address}", location.href);
  }

  function describe() {
    var parts = [];
    if (search.value.trim()) {
      parts.push(form.querySelector("label[for=q]").textContent + " “" + search.value.trim() + "”");
    }
    selects.forEach(function (select) {
      if (select.value) {
        var label = form.querySelector("label[for=" + select.id + "]").textContent;
        parts.push(label + ": " + select.options[select.selectedIndex].textContent);
      }
    });
    return parts.join("; ");
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var show = matches(row);
      row.hidden = !show;
      if (show) { shown += 1; }
    });
    ordered().forEach(function (row) { body.appendChild(row); });
    var filters = describe();
    status.textContent = status.dataset.template.replace("{shown}", shown).replace("{total}", rows.length);
    caption.textContent = filters ? caption.dataset.filtered.replace("{filters}", filters)
      .replace("{shown}", shown).replace("{total}", rows.length) : everyFigure;
    empty.hidden = shown > 0;
    remember(state());
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  window.addEventListener("hashchange", function () {
    if (location.hash.indexOf("=") >= 0) { restore(); apply(); }
  });

  headers.forEach(function (header) {
    header.querySelector("button").addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      sort.value = header.dataset.sortName + (ascending ? "-asc" : "-desc");
      apply();
    });
  });

  // Downloads of the rows shown, in the order shown.
  function shownRecords() {
    return Array.prototype.slice.call(body.rows)
      .filter(function (row) { return !row.hidden; })
      .map(function (row) { return JSON.parse(row.dataset.record); });
  }
  function cell(value) {
    if (value === null || value === undefined) { return ""; }
    var text = String(value);
    // A spreadsheet would run a cell that starts like a formula: such text is kept as text.
    if (typeof value === "string" && /^([=@\t\r]|[+-][^0-9 ])/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }
  function csv(records) {
    var keys = rows.length ? Object.keys(JSON.parse(rows[0].dataset.record)) : [];
    var lines = [keys.join(",")].concat(records.map(function (record) {
      return keys.map(function (key) { return cell(record[key]); }).join(",");
    }));
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  function download(button, text, type) {
    var address = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = address;
    link.download = button.dataset.file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(address); }, 10000);
  }
  var csvButton = document.getElementById("download-csv");
  var jsonButton = document.getElementById("download-json");
  csvButton.addEventListener("click", function () { download(csvButton, csv(shownRecords()), "text/csv;charset=utf-8"); });
  jsonButton.addEventListener("click", function () {
    download(jsonButton, JSON.stringify(shownRecords(), null, 2) + "\n", "application/json");
  });

  // Printed, every caveat is open; afterwards, as the reader left them.
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    closed.forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (details) { details.open = false; });
  });

  restore();
  apply();
})();
