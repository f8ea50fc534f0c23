// Linked views: select an event in either SVG and its causes and effects light
// up in both, with its evidence in the panel. The DOM is built with
// createElement and textContent only; the model is read with JSON.parse.
(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('tg-model').textContent);
  var events = new Map(), outLinks = new Map(), inLinks = new Map();
  model.events.forEach(function (e) { events.set(e.id, e); outLinks.set(e.id, []); inLinks.set(e.id, []); });
  model.links.forEach(function (l) { outLinks.get(l.from).push(l); inLinks.get(l.to).push(l); });
  var order = model.analysis.order;
  var position = new Map(order.map(function (id, i) { return [id, i]; }));
  var laneNames = new Map(model.lanes.map(function (l) { return [l.id, l.name]; }));
  var svgs = Array.prototype.slice.call(document.querySelectorAll('svg.tg'));

  // Events by index, their place in model.events, and the links as lists of
  // indices (compressed rows): a chain is walked over typed arrays.
  var n = model.events.length;
  var indexOf = new Map(model.events.map(function (e, i) { return [e.id, i]; }));
  function rows(end, other) {
    var start = new Int32Array(n + 1), list = new Int32Array(model.links.length);
    model.links.forEach(function (l) { start[indexOf.get(l[end]) + 1]++; });
    for (var i = 0; i < n; i++) start[i + 1] += start[i];
    var fill = start.slice(0, n);
    model.links.forEach(function (l) { list[fill[indexOf.get(l[end])]++] = indexOf.get(l[other]); });
    return { start: start, list: list };
  }
  var succ = rows('from', 'to'), pred = rows('to', 'from');

  // Every event and link element of both views, indexed once: each event's
  // elements by event index, and each link element's ends and whether it lies
  // in a timeline too dense to draw its links (tg-quiet).
  var eventEls = new Map(), elsAt = model.events.map(function () { return []; });
  var linkEls = [];
  svgs.forEach(function (svg) {
    svg.querySelectorAll('[data-id][tabindex]').forEach(function (el) {
      var id = el.getAttribute('data-id');
      if (!indexOf.has(id)) return;
      if (!eventEls.has(id)) eventEls.set(id, elsAt[indexOf.get(id)]);
      eventEls.get(id).push(el);
    });
    svg.querySelectorAll('[data-from]').forEach(function (el) {
      if (indexOf.has(el.getAttribute('data-from')) && indexOf.has(el.getAttribute('data-to'))) linkEls.push(el);
    });
  });
  var linkFrom = new Int32Array(linkEls.length), linkTo = new Int32Array(linkEls.length);
  var linkQuiet = new Uint8Array(linkEls.length);
  linkEls.forEach(function (el, i) {
    linkFrom[i] = indexOf.get(el.getAttribute('data-from'));
    linkTo[i] = indexOf.get(el.getAttribute('data-to'));
    linkQuiet[i] = el.closest('.tg-quiet') ? 1 : 0;
  });
  var itemCount = linkEls.length;
  elsAt.forEach(function (list) { itemCount += list.length; });
  // A quiet timeline shows a chain's links when they fit its own rule.
  var quiet = document.querySelector('svg.tg .tg-quiet');
  var quietMax = quiet ? Number(quiet.getAttribute('data-max-links')) || 0 : Infinity;
  // Each view draws its links in one layer and its events in the next. A
  // selection draws over the view, in an overlay: a second <svg> of the same
  // size laid over the first, that takes no pointer events and is hidden from
  // assistive technology. It holds a veil that dims what lies beneath and
  // copies of the chain's elements; the originals keep the state classes,
  // which change nothing of their look. Drawing in a second <svg> leaves the
  // view's own drawing untouched, so that the browser repaints only the
  // overlay rather than all of a big view.
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var overlays = new Map(), veils = new Map();
  svgs.forEach(function (svg) {
    if (!svg.querySelector(':scope > .tg-events')) return;
    var over = document.createElementNS(SVG_NS, 'svg');
    ['width', 'height', 'viewBox'].forEach(function (a) {
      if (svg.hasAttribute(a)) over.setAttribute(a, svg.getAttribute(a));
    });
    over.setAttribute('class', svg.getAttribute('class') + ' tg-overlay-view');
    over.setAttribute('aria-hidden', 'true');
    var overlay = document.createElementNS(SVG_NS, 'g');
    overlay.setAttribute('class', 'tg-overlay');
    over.appendChild(overlay);
    svg.after(over);
    overlays.set(svg, overlay);
  });
  // The veil is the view's lane bands drawn again, translucent: beneath it
  // events and links fade into their band as they did at opacity --dim. A
  // view without bands gets a rectangle of the background over its links and
  // events. Built on first use.
  function veilOf(svg) {
    if (veils.has(svg)) return veils.get(svg);
    var veil = document.createElementNS(SVG_NS, 'g');
    veil.setAttribute('class', 'tg-veil');
    var lanes = svg.querySelector(':scope > .tg-lanes');
    if (lanes) {
      var bands = lanes.cloneNode(true);
      bands.removeAttribute('id');
      bands.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
      veil.appendChild(bands);
    } else {
      var box = null;
      svg.querySelectorAll(':scope > .tg-links, :scope > .tg-events').forEach(function (layer) {
        var b = layer.getBBox();
        if (!b.width && !b.height) return;
        box = box ? { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y),
          x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height) }
          : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      });
      if (box) {
        var rect = document.createElementNS(SVG_NS, 'rect');
        [['x', box.x0 - 4], ['y', box.y0 - 4], ['width', box.x1 - box.x0 + 8], ['height', box.y1 - box.y0 + 8]]
          .forEach(function (a) { rect.setAttribute(a[0], a[1]); });
        rect.setAttribute('class', 'tg-bg');
        veil.appendChild(rect);
      }
    }
    veils.set(svg, veil);
    return veil;
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  // The events reachable from event k along `rows`, k left out: a mask over
  // event indices, and how many.
  function reach(k, adj) {
    var seen = new Uint8Array(n), queue = new Int32Array(n), size = 0;
    seen[k] = 1;
    queue[size++] = k;
    for (var q = 0; q < size; q++) {
      for (var j = adj.start[queue[q]]; j < adj.start[queue[q] + 1]; j++) {
        var next = adj.list[j];
        if (!seen[next]) { seen[next] = 1; queue[size++] = next; }
      }
    }
    seen[k] = 0;
    return { mask: seen, size: size - 1 };
  }

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
    mask.id = 'tg-shade-' + (svg.classList.contains('graph') ? 'graph' : 'timeline');
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

  if (itemCount > COMPLEMENT_MIN) readShapesWhenIdle();

  var selected = null;
  function select(id, opts) {
    if (!events.has(id)) return;
    selected = id;
    var k = indexOf.get(id);
    var causes = reach(k, pred), effects = reach(k, succ);
    var up = causes.mask, down = effects.mask;
    up[k] = down[k] = 1;
    lightChain(k, SELECTED, causes.mask, effects.mask, function (i) {
      var a = linkFrom[i], b = linkTo[i];
      return (up[a] && up[b]) || (down[a] && down[b]);
    });
    up[k] = down[k] = 0;
    showEvent(events.get(id), causes.size, effects.size);
    if (!opts || !opts.keepHash) setHash('#' + encodeURIComponent(id));
    if (opts && opts.focus) focusEvent(id);
  }

  // The URL follows the selection once its frame is drawn: a change of URL
  // makes the browser revisit every url(#...) reference of a big page, some
  // 10 ms at 10,000 events.
  function setHash(hash) {
    afterFrame('hash', function () {
      history.replaceState(null, '', hash || location.pathname + location.search);
    });
  }

  function clearSelection() {
    clearMarks();
    selected = null;
    panelBody.replaceChildren();
    hint.hidden = false;
    setHash('');
  }

  function focusEvent(id) {
    var nodes = eventEls.get(id);
    if (nodes && nodes.length) nodes[0].focus({ preventScroll: false });
  }

  // The details panel.
  var panelBody = document.getElementById('panel-body');
  var hint = document.getElementById('panel-hint');

  function eventButton(id) {
    var e = events.get(id);
    var b = el('button', e.title, 'event-ref');
    b.type = 'button';
    b.addEventListener('click', function () { select(id, { focus: true }); });
    return b;
  }

  function linkList(title, links, end) {
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h4', title));
    var ul = el('ul');
    links.slice().sort(function (a, b) { return position.get(a[end]) - position.get(b[end]); }).forEach(function (l) {
      var li = el('li');
      li.appendChild(el('span', events.get(l[end]).date.text + ' ', 'date'));
      li.appendChild(eventButton(l[end]));
      li.appendChild(el('span', ' ' + l.kind + (l.label ? ': ' + l.label : ''), 'kind ' + l.kind));
      l.quotes.forEach(function (q) { li.appendChild(el('blockquote', q)); });
      if (l.note) li.appendChild(el('p', l.note, 'note'));
      ul.appendChild(li);
    });
    if (!links.length) ul.appendChild(el('li', 'none in the model'));
    frag.appendChild(ul);
    return frag;
  }

  // 14600 -> "14,600", without Intl: its first use costs a click 15 ms.
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  function detail(dl, term, value) {
    if (!value || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el('dt', term));
    dl.appendChild(el('dd', Array.isArray(value) ? value.join(', ') : value));
  }

  function showEvent(e, causes, effects) {
    hint.hidden = true;
    var body = document.createDocumentFragment();
    body.appendChild(el('p', e.date.text + (e.status !== 'happened' ? ' · ' + e.status : ''), 'date'));
    body.appendChild(el('h3', e.title));
    var dl = el('dl');
    detail(dl, 'Lane', e.lane ? laneNames.get(e.lane) : '');
    detail(dl, 'Actors', e.actors);
    detail(dl, 'Place', e.place);
    detail(dl, 'Tags', e.tags);
    detail(dl, 'Sources', e.sources);
    function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
    detail(dl, 'Chain', count(causes, 'cause', 'causes') + ', ' + count(effects, 'effect', 'effects'));
    body.appendChild(dl);
    if (capNote) {
      body.appendChild(el('p', 'The timeline draws only this event\u2019s own links: its chain has ' +
        thousands(capNote) + ', too many to tell apart there. The causal graph draws them all.', 'note'));
    }
    e.quotes.forEach(function (q) { body.appendChild(el('blockquote', q)); });
    if (e.note) body.appendChild(el('p', e.note, 'note'));
    if (e.url) {
      var a = el('a', e.url);
      a.href = e.url;
      a.rel = 'noopener noreferrer';
      body.appendChild(a);
    }
    body.appendChild(linkList('Direct causes', inLinks.get(e.id), 'from'));
    body.appendChild(linkList('Direct effects', outLinks.get(e.id), 'to'));
    panelBody.replaceChildren(body);
  }

  // Selecting with the mouse and the keyboard.
  svgs.forEach(function (svg) {
    svg.addEventListener('click', function (ev) {
      var target = ev.target.closest('[data-id][tabindex]');
      if (target) select(target.getAttribute('data-id'));
    });
    svg.addEventListener('keydown', function (ev) {
      var target = ev.target.closest && ev.target.closest('[data-id][tabindex]');
      if (target && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        select(target.getAttribute('data-id'));
      }
    });
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.target.matches && ev.target.matches('input, select, textarea')) return;
    if (ev.key === 'Escape') clearSelection();
    if ((ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') && order.length) {
      var i = selected === null ? (ev.key === 'ArrowRight' ? -1 : order.length) : position.get(selected);
      var next = order[Math.max(0, Math.min(order.length - 1, i + (ev.key === 'ArrowRight' ? 1 : -1)))];
      ev.preventDefault();
      select(next, { focus: true });
    }
  });
  window.addEventListener('hashchange', fromHash);
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (events.has(id) && id !== selected) select(id, { keepHash: true });
  }

  // Search by text, tag or lane: non-matching events fade in both views and leave the list.
  var search = document.getElementById('search');
  var listItems = null;  // indexed on the first search: a long list costs load time
  function listItem(id) {
    if (!listItems) {
      listItems = new Map();
      document.querySelectorAll('#event-list li[data-id]').forEach(function (li) { listItems.set(li.getAttribute('data-id'), li); });
    }
    return listItems.get(id);
  }
  function matches(e, q) {
    var hay = [e.id, e.title, e.place, e.note, e.lane ? laneNames.get(e.lane) : '']
      .concat(e.tags, e.actors).join('\n').toLowerCase();
    return hay.indexOf(q) >= 0;
  }
  search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase();
    events.forEach(function (e, id) {
      var hide = q !== '' && !matches(e, q);
      (eventEls.get(id) || []).forEach(function (node) { node.classList.toggle('is-filtered', hide); });
      var li = listItem(id);
      if (li) li.hidden = hide;
    });
  });

  // Path from A to B: only the shortest chain between them stays lit.
  var pathFrom = document.getElementById('path-from'), pathTo = document.getElementById('path-to');
  // The options are built once, off the document, and copied to the second
  // list. Above PATH_OPTIONS_AT_LOAD events they are built when a list is
  // first used (focus, pointer or key): two lists of 10,000 options cost a
  // 10,000-event page about 2 s of its load, building them and then laying
  // the lists out.
  var PATH_OPTIONS_AT_LOAD = 2000;
  var pathFilled = false;
  function fillPathLists() {
    if (pathFilled) return;
    pathFilled = true;
    var options = document.createDocumentFragment();
    order.forEach(function (id) {
      var o = el('option', events.get(id).date.text + ' — ' + events.get(id).title);
      o.value = id;
      options.appendChild(o);
    });
    pathFrom.appendChild(options.cloneNode(true));
    pathTo.appendChild(options);
  }
  [pathFrom, pathTo].forEach(function (sel, k) {
    sel.appendChild(el('option', k ? 'to…' : 'from…')).value = '';
    sel.addEventListener('change', showPath);
    ['focus', 'pointerdown', 'keydown'].forEach(function (type) { sel.addEventListener(type, fillPathLists); });
  });
  if (order.length <= PATH_OPTIONS_AT_LOAD) fillPathLists();
  document.getElementById('path-clear').addEventListener('click', function () {
    pathFrom.value = ''; pathTo.value = ''; clearSelection();
  });
  function shortestPath(from, to) {
    var prev = new Map([[from, null]]), queue = [from];
    for (var i = 0; i < queue.length && !prev.has(to); i++) {
      outLinks.get(queue[i]).forEach(function (l) {
        if (!prev.has(l.to)) { prev.set(l.to, l); queue.push(l.to); }
      });
    }
    if (!prev.has(to)) return null;
    var links = [];
    for (var at = to; prev.get(at); at = prev.get(at).from) links.unshift(prev.get(at));
    return links;
  }
  function showPath() {
    if (!pathFrom.value || !pathTo.value) return;
    var links = shortestPath(pathFrom.value, pathTo.value);
    selected = null;
    hint.hidden = true;
    var body = document.createDocumentFragment();
    body.appendChild(el('h3', 'Path'));
    if (!links) {
      dimAll();
      body.appendChild(el('p', 'No chain of links leads from the first event to the second.'));
      panelBody.replaceChildren(body);
      return;
    }
    var ids = [pathFrom.value].concat(links.map(function (l) { return l.to; }));
    var onPath = new Uint8Array(n), pairs = new Set();
    ids.forEach(function (id) { onPath[indexOf.get(id)] = 1; });
    onPath[indexOf.get(ids[0])] = 0;
    links.forEach(function (l) { pairs.add(indexOf.get(l.from) * n + indexOf.get(l.to)); });
    lightChain(indexOf.get(ids[0]), CAUSE, onPath, new Uint8Array(n), function (i) {
      return pairs.has(linkFrom[i] * n + linkTo[i]);
    });
    var ol = el('ol');
    ids.forEach(function (id, i) {
      var li = el('li');
      li.appendChild(el('span', events.get(id).date.text + ' ', 'date'));
      li.appendChild(eventButton(id));
      if (i < links.length) li.appendChild(el('div', links[i].kind + (links[i].label ? ': ' + links[i].label : ''), 'kind ' + links[i].kind));
      ol.appendChild(li);
    });
    body.appendChild(ol);
    panelBody.replaceChildren(body);
  }

  // Zoom and pan the timeline: buttons (by doubling) and ctrl+wheel zoom, dragging pans.
  // Each doubling reveals a tier of labels that were drawn 2, 4 or 8 times
  // smaller than 12 px into the free space (class tg-tier-N): at zoom N they
  // read as 12 px. The layout keeps every tier clear of all other text.
  var frame = document.getElementById('timeline-frame');
  var timeline = frame.querySelector('svg');
  var timelineOverlay = overlays.has(timeline) ? overlays.get(timeline).ownerSVGElement : null;
  var zoom = 1;
  var tiers = [2, 4, 8];
  // Zooming keeps the point under the pointer (or the middle of what shows of
  // the timeline) in place. Zoomed, the frame is at most a screen tall and
  // pans both ways; at zoom 1 the whole timeline lies in the page.
  function setZoom(z, cx, cy) {
    var old = zoom;
    zoom = Math.max(1, Math.min(16, z));
    if (zoom === old) return;
    var box = frame.getBoundingClientRect();
    var ax = cx === undefined ? frame.clientWidth / 2 : cx;
    var ay = cy === undefined
      ? (Math.max(box.top, 0) + Math.min(box.bottom, window.innerHeight)) / 2 - box.top : cy;
    var x = (frame.scrollLeft + ax) / old * zoom - ax;
    var y = (frame.scrollTop + ay) / old * zoom;
    [timeline, timelineOverlay].forEach(function (svg) {
      if (!svg) return;
      svg.style.width = zoom === 1 ? '' : (frame.clientWidth * zoom) + 'px';
      svg.classList.toggle('zoomed', zoom > 1);
      tiers.forEach(function (t) { svg.classList.toggle('zoom-' + t, zoom >= t - 1e-9); });
    });
    frame.classList.toggle('zoomed', zoom > 1);
    frame.scrollLeft = x;
    if (zoom > 1) {
      box = frame.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) frame.scrollIntoView({ block: 'nearest' });
      frame.scrollTop = y - frame.clientHeight / 2;
    } else {
      window.scrollTo(window.scrollX, window.scrollY + frame.getBoundingClientRect().top + y - window.innerHeight / 2);
    }
    drawStaleOnScreen();
  }
  if (timeline) {
    document.getElementById('zoom-in').addEventListener('click', function () { setZoom(zoom * 2); });
    document.getElementById('zoom-out').addEventListener('click', function () { setZoom(zoom / 2); });
    document.getElementById('zoom-reset').addEventListener('click', function () { setZoom(1); });
    frame.addEventListener('wheel', function (ev) {
      if (!ev.ctrlKey && !ev.metaKey) return;
      ev.preventDefault();
      var box = frame.getBoundingClientRect();
      setZoom(zoom * (ev.deltaY < 0 ? 1.25 : 0.8), ev.clientX - box.left, ev.clientY - box.top);
    }, { passive: false });
    var drag = null;
    frame.addEventListener('pointerdown', function (ev) {
      if (ev.target.closest('[tabindex]')) return;
      drag = { x: ev.clientX, y: ev.clientY, left: frame.scrollLeft, top: frame.scrollTop };
      frame.classList.add('panning');
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      frame.scrollLeft = drag.left - (ev.clientX - drag.x);
      frame.scrollTop = drag.top - (ev.clientY - drag.y);
    });
    window.addEventListener('pointerup', function () { drag = null; frame.classList.remove('panning'); });
  }

  // A focused event names itself in a tip, as a hovered one does through its
  // <title>: keyboard readers get the label that the timeline had no room for.
  var tip = el('div', '', 'tip');
  tip.id = 'event-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  function hideTip() { tip.hidden = true; }
  svgs.forEach(function (svg) {
    svg.addEventListener('focusin', function (ev) {
      var target = ev.target.closest && ev.target.closest('[data-id][tabindex]');
      if (!target) return;
      var c = copies.get(target);
      if (c) c.classList.toggle('is-focus', target.matches(':focus-visible'));
      tip.textContent = target.getAttribute('aria-label') || '';
      tip.hidden = false;
      var r = target.getBoundingClientRect();
      var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
      var top = r.bottom + 6 + tip.offsetHeight > window.innerHeight ? r.top - 6 - tip.offsetHeight : r.bottom + 6;
      tip.style.left = left + 'px';
      tip.style.top = Math.max(4, top) + 'px';
    });
    svg.addEventListener('focusout', function (ev) {
      var c = copies.get(ev.target);
      if (c) c.classList.remove('is-focus');
      hideTip();
    });
  });
  frame.addEventListener('scroll', hideTip, { passive: true });
  window.addEventListener('scroll', hideTip, { passive: true });

  // Theme: follows the system until the toggle picks one.
  var toggle = document.getElementById('theme-toggle');
  var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  function applyTheme() {
    document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
    toggle.setAttribute('aria-pressed', String(dark));
    toggle.textContent = dark ? 'Light mode' : 'Dark mode';
  }
  toggle.addEventListener('click', function () { dark = !dark; applyTheme(); });
  toggle.setAttribute('aria-pressed', String(dark));
  toggle.textContent = dark ? 'Light mode' : 'Dark mode';

  document.getElementById('tools').hidden = false;
  document.getElementById('zoom-bar').hidden = false;
  fromHash();
})();
