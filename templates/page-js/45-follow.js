// The views follow the reader: a selection, from either view, the panel, the
// list, the search, the path or the keyboard, scrolls each view's frame so
// that the event shows, and a path is framed whole when it fits. Smooth
// unless the reader prefers reduced motion or the page is big.
var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// The frame's scroll that shows `box` (client coordinates) in it: centred on
// each axis where the box fits and does not show already, else its start at
// the frame's start; null when nothing needs to move.
function followScroll(frameEl, box) {
  var f = frameEl.getBoundingClientRect(), left = frameEl.scrollLeft, top = frameEl.scrollTop;
  function axis(lo, hi, flo, size, scroll) {
    var inner = size - 16;
    if (lo >= flo + 8 && hi <= flo + size - 8) return scroll;
    if (hi - lo <= inner) return scroll + (lo - flo) - (size - (hi - lo)) / 2;
    return scroll + (lo - flo) - 8;
  }
  var x = axis(box.left, box.right, f.left + frameEl.clientLeft, frameEl.clientWidth, left);
  var y = axis(box.top, box.bottom, f.top + frameEl.clientTop, frameEl.clientHeight, top);
  if (Math.abs(x - left) < 1 && Math.abs(y - top) < 1) return null;
  return { left: x, top: y };
}
// Brings the events of `ids` (the first one foremost) into view in each
// view. Where each event lies is read from its element's attributes
// (shapeOf), never from its layout: on a big page, asking the browser for it
// laid out the whole graph, a second per click. A view off screen is moved
// when it comes on screen.
// The views move FOLLOW_DELAY ms after the last selection: a reader stepping
// quickly from event to event is not shown every place on the way, and the
// painting of a view's new place (on a big page, its shading there) is done
// while the reader looks, not at the next click.
// A view that the reader (or a script) scrolls after the selection stays
// where they put it: each view's scroll is noted as a selection begins
// (followMark, before it changes anything, when reading it costs nothing).
var followPending = new Map(), followTimer = 0, FOLLOW_DELAY = 200, followFrom = new Map();
function followMark() {
  svgs.forEach(function (svg) { followFrom.set(svg, [svg.parentElement.scrollLeft, svg.parentElement.scrollTop]); });
}
function follow(ids) {
  svgs.forEach(function (svg) { followPending.set(svg, { ids: ids, from: followFrom.get(svg) }); });
  clearTimeout(followTimer);
  followTimer = setTimeout(function () {
    requestAnimationFrame(function () { svgs.forEach(followView); });
  }, FOLLOW_DELAY);
}
function followView(svg) {
  var pending = followPending.get(svg), frameEl = svg.parentElement;
  if (!pending) return;
  var ids = pending.ids, from = pending.from;
  if (from && (Math.abs(frameEl.scrollLeft - from[0]) > 1 || Math.abs(frameEl.scrollTop - from[1]) > 1)) {
    followPending.delete(svg);
    return;
  }
  var f = frameEl.getBoundingClientRect(), r = svg.getBoundingClientRect();
  if (f.bottom < 0 || f.top > window.innerHeight || !f.width) return;  // on screen later
  if (!r.width) return;  // the timeline not shown (display: none): the other one moves
  followPending.delete(svg);
  var vb = svg.viewBox.baseVal;
  var sx = vb && vb.width ? r.width / vb.width : 1, sy = vb && vb.height ? r.height / vb.height : 1;
  var ox = vb && vb.width ? vb.x : 0, oy = vb && vb.height ? vb.y : 0;
  var box = null, first = null;
  ids.forEach(function (id) {
    (eventEls.get(id) || []).forEach(function (node) {
      if (node.ownerSVGElement !== svg) return;
      var s = shapeOf(node);
      if (!isFinite(s.x0)) return;
      var b = { left: r.left + (s.x0 - ox) * sx, right: r.left + (s.x1 - ox) * sx,
        top: r.top + (s.y0 - oy) * sy, bottom: r.top + (s.y1 - oy) * sy };
      if (!first) first = b;
      box = box ? { left: Math.min(box.left, b.left), right: Math.max(box.right, b.right),
        top: Math.min(box.top, b.top), bottom: Math.max(box.bottom, b.bottom) } : b;
    });
  });
  if (!box) return;
  // A chain wider than the frame: its first event, at the frame's start.
  if (box.right - box.left > frameEl.clientWidth - 16) box = first;
  var to = followScroll(frameEl, box);
  // On a big page a smooth scroll paints the shading of every place it
  // passes (a graph on screen made the next clicks 0.3-0.8 s): it jumps.
  var smooth = !reducedMotion.matches && itemCount <= COMPLEMENT_MIN;
  if (to) frameEl.scrollTo({ left: to.left, top: to.top, behavior: smooth ? 'smooth' : 'auto' });
  // The vertical timeline is as tall as its drawing: the window scrolls
  // instead. (A graph drawn down has a frame of its own, which scrolled above.)
  if (svg.classList.contains('timeline') && svg.classList.contains('down')) followWindow(box, smooth);
  // Jumped, the shading of the new place is drawn in this frame.
  if (!smooth) drawStaleOnScreen();
}
// Scrolls the window so that `box` (client coordinates) shows clear of the
// bottom sheet (the page's scroll-padding-bottom), centred if it fits.
function followWindow(box, smooth) {
  var clear = window.innerHeight - (parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0);
  if (box.top >= 8 && box.bottom <= clear - 8) return;
  var top = box.bottom - box.top <= clear - 16 ? (clear - (box.bottom - box.top)) / 2 : 8;
  window.scrollBy({ top: box.top - top, behavior: smooth ? 'smooth' : 'auto' });
}
if (window.IntersectionObserver) {
  var frameWatch = new IntersectionObserver(function (entries) {
    entries.forEach(function (en) {
      if (en.isIntersecting) svgs.forEach(function (svg) { if (svg.parentElement === en.target) followView(svg); });
    });
  });
  svgs.forEach(function (svg) { frameWatch.observe(svg.parentElement); });
}
