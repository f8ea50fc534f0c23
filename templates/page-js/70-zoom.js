// Semantic zoom of the timeline: zooming rescales time, not the picture.
// Buttons (by doubling), ctrl/⌘+wheel and a trackpad's pinch (which arrives
// as ctrl+wheel) and a two-finger pinch on touch zoom about the pointer; a
// drag pans. At zoom z each stretch of time the axis shows is z times as
// long, and a break between two keeps its width (tgZoom.stretch), while
// text, strokes, markers and arrow heads keep their size: a marker moves to
// its new place (a bar stretches), a label and its leader move with their
// marker, a link's points stretch but keep their rounded corners and their
// ends on their markers. Stretching along time while every text keeps its
// width keeps disjoint boxes disjoint, a vertical link segment clear of a
// label stays clear of it, and the corridors between label rows do not
// move, so links still never cross text. The axis is ticked again for the
// part that shows (tgZoom.ticks), the lane names stay in view while
// panning, and labels the layout drew small for later (tg-tier-N) appear at
// full size wherever they fit.
var frame = document.getElementById('timeline-frame');
var timeline = frame.querySelector('svg');
var timelineOverlay = overlays.has(timeline) ? overlays.get(timeline).ownerSVGElement : null;
var zoom = 1, ZOOM_MAX = 16;
var timeAxis = timeline && timeline.querySelector(':scope > .tg-axis-group');
var zoomScale = timeAxis ? tgZoom.parseScale(timeAxis.getAttribute('data-scale')) : null;
// Time runs along x, or down along y in a `down` timeline: the zoom reads
// and writes positions through this one parameter.
var along = timeline && timeline.classList.contains('down')
  ? { pos: 'y', c: 'cy', size: 'height', i: 1 } : { pos: 'x', c: 'cx', size: 'width', i: 0 };
// Narrow, the timeline is never drawn smaller than its own width (page.css,
// --natural-width): its text stays at the sizes it was laid out with, and
// the frame scrolls.
if (timeline && timeline.getAttribute('width')) {
  frame.style.setProperty('--natural-width', Number(timeline.getAttribute('width')) + 'px');
}

