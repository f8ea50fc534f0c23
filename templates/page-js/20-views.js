// Linked views: select an event in either SVG and its causes and effects light
// up in both, with its evidence in the panel. The DOM is built with
// createElement and textContent only; the model is read with JSON.parse.
// The page's script is the files of templates/page-js/ in name order, joined
// at build time into one function (page.js); this one finds the views.
var ix = tgModel.index(JSON.parse(document.getElementById('tg-model').textContent));
var n = ix.n, events = ix.events, indexOf = ix.indexOf, order = ix.order, position = ix.position;
var svgs = Array.prototype.slice.call(document.querySelectorAll('svg.tg'));

// Every event and link element of both views, indexed once: each event's
// elements by event index, and each link element's ends and whether it lies
// in a timeline too dense to draw its links (tg-quiet).
var eventEls = new Map(), elsAt = ix.model.events.map(function () { return []; });
var linkEls = [];
// A view holds buttons, so on the page it is a group rather than an image,
// whose children assistive technology never reaches. An event is named by
// its <title> alone: the same words as its aria-label, which would also have
// to hold its visible date and title as they are split over lines.
svgs.forEach(function (svg) {
  if (svg.getAttribute('role') === 'img') svg.setAttribute('role', 'group');
  // Chromium makes an inline <svg> a Tab stop of its own, which does
  // nothing and scrolls the view to its top: its events are the stops.
  svg.setAttribute('tabindex', '-1');
  svg.querySelectorAll('[data-id][tabindex]').forEach(function (el) {
    var id = el.getAttribute('data-id');
    if (el.querySelector(':scope > title')) el.removeAttribute('aria-label');
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

// A big page's graph is laid out only when the reader scrolls to it (the
// page's stylesheet hides it until the view has the class `near`), and
// before printing.
var graphView = document.getElementById('graph-view');
function graphNear() { if (graphView) graphView.classList.add('near'); }
if (graphView && window.IntersectionObserver) {
  var nearWatch = new IntersectionObserver(function (entries) {
    if (entries.some(function (en) { return en.isIntersecting; })) { graphNear(); nearWatch.disconnect(); }
  });
  nearWatch.observe(graphView);
} else {
  graphNear();
}
window.addEventListener('beforeprint', graphNear);
// A hidden graph's events are no Tab stops: a keyboard reader's first Tab
// lays it out, before the browser looks for the next stop, so that Tab
// from the timeline goes on into the graph. A focus put inside it does too.
if (graphView && !graphView.classList.contains('near')) {
  var tabWatch = function (ev) {
    if (ev.type === 'keydown' && ev.key !== 'Tab') return;
    graphNear();
    document.removeEventListener('keydown', tabWatch, true);
    graphView.removeEventListener('focusin', tabWatch);
  };
  document.addEventListener('keydown', tabWatch, true);
  graphView.addEventListener('focusin', tabWatch);
}
