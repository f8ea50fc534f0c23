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
// A link element fades with the search when either of its events does. The
// status says how many events match, also when none does.
var searchStatus = document.getElementById('search-status');
search.addEventListener('input', function () {
  var found = tgModel.searchMatches(ix, search.value);
  events.forEach(function (e, id) {
    var hide = !!found && !found.mask[indexOf.get(id)];
    (eventEls.get(id) || []).forEach(function (node) { node.classList.toggle('is-filtered', hide); });
    var li = listItem(id);
    if (li) li.hidden = hide;
  });
  linkEls.forEach(function (node, i) {
    node.classList.toggle('is-filtered', !!found && !(found.mask[linkFrom[i]] && found.mask[linkTo[i]]));
  });
  searchStatus.textContent = found ? tgModel.searchSummary(found.count, n) : '';
});

// Path from A to B: only the shortest chain between them stays lit. Each end
// is a combobox: typing filters the events (date, title or id), and the list
// shows at most CHOICES_SHOWN of them, so that a keystroke costs the same on
// a page of 10,000 events as on one of 20 (a <select> of 10,000 options froze
// a big page for 1.8 s when first opened).
var CHOICES_SHOWN = 50, CHOICES_COUNTED = 1000;
var pathFrom = document.getElementById('path-from'), pathTo = document.getElementById('path-to');
var pathChosen = new Map([[pathFrom, ''], [pathTo, '']]);
function pathValue(input) { return pathChosen.get(input); }
function combobox(input) {
  var list = document.getElementById(input.getAttribute('aria-controls'));
  var shown = [], active = -1;
  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function mark(i) {
    if (active >= 0 && list.children[active]) list.children[active].setAttribute('aria-selected', 'false');
    active = i;
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    var option = list.children[i];
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }
  function open() {
    var found = tgModel.choices(ix, input.value === choiceOf(pathValue(input)) ? '' : input.value,
      CHOICES_SHOWN, CHOICES_COUNTED);
    shown = found.ids;
    var frag = document.createDocumentFragment();
    shown.forEach(function (id, i) {
      var option = el('li', tgModel.choiceText(events.get(id)));
      option.id = input.id + '-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      frag.appendChild(option);
    });
    var rest = found.total - shown.length;
    if (!found.total) frag.appendChild(el('li', 'No event matches', 'combo-note'));
    else if (rest > 0) {
      frag.appendChild(el('li', (found.more ? 'more than ' : '') + tgModel.thousands(rest) +
        ' more: type to narrow', 'combo-note'));
    }
    list.replaceChildren(frag);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }
  function choose(id) {
    pathChosen.set(input, id);
    input.value = choiceOf(id);
    close();
    showPath();
  }
  input.addEventListener('input', function () { pathChosen.set(input, ''); open(); });
  input.addEventListener('focus', open);
  input.addEventListener('blur', function () { setTimeout(close, 150); });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) open();
      if (!shown.length) return;
      mark(ev.key === 'ArrowDown' ? Math.min(shown.length - 1, active + 1) : Math.max(0, active - 1));
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      choose(shown[active]);
    } else if (ev.key === 'Escape' && !list.hidden) {
      ev.stopPropagation();
      close();
    }
  });
  // pointerdown, not click: it comes before the input's blur closes the list.
  list.addEventListener('pointerdown', function (ev) {
    var option = ev.target.closest('[role="option"]');
    if (!option) return;
    ev.preventDefault();
    choose(shown[Array.prototype.indexOf.call(list.children, option)]);
  });
  return { close: close };
}
function choiceOf(id) { return id ? tgModel.choiceText(events.get(id)) : ''; }
[pathFrom, pathTo].forEach(combobox);
document.getElementById('path-clear').addEventListener('click', function () {
  pathFrom.value = ''; pathTo.value = '';
  pathChosen.set(pathFrom, ''); pathChosen.set(pathTo, '');
  clearSelection();
});
// `still`: drawn again where it is (the timeline zoomed), without moving the views.
function showPath(still) {
  var from = pathValue(pathFrom), to = pathValue(pathTo);
  if (!from || !to) return;
  followMark();
  var links = tgModel.shortestPath(ix, from, to);
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
  var ids = [from].concat(links.map(function (l) { return l.to; }));
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
  if (!still) follow(ids);
}
