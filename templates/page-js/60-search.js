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
search.addEventListener('input', function () {
  var found = tgModel.searchMatches(ix, search.value);
  events.forEach(function (e, id) {
    var hide = !!found && !found.mask[indexOf.get(id)];
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
    var o = el('option', tgModel.choiceText(events.get(id)));
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
function showPath() {
  if (!pathFrom.value || !pathTo.value) return;
  var links = tgModel.shortestPath(ix, pathFrom.value, pathTo.value);
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
