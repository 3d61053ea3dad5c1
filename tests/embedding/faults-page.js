// Adds one <fair-countdown> per fault case (?cases=500,404,…), each with light-DOM fallback text.
// When the CDN build exports the loader's settings, the timeout is shortened first so a hanging
// server can be tested in seconds rather than 3 × 10 s.
import * as fairkit from '/fairkit.js';

const config = fairkit.feedLoaderConfig;
const configurable = Boolean(config && typeof config === 'object' && 'timeout' in config);
if (configurable) {
  config.timeout = 500;
  config.retries = 1;
  config.backoff = 100;
}

const cases = (new URLSearchParams(location.search).get('cases') ?? '').split(',').filter(Boolean);
const main = document.getElementById('cases');
for (const name of cases) {
  const el = document.createElement('fair-countdown');
  el.id = `case-${name}`;
  el.setAttribute('src', `/faults/${name}.json`);
  const fallback = document.createElement('p');
  fallback.textContent = `fallback ${name}`;
  el.append(fallback);
  main.append(el);
}
window.__fairkitFaults = { configurable, cases };
