// Selection: one event (or a path) at a time, from a click, a key or the URL.

var selected = null;
function select(id, opts) {
  if (!events.has(id)) return;
  followMark();
  selected = id;
  var k = indexOf.get(id);
  var causes = tgModel.reach(ix, k, ix.pred), effects = tgModel.reach(ix, k, ix.succ);
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
  if (!opts || !opts.still) follow([id]);
  remember();
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
  remember();
}

// The event's element in the first view shown: of the two timelines, one is display: none.
function focusEvent(id) {
  var node = (eventEls.get(id) || []).find(function (e) { return e.getClientRects().length > 0; });
  if (node) node.focus({ preventScroll: false });
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