// The timeline's geometry as laid out, read once on the first zoom: what
// each zoom rewrites from.
var laidOut = null;
function readLayout() {
  if (laidOut) return laidOut;
  var P = along.pos, S = along.size;
  laidOut = { events: [], links: [], spans: [], shifts: [], squeezed: [], tiers: [] };
  laidOut.size = attrNum(timeline, S);
  // Styles are read before the first zoom writes anything, which would make
  // reading them cost a restyle of the whole view: a tier N label's full
  // size (its size times N), and a leader's stroke.
  var leader = timeline.querySelector('.tg-leader:not(.tg-tier)');
  laidOut.leaderWidth = leader ? getComputedStyle(leader).strokeWidth : '';
  laidOut.tierSize = new Map();
  timeline.querySelectorAll('text.tg-tier').forEach(function (t) {
    var m = /tg-tier-(\d+)/.exec(t.getAttribute('class'));
    if (m && !laidOut.tierSize.has(Number(m[1]))) {
      laidOut.tierSize.set(Number(m[1]), parseFloat(getComputedStyle(t).fontSize) * Number(m[1]) + 'px');
    }
  });
  if (timeAxis) tickMeasure = fontOf(timeAxis.querySelector('.tg-tick') || timeline);
  laidOut.viewBox = timeline.getAttribute('viewBox');
  timeline.querySelectorAll('.tg-lanes .tg-band').forEach(function (r) {
    laidOut.spans.push({ el: r, p: attrNum(r, P), s: attrNum(r, S), extend: true });
  });
  // A crowded lane's histogram: each bin stretches with the time it counts.
  timeline.querySelectorAll('.tg-lanes .tg-density').forEach(function (r) {
    laidOut.spans.push({ el: r, p: attrNum(r, P), s: attrNum(r, S) });
  });
  timeline.querySelectorAll('.tg-break-gap, .tg-axis-group > .tg-axis-break, .tg-axis-group > .tg-break').forEach(function (node) {
    laidOut.shifts.push(shiftable(node, null));
  });
  timeline.querySelectorAll('.tg-axis-group > .tg-squeezed').forEach(function (p) {
    laidOut.squeezed.push({ el: p, d: parsePath(p.getAttribute('d')) });
  });
  laidOut.periods = [];
  timeline.querySelectorAll('.tg-periods .tg-period').forEach(function (r) {
    laidOut.spans.push({ el: r, p: attrNum(r, P), s: attrNum(r, S) });
    var title = r.parentNode.querySelector('text'), name = r.parentNode.querySelector('title');
    if (!title) return;
    laidOut.shifts.push(shiftable(title, attrNum(r, P)));
    // A title cut short for its period's width is written out in full once
    // the period is wide enough (its name is its <title> after the dates).
    laidOut.periods.push({ el: title, p: attrNum(r, P), q: attrNum(r, P) + attrNum(r, S), at: attrNum(title, P),
      row: attrNum(title, along.i ? 'x' : 'y'), cut: title.textContent,
      full: name ? name.textContent.replace(/^[^:]*:\s*/, '') : title.textContent, font: fontOf(title) });
  });
  timeline.querySelectorAll('.tg-events [data-id]').forEach(function (g) { laidOut.events.push(readEvent(g)); });
  var markers = new Map();
  laidOut.events.forEach(function (e) { markers.set(e.id, e.marker); });
  linkEls.forEach(function (g, i) {
    if (g.ownerSVGElement !== timeline) return;
    g.querySelectorAll('path').forEach(function (p) {
      laidOut.links.push({ el: p, d: parsePath(p.getAttribute('d')), quiet: !!linkQuiet[i],
        from: markers.get(g.getAttribute('data-from')), to: markers.get(g.getAttribute('data-to')) });
    });
  });
  var grid = timeline.querySelector('.tg-grid-group .tg-grid'), axisPath = timeAxis && timeAxis.querySelector(':scope > path.tg-axis:not(.tg-squeezed)');
  laidOut.grid = grid;
  laidOut.gridD = grid ? grid.getAttribute('d') : '';
  laidOut.axisPath = axisPath;
  laidOut.axisD = axisPath ? axisPath.getAttribute('d') : '';
  var first = axisPath ? parsePath(laidOut.axisD)[0] : null, g0 = grid ? parsePath(laidOut.gridD)[0] : null;
  laidOut.axisAt = first ? first[1][1 - along.i] : 0;
  var g1 = grid ? parsePath(laidOut.gridD)[1] : null;
  laidOut.gridEnd = g1 ? g1[1][1 - along.i] : laidOut.axisAt;
  if (g0 && !first) laidOut.axisAt = g0[1][1 - along.i];
  laidOut.bands = [];
  timeline.querySelectorAll('.tg-lanes .tg-band').forEach(function (b) {
    laidOut.bands.push({ y0: attrNum(b, 'y'), y1: attrNum(b, 'y') + attrNum(b, 'height') });
  });
  laidOut.labels = tierLabels(laidOut.events);
  laidOut.header = along.i ? [] : Array.prototype.slice.call(
    timeline.querySelectorAll(':scope > .tg-heading, :scope > .tg-legend-block, :scope > .tg-key-block'));
  laidOut.headerEnd = 0;
  laidOut.header.forEach(function (g) { var b = g.getBBox(); laidOut.headerEnd = Math.max(laidOut.headerEnd, b.x + b.width); });
  if (!along.i) buildNameLayer();
  readUnits(laidOut);
  return laidOut;
}
function fontOf(node) {
  var cs = getComputedStyle(node);
  return cs.fontStyle + ' ' + cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily;
}
var measurer = null;
function textWidth(text, font) {
  if (!measurer) measurer = document.createElement('canvas').getContext('2d');
  measurer.font = font;
  return measurer.measureText(text).width;
}
// Period titles at zoom z: in full where the period, and the room before
// the next title in its row, hold it; else as laid out.
function fitPeriodTitles(L, X) {
  L.periods.forEach(function (t) {
    var at = X(t.p) + (t.at - t.p), room = X(t.q) - at - (t.at - t.p);
    L.periods.forEach(function (o) {
      var oat = X(o.p) + (o.at - o.p);
      if (o !== t && o.row === t.row && oat > at) room = Math.min(room, oat - at - 8);
    });
    t.el.textContent = zoom > 1 && t.full !== t.cut && textWidth(t.full, t.font) <= room ? t.full : t.cut;
  });
}

