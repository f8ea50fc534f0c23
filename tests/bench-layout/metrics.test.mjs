// The layout benchmark's metrics on graphs whose answers are known by hand,
// the SVG reader, the time columns, and the metrics CLI. No elkjs needed:
// node --test tests/bench-layout/metrics.test.mjs (env TIMEGRAPH_BIN, optional:
// also reads the seed's graph SVG as the binary writes it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  boundingBox, countCrossings, countLinksThroughBoxes, formatShare, meanLinkLength, metrics, segmentsCross, timeOrder,
} from '../../tools/bench-layout/metrics.mjs';
import { intervalsOf, isoMinutes, timeColumns } from '../../tools/bench-layout/model.mjs';
import { readGraphSvg } from '../../tools/bench-layout/svg.mjs';
import { pathPolyline, sampleBezier, splinePolyline } from '../../tools/bench-layout/bezier.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const here = dirname(fileURLToPath(import.meta.url));

// Boxes of 10 x 10 at the given centres.
const layout = (points, edges) => ({
  nodes: Object.entries(points).map(([id, [x, y]]) => ({ id, x, y, w: 10, h: 10 })),
  edges: edges.map(([from, to]) => ({ from, to })),
});
// Intervals in minutes: [earliest, latest], latest null for an open range.
const intervals = (spans) => new Map(Object.entries(spans).map(([id, [earliest, latest]]) => [id, { earliest, latest: latest ?? Infinity }]));

const square = { a: [0, 0], b: [0, 100], c: [100, 0], d: [100, 100] };

test('K2,2 drawn crossed has one crossing', () => {
  assert.equal(countCrossings(layout(square, [['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd']])), 1);
  assert.equal(countCrossings(layout(square, [['a', 'd'], ['b', 'c']])), 1);
});

test('K2,2 drawn uncrossed has none', () => {
  const uncrossed = { a: [0, 0], b: [0, 100], c: [100, 0], d: [100, 100] };
  assert.equal(countCrossings(layout(uncrossed, [['a', 'c'], ['b', 'd']])), 0);
  // The same four links with the right column in the other order: a -> c and b -> d now cross.
  const swapped = { a: [0, 0], b: [0, 100], c: [100, 100], d: [100, 0] };
  assert.equal(countCrossings(layout(swapped, [['a', 'c'], ['b', 'd']])), 1);
});

test('segments that share an end, touch or overlap do not cross', () => {
  assert.equal(countCrossings(layout(square, [['a', 'c'], ['a', 'd'], ['a', 'b']])), 0);
  // b's centre lies on a -> c: touching, not crossing.
  assert.equal(countCrossings(layout({ a: [0, 0], c: [100, 0], b: [50, 0], d: [50, 100] }, [['a', 'c'], ['b', 'd']])), 0);
  // Collinear and overlapping.
  assert.equal(countCrossings(layout({ a: [0, 0], b: [60, 0], c: [40, 0], d: [100, 0] }, [['a', 'b'], ['c', 'd']])), 0);
  // Links to missing nodes and self-links are ignored.
  assert.equal(countCrossings(layout(square, [['a', 'd'], ['b', 'zz'], ['c', 'c']])), 0);
});

test('a link through a third box counts once; ends, grazing and boxes beside it do not', () => {
  // a -> c passes through b's box (10 x 10 at the middle); a -> b ends in b.
  const row = { a: [0, 0], b: [50, 0], c: [100, 0], d: [50, 40] };
  assert.equal(countLinksThroughBoxes(layout(row, [['a', 'c']])), 1);
  assert.equal(countLinksThroughBoxes(layout(row, [['a', 'b'], ['b', 'c']])), 0);
  // d's box lies 35 px below the link: clear.
  assert.equal(countLinksThroughBoxes(layout(row, [['a', 'c'], ['a', 'd']])), 1);
  // A link running along b's top edge (y = -5) only grazes it.
  const graze = { a: [0, -5], b: [50, 0], c: [100, -5] };
  assert.equal(countLinksThroughBoxes(layout(graze, [['a', 'c']])), 0);
  // A diagonal through two boxes counts both.
  const diag = { a: [0, 0], b: [30, 30], c: [60, 60], d: [90, 90] };
  assert.equal(countLinksThroughBoxes(layout(diag, [['a', 'd']])), 2);
});

