/* A button marked data-print prints the page (the print stylesheet chooses what goes on paper). */
(function () {
  "use strict";
  document.addEventListener("click", function (e) {
    var target = e.target instanceof Element ? e.target.closest("[data-print]") : null;
    if (target) {
      window.print();
    }
  });
})();