// An element that moves along time with an anchor (its own position when
// none is given): every number it is drawn with along time.
function shiftable(node, anchor) {
  var item = { el: node, attrs: [], d: null, anchor: anchor };
  if (node.localName === 'path') {
    item.d = parsePath(node.getAttribute('d'));
    if (anchor === null) {
      var sum = 0, k = 0;
      item.d.forEach(function (c) { for (var j = along.i; j < c[1].length; j += 2) { sum += c[1][j]; k++; } });
      item.anchor = k ? sum / k : 0;
    }
  } else {
    var a = node.localName === 'circle' ? along.c : along.pos;
    item.attrs.push([a, attrNum(node, a)]);
    if (anchor === null) item.anchor = node.localName === 'rect' ? attrNum(node, a) + attrNum(node, along.size) / 2 : attrNum(node, a);
  }
  return item;
}
// An event's marker (a dot, or a bar that stretches), and its labels and
// leaders, each moving with the marker's edge it hangs from: a label below
// or above a bar hangs from its start, one beside it from its end.
function readEvent(g) {
  var P = along.pos, S = along.size;
  var markerEl = g.querySelector(':scope > circle, :scope > rect.tg-bar'), marker = null;
  if (markerEl && markerEl.localName === 'circle') {
    marker = { el: markerEl, dot: true, p0: attrNum(markerEl, along.c), r: attrNum(markerEl, 'r') };
    marker.p1 = marker.p0;
  } else if (markerEl) {
    marker = { el: markerEl, dot: false, p0: attrNum(markerEl, P), p1: attrNum(markerEl, P) + attrNum(markerEl, S) };
  }
  if (marker) marker.box0 = boxOf(markerEl);
  var ev = { id: g.getAttribute('data-id'), g: g, marker: marker, parts: [], extra: [] };
  var grounds = [];
  g.querySelectorAll(':scope > rect.tg-label-bg').forEach(function (r) {
    grounds.push({ p: attrNum(r, P), q: attrNum(r, P) + attrNum(r, S), y: attrNum(r, along.i ? 'x' : 'y'),
      h: attrNum(r, along.i ? 'width' : 'height'), el: r });
  });
  function anchorOf(p) {
    if (!marker) return p;
    if (marker.dot) return marker.p0;
    return p >= marker.p1 - 0.5 ? marker.p1 : marker.p0;
  }
  // A text or leader moves as the ground it stands on, so that a label's
  // date and title stay together.
  function groundOf(node) {
    var p = node.localName === 'path' ? parsePath(node.getAttribute('d'))[0][1][along.i] + 1 : attrNum(node, P);
    var q = attrNum(node, along.i ? 'x' : 'y');
    for (var i = 0; i < grounds.length; i++) {
      var gr = grounds[i];
      if (node.localName === 'path' ? Math.abs(gr.p - p) < 1.5 : p >= gr.p - 0.5 && p <= gr.q && q >= gr.y && q <= gr.y + gr.h) return gr.p;
    }
    return p;
  }
  for (var c = g.firstElementChild; c; c = c.nextElementSibling) {
    if (c === markerEl || c.localName === 'title') continue;
    if (c.localName === 'rect' && c.classList.contains('tg-bar')) {
      ev.extra.push({ el: c, p: attrNum(c, P), s: attrNum(c, S) });
      continue;
    }
    var ref = c.localName === 'rect' && c.classList.contains('tg-label-bg') ? attrNum(c, P) : groundOf(c);
    var item = shiftable(c, anchorOf(ref));
    if (/^(?:circle|rect|path)$/.test(c.localName)) item.box0 = boxOf(c);
    if (c.classList.contains('tg-tier')) item.tier = true;
    ev.parts.push(item);
  }
  return ev;
}

// Moves an element with its anchor, to where stretch X puts the anchor.
function moveItem(item, X) {
  var dp = X(item.anchor) - item.anchor;
  item.attrs.forEach(function (a) { item.el.setAttribute(a[0], round2(a[1] + dp)); });
  if (item.d) {
    item.el.setAttribute('d', printPath(item.d.map(function (c) {
      return [c[0], c[1].map(function (v, j) { return j % 2 === along.i ? v + dp : v; })];
    })));
  }
}
function moveSpan(span, X, extra) {
  var p0 = X(span.p), p1 = span.extend ? span.p + span.s + extra : X(span.p + span.s);
  span.el.setAttribute(along.pos, round2(p0));
  span.el.setAttribute(along.size, round2(Math.max(0, p1 - p0)));
}
// A marker end of a link keeps its distance from the marker's centre (a
// dot) or from the edge of a bar it leaves or meets.
function endAt(marker, p, X) {
  if (!marker) return X(p);
  if (marker.dot) return Math.abs(p - marker.p0) <= marker.r + 3 ? X(marker.p0) + (p - marker.p0) : X(p);
  if (p <= marker.p0 + 1) return X(marker.p0) + (p - marker.p0);
  if (p >= marker.p1 - 1) return X(marker.p1) + (p - marker.p1);
  return X(p);
}
// A link's points stretch; the ends of a rounded corner (Q) keep their
// distance from its corner, so that corners stay round; its two ends stay
// on their markers, and a curve's handles move with their ends.
function moveLink(link, X) {
  var i = along.i, cmds = link.d.map(function (c) { return [c[0], c[1].slice()]; });
  var pts = [];
  cmds.forEach(function (c, ci) { for (var j = 0; j + 1 < c[1].length; j += 2) pts.push({ c: ci, j: j, v: c[1][j + i] }); });
  var out = pts.map(function (pt) { return X(pt.v); }), fixed = pts.map(function () { return false; });
  var k = 0;
  cmds.forEach(function (c) {
    var count = Math.floor(c[1].length / 2);
    if (c[0] === 'Q' && count === 2 && k > 0) {
      var corner = X(pts[k].v);
      [k - 1, k + 1].forEach(function (q) {
        if (!fixed[q]) { out[q] = corner + (pts[q].v - pts[k].v); fixed[q] = true; }
      });
    }
    k += count;
  });
  var last = pts.length - 1;
  if (last > 0) {
    [[0, link.from], [last, link.to]].forEach(function (end) {
      if (!fixed[end[0]]) out[end[0]] = endAt(end[1], pts[end[0]].v, X);
    });
    // A curve between its ends (the whole link, M then C) keeps its handles
    // where they were along it: stretched with it when it runs forward, at
    // their length when it runs back (a loop would grow with the zoom).
    if (pts.length === 4 && cmds[pts[1].c][0] === 'C') {
      var span0 = pts[3].v - pts[0].v, span1 = out[3] - out[0];
      var k = span0 > 0 && span1 > 0 ? span1 / span0 : 1;
      out[1] = out[0] + (pts[1].v - pts[0].v) * k;
      out[2] = out[3] + (pts[2].v - pts[3].v) * k;
    }
  }
  pts.forEach(function (pt, n) { cmds[pt.c][1][pt.j + i] = out[n]; });
  link.el.setAttribute('d', printPath(cmds));
}

