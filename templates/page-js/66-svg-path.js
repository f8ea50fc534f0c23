// The numbers the views are drawn with, as both zooms (the timeline's and
// the graph's) read and write them: a path's d as commands and points, one
// number format, an attribute as a number. No DOM of its own, so that node
// tests it (tests/page-js).
var tgPath = (function () {
  // Numbers of a path's d, in pairs: [[cmd, [x, y, x, y, ...]], ...] (the
  // views write absolute M, L, Q, C and Z only).
  function parsePath(d) {
    var out = [], re = /([A-Za-z])([^A-Za-z]*)/g, m;
    while ((m = re.exec(d))) out.push([m[1], (m[2].match(/-?[\d.]+(?:e[-+]?\d+)?/gi) || []).map(Number)]);
    return out;
  }
  function printPath(cmds) {
    return cmds.map(function (c) {
      var parts = [];
      for (var j = 0; j + 1 < c[1].length; j += 2) parts.push(round2(c[1][j]) + ',' + round2(c[1][j + 1]));
      return c[0] + parts.join(' ');
    }).join(' ');
  }
  function round2(v) { return Math.round(v * 100) / 100; }
  function attrNum(node, a) { return Number(node.getAttribute(a)) || 0; }
  return { parsePath: parsePath, printPath: printPath, round2: round2, attrNum: attrNum };
})();
if (typeof module === 'object' && module.exports) module.exports = tgPath;
var parsePath = tgPath.parsePath, printPath = tgPath.printPath, round2 = tgPath.round2, attrNum = tgPath.attrNum;
