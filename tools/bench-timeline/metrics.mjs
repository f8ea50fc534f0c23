// The timeline benchmark's metrics, one definition for every tool
// (scripts/bench-timeline), computed from what collect.mjs read off the page
// and the events every tool was given (events.mjs). Pure functions: the unit
// test feeds them hand-made boxes.
import { timeOrder } from '../bench-layout/metrics.mjs';
import { DAY_MS } from './events.mjs';

export const MIN_FONT_PX = 10;

// Two boxes overlap when their intersection is more than 1 px each way.
export function boxesOverlap(a, b, slack = 1) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > slack && h > slack;
}

// Pairs of different text nodes whose visible boxes overlap; a pair counts
// once however many of their line boxes meet. A sweep along x.
export function overlappingTextPairs(texts) {
  const boxes = texts.flatMap((t) => t.boxes.map((b) => ({ ...b, node: t.node }))).sort((p, q) => p.x - q.x);
  const pairs = new Set();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].x < a.x + a.w - 1; j++) {
      const b = boxes[j];
      if (b.node === a.node || !boxesOverlap(a, b)) continue;
      pairs.add(a.node < b.node ? `${a.node},${b.node}` : `${b.node},${a.node}`);
    }
  }
  return pairs.size;
}

const words = (s) => s.replace(/\s+/g, ' ').trim();

// An event's title is readable when the text nodes the tool drew for it,
// joined in order, hold the whole title as it was given, and every one of
// them is shown, unclipped (no overflow, no ellipsis) and at least 10 px.
export function titleReadable(title, pieces) {
  if (pieces.length === 0) return false;
  if (!pieces.every((p) => p.shown && !p.clipped && p.boxes.length > 0 && p.fontSize >= MIN_FONT_PX)) return false;
  const drawn = words(pieces.map((p) => p.text).join(' '));
  // A title wrapped at a hyphen is drawn "fentanyl-" + "type"; join it back.
  return drawn.includes(words(title)) || drawn.replace(/- /g, '-').includes(words(title));
}

export function titlesReadable(events, texts) {
  const byOwner = new Map();
  for (const t of texts) if (t.owner !== null) (byOwner.get(t.owner) ?? byOwner.set(t.owner, []).get(t.owner)).push(t);
  const readable = events.filter((e) => titleReadable(e.fedTitle ?? e.title, byOwner.get(e.id) ?? [])).length;
  return { readable, events: events.length, share: events.length === 0 ? null : readable / events.length };
}

// The 24 hours with the most events dated within a day starting in them:
// [from, from + 1 day), from being such an event's start; the earliest such
// window on a tie. A month, a year or a range has no one day to count in (a
// year's first instant is no busier than its other days).
export function busiestDay(events) {
  const starts = events.filter((e) => e.day).map((e) => e.start).sort((a, b) => a - b);
  let best = { from: null, count: 0 };
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (j < starts.length && starts[j] < starts[i] + DAY_MS) j++;
    if (j - i > best.count) best = { from: starts[i], count: j - i };
  }
  return best;
}

// Where an item's start is drawn: a range mark's left edge, a point's centre.
// A range mark of an event given as a point (timegraph draws an open range
// "from 2022" as a bar to the axis' end) has only its start.
const startX = (it) => (it.kind === 'range' ? it.x0 : (it.x0 + it.x1) / 2);

// Time -> x as the tool drew it, from its items: a point's centre is its
// start, a range's left and right edges its start and end. Piecewise linear
// between those anchors (their x averaged where several share an instant),
// held at the ends.
export function axisOf(events, items) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const at = new Map();
  const add = (t, x) => { const a = at.get(t) ?? at.set(t, { sum: 0, n: 0 }).get(t); a.sum += x; a.n++; };
  for (const it of items) {
    const e = byId.get(it.id);
    if (!e) continue;
    add(e.start, startX(it));
    if (it.kind === 'range' && e.end !== null) add(e.end, it.x1);
  }
  const anchors = [...at].map(([t, a]) => ({ t, x: a.sum / a.n })).sort((p, q) => p.t - q.t);
  const xOf = (t) => {
    if (anchors.length === 0) return null;
    if (t <= anchors[0].t) return anchors[0].x;
    const last = anchors[anchors.length - 1];
    if (t >= last.t) return last.x;
    let lo = 0, hi = anchors.length - 1;
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (anchors[mid].t <= t) lo = mid; else hi = mid; }
    const p = anchors[lo], q = anchors[hi];
    return p.x + (q.x - p.x) * (t - p.t) / (q.t - p.t);
  };
  const span = anchors.length < 2 ? 0 : anchors[anchors.length - 1].x - anchors[0].x;
  return { xOf, span };
}

// The share of the time axis' drawn width that the busiest day gets.
export function busiestDayShare(events, items) {
  const day = busiestDay(events);
  const { xOf, span } = axisOf(events, items);
  if (day.from === null || span <= 0) return { ...day, share: null };
  return { ...day, share: Math.abs(xOf(day.from + DAY_MS) - xOf(day.from)) / span };
}

// Of the pairs certainly in time order (the model's intervals), the share
// whose items start in that order along x (bench-layout's definition), at
// whole pixels: a screen cannot show an order finer than a pixel, so two
// starts in the same pixel are not drawn in order.
export function itemTimeOrder(events, items, intervals) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const nodes = items.filter((it) => byId.has(it.id))
    .map((it) => ({ id: it.id, x: Math.round(startX(it)) }));
  return timeOrder({ nodes }, intervals);
}

export function timelineMetrics(capture, events, intervals) {
  const drawn = new Set(capture.items.map((it) => it.id));
  const { width, height } = capture.drawing;
  return {
    events: events.length,
    drawn: events.filter((e) => drawn.has(e.id)).length,
    overlaps: overlappingTextPairs(capture.texts),
    titles: titlesReadable(events, capture.texts),
    width, height, aspect: height > 0 ? width / height : null,
    busiestDay: busiestDayShare(events, capture.items),
    timeOrder: itemTimeOrder(events, capture.items, intervals),
  };
}