// The text and strokes keep their size: the views' user units stay the CSS
// pixels (times the frame's own fit at zoom 1) they were at zoom 1, and the
// timeline grows along time instead. `view` is the stretch of the zoomed
// timeline that will show (visibleSpan), worked out before anything is
// written, so that nothing asks the browser for a layout halfway.
var zoomFit = 1;
function applyZoom(view) {
  var L = readLayout(), X = stretchAt(zoom);
  var extra = X.grown;
  var size = L.size + extra;
  [timeline, timelineOverlay].forEach(function (svg) {
    if (!svg) return;
    var vb = L.viewBox.split(/[ ,]+/).map(Number);
    vb[2 + along.i] += extra;
    svg.setAttribute(along.size, round2(size));
    svg.setAttribute('viewBox', vb.map(round2).join(' '));
    svg.style[along.size] = zoom === 1 ? '' : round2(size * zoomFit) + 'px';
    svg.classList.toggle('zoomed', zoom > 1);
  });
  frame.classList.toggle('zoomed', zoom > 1);
  L.spans.forEach(function (s) { moveSpan(s, X, extra); });
  L.shifts.forEach(function (s) { moveItem(s, X); });
  L.squeezed.forEach(function (s) {
    s.el.setAttribute('d', printPath(s.d.map(function (c) {
      return [c[0], c[1].map(function (v, j) { return j % 2 === along.i ? X(v) : v; })];
    })));
  });
  writeGen++;
  restAt = 0;
  revealTiers(L, X);
  if (L.units.length <= CULL_MIN) L.units.forEach(function (u) { if (u.gen !== writeGen) writeUnit(u, X); });
  else writeNear(view);
  fitPeriodTitles(L, X);
  forgetShapes();
  retick(view);
  stickNames(view);
  writeRestWhenIdle();
}

