/*
 * LongAnMarket – progressive enhancement only. Every feature here has a
 * no-JS fallback in the markup. CSP forbids inline script/style, so this file
 * never touches element.style; it only toggles classes.
 */
(function () {
  "use strict";

  // (a) <select data-autosubmit>: submit the form on change and hide the
  //     now-redundant submit button (it stays in the markup for no-JS users).
  function restoreDefault(select) {
    // Back/forward navigation may restore the user's last choice into the
    // select although the page shows the previous state; re-sync with the
    // server-rendered default so the control tells the truth.
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].defaultSelected) {
        select.selectedIndex = i;
        return;
      }
    }
  }

  function submit(form) {
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  function initAutosubmit(root) {
    var selects = root.querySelectorAll("select[data-autosubmit]");
    for (var i = 0; i < selects.length; i++) {
      var select = selects[i];
      var form = select.form;
      if (!form || select.hasAttribute("data-autosubmit-ready")) {
        continue;
      }
      select.setAttribute("data-autosubmit-ready", "");
      restoreDefault(select);

      var buttons = form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
      for (var j = 0; j < buttons.length; j++) {
        buttons[j].classList.add("js-hidden");
      }

      select.addEventListener("change", function (event) {
        submit(event.currentTarget.form);
      });
    }
  }

  function init() {
    initAutosubmit(document);
  }

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      var selects = document.querySelectorAll("select[data-autosubmit]");
      for (var i = 0; i < selects.length; i++) {
        restoreDefault(selects[i]);
      }
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