test('a drawn route counts, not the straight line between the centres', () => {
  // a -> c drawn straight would pass through b; routed above b it does not.
  const row = { a: [0, 0], b: [50, 0], c: [100, 0] };
  const around = layout(row, [['a', 'c']]);
  around.edges[0].routes = [[[0, -5], [0, -20], [100, -20], [100, -5]]];
  assert.equal(countLinksThroughBoxes(around), 0);
  // Routed down through b and back up, it meets b once, though two pieces cross it.
  around.edges[0].routes = [[[5, 0], [50, 0], [50, 30], [50, 0], [95, 0]]];
  assert.equal(countLinksThroughBoxes(around), 1);
});

test('routes are read from SVG paths and Graphviz splines', () => {
  // Straight pieces, and a quadratic corner whose samples end at its end point.
  assert.deepEqual(pathPolyline('M0,0 L10,0 L10,10', 5, 1), [[5, 1], [15, 1], [15, 11]]);
  const corner = pathPolyline('M0,0 L10,0 Q20,0 20,10');
  assert.deepEqual(corner.at(-1), [20, 10]);
  assert.equal(corner.length, 2 + 8);
  // A cubic from (0,0) to (30,0) bulging up passes near its middle control height * 3/4.
  const mid = sampleBezier([0, 0], [[10, 40], [20, 40], [30, 0]], 2)[0];
  assert.deepEqual(mid, [15, 30]);
  // dot's pos: spline points in y-up coordinates, then the arrow tip ("e,").
  const line = splinePolyline('e,30,0 0,100 10,100 20,100 30,100', 100);
  assert.deepEqual(line[0], [0, 0]);
  assert.deepEqual(line.at(-2), [30, 0]);
  assert.deepEqual(line.at(-1), [30, 100]);
});

// `count` random points in a square of side `span` and `links` random links
// between them, the same for the same seed.
function randomGraph(seed, count, links, span) {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const points = {};
  for (let i = 0; i < count; i++) points[`n${i}`] = [Math.round(random() * span), Math.round(random() * span)];
  const edges = [];
  for (let i = 0; i < links; i++) edges.push([`n${Math.floor(random() * count)}`, `n${Math.floor(random() * count)}`]);
  return { points, edges };
}

test('links through boxes: the pruned count equals testing every pair', () => {
  const { points, edges } = randomGraph(777, 80, 120, 600);
  const l = layout(points, edges);
  let brute = 0;
  for (const [f, t] of edges) {
    if (f === t) continue;
    const [x1, y1] = points[f], [x2, y2] = points[t];
    for (const [id, [x, y]] of Object.entries(points)) {
      if (id === f || id === t) continue;
      // Sample the segment finely against the box shrunk by half a pixel.
      let hit = false;
      for (let k = 0; k <= 20000 && !hit; k++) {
        const px = x1 + (x2 - x1) * k / 20000, py = y1 + (y2 - y1) * k / 20000;
        hit = Math.abs(px - x) < 4.5 && Math.abs(py - y) < 4.5;
      }
      if (hit) brute++;
    }
  }
  assert.ok(brute > 0);
  assert.equal(countLinksThroughBoxes(l), brute);
});

test('the sweep counts what comparing every pair counts', () => {
  const { points, edges } = randomGraph(12345, 120, 200, 1000);
  const g = layout(points, edges);
  const at = new Map(g.nodes.map((n, i) => [n.id, i]));
  const segs = g.edges.filter((e) => e.from !== e.to).map((e) => {
    const p = g.nodes[at.get(e.from)], q = g.nodes[at.get(e.to)];
    return { a: at.get(e.from), b: at.get(e.to), x1: p.x, y1: p.y, x2: q.x, y2: q.y };
  });
  let brute = 0;
  for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) if (segmentsCross(segs[i], segs[j])) brute++;
  assert.ok(brute > 100);
  assert.equal(countCrossings(g), brute);
});

