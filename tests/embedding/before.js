// Runs while the page is still parsing, before the deferred fairkit module: an element made with
// createElement and inserted while its tag is not defined yet must upgrade and render later.
(function () {
  var el = document.createElement('fair-countdown');
  el.id = 'before';
  el.setAttribute('src', '/feed.json');
  document.getElementById('before-host').appendChild(el);
})();
