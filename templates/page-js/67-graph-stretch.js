// The causal graph's zoom, its pure part: the stretch of the graph's time
// axis, and a link's points and label under it. Boxes keep their size and
// move with their start along time; a link's points stretch, its ends stay
// on their boxes' borders and its rounded corners stay round. Boxes apart along time
// stay apart: if A ends before B starts, z·(B.start − A.start) ≥ B.start −
// A.start ≥ A's length. No DOM here, so that node tests it (tests/page-js).
var tgGraphZoom = (function () {
  // Position along time at zoom z, for boxes starting from lo to hi: before
  // lo nothing moves (the heading, the legend), from lo to hi each unit
  // becomes z, past hi everything moves by what the graph grew (the last
  // boxes' length, the credit). `inverse` undoes it; `grown` is the growth.
  function stretch(lo, hi, z) {
    var grown = (z - 1) * (hi - lo);
    function X(p) { return p <= lo ? p : p >= hi ? p + grown : lo + z * (p - lo); }
    X.inverse = function (q) { return q <= lo ? q : q >= hi + grown ? q - grown : lo + (q - lo) / z; };
    X.grown = grown;
    return X;
  }
  // A box as laid out: p0..p1 along time, q0..q1 across it. It moves by
  // where the stretch puts its start.
  function shiftOf(box, X) { return X(box.p0) - box.p0; }
  // A link's end sits on a box when it is on its border or within GAP of it
  // (an arrow's tip stops short of the border, a link between two boxes in
  // a row starts a few px off its box's side).
  var GAP = 16;
  function onBox(box, p, q) {
    return !!box && p >= box.p0 - GAP && p <= box.p1 + GAP && q >= box.q0 - GAP && q <= box.q1 + GAP;
  }
  // A link's commands (parsed d) at zoom X, time along coordinate i (0 for
  // x, 1 for y), between boxes `from` and `to`: new commands. Its points
  // move as the stretch moves them, which keeps them apart from everything
  // they were apart from, except that the ends of a rounded corner (Q) keep
  // their distance from the corner, and a curve's handles keep their place
  // along it (stretched with it when it runs forward, at their length when
  // it runs back). An end on its box's side moves with the box. An end on
  // the border its box starts or ends with along time is where the stretch
  // puts it, past the box (which kept its length) by what the box would have
  // grown: a stub along time joins it to the box's border, in the room the
  // box would have filled. `core` is the path without its stubs, point for
  // point the laid-out one.
  function stretchLink(cmds, i, X, from, to) {
    var out = cmds.map(function (c) { return [c[0], c[1].slice()]; });
    var pts = [];
    cmds.forEach(function (c, ci) {
      for (var j = 0; j + 1 < c[1].length; j += 2) pts.push({ c: ci, j: j, v: c[1][j + i], w: c[1][j + 1 - i] });
    });
    var at = pts.map(function (pt) { return X(pt.v); }), fixed = pts.map(function () { return false; });
    var last = pts.length - 1, stubs = [null, null];
    if (last > 0) {
      [[0, from], [last, to]].forEach(function (end, n) {
        var pt = pts[end[0]], box = end[1];
        if (!onBox(box, pt.v, pt.w)) return;
        var border = pt.v + shiftOf(box, X);
        fixed[end[0]] = true;
        if (pt.v > box.p0 + 1 && pt.v < box.p1 - 1) at[end[0]] = border;
        else if (Math.abs(border - at[end[0]]) > 0.005) stubs[n] = border;
      });
    }
    var k = 0;
    cmds.forEach(function (c) {
      var count = Math.floor(c[1].length / 2);
      if (c[0] === 'Q' && count === 2 && k > 0) {
        [k - 1, k + 1].forEach(function (q) {
          if (!fixed[q]) { at[q] = X(pts[k].v) + (pts[q].v - pts[k].v); fixed[q] = true; }
        });
      }
      if (c[0] === 'C' && count === 3 && k > 0) {
        var s = k - 1, e = k + 2, span0 = pts[e].v - pts[s].v, span1 = at[e] - at[s];
        var f = span0 > 0 && span1 > 0 ? span1 / span0 : 1;
        at[k] = at[s] + (pts[k].v - pts[s].v) * f;
        at[k + 1] = at[e] + (pts[k + 1].v - pts[e].v) * f;
      }
      k += count;
    });
    pts.forEach(function (pt, n) { out[pt.c][1][pt.j + i] = at[n]; });
    var full = out.slice();
    function stub(pt, v) { var xy = [0, 0]; xy[i] = v; xy[1 - i] = pt.w; return xy; }
    if (stubs[0] !== null) full = [['M', stub(pts[0], stubs[0])], ['L', out[0][1]]].concat(out.slice(1));
    if (stubs[1] !== null) full.push(['L', stub(pts[last], stubs[1])]);
    full.core = out;
    return full;
  }
  // How far along time a link's label at `centre` ([x, y], the middle of
  // its text) moves when the link's commands go from `before` to `after`:
  // as the point of the link nearest to it (on the polyline through its
  // points), so that a label stays beside its segment or on its corridor.
  function labelShift(before, after, i, centre) {
    var a = points(before), b = points(after), best = null;
    for (var k = 0; k + 1 < a.length; k++) {
      var dx = a[k + 1][0] - a[k][0], dy = a[k + 1][1] - a[k][1], len = dx * dx + dy * dy;
      var t = len ? Math.max(0, Math.min(1, ((centre[0] - a[k][0]) * dx + (centre[1] - a[k][1]) * dy) / len)) : 0;
      var px = a[k][0] + t * dx, py = a[k][1] + t * dy, dist = Math.hypot(centre[0] - px, centre[1] - py);
      if (!best || dist < best.dist) best = { k: k, t: t, dist: dist };
    }
    if (!best) return 0;
    function at(pts) { return pts[best.k][i] + best.t * (pts[best.k + 1][i] - pts[best.k][i]); }
    return at(b) - at(a);
  }
  function points(cmds) {
    var out = [];
    cmds.forEach(function (c) { for (var j = 0; j + 1 < c[1].length; j += 2) out.push([c[1][j], c[1][j + 1]]); });
    return out;
  }
  return { stretch: stretch, shiftOf: shiftOf, onBox: onBox, stretchLink: stretchLink, labelShift: labelShift, GAP: GAP };
})();
if (typeof module === 'object' && module.exports) module.exports = tgGraphZoom;
