// Enhancement only: clicking a column header sorts the table by it. The
// pages are complete without JavaScript. Numbers are read from the French
// text ("14 178", "−2,3 %"); "s", "n.d." and texts sort last.
(function () {
  "use strict";
  function numberOf(cell) {
    var text = cell.textContent.split("(")[0].replace(/[\s\u00a0\u202f%]|pt/g, "").replace("\u2212", "-").replace(",", ".");
    var value = parseFloat(text);
    return isNaN(value) || !/^[-+]?[0-9.]+$/.test(text) ? null : value;
  }
  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = numberOf(a.cells[column]), y = numberOf(b.cells[column]);
      if (x === null && y === null) return a.cells[column].textContent.localeCompare(b.cells[column].textContent, "fr");
      if (x === null) return 1;
      if (y === null) return -1;
      return ascending ? x - y : y - x;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  document.querySelectorAll("table.triable").forEach(function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tri-bouton";
      button.textContent = header.textContent;
      button.title = "Trier par cette colonne";
      // The header's text stays in the cell for print (impression.css hides
      // the button): a header row repeated on a printed page is never blank.
      var printed = document.createElement("span");
      printed.className = "tri-impression";
      printed.setAttribute("aria-hidden", "true");
      printed.textContent = header.textContent;
      header.textContent = "";
      header.appendChild(button);
      header.appendChild(printed);
      button.addEventListener("click", function () { sortBy(table, column, header); });
    });
  });
})();
