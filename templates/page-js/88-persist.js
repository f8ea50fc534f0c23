// The reader's place survives a reload (a live-preview server reloads the
// page on every save): the selected event, the timeline's and the graph's zoom and each
// view's scroll are kept in sessionStorage under one key, VIEW_KEY, for this
// page's path, and restored on load unless the URL names an event.
var VIEW_KEY = 'timegraph-view';
var rememberTimer = 0, restoring = false;
function viewNow() {
  return {
    page: location.pathname, selected: selected, zoom: zoom, graphZoom: graphZoom,
    scroll: svgs.map(function (svg) { return [svg.parentElement.scrollLeft, svg.parentElement.scrollTop]; }),
    y: window.scrollY,
  };
}
// Saved a moment after the last change: scrolling calls it on every frame.
function remember() {
  if (restoring) return;
  clearTimeout(rememberTimer);
  rememberTimer = setTimeout(function () {
    try { sessionStorage.setItem(VIEW_KEY, JSON.stringify(viewNow())); } catch (e) { /* storage off: nothing kept */ }
  }, 150);
}
function restoreView() {
  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(VIEW_KEY) || 'null'); } catch (e) { saved = null; }
  if (!saved || saved.page !== location.pathname) return;
  restoring = true;
  if (typeof saved.zoom === 'number' && saved.zoom > 1 && timeline) setZoom(saved.zoom);
  if (typeof saved.graphZoom === 'number' && saved.graphZoom > 1 && graphZooms) setGraphZoom(saved.graphZoom);
  if (saved.selected && events.has(saved.selected) && !location.hash) select(saved.selected, { keepHash: true, still: true });
  (saved.scroll || []).forEach(function (s, i) {
    if (svgs[i] && Array.isArray(s)) { svgs[i].parentElement.scrollLeft = s[0]; svgs[i].parentElement.scrollTop = s[1]; }
  });
  if (typeof saved.y === 'number') window.scrollTo(window.scrollX, saved.y);
  restoring = false;
}
document.addEventListener('scroll', remember, { capture: true, passive: true });
window.addEventListener('pagehide', function () {
  try { sessionStorage.setItem(VIEW_KEY, JSON.stringify(viewNow())); } catch (e) { /* nothing kept */ }
});
