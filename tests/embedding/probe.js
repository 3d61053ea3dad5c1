// Loaded first by every embedding test page, as a same-origin file because the page's CSP allows
// no inline script. It records CSP violations and uncaught errors where run.mjs can read them, and
// echoes violations to the console so they show up in the run's output too.
(function () {
  var probe = (window.__fairkitProbe = { violations: [], errors: [] });
  document.addEventListener('securitypolicyviolation', function (event) {
    var violation = {
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
      line: event.lineNumber,
    };
    probe.violations.push(violation);
    console.error('CSP violation: ' + JSON.stringify(violation));
  });
  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push(
      String(event.reason && event.reason.message ? event.reason.message : event.reason),
    );
  });
})();