// A big timeline is written where it shows. Each event (its marker, labels
// and leaders) and each link path is a unit that knows the stretch of the
// laid-out timeline it covers; a zoom writes at once the units that will
// show, with a margin, and those still drawn where they would show at the
// zoom they were last written at, and the rest while the browser is idle
// or as a pan, a focus or a reading of their shapes reaches them. Rewriting
// the 50,000 attributes of a 10,000-event timeline took a second a step,
// most of it the browser laying out again what lay off screen.
var CULL_MIN = 2000, NEAR = 200;
var writeGen = 0, restAt = 0, restJob = false;
var stretches = new Map();
function stretchAt(z) {
  if (!stretches.has(z)) stretches.set(z, tgZoom.stretch(zoomScale, z));
  return stretches.get(z);
}
function readUnits(L) {
  L.units = [];
  L.unitOf = new Map();
  L.events.forEach(function (e) {
    var u = { ev: e, lo: Infinity, hi: -Infinity, pa: Infinity, pb: -Infinity, z: 1, gen: 0 };
    function cover(lo, hi, anchor) {
      u.lo = Math.min(u.lo, lo); u.hi = Math.max(u.hi, hi);
      u.pa = Math.min(u.pa, anchor); u.pb = Math.max(u.pb, anchor);
    }
    if (e.marker) { cover(e.marker.p0, e.marker.p1, e.marker.p0); cover(e.marker.p0, e.marker.p1, e.marker.p1); }
    e.extra.forEach(function (x) { cover(x.p, x.p + x.s, x.p); cover(x.p, x.p + x.s, x.p + x.s); });
    e.parts.forEach(function (p) {
      var b = p.box0, k = e.label && e.label.ground === p ? e.label.tier : 1;
      var lo = b ? (along.i ? b.y0 : b.x0) : p.attrs.length ? p.attrs[0][1] : p.anchor;
      var hi = b ? lo + ((along.i ? b.y1 : b.x1) - lo) * k : lo;
      // A text's width is not read: it stands on its ground, or within TEXT of its place.
      cover(lo, hi + (p.el.localName === 'text' ? TEXT : 0), p.anchor);
    });
    if (!isFinite(u.lo)) return;
    L.units.push(u);
    L.unitOf.set(e.g, [u]);
  });
  L.links.forEach(function (l) {
    var lo = Infinity, hi = -Infinity;
    l.d.forEach(function (c) { for (var j = along.i; j < c[1].length; j += 2) { lo = Math.min(lo, c[1][j]); hi = Math.max(hi, c[1][j]); } });
    if (!isFinite(lo)) return;
    // Its ends keep their distance from their markers, its corners their radius.
    var u = { link: l, lo: lo - 24, hi: hi + 24, pa: lo, pb: hi, z: 1, gen: 0 };
    l.unit = u;
    L.units.push(u);
    var g = l.el.parentNode;
    if (!L.unitOf.has(g)) L.unitOf.set(g, []);
    L.unitOf.get(g).push(u);
  });
}
var TEXT = 300;
// Whether a unit written at zoom z is drawn within [lo, hi]: every part
// moves with an anchor between pa and pb, and the stretch only lengthens.
function unitWithin(u, z, lo, hi) {
  var X = stretchAt(z);
  return X(u.pb) + (u.hi - u.pb) >= lo && X(u.pa) - (u.pa - u.lo) <= hi;
}
function writeUnit(u, X) {
  if (u.link) moveLink(u.link, X);
  else writeEvent(u.ev, X);
  u.gen = writeGen;
  u.z = zoom;
}
function writeEvent(e, X) {
  if (e.marker) {
    if (e.marker.dot) e.marker.el.setAttribute(along.c, round2(X(e.marker.p0)));
    else moveSpan({ el: e.marker.el, p: e.marker.p0, s: e.marker.p1 - e.marker.p0 }, X, 0);
  }
  e.extra.forEach(function (s) { moveSpan(s, X, 0); });
  e.parts.forEach(function (p) { moveItem(p, X); });
  if (e.label) showTier(e.label, X);
}
// Writes the units that will show in `view` (of the timeline at the current
// zoom) or that are drawn there now.
function writeNear(view) {
  var L = laidOut, X = stretchAt(zoom), lo = view.lo - NEAR, hi = view.hi + NEAR;
  L.units.forEach(function (u) {
    if (u.gen === writeGen || (u.link && u.link.quiet)) return;
    if (unitWithin(u, zoom, lo, hi) || unitWithin(u, u.z, lo, hi)) writeUnit(u, X);
  });
  markZoomStale();
}
// The rest, a slice each time the browser is idle: at most REST_SLICE units,
// whose layout the next frame pays for.
var REST_SLICE = 800;
function writeRestWhenIdle() {
  markZoomStale();
  if (restJob || restAt >= laidOut.units.length) return;
  restJob = true;
  later(function slice(deadline) {
    var units = laidOut.units, X = stretchAt(zoom), end = Math.min(units.length, restAt + REST_SLICE);
    while (restAt < end && deadline.timeRemaining() > 1) {
      for (var stop = Math.min(end, restAt + 100); restAt < stop; restAt++) {
        if (units[restAt].gen !== writeGen) writeUnit(units[restAt], X);
      }
    }
    if (restAt < units.length) later(slice);
    else restJob = false;
    markZoomStale();
  });
}
// The frame says while some of the timeline is still to be written.
function markZoomStale() {
  frame.toggleAttribute('data-zoom-stale', !!laidOut && restAt < laidOut.units.length);
}
// What reads an element's drawing (a selection's copies, the shapes the
// shading, following and printing read) gets it written first.
function freshen(node) {
  var us = laidOut && laidOut.unitOf.get(node);
  if (!us) return;
  us.forEach(function (u) { if (u.gen !== writeGen) writeUnit(u, stretchAt(zoom)); });
}
var copyAsDrawn = copy, shapeAsDrawn = shapeOf;
copy = function (node, state) { freshen(node); return copyAsDrawn(node, state); };
shapeOf = function (node) { freshen(node); return shapeAsDrawn(node); };

// Ticks for what shows of the axis, its gridlines and tick marks with them.
var tickLayer = null, tickMeasure = null;
function measureTick(text) {
  if (!tickMeasure) tickMeasure = fontOf(timeAxis.querySelector('.tg-tick') || timeline);
  return textWidth(text, tickMeasure);
}
function visibleSpan() {
  var r = timeline.getBoundingClientRect(), f = frame.getBoundingClientRect();
  var scale = r[along.size] / attrNum(timeline, along.size) || 1;
  var lo = along.i ? Math.max(f.top, 0) - r.top : f.left - r.left;
  var hi = along.i ? Math.min(f.bottom, window.innerHeight) - r.top : f.right - r.left;
  return { lo: lo / scale, hi: hi / scale };
}
function retick(view) {
  if (!timeAxis) return;
  var L = readLayout();
  timeline.classList.toggle('tg-zoom-ticked', zoom > 1);
  if (zoom === 1) {
    if (tickLayer) tickLayer.replaceChildren();
    if (L.grid) L.grid.setAttribute('d', L.gridD);
    if (L.axisPath) L.axisPath.setAttribute('d', L.axisD);
    return;
  }
  if (!tickLayer) {
    tickLayer = document.createElementNS(SVG_NS, 'g');
    tickLayer.setAttribute('class', 'tg-zoom-ticks');
    timeAxis.appendChild(tickLayer);
  }
  var X = stretchAt(zoom);
  view = view || visibleSpan();
  var ticks = tgZoom.ticks(zoomScale, zoom, view.lo, view.hi, measureTick, { gap: 8, offset: 3, margin: 200 });
  var a = L.axisAt, grid = '', axis = '';
  var i = along.i;
  function pt(p, q) { return i ? q + ',' + p : p + ',' + q; }
  zoomScale.segments.forEach(function (s) { axis += 'M' + pt(round2(X(s.x0)), a) + ' L' + pt(round2(X(s.x1)), a) + ' '; });
  var frag = document.createDocumentFragment();
  ticks.forEach(function (t) {
    var x = round2(t.x);
    axis += 'M' + pt(x, a - 4) + ' L' + pt(x, a) + ' ';
    grid += 'M' + pt(x, a) + ' L' + pt(x, L.gridEnd) + ' ';
    frag.appendChild(tickText(t.label, x, a - 6, 'tg-tick'));
    if (t.context) frag.appendChild(tickText(t.context, x, a - 20, 'tg-tick tg-context'));
  });
  tickLayer.replaceChildren(frag);
  if (L.grid) L.grid.setAttribute('d', grid || 'M0,0');
  if (L.axisPath) L.axisPath.setAttribute('d', axis);
}
function tickText(s, p, q, cls) {
  var t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute(along.pos, round2(p + 3));
  t.setAttribute(along.i ? 'x' : 'y', q);
  t.setAttribute('class', cls);
  t.textContent = s;
  return t;
}

