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

  // Index every event and link element of both views once.
  var eventEls = new Map(), linkEls = [];
  svgs.forEach(function (svg) {
    svg.querySelectorAll('[data-id][tabindex]').forEach(function (el) {
      var id = el.getAttribute('data-id');
      if (!eventEls.has(id)) eventEls.set(id, []);
      eventEls.get(id).push(el);
    });
    svg.querySelectorAll('[data-from]').forEach(function (el) { linkEls.push(el); });
  });
  var linkElsByEnd = new Map();
  linkEls.forEach(function (el) {
    [el.getAttribute('data-from'), el.getAttribute('data-to')].forEach(function (id) {
      if (!linkElsByEnd.has(id)) linkElsByEnd.set(id, []);
      linkElsByEnd.get(id).push(el);
    });
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function reach(start, adjacency, end) {
    var seen = new Set(), queue = [start];
    for (var i = 0; i < queue.length; i++) {
      adjacency.get(queue[i]).forEach(function (l) {
        var next = l[end];
        if (next !== start && !seen.has(next)) { seen.add(next); queue.push(next); }
      });
    }
    return seen;
  }

  // Highlighting touches only the chain's elements; the rest dims through one class on each SVG.
  var lit = [];
  function clearMarks() {
    lit.forEach(function (node) { node.classList.remove('on', 'is-selected', 'is-cause', 'is-effect', 'is-chain'); });
    lit = [];
    svgs.forEach(function (svg) { svg.classList.remove('has-selection'); });
  }
  function mark(id, cls) {
    (eventEls.get(id) || []).forEach(function (node) { node.classList.add('on', cls); lit.push(node); });
  }
  function markLinks(members, keep) {
    members.forEach(function (id) {
      (linkElsByEnd.get(id) || []).forEach(function (node) {
        if (keep(node.getAttribute('data-from'), node.getAttribute('data-to'))) {
          node.classList.add('on', 'is-chain');
          lit.push(node);
        }
      });
    });
  }

  var selected = null;
  function select(id, opts) {
    if (!events.has(id)) return;
    clearMarks();
    selected = id;
    var causes = reach(id, inLinks, 'from'), effects = reach(id, outLinks, 'to');
    svgs.forEach(function (svg) { svg.classList.add('has-selection'); });
    mark(id, 'is-selected');
    causes.forEach(function (c) { mark(c, 'is-cause'); });
    effects.forEach(function (c) { mark(c, 'is-effect'); });
    var up = new Set(causes); up.add(id);
    var down = new Set(effects); down.add(id);
    markLinks([id].concat(Array.from(causes), Array.from(effects)), function (from, to) {
      return (up.has(from) && up.has(to)) || (down.has(from) && down.has(to));
    });
    showEvent(events.get(id), causes, effects);
    if (!opts || !opts.keepHash) history.replaceState(null, '', '#' + encodeURIComponent(id));
    if (opts && opts.focus) focusEvent(id);
  }

  function clearSelection() {
    clearMarks();
    selected = null;
    panelBody.replaceChildren();
    hint.hidden = false;
    history.replaceState(null, '', location.pathname + location.search);
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
    detail(dl, 'Chain', count(causes.size, 'cause', 'causes') + ', ' + count(effects.size, 'effect', 'effects'));
    body.appendChild(dl);
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
    clearMarks();
    selected = null;
    svgs.forEach(function (svg) { svg.classList.add('has-selection'); });
    hint.hidden = true;
    var body = document.createDocumentFragment();
    body.appendChild(el('h3', 'Path'));
    if (!links) {
      body.appendChild(el('p', 'No chain of links leads from the first event to the second.'));
      panelBody.replaceChildren(body);
      return;
    }
    var ids = [pathFrom.value].concat(links.map(function (l) { return l.to; }));
    ids.forEach(function (id) { mark(id, 'is-cause'); });
    var onPath = new Set(links);
    markLinks(ids, function (from, to) {
      return links.some(function (l) { return l.from === from && l.to === to && onPath.has(l); });
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
    timeline.style.width = zoom === 1 ? '' : (frame.clientWidth * zoom) + 'px';
    timeline.classList.toggle('zoomed', zoom > 1);
    frame.classList.toggle('zoomed', zoom > 1);
    tiers.forEach(function (t) { timeline.classList.toggle('zoom-' + t, zoom >= t - 1e-9); });
    frame.scrollLeft = x;
    if (zoom > 1) {
      box = frame.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) frame.scrollIntoView({ block: 'nearest' });
      frame.scrollTop = y - frame.clientHeight / 2;
    } else {
      window.scrollTo(window.scrollX, window.scrollY + frame.getBoundingClientRect().top + y - window.innerHeight / 2);
    }
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
      tip.textContent = target.getAttribute('aria-label') || '';
      tip.hidden = false;
      var r = target.getBoundingClientRect();
      var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
      var top = r.bottom + 6 + tip.offsetHeight > window.innerHeight ? r.top - 6 - tip.offsetHeight : r.bottom + 6;
      tip.style.left = left + 'px';
      tip.style.top = Math.max(4, top) + 'px';
    });
    svg.addEventListener('focusout', hideTip);
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
