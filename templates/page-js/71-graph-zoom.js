// Zoom of the causal graph along its time axis (down a `down` graph, along
// x otherwise), from 1 to GRAPH_ZOOM_MAX: by the graph's own buttons, and
// ctrl/⌘+wheel and pinch about the pointer; a drag pans (dragPans). Boxes
// move apart along time (tgGraphZoom.stretch) while boxes, text, strokes,
// arrow heads and link labels keep their size; a link's points stretch with
// its ends kept on its boxes' borders (tgGraphZoom.stretchLink), and a
// link's label moves with its link (tgGraphZoom.labelShift). The lane bands
// and the axis of a dated graph stretch with it; the heading and the legend
// stay, and what lies past the last box (the credit) moves down or along by
// what the graph grew.
var graphSvg = graphView ? graphView.querySelector('.svg-frame > svg.graph:not(.tg-overlay-view)') : null;
var graphFrame = graphSvg ? graphSvg.parentElement : null;
var graphOverlay = graphSvg && overlays.has(graphSvg) ? overlays.get(graphSvg).ownerSVGElement : null;
var graphZoom = 1, GRAPH_ZOOM_MAX = 16, graphFit = 1, graphFrameHeight = 0;
var graphAlong = graphSvg && graphSvg.classList.contains('down')
  ? { pos: 'y', c: 'cy', size: 'height', i: 1 } : { pos: 'x', c: 'cx', size: 'width', i: 0 };

// An element's numbers along time, as laid out: its position attribute (a
// circle's centre), or each point of a path.
function alongTime(node) {
  var item = { el: node, attr: null, p: 0, d: null };
  if (node.localName === 'path') item.d = parsePath(node.getAttribute('d') || '');
  else {
    item.attr = node.localName === 'circle' ? graphAlong.c : graphAlong.pos;
    item.p = attrNum(node, item.attr);
  }
  return item;
}
// Draws an element `dp` further along time than it was laid out.
function moveAlong(item, dp) {
  if (item.attr) item.el.setAttribute(item.attr, round2(item.p + dp));
  if (item.d) {
    item.el.setAttribute('d', printPath(item.d.map(function (c) {
      return [c[0], c[1].map(function (v, j) { return j % 2 === graphAlong.i ? v + dp : v; })];
    })));
  }
}

// A box's extent along time (p) and across it (q).
function shapeBox(node) {
  var A = graphAlong, r = attrNum(node, 'r');
  if (node.localName === 'circle') {
    var c = attrNum(node, A.c), d = attrNum(node, A.i ? 'cx' : 'cy');
    return { p0: c - r, p1: c + r, q0: d - r, q1: d + r };
  }
  var p = attrNum(node, A.pos), q = attrNum(node, A.i ? 'x' : 'y');
  return { p0: p, p1: p + attrNum(node, A.size), q0: q, q1: q + attrNum(node, A.i ? 'width' : 'height') };
}