// The lane names stay in view while the zoomed timeline pans: copies of
// them on their band's colour, over the left edge of what shows, once the
// names themselves have scrolled away.
var nameLayer = null;
// Built with the layout read, before a zoom writes anything: their width is
// read from the browser.
function buildNameLayer() {
  nameLayer = document.createElementNS(SVG_NS, 'g');
  nameLayer.setAttribute('class', 'tg-zoom-names');
  nameLayer.setAttribute('aria-hidden', 'true');
  timeline.querySelectorAll('.tg-lanes .tg-lane').forEach(function (lane) {
    var names = lane.querySelectorAll('.tg-lane-name'), band = lane.querySelector('.tg-band');
    if (!names.length || !band) return;
    var g = document.createElementNS(SVG_NS, 'g');
    var ground = document.createElementNS(SVG_NS, 'rect');
    var right = 0;
    names.forEach(function (t) { right = Math.max(right, t.getBBox().x + t.getBBox().width); });
    [['x', 0], ['y', attrNum(band, 'y')], ['width', right + 8],
      ['height', attrNum(band, 'height')]].forEach(function (a) { ground.setAttribute(a[0], round2(a[1])); });
    ground.setAttribute('class', band.getAttribute('class'));
    g.appendChild(ground);
    names.forEach(function (t) { var c = t.cloneNode(true); c.removeAttribute('id'); g.appendChild(c); });
    nameLayer.appendChild(g);
  });
  nameLayer.style.display = 'none';
  timeline.appendChild(nameLayer);
}
function stickNames(view) {
  if (along.i) return;
  view = view || visibleSpan();
  stickHeader(view);
  var shift = zoom > 1 ? Math.max(0, view.lo) : 0;
  nameLayer.style.display = shift > 8 ? '' : 'none';
  nameLayer.setAttribute('transform', 'translate(' + round2(shift) + ',0)');
}

// The timeline's heading, legend and key stay in view as well: they lie
// above the axis and every lane, so moving along time they cover nothing,
// and they stop at the timeline's end.
function stickHeader(view) {
  var L = readLayout();
  var room = L.size + stretchAt(zoom).grown - L.headerEnd - 16;
  var shift = zoom > 1 ? Math.max(0, Math.min(view.lo, room)) : 0;
  L.header.forEach(function (g) {
    if (shift > 0) g.setAttribute('transform', 'translate(' + round2(shift) + ',0)');
    else g.removeAttribute('transform');
  });
}

