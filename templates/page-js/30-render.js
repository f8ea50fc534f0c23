// The overlay, copy and shading renderer: how a chain is drawn over the views.

// A selection costs what it changes, not what the page holds. Usually its
// chain's elements get state classes and overlay copies (lit mode). On a
// page of more than COMPLEMENT_MIN elements, a chain whose copies would cost
// more than shading everything outside it (below) is shown that way
// instead, with only the selected event copied (complement mode). A copy
// costs about COPY_COST times what an element costs the shading (measured
// in Chromium at 10,000 events, where a busy event's chain is 47,000 of the
// page's 49,000 event and link elements).
var COMPLEMENT_MIN = 4000, COPY_COST = 30;
// Work that changes nothing a reader sees waits until the selection's frame
// is drawn: each task by its key, the last one set.
var afterFrameTasks = null;
function afterFrame(key, task) {
  if (!afterFrameTasks) {
    afterFrameTasks = new Map();
    requestAnimationFrame(function () {
      setTimeout(function () {
        var tasks = afterFrameTasks;
        afterFrameTasks = null;
        tasks.forEach(function (t) { t(); });
      }, 0);
    });
  }
  afterFrameTasks.set(key, task);
}
// Each event's elements (in both views) and each link element have one
// state, shown by classes: on the overlay's copies at once, and on the
// view's own elements once the frame is drawn, as a hook for a custom
// stylesheet or script. `has-selection` on each SVG says that a selection
// is shown; no built-in rule keys on these. The view's elements change
// after the frame because changing even a few of them, in layers of
// 10,000, costs Chromium 10-15 ms of style. A selection works out the next
// states, and only elements whose state changes get new classes.
var SELECTED = 1, CAUSE = 2, EFFECT = 3, CHAIN = 4;
var CLASSES = [[], ['on', 'is-selected'], ['on', 'is-cause'], ['on', 'is-effect'], ['on', 'is-chain']];
var STATE_CLASSES = ['on', 'is-selected', 'is-cause', 'is-effect', 'is-chain'];
var eventState = new Uint8Array(n), linkState = new Uint8Array(linkEls.length);
function restate(node, from, to) {
  if (from) node.classList.remove.apply(node.classList, CLASSES[from]);
  if (to) node.classList.add.apply(node.classList, CLASSES[to]);
}
function setStates(nextEvents, nextLinks, hasSelection) {
  afterFrame('states', function () {
    for (var e = 0; e < n; e++) {
      if (nextEvents[e] === eventState[e]) continue;
      for (var j = 0; j < elsAt[e].length; j++) restate(elsAt[e][j], eventState[e], nextEvents[e]);
    }
    for (var i = 0; i < linkEls.length; i++) {
      if (nextLinks[i] !== linkState[i]) restate(linkEls[i], linkState[i], nextLinks[i]);
    }
    eventState = nextEvents;
    linkState = nextLinks;
    svgs.forEach(function (svg) { svg.classList.toggle('has-selection', hasSelection); });
  });
}
var copies = new Map();
function clearOverlay() {
  copies = new Map();
  drawCount++;
  if (shading || pendingCopies.length) { shading = null; pendingCopies = []; markStale(); }
  overlays.forEach(function (overlay) { overlay.replaceChildren(); });
  capNote = '';
}
function clearMarks() {
  clearOverlay();
  setStates(new Uint8Array(n), new Uint8Array(linkEls.length), false);
}
function dimAll() {
  clearOverlay();
  setStates(new Uint8Array(n), new Uint8Array(linkEls.length), true);
  overlays.forEach(function (overlay, svg) { overlay.replaceChildren(veilOf(svg)); });
}
// An overlay copy: the element as it looks in `state`, without what makes
// it an element of the page (id, focus, name).
function copy(node, state) {
  var c = node.cloneNode(true);
  ['id', 'tabindex', 'role', 'aria-label'].forEach(function (a) { c.removeAttribute(a); });
  c.classList.remove.apply(c.classList, STATE_CLASSES);
  c.classList.add.apply(c.classList, CLASSES[state]);
  // A copy made after its element took the focus (one drawn when scrolled
  // on screen) shows the focus ring too.
  if (node === document.activeElement && node.matches(':focus-visible')) c.classList.add('is-focus');
  copies.set(node, c);
  return c;
}

