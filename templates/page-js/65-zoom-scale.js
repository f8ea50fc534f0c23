// The timeline's time scale on the page, for semantic zoom: the layout's
// piecewise linear map from minutes to the axis (the axis group's
// data-scale), its segments lengthened by the zoom, and the ticks
// for the part of it a reader sees. No DOM here, so that node tests it
// (tests/page-js).
var tgZoom = (function () {
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var MINUTE = 60000;

  // "a0 a1;t0 t1 x0 x1;..." -> { a0, a1, segments: [{ t0, t1, x0, x1 }] }, or
  // null for a missing or malformed attribute.
  function parseScale(text) {
    if (!text) return null;
    var parts = text.split(';').map(function (p) { return p.trim().split(/\s+/).map(Number); });
    if (parts.length < 2 || parts[0].length !== 2) return null;
    var segments = [];
    for (var i = 1; i < parts.length; i++) {
      var p = parts[i];
      if (p.length !== 4 || !p.every(isFinite) || p[1] < p[0] || p[3] < p[2]) return null;
      segments.push({ t0: p[0], t1: p[1], x0: p[2], x1: p[3] });
    }
    return { a0: parts[0][0], a1: parts[0][1], segments: segments };
  }

  // Position along time at zoom z: each segment stretches by z, while a
  // break or a squeezed stretch between two keeps its width, as do what lies
  // before the first (the lane names) and after the last. Every piece grows
  // or keeps its length, so that boxes apart stay apart. `inverse` gives
  // the zoom-1 position of a zoomed one, and `grown` how much longer the
  // axis is.
  function stretch(scale, z) {
    var segs = scale.segments, starts = [], shift = 0;
    segs.forEach(function (s) { starts.push(s.x0 + shift); shift += (s.x1 - s.x0) * (z - 1); });
    function find(list, p) {
      var lo = 0, hi = list.length - 1, at = -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (list[mid] <= p) { at = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return at;
    }
    var x0s = segs.map(function (s) { return s.x0; });
    function X(x) {
      var i = find(x0s, x);
      if (i < 0) return x;
      var s = segs[i];
      return x <= s.x1 ? starts[i] + (x - s.x0) * z : starts[i] + (s.x1 - s.x0) * z + (x - s.x1);
    }
    X.inverse = function (p) {
      var i = find(starts, p);
      if (i < 0) return p;
      var s = segs[i], end = starts[i] + (s.x1 - s.x0) * z;
      return p <= end ? s.x0 + (p - starts[i]) / z : s.x1 + (p - end);
    };
    X.grown = shift;
    return X;
  }

  // Calendar fields of a minute count (proleptic Gregorian, astronomical years).
  function fields(t) {
    var d = new Date(t * MINUTE);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes() };
  }
  function minutesOf(y, m, day, h, min) {
    var d = new Date(0);
    d.setUTCFullYear(y, m, day);
    d.setUTCHours(h || 0, min || 0, 0, 0);
    return Math.round(d.getTime() / MINUTE);
  }
  function yearText(y) { return y <= 0 ? (1 - y) + ' BCE' : String(y); }
  function pad(v) { return v < 10 ? '0' + v : String(v); }

  // The steps, finest first: each names its unit, how many of it, the
  // shortest time it can span, the first round instant at or after t, the
  // next one, and the label and context of an instant.
  function step(unit, k) {
    var s = { unit: unit, k: k };
    if (unit === 'minute' || unit === 'hour') {
      var len = unit === 'minute' ? k : 60 * k;
      s.min = len;
      s.first = function (t) { return Math.ceil(t / len) * len; };
      s.next = function (t) { return t + len; };
      s.label = function (f) { return pad(f.h) + ':' + pad(f.min); };
      s.context = function (f) { return f.d + ' ' + MONTHS[f.m] + ' ' + yearText(f.y); };
      s.sample = '00:00';
    } else if (unit === 'day') {
      s.min = 1440 * k;
      s.first = function (t) {
        var f = fields(t), day = minutesOf(f.y, f.m, f.d);
        if (day < t) { day += 1440; f = fields(day); }
        while ((f.d - 1) % k !== 0 || f.d + k > 32) { day += 1440; f = fields(day); }
        return day;
      };
      s.next = function (t) { return s.first(t + 1440); };
      s.label = function (f) { return String(f.d); };
      s.context = function (f) { return MONTHS[f.m] + ' ' + yearText(f.y); };
      s.sample = '28';
    } else if (unit === 'month') {
      s.min = 28 * 1440 * k;
      s.first = function (t) {
        var f = fields(t), m = f.m, y = f.y;
        if (minutesOf(y, m, 1) < t) m++;
        while (m % k !== 0) m++;
        return minutesOf(y, m, 1);
      };
      s.next = function (t) { var f = fields(t); return minutesOf(f.y, f.m + k, 1); };
      s.label = function (f) { return MONTHS[f.m]; };
      s.context = function (f) { return yearText(f.y); };
      s.sample = 'May';
    } else {
      s.min = 365 * 1440 * k;
      // BCE and CE years count apart, so that there is no year 0: 1 BCE is
      // astronomical year 0, and a step of 10 marks 10 BCE and 10 CE.
      var round = function (y) { return y <= 0 ? (1 - y) % k === 0 : y % k === 0; };
      s.first = function (t) {
        var y = fields(t).y;
        if (minutesOf(y, 0, 1) < t) y++;
        while (!round(y)) y++;
        return minutesOf(y, 0, 1);
      };
      s.next = function (t) { return s.first(t + 1); };
      s.label = function (f) { return yearText(f.y); };
      s.context = function () { return ''; };
      s.sample = null;
    }
    return s;
  }
  var STEPS = [['minute', 5], ['minute', 10], ['minute', 15], ['minute', 30], ['hour', 1], ['hour', 2], ['hour', 3],
    ['hour', 6], ['hour', 12], ['day', 1], ['day', 2], ['day', 5], ['day', 10], ['month', 1], ['month', 2], ['month', 3],
    ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100],
    ['year', 200], ['year', 500], ['year', 1000], ['year', 2000], ['year', 5000], ['year', 10000]].map(function (s) {
    return step(s[0], s[1]);
  });

  // The finest step whose labels, `measure`d, stand `gap` apart at `rate` px
  // a minute; null when none does.
  function chooseStep(rate, t0, t1, measure, gap) {
    for (var i = 0; i < STEPS.length; i++) {
      var s = STEPS[i];
      var w = s.sample ? measure(s.sample) : Math.max(measure(yearText(fields(t0).y)), measure(yearText(fields(t1).y)));
      if (s.min * rate >= w + gap) return s;
    }
    return null;
  }

  // The ticks of `scale` at zoom z for the stretch [v0, v1] of the zoomed
  // axis that shows: { t, x, label, context } at round instants of the finest
  // step each segment has room for. A context ("Jan 2024" over days) is
  // given to the first tick shown and wherever it changes, so that a reader
  // panned into a stretch still reads which it is. Labels start `offset`
  // right of their tick and never overlap (`gap` between them). Ticks up to
  // `margin` beyond the stretch are given too, ready for a pan.
  function ticks(scale, z, v0, v1, measure, opts) {
    var gap = (opts && opts.gap) || 8, offset = (opts && opts.offset) || 3, X = stretch(scale, z);
    var margin = (opts && opts.margin) || 0;
    var out = [], lastEnd = -Infinity, lastContext = null, lastContextEnd = -Infinity;
    scale.segments.forEach(function (seg) {
      var x0 = X(seg.x0), x1 = X(seg.x1);
      if (x1 < v0 - margin || x0 > v1 + margin || seg.t1 <= seg.t0) return;
      var rate = (x1 - x0) / (seg.t1 - seg.t0);
      var s = chooseStep(rate, seg.t0, seg.t1, measure, gap);
      if (!s) return;
      // Only the instants that show, from the segment's part on screen.
      var from = seg.t0 + Math.max(0, (v0 - margin - x0) / rate - s.min);
      var to = seg.t0 + Math.min(seg.t1 - seg.t0, (v1 + margin - x0) / rate);
      for (var t = s.first(Math.max(seg.t0, from)); t <= to && t <= seg.t1; t = s.next(t)) {
        var f = fields(t), x = x0 + (t - seg.t0) * rate, label = s.label(f), w = measure(label);
        if (x + offset < lastEnd + gap || x + offset + w > x1 + gap) continue;
        var tick = { t: t, x: x, label: label, context: '' };
        var context = s.context(f);
        var shown = x >= v0 - offset;
        if (context && shown && context !== lastContext && x + offset >= lastContextEnd + gap) {
          tick.context = context;
          lastContext = context;
          lastContextEnd = x + offset + measure(context);
        } else if (!context) {
          lastContext = null;
        }
        lastEnd = x + offset + w;
        out.push(tick);
      }
    });
    return out;
  }

  // Boxes { x0, y0, x1, y1 } bucketed in square cells of `cell` units, for
  // asking whether a new box meets any (boxes that only touch do not).
  function Occupancy(cell) {
    this.cell = cell;
    this.cells = new Map();
  }
  Occupancy.prototype.each = function (b, f) {
    var c = this.cell;
    for (var i = Math.floor(b.x0 / c); i <= Math.floor(b.x1 / c); i++) {
      for (var j = Math.floor(b.y0 / c); j <= Math.floor(b.y1 / c); j++) if (f(i + ',' + j) === false) return false;
    }
    return true;
  };
  Occupancy.prototype.add = function (b) {
    var cells = this.cells;
    if (!(b.x1 >= b.x0 && b.y1 >= b.y0)) return;
    this.each(b, function (key) {
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(b);
    });
  };
  Occupancy.prototype.isFree = function (b) {
    var cells = this.cells;
    return this.each(b, function (key) {
      var list = cells.get(key) || [];
      for (var k = 0; k < list.length; k++) {
        var o = list[k];
        if (o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) return false;
      }
      return true;
    });
  };

  return { parseScale: parseScale, Occupancy: Occupancy, stretch: stretch, ticks: ticks, chooseStep: chooseStep, fields: fields,
    minutesOf: minutesOf };
})();
if (typeof module === 'object' && module.exports) module.exports = tgZoom;
