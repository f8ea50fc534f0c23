// Printed, a view wider or taller than a page is cut into page-sized tiles
// at its own size, so that its text stays readable (a graph scaled to the
// page width printed 12 px titles at 5 pt). Each tile is a print-only <svg>
// whose viewBox is its part of the view, drawing the view itself through a
// <use>: nothing is copied. Cuts fall between events where they can. Of the
// two timelines, the one the page shows narrow (the vertical one) is
// printed. A page whose views would need more than PRINT_TILES_MAX tiles
// prints them scaled to the page instead.
var PRINT_WIDTH = 680, PRINT_HEIGHT = 860, PRINT_TILES_MAX = 12;
function printTiles(svg) {
  var vb = svg.viewBox.baseVal;
  if (!vb || !vb.width || !vb.height) return null;
  var boxes = [];
  (svg.querySelectorAll(':scope > .tg-events [data-id][tabindex]') || []).forEach(function (node) {
    var s = shapeOf(node);
    if (isFinite(s.x0)) boxes.push(s);
  });
  var xs = tgPrint.pieces(vb.width, PRINT_WIDTH, boxes.map(function (b) { return [b.x0 - vb.x, b.x1 - vb.x]; }));
  var ys = tgPrint.pieces(vb.height, PRINT_HEIGHT, boxes.map(function (b) { return [b.y0 - vb.y, b.y1 - vb.y]; }));
  if (xs.length === 1 && ys.length === 1) return null;  // fits a page as it is
  if (xs.length * ys.length > PRINT_TILES_MAX) return null;
  if (!svg.id) svg.id = 'tg-print-' + (svg.classList.contains('graph') ? 'graph' : 'timeline') + (svg.classList.contains('down') ? '-down' : '');
  var tiles = el('div', null, 'print-tiles');
  tiles.setAttribute('aria-hidden', 'true');
  ys.forEach(function (y) {
    xs.forEach(function (x) {
      var w = x[1] - x[0], h = y[1] - y[0];
      var tile = document.createElementNS(SVG_NS, 'svg');
      tile.setAttribute('viewBox', [vb.x + x[0], vb.y + y[0], w, h].join(' '));
      tile.setAttribute('width', w);
      tile.setAttribute('height', h);
      tile.setAttribute('class', 'print-tile');
      var use = document.createElementNS(SVG_NS, 'use');
      use.setAttribute('href', '#' + svg.id);
      tile.appendChild(use);
      tiles.appendChild(tile);
    });
  });
  return tiles;
}
// Each view's tiles are cut once for the drawing it has (its viewBox), and
// again if a zoom changed it since: a zoom restored at load draws the graph
// zoomed before they are first cut, and a view prints at zoom 1.
var printTiledAt = new Map();
function tileForPrint() {
  var timelines = svgs.filter(function (s) { return s.classList.contains('timeline'); });
  var printed = timelines.filter(function (s) { return s.classList.contains('down'); })[0] || timelines[0];
  [printed, svgs.filter(function (s) { return s.classList.contains('graph'); })[0]].forEach(function (svg) {
    if (!svg || printTiledAt.get(svg) === svg.getAttribute('viewBox')) return;
    printTiledAt.set(svg, svg.getAttribute('viewBox'));
    var view = svg.closest('.view');
    view.querySelectorAll(':scope > .print-tiles').forEach(function (old) { old.remove(); });
    view.classList.remove('has-print-tiles');
    var tiles = printTiles(svg);
    if (!tiles) return;
    view.appendChild(tiles);
    view.classList.add('has-print-tiles');
  });
}
window.addEventListener('beforeprint', tileForPrint);
if (itemCount <= COMPLEMENT_MIN) later(tileForPrint);
