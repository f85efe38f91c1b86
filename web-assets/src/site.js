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
    var boxes = root.querySelectorAll("input[type=checkbox][data-autosubmit]");
    for (var k = 0; k < boxes.length; k++) {
      var box = boxes[k];
      if (!box.form || box.hasAttribute("data-autosubmit-ready")) {
        continue;
      }
      box.setAttribute("data-autosubmit-ready", "");
      box.checked = box.defaultChecked;
      var applies = box.form.querySelectorAll('button[type="submit"]');
      for (var m = 0; m < applies.length; m++) {
        applies[m].classList.add("js-hidden");
      }
      box.addEventListener("change", function (event) {
        submit(event.currentTarget.form);
      });
    }
  }

  // (b) <input data-suggest="/search/suggest">: a list of products, producers
  //     and categories under the box while typing. Without JavaScript the box
  //     is a plain search form. Arrow keys move, Enter follows, Escape closes.
  var kindLabels = { product: "Sản phẩm", producer: "Nhà sản xuất", category: "Danh mục", correction: "Có phải bạn muốn tìm" };
  var englishKindLabels = { product: "Product", producer: "Producer", category: "Category", correction: "Did you mean" };

  function initSuggest(input) {
    if (input.hasAttribute("data-suggest-ready")) {
      return;
    }
    input.setAttribute("data-suggest-ready", "");
    var form = input.form;
    var list = document.createElement("ul");
    var listId = input.id + "-suggestions";
    var labels = document.documentElement.lang === "en" ? englishKindLabels : kindLabels;
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    form.classList.add("suggest");
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    var timer = 0;
    var latest = 0;
    var active = -1;

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var items = list.children;
      for (var i = 0; i < items.length; i++) {
        items[i].classList.toggle("suggest__item--active", i === index);
        items[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      }
    }

    // The answer is { suggestions: [...], didYouMean: { text, url } | null }; a correction comes first.
    function show(answer) {
      var suggestions = (answer.didYouMean ? [{ kind: "correction", text: answer.didYouMean.text, url: answer.didYouMean.url }] : [])
        .concat(answer.suggestions || []);
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      for (var i = 0; i < suggestions.length; i++) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.className = "suggest__item";
        item.setAttribute("role", "option");
        var link = document.createElement("a");
        link.href = suggestions[i].url;
        link.tabIndex = -1;
        var text = document.createElement("span");
        text.textContent = suggestions[i].text;
        var kind = document.createElement("span");
        kind.className = "suggest__kind";
        kind.textContent = labels[suggestions[i].kind] || "";
        link.appendChild(text);
        link.appendChild(kind);
        item.appendChild(link);
        list.appendChild(item);
      }
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
      active = -1;
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      var ticket = ++latest;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (suggestions) { if (ticket === latest) { show(suggestions); } })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      var count = list.children.length;
      if (list.hidden || count === 0) {
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(event.key === "ArrowDown" ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.children[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        event.preventDefault(); // the first Escape closes the list; only a second one clears the box
        close();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(close, 200);
    });
  }

  // (c) <button data-copy="text">: copy to the clipboard (payment details on a
  //     phone that cannot scan its own screen); the text stays selectable without JS.
  function initCopy(button) {
    if (!navigator.clipboard) {
      button.hidden = true;
      return;
    }
    var label = button.textContent;
    var done = document.documentElement.lang === "en" ? "Copied" : "Đã chép";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.textContent = done;
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  }

  // (d) <button data-once>: one submit per click, so a double tap sends one form
  //     (the server is idempotent anyway: the form carries a one-time token).
  function initOnce(button) {
    if (!button.form) {
      return;
    }
    button.form.addEventListener("submit", function () {
      setTimeout(function () { button.disabled = true; }, 0);
    });
  }

  // (e) <button data-print hidden>: prints the page (label sheets). Hidden until
  //     this script runs, so a browser without JS shows only the printed note.
  function initPrint(button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  }

  // (f) The header's cart count, asked for after the page loads: cached pages
  //     carry nothing of the visitor. Without JavaScript there is no count.
  function showCartCount(count) {
    var badges = document.querySelectorAll("[data-cart-count]");
    for (var i = 0; i < badges.length; i++) {
      badges[i].textContent = String(count);
      badges[i].hidden = !(count > 0);
    }
  }

  function loadCartCount() {
    if (!window.fetch || !document.querySelector("[data-cart-count]")) {
      return;
    }
    fetch("/cart/summary", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (summary) {
        if (summary) {
          showCartCount(summary.count);
        }
      })
      .catch(function () {});
  }

  // (g) A message that comes and goes at the bottom of the screen (a live
  //     region, so screen readers say it too).
  var toastTimer = 0;
  function toast(message, isError) {
    var box = document.querySelector("[data-toast]");
    if (!box || !message) {
      return;
    }
    box.textContent = message;
    box.classList.toggle("toast--error", !!isError);
    box.classList.add("toast--shown");
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(function () {
      box.classList.remove("toast--shown");
    }, 4000);
  }

  // (h) form[data-cart-add]: add to the cart and stay on the product page.
  //     Without fetch (or if the network fails) the form posts as before.
  function initCartAdd(form) {
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) {
        return;
      }
      event.preventDefault();
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          if (response.status === 429) {
            toast(form.getAttribute("data-too-fast"), true);
            return null;
          }
          return response.json().then(function (answer) {
            toast(answer.message, !response.ok);
            if (response.ok && answer.count !== null) {
              showCartCount(answer.count);
            }
          });
        })
        .catch(function () {
          toast(form.getAttribute("data-offline"), true);
        });
    });
  }

  // (i) A −/+ stepper around a number box (hidden until this script runs),
  //     and the phone's buy bar showing the price of the chosen pack.
  function initStepper(button) {
    var input = document.getElementById(button.getAttribute("aria-controls"));
    if (!input) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var min = parseInt(input.min, 10) || 1;
      var max = parseInt(input.max, 10) || 999;
      var value = (parseInt(input.value, 10) || min) + parseInt(button.getAttribute("data-step"), 10);
      input.value = String(Math.min(max, Math.max(min, value)));
    });
  }

  function initPackPrice(radio) {
    radio.addEventListener("change", function () {
      var price = document.querySelector("[data-buy-price]");
      if (price && radio.checked) {
        price.textContent = radio.getAttribute("data-price");
      }
    });
  }

  // (j) Forms: the first field with an error takes the focus when the page
  //     loads, and phone and email are checked as they are typed (the
  //     server checks them again; its message goes in the same place).
  var checks = {
    phone: function (value) {
      return /^(\+?84|0)(3|5|7|8|9)[0-9]{8}$/.test(value.replace(/[\s.\-]/g, ""));
    },
    email: function (value) {
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
    },
  };

  function initCheck(input) {
    var check = checks[input.getAttribute("data-check")];
    if (!check) {
      return;
    }
    var id = input.id + "-error";
    input.addEventListener("blur", function () {
      var message = document.getElementById(id);
      var wrong = input.value.trim() !== "" && !check(input.value);
      if (wrong) {
        if (!message) {
          message = document.createElement("p");
          message.className = "field-error";
          message.id = id;
          input.insertAdjacentElement("afterend", message);
        }
        message.textContent = input.getAttribute("data-message");
        input.setAttribute("aria-invalid", "true");
        var described = (input.getAttribute("aria-describedby") || "").split(" ");
        if (described.indexOf(id) < 0) {
          described.push(id);
          input.setAttribute("aria-describedby", described.join(" ").trim());
        }
      } else if (message && input.value.trim() !== "") {
        message.parentNode.removeChild(message);
        input.removeAttribute("aria-invalid");
        var rest = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (d) {
          return d !== id && d !== "";
        });
        if (rest.length) {
          input.setAttribute("aria-describedby", rest.join(" "));
        } else {
          input.removeAttribute("aria-describedby");
        }
      }
    });
  }

  function focusFirstError() {
    var invalid = document.querySelector("form [aria-invalid='true']");
    if (invalid) {
      invalid.focus();
    }
  }

  // (k) A payment deadline the server wrote as a time becomes a mm:ss
  //     countdown; at zero the page reloads to show what happened.
  function initCountdown(box) {
    var end = Date.parse(box.getAttribute("data-countdown-to"));
    if (isNaN(end)) {
      return;
    }
    var label = box.getAttribute("data-label");
    var timer = 0;
    function pad(n) {
      return n < 10 ? "0" + n : String(n);
    }
    function tick() {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      box.textContent = label + " " + pad(Math.floor(left / 60)) + ":" + pad(left % 60);
      box.hidden = false;
      if (left === 0) {
        window.clearInterval(timer);
        window.location.reload();
      }
    }
    tick();
    timer = window.setInterval(tick, 1000);
  }

  // (l) A row of chips wider than the screen (the desks' navigation) scrolls
  //     sideways to show the current one: on a phone it is often off-screen.
  function revealCurrentChip(row) {
    var chip = row.querySelector("[aria-current=page]");
    if (!chip || row.scrollWidth <= row.clientWidth) {
      return;
    }
    var r = row.getBoundingClientRect();
    var c = chip.getBoundingClientRect();
    row.scrollLeft += (c.left - r.left) - (r.width - c.width) / 2;
  }

  function init() {
    initAutosubmit(document);
    var rows = document.querySelectorAll("nav.chips--nav");
    for (var rw = 0; rw < rows.length; rw++) {
      revealCurrentChip(rows[rw]);
    }
    var countdowns = document.querySelectorAll("[data-countdown-to]");
    for (var cd = 0; cd < countdowns.length; cd++) {
      initCountdown(countdowns[cd]);
    }
    focusFirstError();
    var checked = document.querySelectorAll("input[data-check]");
    for (var ck = 0; ck < checked.length; ck++) {
      initCheck(checked[ck]);
    }
    var steps = document.querySelectorAll("button[data-step]");
    for (var st = 0; st < steps.length; st++) {
      initStepper(steps[st]);
    }
    var packs = document.querySelectorAll("input[data-price]");
    for (var pk = 0; pk < packs.length; pk++) {
      initPackPrice(packs[pk]);
    }
    loadCartCount();
    var adds = document.querySelectorAll("form[data-cart-add]");
    for (var a = 0; a < adds.length; a++) {
      initCartAdd(adds[a]);
    }
    var prints = document.querySelectorAll("button[data-print]");
    for (var p = 0; p < prints.length; p++) {
      initPrint(prints[p]);
    }
    var copies = document.querySelectorAll("button[data-copy]");
    for (var c = 0; c < copies.length; c++) {
      initCopy(copies[c]);
    }
    var onces = document.querySelectorAll("button[data-once]");
    for (var o = 0; o < onces.length; o++) {
      initOnce(onces[o]);
    }
    var boxes = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < boxes.length; i++) {
      if (window.fetch && boxes[i].form && boxes[i].id) {
        initSuggest(boxes[i]);
      }
    }
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