// Labels the layout drew small for a later zoom (tg-tier-N) are shown at
// full size where they fit: clear of every label, marker, leader and drawn
// link, and inside their lane's band; the larger tiers first. Which ones is
// worked out from the laid-out boxes moved by the stretch, for the whole
// timeline at once; each is drawn so as its event is written (showTier).
function tierLabels(events) {
  var list = [];
  events.forEach(function (e) {
    var tier = e.parts.filter(function (p) { return p.tier; });
    var ground = tier.filter(function (p) { return p.el.localName === 'rect'; })[0];
    var text = tier.filter(function (p) { return p.el.localName === 'text'; })[0];
    var m = text && /tg-tier-(\d+)/.exec(text.el.getAttribute('class'));
    if (!ground || !text || !m || !Number(m[1])) return;
    e.label = { parts: tier, ground: ground, text: text, tier: Number(m[1]), shownAt: -1, drawn: false,
      leaders: tier.filter(function (p) { return p.el.localName === 'path'; }),
      w: attrNum(ground.el, 'width'), h: attrNum(ground.el, 'height'), tx: attrNum(text.el, 'x'), ty: attrNum(text.el, 'y') };
    list.push(e.label);
  });
  list.sort(function (a, b) { return a.tier - b.tier; });
  return list;
}
// A laid-out box moved by dp along time.
function shifted(b, dp) {
  return along.i ? { x0: b.x0, y0: b.y0 + dp, x1: b.x1, y1: b.y1 + dp } : { x0: b.x0 + dp, y0: b.y0, x1: b.x1 + dp, y1: b.y1 };
}
function markerBox(m, X) {
  if (m.dot) return shifted(m.box0, X(m.p0) - m.p0);
  var b = m.box0;
  return along.i ? { x0: b.x0, y0: X(m.p0), x1: b.x1, y1: X(m.p1) } : { x0: X(m.p0), y0: b.y0, x1: X(m.p1), y1: b.y1 };
}
function revealTiers(L, X) {
  if (!L.labels.length || zoom === 1) return;
  var occ = new tgZoom.Occupancy(64);
  L.events.forEach(function (e) {
    if (e.marker) occ.add(markerBox(e.marker, X));
    e.parts.forEach(function (p) {
      if (!p.tier && p.box0 && p.el.localName !== 'circle') occ.add(shifted(p.box0, X(p.anchor) - p.anchor));
    });
  });
  // Links a quiet timeline hides are drawn only for a selection, over the view.
  L.links.forEach(function (l) {
    if (l.quiet) return;
    if (l.unit && l.unit.gen !== writeGen) writeUnit(l.unit, X);
    var len = l.el.getTotalLength();
    for (var s = 0; s <= len; s += 2) {
      var q = l.el.getPointAtLength(s);
      occ.add({ x0: q.x - 1, y0: q.y - 1, x1: q.x + 1, y1: q.y + 1 });
    }
  });
  L.labels.forEach(function (lab) {
    // A tier N label is drawn N times smaller than full size.
    var k = lab.tier, g = shifted(lab.ground.box0, X(lab.ground.anchor) - lab.ground.anchor);
    var box = { x0: g.x0, y0: g.y0, x1: g.x0 + lab.w * k, y1: g.y0 + lab.h * k };
    var band = L.bands.filter(function (b) { return g.y0 >= b.y0 && g.y0 < b.y1; })[0];
    if (!band || box.y1 > band.y1 || !occ.isFree(box)) return;
    occ.add(box);
    lab.shownAt = writeGen;
    lab.leaders.forEach(function (p) { occ.add(shifted(p.box0, X(p.anchor) - p.anchor)); });
  });
}
// Draws a tier label at full size when this zoom shows it, else as laid
// out, once its event's parts have moved.
function showTier(lab, X) {
  var on = lab.shownAt === writeGen;
  if (!on && !lab.drawn) return;
  lab.drawn = on;
  var k = on ? lab.tier : 1, dp = X(lab.ground.anchor) - lab.ground.anchor;
  var gx = lab.ground.box0.x0 + (along.i ? 0 : dp), gy = lab.ground.box0.y0 + (along.i ? dp : 0);
  var tx = lab.tx + (along.i ? 0 : dp), ty = lab.ty + (along.i ? dp : 0);
  lab.ground.el.setAttribute('width', round2(lab.w * k));
  lab.ground.el.setAttribute('height', round2(lab.h * k));
  lab.text.el.setAttribute('x', round2(gx + (tx - gx) * k));
  lab.text.el.setAttribute('y', round2(gy + (ty - gy) * k));
  lab.text.el.style.fontSize = on ? laidOut.tierSize.get(lab.tier) : '';
  lab.parts.forEach(function (p) { p.el.classList.toggle('tg-tier-shown', on); });
  lab.leaders.forEach(function (p) { p.el.style.strokeWidth = on ? laidOut.leaderWidth : ''; });
}
function boxOf(node) {
  if (node.localName === 'circle') {
    var r = attrNum(node, 'r');
    return { x0: attrNum(node, 'cx') - r, y0: attrNum(node, 'cy') - r, x1: attrNum(node, 'cx') + r, y1: attrNum(node, 'cy') + r };
  }
  if (node.localName === 'rect') {
    return { x0: attrNum(node, 'x'), y0: attrNum(node, 'y'), x1: attrNum(node, 'x') + attrNum(node, 'width'),
      y1: attrNum(node, 'y') + attrNum(node, 'height') };
  }
  var xy = parsePath(node.getAttribute('d')), b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  xy.forEach(function (c) {
    for (var j = 0; j + 1 < c[1].length; j += 2) {
      b.x0 = Math.min(b.x0, c[1][j] - 0.5); b.x1 = Math.max(b.x1, c[1][j] + 0.5);
      b.y0 = Math.min(b.y0, c[1][j + 1]); b.y1 = Math.max(b.y1, c[1][j + 1]);
    }
  });
  return b;
}