// The graph as laid out, read once on its first zoom: what each zoom
// rewrites from.
var graphLaid = null;
function readGraph() {
  if (graphLaid) return graphLaid;
  var A = graphAlong, L = graphLaid = { size: attrNum(graphSvg, A.size), viewBox: graphSvg.getAttribute('viewBox'),
    events: [], links: [], labels: [], spans: [], marks: [], blocks: [], lo: Infinity, hi: -Infinity };
  var boxes = new Map();
  graphSvg.querySelectorAll(':scope > .tg-events [data-id]').forEach(function (g) {
    var shape = g.querySelector(':scope > rect, :scope > circle');
    if (!shape) return;
    var box = shapeBox(shape);
    boxes.set(g.getAttribute('data-id'), box);
    L.lo = Math.min(L.lo, box.p0);
    L.hi = Math.max(L.hi, box.p0);
    var parts = [];
    for (var c = g.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName !== 'title' && c.localName !== 'desc') parts.push(alongTime(c));
    }
    L.events.push({ box: box, parts: parts });
  });
  if (!isFinite(L.lo)) L.lo = L.hi = 0;
  graphSvg.querySelectorAll(':scope > .tg-links [data-from]').forEach(function (g) {
    var from = boxes.get(g.getAttribute('data-from')), to = boxes.get(g.getAttribute('data-to'));
    var link = null;
    g.querySelectorAll('path').forEach(function (p) {
      link = { el: p, d: parsePath(p.getAttribute('d') || ''), from: from, to: to };
      L.links.push(link);
    });
    // A label moves with the point of its link nearest to the middle of its
    // text: it stays on the corridor or beside the segment it was laid out on.
    if (link) {
      g.querySelectorAll('text').forEach(function (t) {
        var item = alongTime(t), bb = t.getBBox();
        item.link = link;
        item.centre = [bb.x + bb.width / 2, bb.y + bb.height / 2];
        L.labels.push(item);
      });
    }
  });
  // The background and a dated graph's lane bands span the whole graph and
  // grow with it; its axis and lane names move with the time they mark.
  for (var c = graphSvg.firstElementChild; c; c = c.nextElementSibling) {
    if (c.classList.contains('tg-bg')) L.spans.push({ el: c, p: attrNum(c, A.pos), s: attrNum(c, A.size) });
    else if (c.classList.contains('tg-lanes') || c.classList.contains('tg-axis-group')) readMarks(c, L);
    else if (c.localName === 'g' && !c.classList.contains('tg-links') && !c.classList.contains('tg-events')) {
      var parts = Array.prototype.map.call(c.querySelectorAll('rect, text, path, circle'), alongTime);
      L.blocks.push({ parts: parts, p: parts.length ? (parts[0].d ? parts[0].d[0][1][A.i] : parts[0].p) : 0 });
    }
  }
  return graphLaid;
  function readMarks(group, L) {
    group.querySelectorAll('rect, text, path, circle').forEach(function (node) {
      if (node.classList.contains('tg-band')) L.spans.push({ el: node, p: attrNum(node, A.pos), s: attrNum(node, A.size) });
      else L.marks.push(alongTime(node));
    });
  }
}

function applyGraphZoom() {
  var L = readGraph(), A = graphAlong, X = tgGraphZoom.stretch(L.lo, L.hi, graphZoom);
  [graphSvg, graphOverlay].forEach(function (svg) {
    if (!svg) return;
    var vb = L.viewBox.split(/[ ,]+/).map(Number);
    vb[2 + A.i] += X.grown;
    svg.setAttribute(A.size, round2(L.size + X.grown));
    svg.setAttribute('viewBox', vb.map(round2).join(' '));
  });
  L.spans.forEach(function (s) { s.el.setAttribute(A.size, round2(s.s + X.grown)); });
  L.blocks.forEach(function (b) {
    var dp = X(b.p) - b.p;
    b.parts.forEach(function (p) { moveAlong(p, dp); });
  });
  L.marks.forEach(function (m) {
    if (m.attr) moveAlong(m, X(m.p) - m.p);
    else m.el.setAttribute('d', printPath(m.d.map(function (c) {
      return [c[0], c[1].map(function (v, j) { return j % 2 === A.i ? X(v) : v; })];
    })));
  });
  L.events.forEach(function (e) {
    var dp = tgGraphZoom.shiftOf(e.box, X);
    e.parts.forEach(function (p) { moveAlong(p, dp); });
  });
  L.links.forEach(function (l) {
    var d = tgGraphZoom.stretchLink(l.d, A.i, X, l.from, l.to);
    l.now = d.core;
    l.el.setAttribute('d', printPath(d));
  });
  L.labels.forEach(function (t) { moveAlong(t, tgGraphZoom.labelShift(t.link.d, t.link.now, A.i, t.centre)); });
  forgetShapes();
}