test('time order: pairs certainly before, drawn left to right', () => {
  // b and c overlap, so (b, c) is no pair; (a, b), (a, c), (a, d), (b, d) and (c, d) are.
  const spans = intervals({ a: [0, 10], b: [20, 30], c: [25, 40], d: [50, 60] });
  const inOrder = layout({ a: [0, 0], b: [10, 0], c: [5, 50], d: [20, 0] }, []);
  assert.deepEqual(timeOrder(inOrder, spans), { pairs: 5, inOrder: 5, share: 1 });
  assert.equal(formatShare(timeOrder(inOrder, spans)), '100%');
  // d drawn left of everything: (a, d), (b, d) and (c, d) are against time.
  const dFirst = layout({ a: [0, 0], b: [10, 0], c: [20, 0], d: [-10, 0] }, []);
  assert.equal(formatShare(timeOrder(dFirst, spans)), '40.0%');
});

test('one of two pairs drawn against time is 50%', () => {
  const spans = intervals({ a: [0, 10], b: [20, 30] });
  assert.equal(formatShare(timeOrder(layout({ a: [0, 0], b: [10, 0] }, []), spans)), '100%');
  assert.equal(formatShare(timeOrder(layout({ a: [10, 0], b: [0, 0] }, []), spans)), '0.0%');
  // a and c before b and d: four pairs; b drawn left of a and c puts (a, b) and (c, b) against time.
  const four = intervals({ a: [0, 10], b: [20, 30], c: [0, 10], d: [20, 30] });
  const against = layout({ a: [10, 0], b: [0, 0], c: [10, 50], d: [20, 50] }, []);
  assert.deepEqual(timeOrder(against, four), { pairs: 4, inOrder: 2, share: 0.5 });
  assert.equal(formatShare(timeOrder(against, four)), '50.0%');
});

test('time order: ties are not in order, open ranges precede nothing, down reads y', () => {
  const spans = intervals({ a: [0, 10], b: [20, 30], open: [0, null] });
  const tied = layout({ a: [5, 0], b: [5, 10], open: [-100, 0] }, []);
  assert.deepEqual(timeOrder(tied, spans), { pairs: 1, inOrder: 0, share: 0 });
  assert.equal(formatShare(timeOrder(tied, spans)), '0.0%');
  assert.deepEqual(timeOrder(tied, spans, 'down'), { pairs: 1, inOrder: 1, share: 1 });
  assert.equal(formatShare({ pairs: 0, inOrder: 0, share: null }), 'n/a');
});

test('a share just under 1 never reads 100%', () => {
  assert.equal(formatShare({ pairs: 10000, inOrder: 9999, share: 0.9999 }), '99.9%');
  assert.equal(formatShare({ pairs: 3, inOrder: 2, share: 2 / 3 }), '66.6%');
});

test('bounding box, aspect and mean link length', () => {
  const g = { nodes: [{ id: 'a', x: 0, y: 0, w: 20, h: 10 }, { id: 'b', x: 100, y: 0, w: 20, h: 10 }], edges: [{ from: 'a', to: 'b' }] };
  assert.deepEqual(boundingBox(g), { width: 120, height: 10, aspect: 12 });
  const tall = layout({ a: [0, 0], b: [0, 90] }, []);
  assert.deepEqual(boundingBox(tall), { width: 10, height: 100, aspect: 0.1 });
  assert.equal(meanLinkLength(layout({ a: [0, 0], b: [30, 40], c: [0, 40] }, [['a', 'b'], ['b', 'c']])), 40);
  assert.equal(meanLinkLength(layout({ a: [0, 0] }, [])), null);
});

test('ISO minutes compare across BCE and CE', () => {
  assert.equal(isoMinutes('1970-01-01T00:00'), 0);
  assert.equal(isoMinutes('1970-01-02T00:01'), 1441);
  assert.equal(isoMinutes('2000-03-01T00:00') - isoMinutes('2000-02-28T00:00'), 2 * 1440);  // 2000 is a leap year
  assert.ok(isoMinutes('-0043-03-15T00:00') < isoMinutes('-0042-01-01T00:00'));
  assert.ok(isoMinutes('-0001-12-31T23:59') < isoMinutes('0000-01-01T00:00'));
});