// Zooming keeps the instant under the pointer (or the middle of what shows
// of the timeline) in place.
function setZoom(z, cx) {
  if (!zoomScale) return;
  z = Math.max(1, Math.min(ZOOM_MAX, z));
  if (z === zoom) return;
  if (zoom === 1) zoomFit = timeline.getBoundingClientRect()[along.size] / (readLayout().size || 1) || 1;
  var client = along.i ? frame.clientHeight : frame.clientWidth;
  var scroll = along.i ? 'scrollTop' : 'scrollLeft';
  var at = cx === undefined ? client / 2 : cx;
  var p = stretchAt(zoom).inverse((frame[scroll] + at) / zoomFit);
  var to = Math.max(0, stretchAt(z)(p) * zoomFit - at);
  var view = spanAfter(z, to);
  zoom = z;
  applyZoom(view);
  frame[scroll] = to;
  redrawShown();
  drawStaleOnScreen();
  remember();
}
// What of the timeline will show at zoom z once the frame scrolls to `to`
// (as visibleSpan would say then), read before anything is written.
function spanAfter(z, to) {
  var r = timeline.getBoundingClientRect(), f = frame.getBoundingClientRect();
  var scroll = along.i ? frame.scrollTop : frame.scrollLeft;
  var scrollSize = along.i ? frame.scrollHeight : frame.scrollWidth, client = along.i ? frame.clientHeight : frame.clientWidth;
  var size = (readLayout().size + stretchAt(z).grown) * zoomFit;
  // The browser keeps the scroll within the new width.
  to = Math.min(to, Math.max(0, scrollSize - r[along.size] + size - client));
  var lo = (along.i ? Math.max(f.top, 0) - r.top : f.left - r.left) + to - scroll;
  var len = along.i ? Math.min(f.bottom, window.innerHeight) - Math.max(f.top, 0) : f.width;
  return { lo: lo / zoomFit, hi: (lo + len) / zoomFit };
}
// A chain or path on show is drawn again over the moved timeline.
function redrawShown() {
  if (selected) select(selected, { keepHash: true, still: true });
  else if (pathValue(pathFrom) && pathValue(pathTo) && copies.size) showPath(true);
}
// The buttons zoom about the selected event when it shows in the frame
// (a reader zooms in to see around it), else about the frame's middle.
function selectedAt() {
  var node = selected && (eventEls.get(selected) || []).filter(function (e) { return e.ownerSVGElement === timeline; })[0];
  if (node) freshen(node);
  var marker = node && node.querySelector(':scope > circle, :scope > rect.tg-bar');
  if (!marker) return undefined;
  var r = marker.getBoundingClientRect(), at = frameOffset(along.i ? (r.top + r.bottom) / 2 : (r.left + r.right) / 2);
  return at >= 0 && at <= (along.i ? frame.clientHeight : frame.clientWidth) ? at : undefined;
}
// A client position along time, from the frame's inside edge (past its border).
function frameOffset(client) {
  var box = frame.getBoundingClientRect();
  return along.i ? client - box.top - frame.clientTop : client - box.left - frame.clientLeft;
}
// Only the horizontal timeline zooms: where a narrow frame shows the vertical
// one instead (page.css), a ctrl+wheel or a pinch is the browser's own.
function zoomShown() { return timeline.getClientRects().length > 0; }
if (timeline && zoomScale) {
  document.getElementById('zoom-in').addEventListener('click', function () { setZoom(zoom * 2, selectedAt()); });
  document.getElementById('zoom-out').addEventListener('click', function () { setZoom(zoom / 2, selectedAt()); });
  document.getElementById('zoom-reset').addEventListener('click', function () { setZoom(1); });
  zoomInputs(frame, function () { return zoom; }, function (z, x, y) { setZoom(z, frameOffset(along.i ? y : x)); }, zoomShown);
  var tickFrame = 0;
  frame.addEventListener('scroll', function () {
    if (zoom === 1) return;
    // What a pan brings near is written before the frame shows it.
    if (laidOut && laidOut.units.length > CULL_MIN && restAt < laidOut.units.length) writeNear(visibleSpan());
    if (tickFrame) return;
    tickFrame = requestAnimationFrame(function () { tickFrame = 0; retick(); stickNames(); });
  }, { passive: true });
  // A focus (Tab) scrolls to where its event is drawn: it is written first.
  timeline.addEventListener('focusin', function (ev) { freshen(ev.target); });
  // Printed, the timeline fits the page's width: zoomed, it would shrink to
  // fit, text and all. It prints at zoom 1 and comes back zoomed.
  var zoomBeforePrint = 1;
  window.addEventListener('beforeprint', function () { zoomBeforePrint = zoom; setZoom(1); });
  window.addEventListener('afterprint', function () { if (zoomBeforePrint > 1) setZoom(zoomBeforePrint); });
}

// A drag pans a view from anywhere, an event's label too: once a mouse or
// pen has moved a few pixels it is a pan, and the click that ends it selects
// nothing. The frames never select text (page.css). Touch pans natively.
function dragPans(frameEl) {
  var drag = null, panned = false;
  frameEl.addEventListener('pointerdown', function (ev) {
    if (ev.pointerType === 'touch' || ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, left: frameEl.scrollLeft, top: frameEl.scrollTop, moved: false };
    panned = false;
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag || ev.pointerType === 'touch') return;
    if (!drag.moved && Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) < 5) return;
    drag.moved = true;
    frameEl.classList.add('panning');
    frameEl.scrollLeft = drag.left - (ev.clientX - drag.x);
    frameEl.scrollTop = drag.top - (ev.clientY - drag.y);
  });
  window.addEventListener('pointerup', function (ev) {
    if (ev.pointerType === 'touch') return;
    panned = !!drag && drag.moved;
    drag = null;
    frameEl.classList.remove('panning');
  });
  frameEl.addEventListener('click', function (ev) {
    if (panned) { ev.stopPropagation(); panned = false; }
  }, { capture: true });
}
svgs.forEach(function (svg) { if (svg.parentElement.classList.contains('svg-frame')) dragPans(svg.parentElement); });
