// ELK layered (elkjs) on the benchmark's common graph, as a child process of
// run.mjs so that a layout over the time cap can be killed:
//   node elk.mjs --in GRAPH.json --out LAYOUT.json [--free]
// GRAPH.json: {nodes: [{id, w, h, column}], edges: [{from, to}]}. By default
// each node's layer is fixed by its time column (ELK's partitioning); --free
// lets ELK choose the layers. LAYOUT.json: the common form {nodes: [{id, x, y,
// w, h}], edges} with box centres, and layoutMs, the time of the layout call
// (after a warm-up call).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import ELK from 'elkjs/lib/elk.bundled.js';

// The same gaps as timegraph's Graphviz layout (kNodeSep, kRankSep: 16 px
// between boxes in a column, 24 px between columns). Connected components are
// laid out together: ELK otherwise gives each its own layers, and partitions
// would hold only within a component. The free layout keeps the same options,
// so that the partitions are the only difference.
const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
};

export async function elkLayout(graph, { partitioned }) {
  const layoutOptions = { ...OPTIONS };
  if (partitioned) layoutOptions['elk.partitioning.activate'] = 'true';
  const elkGraph = {
    id: 'root',
    layoutOptions,
    children: graph.nodes.map((n) => ({
      id: n.id, width: n.w, height: n.h,
      ...(partitioned ? { layoutOptions: { 'elk.partitioning.partition': String(n.column) } } : {}),
    })),
    edges: graph.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const elk = new ELK();
  // A first call pays for loading ELK's code (about 0.2 s); a two-node graph
  // pays it here, so that the time below is the layout's own.
  const tiny = (id, column) => ({ id, width: 10, height: 10, ...(partitioned ? { layoutOptions: { 'elk.partitioning.partition': String(column) } } : {}) });
  await elk.layout({ id: 'warm-up', layoutOptions, children: [tiny('a', 0), tiny('b', 1), tiny('c', 1), tiny('d', 2)],
                     edges: [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['a', 'd']].map(([s, t], i) => ({ id: `w${i}`, sources: [s], targets: [t] })) });
  const start = performance.now();
  const out = await elk.layout(elkGraph);
  const layoutMs = performance.now() - start;
  const nodes = out.children.map((c) => ({ id: c.id, x: c.x + c.width / 2, y: c.y + c.height / 2, w: c.width, h: c.height }));
  // Each edge's drawn route: its sections' start, bend and end points (the
  // edges of this flat graph are in the root's coordinates, as the nodes).
  const routes = new Map((out.edges ?? []).map((e) => [e.id, (e.sections ?? []).map((s) =>
    [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => [p.x, p.y]))]));
  return { nodes, edges: graph.edges.map(({ from, to }, i) => ({ from, to, routes: routes.get(`e${i}`) ?? [] })), layoutMs };
}

async function main() {
  const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, free: { type: 'boolean' } } });
  if (!values.in || !values.out) {
    console.error('usage: node elk.mjs --in GRAPH.json --out LAYOUT.json [--free]');
    process.exit(2);
  }
  const graph = JSON.parse(readFileSync(values.in, 'utf8'));
  writeFileSync(values.out, JSON.stringify(await elkLayout(graph, { partitioned: !values.free })));
}

await main();
