// The model index: events, links and lanes by id, the links as rows of
// event indices (a chain is walked over typed arrays), and the pure
// questions the page asks of them: a chain, a path, a search, the choices of
// the path lists. No DOM here, so that node tests it (tests/page-js).
var tgModel = (function () {
  // The index of a parsed model (the JSON of the page's #tg-model block).
  function index(model) {
    var n = model.events.length;
    var events = new Map(), outLinks = new Map(), inLinks = new Map();
    var indexOf = new Map(model.events.map(function (e, i) { return [e.id, i]; }));
    model.events.forEach(function (e) { events.set(e.id, e); outLinks.set(e.id, []); inLinks.set(e.id, []); });
    model.links.forEach(function (l) { outLinks.get(l.from).push(l); inLinks.get(l.to).push(l); });
    var order = model.analysis.order;
    function rows(end, other) {
      var start = new Int32Array(n + 1), list = new Int32Array(model.links.length);
      model.links.forEach(function (l) { start[indexOf.get(l[end]) + 1]++; });
      for (var i = 0; i < n; i++) start[i + 1] += start[i];
      var fill = start.slice(0, n);
      model.links.forEach(function (l) { list[fill[indexOf.get(l[end])]++] = indexOf.get(l[other]); });
      return { start: start, list: list };
    }
    return {
      model: model, n: n, events: events, indexOf: indexOf, outLinks: outLinks, inLinks: inLinks,
      order: order, position: new Map(order.map(function (id, i) { return [id, i]; })),
      laneNames: new Map(model.lanes.map(function (l) { return [l.id, l.name]; })),
      succ: rows('from', 'to'), pred: rows('to', 'from'),
    };
  }

  // The events reachable from event k along `adj` (ix.succ or ix.pred), k
  // left out: a mask over event indices, and how many.
  function reach(ix, k, adj) {
    var n = ix.n, seen = new Uint8Array(n), queue = new Int32Array(n), size = 0;
    seen[k] = 1;
    queue[size++] = k;
    for (var q = 0; q < size; q++) {
      for (var j = adj.start[queue[q]]; j < adj.start[queue[q] + 1]; j++) {
        var next = adj.list[j];
        if (!seen[next]) { seen[next] = 1; queue[size++] = next; }
      }
    }
    seen[k] = 0;
    return { mask: seen, size: size - 1 };
  }

  // The shortest chain of links from one event id to another, as the links
  // in order, or null. The views leave out a link that a longer chain of
  // drawn links already implies (`drawn: false`), so a chain of drawn links
  // is preferred: every step of it lights up in both views. Only when none
  // leads there do the model's other links count.
  function shortestPath(ix, from, to) {
    function search(usable) {
      var prev = new Map([[from, null]]), queue = [from];
      for (var i = 0; i < queue.length && !prev.has(to); i++) {
        ix.outLinks.get(queue[i]).forEach(function (l) {
          if (usable(l) && !prev.has(l.to)) { prev.set(l.to, l); queue.push(l.to); }
        });
      }
      if (!prev.has(to) || from === to) return null;
      var links = [];
      for (var at = to; prev.get(at); at = prev.get(at).from) links.unshift(prev.get(at));
      return links;
    }
    if (!ix.events.has(from) || !ix.events.has(to)) return null;
    return search(function (l) { return l.drawn !== false; }) || search(function () { return true; });
  }

  // The text a search looks through: id, title, place, note, lane name, tags
  // and actors, lower-cased.
  function haystack(ix, e) {
    return [e.id, e.title, e.place, e.note, e.lane ? ix.laneNames.get(e.lane) : '']
      .concat(e.tags, e.actors).join('\n').toLowerCase();
  }

  // Which events match a query (every word of it, in any field): a mask over
  // event indices and how many, or null for an empty query.
  function searchMatches(ix, query) {
    var words = String(query).toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    var mask = new Uint8Array(ix.n), count = 0;
    ix.model.events.forEach(function (e, i) {
      var hay = haystack(ix, e);
      if (words.every(function (w) { return hay.indexOf(w) >= 0; })) { mask[i] = 1; count++; }
    });
    return { mask: mask, count: count };
  }

  // 14600 -> "14,600", without Intl: its first use costs a click 15 ms.
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  // What the search says: "N of M events match".
  function searchSummary(count, total) {
    return thousands(count) + ' of ' + thousands(total) + (total === 1 ? ' event matches' : ' events match');
  }

  // An event as a path list names it: its date and title.
  function choiceText(e) { return e.date.text + ' \u2014 ' + e.title; }

  // The path lists' choices for what a reader typed: the ids of events whose
  // date, title or id hold every word, in date order, at most `limit`, and
  // how many match in all. Stops counting at `countMax` (a list shows
  // "more than …") so that a keystroke costs little on a big page.
  function choices(ix, query, limit, countMax) {
    var words = String(query).toLowerCase().split(/\s+/).filter(Boolean), ids = [], total = 0;
    for (var i = 0; i < ix.order.length && total < countMax; i++) {
      var e = ix.events.get(ix.order[i]);
      var text = (choiceText(e) + '\n' + e.id).toLowerCase();
      if (!words.every(function (w) { return text.indexOf(w) >= 0; })) continue;
      total++;
      if (ids.length < limit) ids.push(e.id);
    }
    return { ids: ids, total: total, more: total >= countMax };
  }

  // Whether a date names a zone: only times written with one (or in a model
  // with a `timezone:`) can be shown in UTC as well.
  function zoned(date) { return !!date.zone && (date.precision === 'minute' || date.precision === 'second'); }

  // A zoned date in UTC, from its UTC earliest and latest instants
  // ("2024-03-12T14:05"): "12 Mar 2024 14:05 UTC", a range with both ends.
  // A date without a zone is shown as written.
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function utcInstant(iso) {
    var m = /^(-?\d+)-(\d\d)-(\d\d)T(\d\d:\d\d)/.exec(iso);
    return m ? Number(m[3]) + ' ' + months[Number(m[2]) - 1] + ' ' + m[1] + ' ' + m[4] : iso;
  }
  function utcText(date) {
    if (!zoned(date)) return date.text;
    var from = utcInstant(date.earliest), to = utcInstant(date.latest);
    return (date.end && to !== from ? from + ' \u2013 ' + to : from) + ' UTC';
  }

  // How a relative date was derived, as written ("after deploy + 3m"), or "".
  function derivation(date) {
    var d = date.derived;
    if (!d) return '';
    if (d.start && d.end) return d.start + ' .. ' + d.end;
    return d.start ? d.start : 'ends ' + d.end;
  }

  return {
    zoned: zoned, utcText: utcText, derivation: derivation,
    index: index, reach: reach, shortestPath: shortestPath, searchMatches: searchMatches,
    searchSummary: searchSummary, thousands: thousands, choiceText: choiceText, choices: choices,
  };
})();
if (typeof module === 'object' && module.exports) module.exports = tgModel;
