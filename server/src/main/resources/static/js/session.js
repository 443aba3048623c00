/*
 * Idle sign-out warning and typed-data keeping (issue 14 §5). The server ends a web session after
 * data-session-seconds without a request. Two minutes before that a banner offers to stay signed
 * in (a request to /session/ping). A form sent from this tab is remembered in sessionStorage
 * until the next page: if that page is the sign-in page (the session had ended), the form's page
 * is opened again after signing in and what was typed is put back once; any other next page means
 * it arrived, and it is forgotten. Passwords, CSRF and one-time form tokens are never kept;
 * signing out clears everything.
 */
(function () {
  "use strict";
  var WARN_BEFORE = 120;
  var PENDING = "isocourse.pending";
  var VIA_SIGN_IN = "isocourse.viaSignIn";

  function keepable(el) {
    return el.name && el.type !== "password" && el.type !== "hidden" && el.type !== "file" &&
      el.type !== "submit" && el.name !== "_csrf" && el.name !== "formToken";
  }

  function read(key) {
    try { return JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function snapshot(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!keepable(el)) { return; }
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { data[el.name] = (data[el.name] || []).concat(el.value); }
      } else if (el.value) {
        data[el.name] = [el.value];
      }
    });
    return { path: location.pathname + location.search, action: form.getAttribute("action"), data: data };
  }

  function putBack(saved) {
    var forms = document.querySelectorAll('form[method="post"]');
    var form = Array.prototype.filter.call(forms, function (f) {
      return f.getAttribute("action") === saved.action;
    })[0];
    if (!form) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!keepable(el) || !(el.name in saved.data)) { return; }
      var v = saved.data[el.name];
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = v.indexOf(el.value) >= 0;
      } else {
        el.value = v[0];
      }
    });
    var note = document.createElement("p");
    note.className = "notice";
    note.id = "restored";
    note.setAttribute("role", "status");
    note.textContent = "You were signed out before this form was sent. What you had typed is back:"
      + " check it and send it again.";
    form.parentNode.insertBefore(note, form);
  }

  function afterPageLoad(signedIn) {
    var pending = read(PENDING);
    if (!pending) { return; }
    if (document.querySelector('form[action$="/login"]')) {
      // The sign-in page: the form did not arrive. Keep it for after signing in.
      sessionStorage.setItem(VIA_SIGN_IN, "1");
      return;
    }
    if (!signedIn) {
      return; // an error page: wait for the next page to tell
    }
    if (!sessionStorage.getItem(VIA_SIGN_IN)) {
      sessionStorage.removeItem(PENDING); // it arrived
      return;
    }
    var path = String(pending.path || "");
    if (path.charAt(0) !== "/" || path.charAt(1) === "/") {
      sessionStorage.removeItem(PENDING);
      sessionStorage.removeItem(VIA_SIGN_IN);
      return;
    }
    if (location.pathname + location.search !== path) {
      location.replace(path);
      return;
    }
    sessionStorage.removeItem(PENDING);
    sessionStorage.removeItem(VIA_SIGN_IN);
    putBack(pending);
  }

  var deadline = 0;
  var timer = null;
  function schedule(seconds) {
    deadline = Date.now() + seconds * 1000;
    clearTimeout(timer);
    var w = document.getElementById("session-warning");
    if (w) { w.hidden = true; }
    timer = setTimeout(warn, Math.max(0, (seconds - WARN_BEFORE) * 1000));
  }
  function warn() {
    var w = document.getElementById("session-warning");
    if (!w) { return; }
    w.hidden = false;
    var left = document.getElementById("session-left");
    var tick = function () {
      var s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      // The unit words come from the page, in its language (data-minutes, data-seconds).
      if (left) {
        left.textContent = s > 60
          ? Math.ceil(s / 60) + " " + (left.dataset.minutes || "minutes")
          : s + " " + (left.dataset.seconds || "seconds");
      }
      if (s > 0 && !w.hidden) { setTimeout(tick, 1000); }
    };
    tick();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var seconds = parseInt(document.body.getAttribute("data-session-seconds"), 10);
    var signedIn = seconds > 0;
    afterPageLoad(signedIn);
    if (!signedIn) { return; }
    schedule(seconds);
    var stay = document.getElementById("session-stay");
    if (stay) {
      stay.addEventListener("click", function () {
        fetch("/session/ping", { credentials: "same-origin" }).then(function (r) {
          if (r.status === 204) { schedule(seconds); } else { location.href = "/login?expired"; }
        });
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll('form[method="post"]'), function (form) {
      if (/\/logout$/.test(form.getAttribute("action") || "")) {
        form.addEventListener("submit", function () { sessionStorage.clear(); });
        return;
      }
      form.addEventListener("submit", function () {
        try { sessionStorage.setItem(PENDING, JSON.stringify(snapshot(form))); } catch (e) { /* off */ }
      });
    });
    document.body.addEventListener("htmx:afterRequest", function () { schedule(seconds); });
  });
})();
