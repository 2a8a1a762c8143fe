// phigate console: confirmations and "select all". No data leaves the page.
"use strict";
document.addEventListener("click", function (ev) {
  var el = ev.target.closest("[data-confirm]");
  if (el && !window.confirm(el.getAttribute("data-confirm"))) {
    ev.preventDefault();
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var all = document.getElementById("all");
  if (all) {
    all.addEventListener("change", function () {
      document.querySelectorAll("input.sel:not([disabled])").forEach(function (b) {
        b.checked = all.checked;
      });
    });
  }
});