// A chain that holds most of a big page is shown by shading what lies
// outside it: the veil again, masked to those elements' shapes (boxes
// filled, leaders and link curves stroked) less the chain's boxes, under
// which links pass. One mask per view, from shapes read once: copying most
// of a page, or changing its elements, would cost far more.
//
// The mask is drawn by cells of CELL px, each the elements that start in
// it, with one path per cell for each kind of shape. A selection draws at
// once only the cells whose shapes reach what is on screen, and the rest
// when the browser is idle, or sooner when scrolling or zooming brings one
// on screen; until then a view's overlay <svg> carries `data-stale`. A
// cell's path is rewritten only when its shapes change. A software
// rasteriser strokes a path whole for every tile it touches (one path of a
// thousand curves made each tile stroke them all, 1.3 s in all), a path per
// element costs the browser an element each to style, and building the
// whole mask of a 10,000-event page costs some 40 ms of script, most of a
// frame, for a view of which a screen shows a sixteenth.
var shapes = new Map(), shades = new Map(), CELL = 1024;
function num(node, a) { return Number(node.getAttribute(a)) || 0; }
function rectPath(x, y, w, h) { return 'M' + x + ',' + y + 'h' + w + 'v' + h + 'h' + (-w) + 'z'; }
// An element's shape for the mask, read once: its boxes and its lines, the
// cell it starts in, and the box that holds all of it.
function shapeOf(node) {
  var shape = shapes.get(node);
  if (shape) return shape;
  shape = { box: '', line: '', curve: '', cell: null, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  function at(x, y) { if (shape.cell === null) shape.cell = Math.floor(x / CELL) + ',' + Math.floor(y / CELL); }
  function span(x0, y0, x1, y1) {
    shape.x0 = Math.min(shape.x0, x0); shape.y0 = Math.min(shape.y0, y0);
    shape.x1 = Math.max(shape.x1, x1); shape.y1 = Math.max(shape.y1, y1);
  }
  function box(x, y, w, h) { shape.box += rectPath(x, y, w, h); span(x, y, x + w, y + h); }
  for (var c = node.firstElementChild; c; c = c.nextElementSibling) {
    // Boxes grow by 1.5 px to take in their outline's stroke.
    if (c.localName === 'circle') {
      var r = num(c, 'r') + 1.5;
      at(num(c, 'cx'), num(c, 'cy'));
      box(num(c, 'cx') - r, num(c, 'cy') - r, 2 * r, 2 * r);
    } else if (c.localName === 'rect') {
      at(num(c, 'x'), num(c, 'y'));
      box(num(c, 'x') - 1.5, num(c, 'y') - 1.5, num(c, 'width') + 3, num(c, 'height') + 3);
    } else if (c.localName === 'path') {
      // A leader, or a link: its curve and a square around its head. The
      // views draw paths of absolute x,y pairs (M, L, C), whose points hold
      // the whole curve.
      var d = c.getAttribute('d') || '', xy = d.match(/-?[\d.]+(?:e[-+]?\d+)?/gi) || [];
      for (var j = 0; j + 1 < xy.length; j += 2) {
        var x = Number(xy[j]), y = Number(xy[j + 1]);
        if (j === 0) at(x, y);
        span(x - 2, y - 2, x + 2, y + 2);
      }
      if (!c.hasAttribute('marker-end')) { shape.line += d; continue; }
      shape.curve = d;
      if (xy.length >= 2) box(Number(xy[xy.length - 2]) - 6, Number(xy[xy.length - 1]) - 6, 12, 12);
    }
  }
  if (shape.cell === null) shape.cell = '';
  shapes.set(node, shape);
  return shape;
}
// Each view's cells: its elements by the cell they start in (an event
// element as its event's index e, a link element as -1 - its index), the
// box that holds them, and the cell's paths as last drawn.
var grid = null;
// Calls f(node, tag) for each element the mask can shade: every event
// element, and every link element not hidden by a quiet timeline.
function eachShadable(f) {
  for (var e = 0; e < n; e++) for (var j = 0; j < elsAt[e].length; j++) f(elsAt[e][j], e);
  linkEls.forEach(function (node, i) { if (!linkQuiet[i]) f(node, -1 - i); });
}
function gridOf() {
  if (grid) return grid;
  grid = new Map();
  overlays.forEach(function (overlay, svg) { grid.set(svg, new Map()); });
  function put(node, tag) {
    var cells = grid.get(node.ownerSVGElement);
    if (!cells) return;
    var s = shapeOf(node), cell = cells.get(s.cell);
    if (!cell) {
      cell = { nodes: [], tags: [], x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity,
        paths: [null, null, null, null], d: ['', '', '', ''], drawn: 0, shading: null };
      cells.set(s.cell, cell);
    }
    cell.nodes.push(node);
    cell.tags.push(tag);
    cell.x0 = Math.min(cell.x0, s.x0); cell.y0 = Math.min(cell.y0, s.y0);
    cell.x1 = Math.max(cell.x1, s.x1); cell.y1 = Math.max(cell.y1, s.y1);
  }
  eachShadable(put);
  return grid;
}
// A view's shading: the veil under its mask, built on first use.
function shadeOf(svg) {
  if (shades.has(svg)) return shades.get(svg);
  var over = overlays.get(svg).ownerSVGElement, box = (svg.getAttribute('viewBox') || '').split(/[ ,]+/).map(Number);
  var mask = document.createElementNS(SVG_NS, 'mask');
  // One id per view: the page may carry a second, vertical timeline.
  mask.id = 'tg-shade-' + (svg.classList.contains('graph') ? 'graph' : 'timeline') + (svg.classList.contains('down') ? '-down' : '');
  mask.setAttribute('maskUnits', 'userSpaceOnUse');
  ['x', 'y', 'width', 'height'].forEach(function (a, i) { mask.setAttribute(a, box.length === 4 ? box[i] : 0); });
  // Groups of paths: boxes, leaders, the links' curves, then the chain's
  // boxes cut out. Strokes are 2 px wide: a link's own 1.3 px and its
  // anti-aliasing, no more, so that shading one link fades no other.
  var groups = [['white', 'none'], ['none', 'white'], ['none', 'white'], ['black', 'none']].map(function (paint) {
    var g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('fill', paint[0]);
    g.setAttribute('stroke', paint[1]);
    g.setAttribute('stroke-width', '2');
    mask.appendChild(g);
    return g;
  });
  var defs = document.createElementNS(SVG_NS, 'defs');
  defs.appendChild(mask);
  over.insertBefore(defs, over.firstChild);
  var veil = veilOf(svg).cloneNode(true);
  veil.setAttribute('mask', 'url(#' + mask.id + ')');
  var shade = { veil: veil, groups: groups };
  shades.set(svg, shade);
  return shade;
}
// The shapes are read while the browser is idle after load, a slice at a
// time, so that the first shading does not pay for them (about 130 ms at
// 10,000 events); a selection before then reads them itself.
var later = window.requestIdleCallback || function (f) {
  return setTimeout(function () { f({ timeRemaining: function () { return 8; } }); }, 50);
};
function readShapesWhenIdle() {
  var all = [], next = 0;
  eachShadable(function (node) { all.push(node); });
  function slice(deadline) {
    while (next < all.length && deadline.timeRemaining() > 1) {
      for (var end = Math.min(all.length, next + 200); next < end; next++) shapeOf(all[next]);
    }
    if (next < all.length) later(slice); else gridOf();
  }
  later(slice);
}

// The shading shown: which events lie outside the chain and which link
// elements are on it, and its number; a cell is stale while its `drawn`
// is another number.
var shading = null, shadingCount = 0, staleCells = 0;
// How an element of a cell is drawn in the mask: not at all (a link on the
// chain), shaded (outside the chain) or cut out (an event on it).
function shadeKind(sh, tag) {
  if (tag < 0) return sh.inChain[-1 - tag] ? 0 : 1;
  return sh.outside[tag] ? 1 : 2;
}
function drawCell(svg, cell) {
  var j, texts = [[], [], [], []], groups = shadeOf(svg).groups;
  cell.drawn = shadingCount;
  staleCells--;
  // A cell drawn for another chain whose elements read the same is kept.
  if (cell.shading) {
    for (j = 0; j < cell.tags.length; j++) {
      if (shadeKind(cell.shading, cell.tags[j]) !== shadeKind(shading, cell.tags[j])) break;
    }
    if (j === cell.tags.length) { cell.shading = shading; return; }
  }
  cell.shading = shading;
  for (j = 0; j < cell.nodes.length; j++) {
    var kind = shadeKind(shading, cell.tags[j]), s = shapeOf(cell.nodes[j]);
    if (kind === 0) continue;
    // The chain's boxes are cut out of the shading: links pass beneath
    // them, and where markers overlap, the chain's stay lit.
    if (kind === 2) { if (s.box) texts[3].push(s.box); continue; }
    if (s.box) texts[0].push(s.box);
    if (s.line) texts[1].push(s.line);
    if (s.curve) texts[2].push(s.curve);
  }
  for (var k = 0; k < 4; k++) {
    var d = texts[k].join('');
    if (d === cell.d[k]) continue;
    if (!cell.paths[k]) {
      cell.paths[k] = document.createElementNS(SVG_NS, 'path');
      groups[k].appendChild(cell.paths[k]);
    }
    cell.paths[k].setAttribute('d', d || 'M0,0');
    cell.d[k] = d;
  }
}
// The part of a view on screen, with a margin, in the view's units; null
// when none of it is.
var MARGIN = 256;
function onScreen(svg) {
  var f = svg.parentElement.getBoundingClientRect();
  var x0 = Math.max(f.left, -MARGIN), x1 = Math.min(f.right, window.innerWidth + MARGIN);
  var y0 = Math.max(f.top, -MARGIN), y1 = Math.min(f.bottom, window.innerHeight + MARGIN);
  if (x0 >= x1 || y0 >= y1) return null;
  var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
  if (!r.width || !r.height) return null;
  var sx = vb && vb.width ? vb.width / r.width : 1, sy = vb && vb.height ? vb.height / r.height : 1;
  var ox = vb && vb.width ? vb.x : 0, oy = vb && vb.height ? vb.y : 0;
  return { x0: ox + (x0 - r.left) * sx, x1: ox + (x1 - r.left) * sx, y0: oy + (y0 - r.top) * sy, y1: oy + (y1 - r.top) * sy };
}
// Draws the stale cells on screen, or with `all` every stale cell, or with
// a deadline those that fit before it; marks the views still stale and
// leaves the rest to an idle moment at least REST_DELAY ms later: drawing
// them makes the browser rasterise the shading again, which a reader
// going from event to event should not meet at the next click.
// The same holds for a lit chain's copies on a big page: those of elements
// that do not reach the screen wait in `pendingCopies`.
var idleFor = 0, REST_DELAY = 500, drawCount = 0, pendingCopies = [];
function reaches(box, view) {
  return !!view && !(box.x1 < view.x0 || box.x0 > view.x1 || box.y1 < view.y0 || box.y0 > view.y1);
}
function drawStale(all, deadline) {
  if (shading && staleCells) {
    grid.forEach(function (cells, svg) {
      var view = all || deadline ? null : onScreen(svg);
      if (!all && !deadline && !view) return;
      cells.forEach(function (cell) {
        if (cell.drawn === shadingCount || (deadline && deadline.timeRemaining() < 1)) return;
        if (view && !reaches(cell, view)) return;
        drawCell(svg, cell);
      });
    });
  }
  if (pendingCopies.length) {
    var views = new Map();
    pendingCopies = pendingCopies.filter(function (p) {
      if (deadline && deadline.timeRemaining() < 1) return true;
      if (!all && !deadline) {
        var svg = p.node.ownerSVGElement;
        if (!views.has(svg)) views.set(svg, onScreen(svg));
        if (!reaches(shapeOf(p.node), views.get(svg))) return true;
      }
      p.layer.appendChild(copy(p.node, p.state));
      return false;
    });
  }
  markStale();
  if (isStale() && idleFor !== drawCount) {
    // A later selection drops this one's rest and waits again.
    var count = idleFor = drawCount;
    var rest = function (d) { if (count === drawCount) { idleFor = 0; drawStale(false, d); } };
    if (deadline) later(rest); else setTimeout(function () { if (count === drawCount) later(rest); }, REST_DELAY);
  }
}
function isStale() { return (!!shading && staleCells > 0) || pendingCopies.length > 0; }
function markStale() {
  var stale = isStale();
  overlays.forEach(function (overlay) { overlay.ownerSVGElement.toggleAttribute('data-stale', stale); });
}
function drawStaleOnScreen() { drawStale(false, null); }
document.addEventListener('scroll', drawStaleOnScreen, { capture: true, passive: true });
window.addEventListener('resize', drawStaleOnScreen);
window.addEventListener('beforeprint', function () { drawStale(true, null); });

// Shades each view outside the chain: `outside` says which events lie
// outside it, `inChain` which link elements are on it (those hidden by a
// quiet timeline are never shaded).
function shadeOutside(outside, inChain) {
  gridOf();
  shading = { outside: outside, inChain: inChain };
  shadingCount++;
  staleCells = 0;
  grid.forEach(function (cells) { staleCells += cells.size; });
  overlays.forEach(function (overlay, svg) { overlay.append(shadeOf(svg).veil); });
  drawStaleOnScreen();
}

// Shows a chain through event k: k in state `selectedState`, the events of
// `causes` as CAUSE and of `effects` as EFFECT (masks over event indices),
// and the link elements for which `onChain(i)` holds. A quiet timeline
// shows only k's own links when the chain has more than it can draw.
var capNote = '';
function lightChain(k, selectedState, causes, effects, onChain) {
  clearOverlay();
  var nextEvents = new Uint8Array(n), nextLinks = new Uint8Array(linkEls.length);
  var links = [], quietLinks = 0, size = 0, e, i;
  for (i = 0; i < linkEls.length; i++) {
    if (!onChain(i)) continue;
    links.push(i);
    if (linkQuiet[i]) quietLinks++;
  }
  var capped = quietLinks > quietMax;
  capNote = capped ? quietLinks : '';
  var shown = links.filter(function (i) { return !linkQuiet[i] || !capped || linkFrom[i] === k || linkTo[i] === k; });
  for (e = 0; e < n; e++) if (e === k || causes[e] || effects[e]) size += elsAt[e].length;
  size += links.length;
  var complement = itemCount > COMPLEMENT_MIN && size * COPY_COST > itemCount;
  if (complement) {
    var inChain = new Uint8Array(linkEls.length), outside = new Uint8Array(n);
    links.forEach(function (i) { inChain[i] = 1; });
    for (e = 0; e < n; e++) outside[e] = e !== k && !causes[e] && !effects[e] ? 1 : 0;
    shadeOutside(outside, inChain);
    // The selected event and the timeline links it shows are copied over.
    shown = shown.filter(function (i) { return linkQuiet[i]; });
  } else {
    for (e = 0; e < n; e++) {
      if (causes[e]) nextEvents[e] = CAUSE;
      else if (effects[e]) nextEvents[e] = EFFECT;
    }
  }
  nextEvents[k] = selectedState;
  shown.forEach(function (i) { nextLinks[i] = CHAIN; });
  setStates(nextEvents, nextLinks, true);
  // The copies, links under events, over the veil of a lit chain; on a big
  // page only those on screen at once (drawStale).
  var layers = new Map(), views = new Map(), cull = itemCount > COMPLEMENT_MIN;
  overlays.forEach(function (overlay, svg) {
    layers.set(svg, [document.createElementNS(SVG_NS, 'g'), document.createElementNS(SVG_NS, 'g')]);
    if (cull) views.set(svg, onScreen(svg));
  });
  function add(node, layer, state) {
    var svg = node.ownerSVGElement, g = layers.get(svg);
    if (!g) return;
    if (cull && !reaches(shapeOf(node), views.get(svg))) pendingCopies.push({ node: node, layer: g[layer], state: state });
    else g[layer].appendChild(copy(node, state));
  }
  shown.forEach(function (i) { add(linkEls[i], 0, CHAIN); });
  for (e = 0; e < n; e++) if (nextEvents[e]) elsAt[e].forEach(function (node) { add(node, 1, nextEvents[e]); });
  overlays.forEach(function (overlay, svg) {
    if (!complement) overlay.append(veilOf(svg));
    overlay.append(layers.get(svg)[0], layers.get(svg)[1]);
  });
  if (pendingCopies.length) drawStale(false, null);
}

// The timeline's zoom moved its elements: shapes are read again, and the
// views' veils and masks are built again, at the new size.
function forgetShapes() {
  shapes = new Map();
  grid = null;
  shades.forEach(function (shade, svg) {
    var over = overlays.get(svg).ownerSVGElement, defs = over.querySelector(':scope > defs');
    if (defs) defs.remove();
  });
  shades = new Map();
  veils = new Map();
  if (itemCount > COMPLEMENT_MIN) readShapesWhenIdle();
}

if (itemCount > COMPLEMENT_MIN) readShapesWhenIdle();
