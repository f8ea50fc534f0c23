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
// timeline grows along time instead.
var zoomFit = 1;
function applyZoom() {
  var L = readLayout(), X = tgZoom.stretch(zoomScale, zoom);
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
  L.events.forEach(function (e) {
    if (e.marker) {
      if (e.marker.dot) e.marker.el.setAttribute(along.c, round2(X(e.marker.p0)));
      else moveSpan({ el: e.marker.el, p: e.marker.p0, s: e.marker.p1 - e.marker.p0 }, X, 0);
    }
    e.extra.forEach(function (s) { moveSpan(s, X, 0); });
    e.parts.forEach(function (p) { moveItem(p, X); });
  });
  L.links.forEach(function (l) { moveLink(l, X); });
  fitPeriodTitles(L, X);
  revealTiers(L);
  forgetShapes();
  retick();
  stickNames();
}

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
function retick() {
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
  var X = tgZoom.stretch(zoomScale, zoom), view = visibleSpan();
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
function stickNames() {
  if (along.i) return;
  if (!nameLayer) {
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
    timeline.appendChild(nameLayer);
  }
  var shift = zoom > 1 ? Math.max(0, visibleSpan().lo) : 0;
  nameLayer.style.display = shift > 8 ? '' : 'none';
  nameLayer.setAttribute('transform', 'translate(' + round2(shift) + ',0)');
}

// Labels the layout drew small for a later zoom (tg-tier-N) are shown at
// full size where they fit: clear of every label, marker, leader and drawn
// link, and inside their lane's band; the larger tiers first.
function revealTiers(L) {
  var items = [];
  L.events.forEach(function (e) { e.parts.forEach(function (p) { if (p.tier) items.push({ ev: e, part: p }); }); });
  if (!items.length) return;
  timeline.querySelectorAll('.tg-tier-shown').forEach(function (t) {
    t.classList.remove('tg-tier-shown');
    t.style.fontSize = t.style.strokeWidth = '';
  });
  if (zoom === 1) return;
  var leaderWidth = L.leaderWidth;
  var occ = new tgZoom.Occupancy(64);
  var bands = [];
  timeline.querySelectorAll('.tg-lanes .tg-band').forEach(function (b) {
    bands.push({ y0: attrNum(b, 'y'), y1: attrNum(b, 'y') + attrNum(b, 'height') });
  });
  L.events.forEach(function (e) {
    if (e.marker) occ.add(boxOf(e.marker.el));
    e.parts.forEach(function (p) {
      if (!p.tier && p.el.localName === 'rect') occ.add(boxOf(p.el));
      if (!p.tier && p.el.localName === 'path') occ.add(boxOf(p.el));
    });
  });
  // Links a quiet timeline hides are drawn only for a selection, over the view.
  L.links.forEach(function (l) {
    if (l.quiet) return;
    var len = l.el.getTotalLength();
    for (var s = 0; s <= len; s += 2) {
      var q = l.el.getPointAtLength(s);
      occ.add({ x0: q.x - 1, y0: q.y - 1, x1: q.x + 1, y1: q.y + 1 });
    }
  });
  // Each tier label: its ground, its text and maybe a leader, in one event.
  var labels = new Map();
  items.forEach(function (it) {
    var key = it.ev.id, lab = labels.get(key) || { ev: it.ev, parts: [] };
    lab.parts.push(it.part);
    labels.set(key, lab);
  });
  var list = Array.from(labels.values()).map(function (lab) {
    var ground = lab.parts.filter(function (p) { return p.el.localName === 'rect'; })[0];
    var text = lab.parts.filter(function (p) { return p.el.localName === 'text'; })[0];
    var m = text && /tg-tier-(\d+)/.exec(text.el.getAttribute('class'));
    return { lab: lab, ground: ground, text: text, tier: m ? Number(m[1]) : 0 };
  }).filter(function (l) { return l.ground && l.text && l.tier; });
  list.sort(function (a, b) { return a.tier - b.tier; });
  var fullSize = L.tierSize;
  list.forEach(function (l) {
    // A tier N label is drawn N times smaller than full size.
    var g = l.ground.el, k = l.tier;
    var x = attrNum(g, 'x'), y = attrNum(g, 'y'), w = attrNum(g, 'width') * k, h = attrNum(g, 'height') * k;
    var box = { x0: x, y0: y, x1: x + w, y1: y + h };
    var band = bands.filter(function (b) { return y >= b.y0 && y < b.y1; })[0];
    if (!band || box.y1 > band.y1 || !occ.isFree(box)) return;
    occ.add(box);
    var tx = attrNum(l.text.el, 'x'), ty = attrNum(l.text.el, 'y');
    l.lab.parts.forEach(function (p) { p.el.classList.add('tg-tier-shown'); });
    l.shown = { g: g, w: attrNum(g, 'width'), h: attrNum(g, 'height'), tx: tx, ty: ty, k: k };
    g.setAttribute('width', round2(w));
    g.setAttribute('height', round2(h));
    l.text.el.setAttribute('x', round2(x + (tx - x) * k));
    l.text.el.setAttribute('y', round2(y + (ty - y) * k));
    l.text.el.style.fontSize = fullSize.get(l.tier);
    l.lab.parts.forEach(function (p) { if (p.el.localName === 'path') { p.el.style.strokeWidth = leaderWidth; occ.add(boxOf(p.el)); } });
  });
  revealed = list.filter(function (l) { return l.shown; });
}
var revealed = [];
// Tier labels shown at full size go back to their laid-out size first.
function unrevealTiers() {
  revealed.forEach(function (l) {
    l.shown.g.setAttribute('width', l.shown.w);
    l.shown.g.setAttribute('height', l.shown.h);
    l.text.el.setAttribute('x', l.shown.tx);
    l.text.el.setAttribute('y', l.shown.ty);
    l.shown = null;
  });
  revealed = [];
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
var zoomFrame = 0, zoomWanted = null;
function setZoom(z, cx) {
  if (!zoomScale) return;
  z = Math.max(1, Math.min(ZOOM_MAX, z));
  if (z === zoom) return;
  if (zoom === 1) zoomFit = timeline.getBoundingClientRect()[along.size] / (readLayout().size || 1) || 1;
  var client = along.i ? frame.clientHeight : frame.clientWidth;
  var scroll = along.i ? 'scrollTop' : 'scrollLeft';
  var at = cx === undefined ? client / 2 : cx;
  var p = tgZoom.stretch(zoomScale, zoom).inverse((frame[scroll] + at) / zoomFit);
  zoom = z;
  unrevealTiers();
  applyZoom();
  frame[scroll] = Math.max(0, tgZoom.stretch(zoomScale, zoom)(p) * zoomFit - at);
  retick();
  stickNames();
  redrawShown();
  drawStaleOnScreen();
  remember();
}
// A chain or path on show is drawn again over the moved timeline.
function redrawShown() {
  if (selected) select(selected, { keepHash: true, still: true });
  else if (pathValue(pathFrom) && pathValue(pathTo) && copies.size) showPath(true);
}
// Wheel steps and pinch moves arrive many a frame: the zoom follows once a
// frame. A wheel step multiplies the zoom wanted; a pinch asks for one.
function zoomBy(factor, cx) { zoomAt((zoomWanted ? zoomWanted.z : zoom) * factor, cx); }
function zoomAt(z, cx) {
  zoomWanted = { z: z, cx: cx };
  if (zoomFrame) return;
  zoomFrame = requestAnimationFrame(function () {
    zoomFrame = 0;
    var w = zoomWanted;
    zoomWanted = null;
    setZoom(w.z, w.cx);
  });
}
// The buttons zoom about the selected event when it shows in the frame
// (a reader zooms in to see around it), else about the frame's middle.
function selectedAt() {
  var node = selected && (eventEls.get(selected) || []).filter(function (e) { return e.ownerSVGElement === timeline; })[0];
  var marker = node && node.querySelector(':scope > circle, :scope > rect.tg-bar');
  if (!marker) return undefined;
  var r = marker.getBoundingClientRect(), at = frameOffset(along.i ? (r.top + r.bottom) / 2 : (r.left + r.right) / 2);
  return at >= 0 && at <= (along.i ? frame.clientHeight : frame.clientWidth) ? at : undefined;
}
// A client position along time, from the frame's inside edge (past its border).
function pointerAt(ev) { return frameOffset(along.i ? ev.clientY : ev.clientX); }
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
  frame.addEventListener('wheel', function (ev) {
    if ((!ev.ctrlKey && !ev.metaKey) || !zoomShown()) return;
    ev.preventDefault();
    zoomBy(Math.pow(2, -ev.deltaY / 200), pointerAt(ev));
  }, { passive: false });
  var tickFrame = 0;
  frame.addEventListener('scroll', function () {
    if (zoom === 1 || tickFrame) return;
    tickFrame = requestAnimationFrame(function () { tickFrame = 0; retick(); stickNames(); });
  }, { passive: true });
  // Two fingers pinch.
  var touches = new Map(), pinch = null;
  frame.addEventListener('pointerdown', function (ev) {
    if (ev.pointerType !== 'touch' || !zoomShown()) return;
    touches.set(ev.pointerId, ev);
    if (touches.size === 2) {
      var t = Array.from(touches.values());
      pinch = { d: Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY) || 1, z: zoom };
    }
  });
  window.addEventListener('pointermove', function (ev) {
    if (!touches.has(ev.pointerId)) return;
    touches.set(ev.pointerId, ev);
    if (pinch && touches.size === 2) {
      var t = Array.from(touches.values());
      var d = Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
      var mid = frameOffset(along.i ? (t[0].clientY + t[1].clientY) / 2 : (t[0].clientX + t[1].clientX) / 2);
      zoomAt(pinch.z * d / pinch.d, mid);
    }
  });
  var lift = function (ev) {
    if (touches.delete(ev.pointerId) && touches.size < 2) pinch = null;
  };
  window.addEventListener('pointercancel', lift);
  window.addEventListener('pointerup', lift);
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
