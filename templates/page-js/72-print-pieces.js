// Where a printed view is cut into page-sized tiles (75-print.js): pure
// geometry, no DOM, so that node tests it (tests/page-js).
var tgPrint = (function () {
  // The pieces of an axis of `length`, each at most `piece` long, as
  // [from, to] pairs: each ends as late as it can outside every span [lo, hi]
  // of `spans` (an event's extent), looking back over its last 40 %; where an
  // event still straddles the end, the next piece begins at that event, so
  // that every event prints whole at least once.
  function pieces(length, piece, spans) {
    var out = [], start = 0;
    while (length - start > piece) {
      var cut = start + piece, c;
      for (c = start + piece; c >= start + 0.6 * piece; c -= 4) {
        if (!spans.some(function (s) { return s[0] < c && c < s[1]; })) { cut = c; break; }
      }
      var next = cut;
      spans.forEach(function (s) { if (s[0] < cut && cut < s[1] && s[0] > start + 0.3 * piece) next = Math.min(next, s[0] - 4); });
      out.push([start, cut]);
      start = next;
    }
    out.push([start, length]);
    return out;
  }

  return { pieces: pieces };
})();
if (typeof module === 'object' && module.exports) module.exports = tgPrint;
