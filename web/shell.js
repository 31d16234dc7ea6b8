// The first screen, drawn before the WASM has arrived (scripts/shell.py puts this script and the
// templates of web/shell.html at the end of the page's body). The templates are the app's own
// first screen, captured from it by `cargo run -p crm-e2e --bin shell`: the header, the steps
// and the welcome (or a step's heading), in each language. This script picks the language the
// loader chose and the page the address names, and draws them inert: a click on them does
// nothing until the app, once mounted, takes their place in the same frame.
//
// A plan kept from an earlier visit: the app noted its name, whether it is blank and each step's
// status (`crm-planner:first-screen`, written by the app), and they are drawn as text. Without
// that note in this language, they stay blank ("frame"): the app draws them.
(function () {
  var d = document;
  var lang = window.crmTextsLang || "en";
  var frame = d.getElementById("shell-" + lang);
  if (!frame) return;
  var returning = true;
  var note = null;
  try {
    returning = !!localStorage.getItem("crm-planner:current");
    note = JSON.parse(localStorage.getItem("crm-planner:first-screen"));
  } catch (e) {}
  var known = !returning || !!(note && note.lang === lang && note.steps);
  var page = location.hash.replace(/^#\/?/, "").split("/")[0];
  if (page === "overview" || page === "import") page = "";
  var shell = d.createElement("div");
  shell.className = known ? "shell" : "shell frame";
  shell.setAttribute("inert", "");
  shell.appendChild(frame.content.cloneNode(true));
  var welcome = !returning || (known && note.blank);
  var content = d.getElementById("shell-" + lang + "-" + (page || (welcome ? "home" : "-")));
  var main = shell.querySelector("main");
  if (content && main) main.appendChild(content.content.cloneNode(true));
  // A step's status, where the template has the blank plan's.
  var status = function (el, slug, cls) {
    var s = note.steps[slug];
    if (!el || !s) return;
    el.className = cls + " status-" + s[0];
    el.setAttribute("data-status", s[0]);
    el.textContent = s[1];
  };
  if (returning && known) {
    if (note.name) shell.querySelector(".plan-name").textContent = note.name;
    status(shell.querySelector(".status-line .badge"), page, "badge");
  }
  var links = shell.querySelectorAll(".nav-link");
  for (var i = 0; i < links.length; i++) {
    var href = links[i].getAttribute("href");
    if (href === "#/" + page) links[i].setAttribute("aria-current", "page");
    else links[i].removeAttribute("aria-current");
    if (returning && known) status(links[i].querySelector(".nav-status"), href.slice(2), "nav-status");
  }
  d.documentElement.lang = lang;
  d.body.appendChild(shell);
  // Settled once the browser has shown it (its largest paint reported). Only then does the
  // WASM's download start, so that on a slow connection it does not hold back the page's own
  // few kilobytes, and the app, however fast the WASM comes, takes over a screen the user has
  // seen rather than one never painted (crm_planner::start waits for this too).
  window.crmShown = new Promise(function (shown) {
    setTimeout(shown, 300);
    var P = window.PerformanceObserver;
    if (P && P.supportedEntryTypes && P.supportedEntryTypes.indexOf("largest-contentful-paint") >= 0) {
      new P(function () {
        shown();
      }).observe({ type: "largest-contentful-paint" });
    } else {
      requestAnimationFrame(function () {
        requestAnimationFrame(shown);
      });
    }
  });
  window.crmWasm = window.crmShown.then(function () {
    return fetch(window.crmWasmUrl);
  });
})();
