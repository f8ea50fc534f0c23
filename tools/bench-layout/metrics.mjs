// The layout quality metrics, one definition for every layout in the
// benchmark (scripts/bench-layout): edge crossings, time order, bounding box,
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
