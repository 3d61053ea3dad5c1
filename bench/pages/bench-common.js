// Shared by the benchmark pages: how many instances (?n=, default 100) and the moment they all
// count down to (three days and five hours ahead, on a whole second).
function benchCount() {
  return Number(new URLSearchParams(location.search).get('n')) || 100;
}
function benchTarget() {
  return Math.ceil((Date.now() + (3 * 24 + 5) * 3600000) / 1000) * 1000;
}
