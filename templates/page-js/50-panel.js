// The details panel.
var panelBody = document.getElementById('panel-body');
var hint = document.getElementById('panel-hint');

// Times in the zone they were written in, or all in UTC (the "UTC times"
// toggle, shown only when the model has zoned times).
var utcToggle = document.getElementById('utc-toggle');
var inUtc = false;
function dateText(e) { return inUtc ? tgModel.utcText(e.date) : e.date.text; }
if (utcToggle) {
  utcToggle.hidden = !ix.model.events.some(function (e) { return tgModel.zoned(e.date); });
  utcToggle.addEventListener('click', function () {
    inUtc = !inUtc;
    utcToggle.setAttribute('aria-pressed', String(inUtc));
    if (selected) select(selected, { still: true, keepHash: true });
  });
}

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
    li.appendChild(el('span', dateText(events.get(l[end])) + ' ', 'date'));
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

function detail(dl, term, value) {
  if (!value || (Array.isArray(value) && !value.length)) return;
  dl.appendChild(el('dt', term));
  dl.appendChild(el('dd', Array.isArray(value) ? value.join(', ') : value));
}

function showEvent(e, causes, effects) {
  hint.hidden = true;
  var body = document.createDocumentFragment();
  body.appendChild(el('p', dateText(e) + (e.status !== 'happened' ? ' · ' + e.status : ''), 'date'));
  body.appendChild(el('h3', e.title));
  var dl = el('dl');
  detail(dl, 'Derived', tgModel.derivation(e.date));
  detail(dl, 'Lane', e.lane ? ix.laneNames.get(e.lane) : '');
  detail(dl, 'Actors', e.actors);
  detail(dl, 'Place', e.place);
  detail(dl, 'Tags', e.tags);
  detail(dl, 'Sources', e.sources);
  function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  detail(dl, 'Chain', count(causes, 'cause', 'causes') + ', ' + count(effects, 'effect', 'effects'));
  body.appendChild(dl);
  if (capNote) {
    body.appendChild(el('p', 'The timeline draws only this event\u2019s own links: its chain has ' +
      tgModel.thousands(capNote) + ', too many to tell apart there. The causal graph draws them all.', 'note'));
  }
  e.quotes.forEach(function (q) { body.appendChild(el('blockquote', q)); });
  if (e.note) body.appendChild(el('p', e.note, 'note'));
  if (e.url) {
    var a = el('a', e.url);
    a.href = e.url;
    a.rel = 'noopener noreferrer';
    body.appendChild(a);
  }
  body.appendChild(linkList('Direct causes', ix.inLinks.get(e.id), 'from'));
  body.appendChild(linkList('Direct effects', ix.outLinks.get(e.id), 'to'));
  panelBody.replaceChildren(body);
}
