// The layout quality metrics, one definition for every layout in the
// benchmark (scripts/bench-layout): edge crossings, links through boxes, time order, bounding box,
// mean link length. Input is the common form {nodes: [{id, x, y, w, h}],
// edges: [{from, to}]} (box centres and sizes in px) plus the model's intervals.
// No ELK here: the unit test and the CLI run without the npm packages.
//
// CLI: node tools/bench-layout/metrics.mjs --svg GRAPH.svg --model MODEL.json [--direction right|down]
//   MODEL.json is `timegraph export FILE --format json`; prints the metrics as JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { intervalsOf } from './model.mjs';
import { readGraphSvg } from './svg.mjs';

// Links as straight segments between box centres; links with an end that is
// not a node, and links from a box to itself, are left out.
function segmentsOf(layout) {
  const at = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const segs = [];
  for (const e of layout.edges) {
    const a = at.get(e.from), b = at.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const p = layout.nodes[a], q = layout.nodes[b];
    segs.push({ a, b, x1: p.x, y1: p.y, x2: q.x, y2: q.y,
                minX: Math.min(p.x, q.x), maxX: Math.max(p.x, q.x),
                minY: Math.min(p.y, q.y), maxY: Math.max(p.y, q.y) });
  }
  return segs;
}

const orient = (ax, ay, bx, by, cx, cy) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

// A proper crossing: each segment's ends lie strictly on both sides of the
// other. Touching, collinear overlap and a shared end do not count.
export function segmentsCross(s, t) {
  if (s.a === t.a || s.a === t.b || s.b === t.a || s.b === t.b) return false;
  const o1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1), o2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  if (o1 * o2 >= 0) return false;
  const o3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1), o4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  return o3 * o4 < 0;
}

// Sweep along x: segments sorted by their left end; each is tested only
// against those that start before it ends and overlap it in y. Worst case
// O(E^2), about 0.1 s for 7,500 links in a 5,000-event layout.
export function countCrossings(layout) {
  const segs = segmentsOf(layout).sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    for (let j = i + 1; j < segs.length && segs[j].minX <= s.maxX; j++) {
      const t = segs[j];
      if (t.maxY < s.minY || t.minY > s.maxY) continue;
      if (segmentsCross(s, t)) crossings++;
    }
  }
  return crossings;
}

// Links drawn through a box: pairs (link, box) where the link, as the layout
// draws it, passes through the inside of a box that is neither of its ends.
// The boxes carry the events' text, so this is the graph's link-through-text
// count on the common ground every peer shares. A link's drawn route is
// `edge.routes` (polylines, curves already sampled by the readers); without
// one, the straight segment between the box centres stands in. A route that
// only grazes a box (within half a pixel of its edge) does not count, nor does
// a box met twice by one link count twice.
export function segmentThroughBox(s, box, inset = 0.5) {
  const x0 = box.x - box.w / 2 + inset, x1 = box.x + box.w / 2 - inset;
  const y0 = box.y - box.h / 2 + inset, y1 = box.y + box.h / 2 - inset;
  if (x0 >= x1 || y0 >= y1) return false;
  // Liang-Barsky: clip the parameter range [0, 1] to the box's slabs.
  const dx = s.x2 - s.x1, dy = s.y2 - s.y1;
  let lo = 0, hi = 1;
  for (const [p, q] of [[-dx, s.x1 - x0], [dx, x1 - s.x1], [-dy, s.y1 - y0], [dy, y1 - s.y1]]) {
    if (p === 0) { if (q <= 0) return false; continue; }
    const t = q / p;
    if (p < 0) lo = Math.max(lo, t); else hi = Math.min(hi, t);
    if (lo >= hi) return false;
  }
  return true;
}

function routePieces(layout, at, e) {
  const a = at.get(e.from), b = at.get(e.to);
  if (a === undefined || b === undefined || a === b) return null;
  const drawn = (e.routes ?? []).filter((line) => line.length >= 2);
  const lines = drawn.length > 0 ? drawn
    : [[[layout.nodes[a].x, layout.nodes[a].y], [layout.nodes[b].x, layout.nodes[b].y]]];
  const pieces = [];
  for (const pts of lines) {
    for (let k = 1; k < pts.length; k++) {
      const [x1, y1] = pts[k - 1], [x2, y2] = pts[k];
      pieces.push({ x1, y1, x2, y2, minX: Math.min(x1, x2), maxX: Math.max(x1, x2) });
    }
  }
  return { a, b, pieces };
}

