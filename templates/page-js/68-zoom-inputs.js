// Ctrl/⌘+wheel (and a trackpad's pinch, which arrives as one) and a
// two-finger pinch over `frameEl` zoom about the pointer: to(z, clientX,
// clientY), while active() says the view zooms. Wheel steps and pinch moves
// arrive many a frame: the zoom follows once a frame. A wheel step
// multiplies the zoom wanted; a pinch asks for one. Both zooms, the
// timeline's (70-zoom.js) and the graph's (71-graph-zoom.js), take their
// input here.
function zoomInputs(frameEl, now, to, active) {
  var wanted = null, pending = 0;
  function zoomTo(z, x, y) {
    wanted = { z: z, x: x, y: y };
    if (pending) return;
    pending = requestAnimationFrame(function () { pending = 0; var w = wanted; wanted = null; to(w.z, w.x, w.y); });
  }
  frameEl.addEventListener('wheel', function (ev) {
    if ((!ev.ctrlKey && !ev.metaKey) || !active()) return;
    ev.preventDefault();
    zoomTo((wanted ? wanted.z : now()) * Math.pow(2, -ev.deltaY / 200), ev.clientX, ev.clientY);
  }, { passive: false });
  var touches = new Map(), pinch = null;
  frameEl.addEventListener('pointerdown', function (ev) {
    if (ev.pointerType !== 'touch' || !active()) return;
    touches.set(ev.pointerId, ev);
    if (touches.size !== 2) return;
    var t = Array.from(touches.values());
    pinch = { d: Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY) || 1, z: now() };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!touches.has(ev.pointerId)) return;
    touches.set(ev.pointerId, ev);
    if (!pinch || touches.size !== 2) return;
    var t = Array.from(touches.values());
    var d = Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
    zoomTo(pinch.z * d / pinch.d, (t[0].clientX + t[1].clientX) / 2, (t[0].clientY + t[1].clientY) / 2);
  });
  function lift(ev) { if (touches.delete(ev.pointerId) && touches.size < 2) pinch = null; }
  window.addEventListener('pointercancel', lift);
  window.addEventListener('pointerup', lift);
}