test('time columns: certain precedence, then links, as low as possible', () => {
  const spans = intervals({ a: [0, 10], b: [20, 30], c: [25, 40], d: [5, 45] });
  // a before b and c; d overlaps everything; b and c overlap.
  const plain = timeColumns(['a', 'b', 'c', 'd'], [], spans);
  assert.deepEqual(Object.fromEntries(plain), { a: 0, b: 1, c: 1, d: 0 });
  // A link b -> c puts c after b; d -> a puts a after d, and b, c after that.
  const linked = timeColumns(['a', 'b', 'c', 'd'], [{ from: 'b', to: 'c' }, { from: 'd', to: 'a' }], spans);
  assert.deepEqual(Object.fromEntries(linked), { d: 0, a: 1, b: 2, c: 3 });
  // c -> a with a certainly before c is a cycle: the dates alone decide.
  const cycle = timeColumns(['a', 'b', 'c', 'd'], [{ from: 'c', to: 'a' }], spans);
  assert.deepEqual(Object.fromEntries(cycle), Object.fromEntries(plain));
});

test('reads boxes and links from a graph SVG, skipping the legend', () => {
  const svg = readFileSync(join(here, 'small.graph.svg'), 'utf8');
  const g = readGraphSvg(svg);
  assert.deepEqual(g.nodes, [
    { id: 'a&b', x: 50, y: 30, w: 60, h: 20 },
    { id: 'c', x: 215, y: 130, w: 50, h: 20 },
    { id: 'd', x: 215, y: 30, w: 50, h: 20 },
  ]);
  assert.deepEqual(g.edges.map(({ from, to }) => ({ from, to })), [{ from: 'a&b', to: 'c' }, { from: 'a&b', to: 'd' }]);
  // Each link's drawn route: the curve sampled from its start to its end, the straight one as is.
  assert.deepEqual(g.edges[0].routes[0][0], [80, 30]);
  assert.deepEqual(g.edges[0].routes[0].at(-1), [190, 130]);
  assert.deepEqual(g.edges[1].routes, [[[80, 30], [190, 30]]]);
});

test('the CLI prints the metrics of an SVG and a model as JSON', () => {
  const out = execFileSync(process.execPath, [
    join(root, 'tools/bench-layout/metrics.mjs'), '--svg', join(here, 'small.graph.svg'), '--model', join(here, 'small.model.json'),
  ], { encoding: 'utf8' });
  const m = JSON.parse(out);
  assert.equal(m.nodes, 3);
  assert.equal(m.edges, 2);
  assert.equal(m.crossings, 0);
  assert.equal(m.linksThroughBoxes, 0);
  assert.deepEqual(m.timeOrder, { pairs: 2, inOrder: 2, share: 1 });
  assert.equal(m.width, 220);
  assert.equal(m.height, 120);
});

test('reads the seed graph that the binary draws', { skip: !process.env.TIMEGRAPH_BIN && 'TIMEGRAPH_BIN not set' }, () => {
  const bin = process.env.TIMEGRAPH_BIN;
  const seed = join(root, 'data/us-china-2024.tg');
  const model = JSON.parse(execFileSync(bin, ['export', seed, '--format', 'json'], { encoding: 'utf8' }));
  const work = mkdtempSync(join(tmpdir(), 'tg-bench-layout-'));
  writeFileSync(join(work, 'model.json'), JSON.stringify(model));
  for (const kind of ['dated', 'dot']) {
    const g = readGraphSvg(execFileSync(bin, ['graph', seed, '--layout', kind], { encoding: 'utf8' }));
    assert.equal(g.nodes.length, model.events.length, kind);
    assert.equal(g.edges.length, model.links.filter((l) => l.drawn).length, kind);
    const m = metrics(g, intervalsOf(model));
    assert.equal(formatShare(m.timeOrder), '100%', kind);
    // The default drawing of the seed crosses no link, as dot's and ELK's do not.
    if (kind === 'dated') assert.equal(m.crossings, 0, kind);
    // Every link is read with its drawn route, and no route passes through a box.
    assert.ok(g.edges.every((e) => e.routes.length > 0 && e.routes[0].length >= 2), kind);
    assert.equal(m.linksThroughBoxes, 0, kind);
  }
});
