// Shared by the benchmark pages: how many instances (?n=, default 100) and the moment they all
// count down to (three days and five hours ahead, on a whole second).
function benchCount() {
  return Number(new URLSearchParams(location.search).get('n')) || 100;
}
function benchTarget() {
  return Math.ceil((Date.now() + (3 * 24 + 5) * 3600000) / 1000) * 1000;
}
// N <fair-countdown> reading one inline feed whose fair starts at benchTarget() and lasts 7 hours
// (fairkit.html and hidden.html measure the same page, visible and hidden).
function benchCountdowns() {
  var target = benchTarget();
  var feed = document.createElement('script');
  feed.type = 'application/json';
  feed.id = 'bench-feed';
  feed.textContent = JSON.stringify({
    version: 1,
    timeZone: 'Asia/Shanghai',
    fairs: [
      {
        id: 'bench',
        title: { 'zh-CN': '春季综合类双选会', en: 'Spring Career Fair' },
        start: new Date(target).toISOString(),
        end: new Date(target + 7 * 3600000).toISOString(),
      },
    ],
  });
  document.head.appendChild(feed);
  var list = document.getElementById('list');
  for (var i = 0; i < benchCount(); i++) {
    var el = document.createElement('fair-countdown');
    el.setAttribute('src', '#bench-feed');
    list.appendChild(el);
  }
}
// ?view=all: every instance on screen at once (a 10-column grid drawn at a fifth of its size), so
// nothing is skipped for being off screen; without it, a long page where most are below the fold.
if (new URLSearchParams(location.search).get('view') === 'all') {
  var benchStyle = document.createElement('style');
  benchStyle.textContent =
    '#list{zoom:.2;display:grid;grid-template-columns:repeat(10,1fr);align-items:start}';
  document.head.appendChild(benchStyle);
}
