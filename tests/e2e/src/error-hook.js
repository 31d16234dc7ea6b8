// The end-to-end tests' error hook, for engines whose console WebDriver cannot read (Firefox,
// WebKit). The test server puts it in index.html right after the Content-Security-Policy, so
// it sees every error of the page's life under the same policy as the app. The harness reads
// and empties window.__crmErrors before every navigation and at the end of each test.
(function () {
  "use strict";
  var errors = [];
  window.__crmErrors = errors;
  function record(kind, message) {
    errors.push(kind + ": " + message);
  }
  // Uncaught errors; in the capture phase also failed loads of scripts, styles and images.
  window.addEventListener("error", function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      record("failed load", target.src || target.href);
    } else {
      record("uncaught", (event.message || String(event.error)) +
        (event.filename ? " at " + event.filename + ":" + event.lineno : ""));
    }
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    record("unhandled rejection", String(reason && (reason.stack || reason.message) || reason));
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    record("Content-Security-Policy", event.violatedDirective + " blocked " + (event.blockedURI || "inline"));
  });
  // A Rust panic reaches the console through console.error (console_error_panic_hook).
  var consoleError = console.error;
  console.error = function () {
    record("console.error", Array.prototype.map.call(arguments, String).join(" "));
    return consoleError.apply(console, arguments);
  };
})();