export function countLinksThroughBoxes(layout) {
  const at = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const boxes = layout.nodes.map((n, i) => ({ i, left: n.x - n.w / 2, right: n.x + n.w / 2, n }))
    .sort((p, q) => p.left - q.left);
  const lefts = boxes.map((b) => b.left);
  let through = 0;
  for (const e of layout.edges) {
    const link = routePieces(layout, at, e);
    if (!link) continue;
    const met = new Set();
    for (const s of link.pieces) {
      // Boxes whose left edge lies before the piece's right end; of those,
      // only the ones reaching past its left end can meet it.
      let hi = 0, top = lefts.length;
      while (hi < top) { const mid = (hi + top) >> 1; if (lefts[mid] < s.maxX) hi = mid + 1; else top = mid; }
      for (let k = 0; k < hi; k++) {
        const b = boxes[k];
        if (b.right <= s.minX || b.i === link.a || b.i === link.b || met.has(b.i)) continue;
        if (segmentThroughBox(s, b.n)) met.add(b.i);
      }
    }
    through += met.size;
  }
  return through;
}

// Fenwick tree over ranks, for counting in O(n log n).
function fenwick(n) {
  const tree = new Float64Array(n + 1);
  return {
    add(i) { for (i++; i <= n; i += i & -i) tree[i]++; },
    below(i) { let s = 0; for (; i > 0; i -= i & -i) s += tree[i]; return s; },  // ranks < i
  };
}

// Of the pairs (a, b) with a certainly before b (latest(a) < earliest(b)),
// how many are drawn with a's centre strictly before b's along the time axis
// (x for a left-to-right layout, y for a top-down one). Events without an
// interval are left out. O(n log n): each b, in order of earliest instant,
// queries the a's that ended before it began.
export function timeOrder(layout, intervals, direction = 'right') {
  const axis = direction === 'down' ? 'y' : 'x';
  const pts = layout.nodes.filter((n) => intervals.has(n.id))
    .map((n) => ({ pos: n[axis], ...intervals.get(n.id) }));
  const positions = [...new Set(pts.map((p) => p.pos))].sort((a, b) => a - b);
  const rankOf = new Map(positions.map((x, i) => [x, i]));
  const by = (key) => (p, q) => (p[key] < q[key] ? -1 : p[key] > q[key] ? 1 : 0);  // Infinity-safe
  const byLatest = [...pts].sort(by('latest'));
  const byEarliest = [...pts].sort(by('earliest'));
  const tree = fenwick(positions.length);
  let pairs = 0, inOrder = 0, k = 0;
  for (const b of byEarliest) {
    while (k < byLatest.length && byLatest[k].latest < b.earliest) tree.add(rankOf.get(byLatest[k++].pos));
    pairs += k;
    inOrder += tree.below(rankOf.get(b.pos));
  }
  return { pairs, inOrder, share: pairs === 0 ? null : inOrder / pairs };
}

export function boundingBox(layout) {
  if (layout.nodes.length === 0) return { width: 0, height: 0, aspect: null };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of layout.nodes) {
    x0 = Math.min(x0, n.x - n.w / 2); x1 = Math.max(x1, n.x + n.w / 2);
    y0 = Math.min(y0, n.y - n.h / 2); y1 = Math.max(y1, n.y + n.h / 2);
  }
  const width = x1 - x0, height = y1 - y0;
  return { width, height, aspect: height > 0 ? width / height : null };
}

export function meanLinkLength(layout) {
  const segs = segmentsOf(layout);
  if (segs.length === 0) return null;
  return segs.reduce((sum, s) => sum + Math.hypot(s.x2 - s.x1, s.y2 - s.y1), 0) / segs.length;
}

export function metrics(layout, intervals, direction = layout.direction ?? 'right') {
  return {
    nodes: layout.nodes.length,
    edges: layout.edges.length,
    crossings: countCrossings(layout),
    linksThroughBoxes: countLinksThroughBoxes(layout),
    timeOrder: timeOrder(layout, intervals, direction),
    ...boundingBox(layout),
    meanLinkLength: meanLinkLength(layout),
  };
}

// "100%" only when every pair is in order; otherwise rounded down to 0.1 %,
// so that 99.96 % reads 99.9 %, never 100 %.
export function formatShare(order) {
  if (order.share === null) return 'n/a';
  if (order.inOrder === order.pairs) return '100%';
  return `${(Math.floor(order.share * 1000) / 10).toFixed(1)}%`;
}

function main() {
  const { values } = parseArgs({
    options: { svg: { type: 'string' }, model: { type: 'string' }, direction: { type: 'string' } },
  });
  if (!values.svg || !values.model || (values.direction && !['right', 'down'].includes(values.direction))) {
    console.error('usage: node metrics.mjs --svg GRAPH.svg --model MODEL.json [--direction right|down]');
    process.exit(2);
  }
  const layout = readGraphSvg(readFileSync(values.svg, 'utf8'));
  const intervals = intervalsOf(JSON.parse(readFileSync(values.model, 'utf8')));
  console.log(JSON.stringify(metrics(layout, intervals, values.direction), null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