// Zooming keeps the box or the instant under the pointer (else the selected
// event where it shows, else the middle of what shows of the frame) in place.
function setGraphZoom(z, at, across) {
  if (!graphSvg) return;
  z = Math.max(1, Math.min(GRAPH_ZOOM_MAX, z));
  if (z === graphZoom) return;
  var A = graphAlong, L = readGraph(), scroll = A.i ? 'scrollTop' : 'scrollLeft';
  if (graphZoom === 1) {
    graphFit = graphSvg.getBoundingClientRect()[A.size] / (L.size || 1) || 1;
    graphFrameHeight = getComputedStyle(graphFrame).boxSizing === 'border-box' ? graphFrame.offsetHeight : graphFrame.clientHeight;
  }
  if (at === undefined) {
    var middle = graphMiddle();
    at = middle.at;
    across = middle.across;
  }
  var was = tgGraphZoom.stretch(L.lo, L.hi, graphZoom), u = (graphFrame[scroll] + at) / graphFit;
  var box = across === undefined ? null : boxAt(u, across, was);
  graphZoom = z;
  // A graph drawn down keeps its frame's height and scrolls in it.
  if (A.i) graphFrame.style.height = z === 1 ? '' : graphFrameHeight + 'px';
  applyGraphZoom();
  var X = tgGraphZoom.stretch(L.lo, L.hi, z);
  // A box under the pointer stays under it.
  var v = box ? u + tgGraphZoom.shiftOf(box, X) - tgGraphZoom.shiftOf(box, was) : X(was.inverse(u));
  graphFrame[scroll] = Math.max(0, v * graphFit - at);
  redrawShown();
  drawStaleOnScreen();
  remember();
}
// The box at `u` along time (at zoom X) and the client position `across` it.
function boxAt(u, across, X) {
  var A = graphAlong, r = graphSvg.getBoundingClientRect();
  var q = (across - (A.i ? r.left : r.top)) / graphFit, found = null;
  readGraph().events.forEach(function (e) {
    var b = e.box, s = tgGraphZoom.shiftOf(b, X);
    if (u >= b.p0 + s && u <= b.p1 + s && q >= b.q0 && q <= b.q1) found = b;
  });
  return found;
}
// Where the buttons zoom about: along time from the frame's inside edge
// (`at`), and across it in client px when it is the selected event's box.
function graphMiddle() {
  var A = graphAlong, f = graphFrame.getBoundingClientRect();
  var node = selected && (eventEls.get(selected) || []).filter(function (e) { return e.ownerSVGElement === graphSvg; })[0];
  if (node) {
    var r = node.getBoundingClientRect(), mid = graphOffset(A.i ? (r.top + r.bottom) / 2 : (r.left + r.right) / 2);
    if (mid >= 0 && mid <= (A.i ? graphFrame.clientHeight : graphFrame.clientWidth)) {
      return { at: mid, across: A.i ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2 };
    }
  }
  var lo = A.i ? Math.max(f.top, 0) : Math.max(f.left, 0), hi = A.i ? Math.min(f.bottom, innerHeight) : Math.min(f.right, innerWidth);
  return { at: graphOffset((lo + hi) / 2) };
}
function graphOffset(client) {
  var box = graphFrame.getBoundingClientRect();
  return graphAlong.i ? client - box.top - graphFrame.clientTop : client - box.left - graphFrame.clientLeft;
}

// A big page's graph zooms too slowly to follow a wheel (in Chromium, a
// step took 0.25 s at 1,000 events and 1.4 s at 10,000, most of it the
// browser's restyling of every moved element): above GRAPH_ZOOM_ITEMS_MAX
// event and link elements its buttons stay hidden, and a ctrl+wheel or a
// pinch over it is the browser's.
var GRAPH_ZOOM_ITEMS_MAX = 5000;
var graphZooms = !!graphSvg && itemCount <= GRAPH_ZOOM_ITEMS_MAX;
if (graphZooms) {
  ['graph-zoom-in', 'graph-zoom-out', 'graph-zoom-reset'].forEach(function (id) { document.getElementById(id).hidden = false; });
  document.getElementById('graph-zoom-in').addEventListener('click', function () { setGraphZoom(graphZoom * 2); });
  document.getElementById('graph-zoom-out').addEventListener('click', function () { setGraphZoom(graphZoom / 2); });
  document.getElementById('graph-zoom-reset').addEventListener('click', function () { setGraphZoom(1); });
  zoomInputs(graphFrame, function () { return graphZoom; }, function (z, x, y) {
    setGraphZoom(z, graphOffset(graphAlong.i ? y : x), graphAlong.i ? x : y);
  }, function () { return graphFrame.getClientRects().length > 0; });
  // Printed, the graph is at zoom 1, cut into tiles of that drawing
  // (tileForPrint, which this comes before), and comes back zoomed.
  var graphZoomBeforePrint = 1;
  window.addEventListener('beforeprint', function () { graphZoomBeforePrint = graphZoom; setGraphZoom(1); }, { capture: true });
  window.addEventListener('afterprint', function () { if (graphZoomBeforePrint > 1) setGraphZoom(graphZoomBeforePrint); });
}
