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
// Narrow, the timeline is never drawn smaller than its own width (page.css,
// --natural-width): its text stays at the sizes it was laid out with, and
// the frame scrolls. Zoom multiplies the width it has at zoom 1.
if (timeline && timeline.getAttribute('width')) {
  frame.style.setProperty('--natural-width', Number(timeline.getAttribute('width')) + 'px');
}
var zoomBase = 0;
function setZoom(z, cx, cy) {
  var old = zoom;
  if (old === 1 && timeline) zoomBase = timeline.getBoundingClientRect().width;
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
    svg.style.width = zoom === 1 ? '' : (zoomBase * zoom) + 'px';
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
  remember();
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
  // A drag pans from anywhere, an event's label too: once the pointer has
  // moved a few pixels it is a pan, and the click that ends it selects
  // nothing. The frame never selects text (page.css).
  var drag = null, panned = false;
  frame.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, left: frame.scrollLeft, top: frame.scrollTop, moved: false };
    panned = false;
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    if (!drag.moved && Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) < 5) return;
    drag.moved = true;
    frame.classList.add('panning');
    frame.scrollLeft = drag.left - (ev.clientX - drag.x);
    frame.scrollTop = drag.top - (ev.clientY - drag.y);
  });
  window.addEventListener('pointerup', function () {
    panned = !!drag && drag.moved;
    drag = null;
    frame.classList.remove('panning');
  });
  frame.addEventListener('click', function (ev) {
    if (panned) { ev.stopPropagation(); panned = false; }
  }, { capture: true });
}
