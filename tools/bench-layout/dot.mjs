// The Graphviz peers: the DOT that `timegraph export --format dot` writes
// (time columns as rank=same subgraphs on an invisible spine), with each box
// given the size it has in our SVG, and the same graph without the columns.
// Also reads dot's -Tjson0 output back into the common form.
import { splinePolyline } from './bezier.mjs';

const PX_PER_INCH = 72;  // timegraph hands Graphviz px as points
const inches = (px) => (px / PX_PER_INCH).toFixed(4);
const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

// A gvpr program that fixes every event's box to its size in the common graph
// and empties every label, so that dot places exactly the boxes and links
// the other layouts get. gvpr rather than editing the text: it parses DOT.
// The sizes come from a file (ARGV[0], see sizesTable): gvpr crashed on a
// program holding 5,000 events' sizes.
export const SIZES_GVPR = `BEGIN {
  string w[string]; string h[string]; string f[int]; string line; int fd;
  fd = openF(ARGV[0], "r");
  while ((line = readL(fd)) != "") {
    if (tokens(line, f, "\t\n") == 3) { w[f[0]] = f[1]; h[f[0]] = f[2]; }
  }
  closeF(fd);
}
BEG_G { aset($, "label", ""); }
N { if (name in w) { aset($, "fixedsize", "true"); aset($, "width", w[name]); aset($, "height", h[name]); aset($, "label", ""); } }
E { aset($, "label", ""); aset($, "headlabel", ""); aset($, "taillabel", ""); aset($, "xlabel", ""); }
`;

// One line per event for SIZES_GVPR: id, width and height in inches, tab-separated
// (ids hold no white space).
export function sizesTable(graph) {
  return graph.nodes.map((n) => `${n.id}\t${inches(n.w)}\t${inches(n.h)}\n`).join('');
}

// The same boxes and links, with the same gaps as timegraph's dot layout,
// and no time columns: where dot alone would put them.
export function freeDot(graph) {
  const lines = [
    'digraph free {',
    `\tgraph [rankdir=LR, nodesep=${inches(16)}, ranksep=${inches(24)}];`,
    '\tnode [shape=box, fixedsize=true, label=""];',
    ...graph.nodes.map((n) => `\t${quote(n.id)} [width=${inches(n.w)}, height=${inches(n.h)}];`),
    ...graph.edges.map((e) => `\t${quote(e.from)} -> ${quote(e.to)};`),
    '}',
  ];
  return lines.join('\n') + '\n';
}

// dot -Tjson0 -> common form; only the graph's own events are kept (not the
// spine), y turned to grow downwards as in SVG.
export function readDotJson(json, graph) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const top = Number(json.bb.split(',')[3]);
  const nodes = [];
  for (const o of json.objects ?? []) {
    if (!ids.has(o.name) || o.pos === undefined) continue;
    const [x, y] = o.pos.split(',').map(Number);
    nodes.push({ id: o.name, x, y: top - y, w: Number(o.width) * PX_PER_INCH, h: Number(o.height) * PX_PER_INCH });
  }
  // Each drawn link's spline, found by its ends' names; the spine and other
  // hidden links of the time columns are not among the graph's links.
  const names = new Map((json.objects ?? []).map((o) => [o._gvid, o.name]));
  const drawn = new Map();
  for (const e of json.edges ?? []) {
    if (e.pos === undefined) continue;
    const key = `${names.get(e.tail)}\u0000${names.get(e.head)}`;
    if (!drawn.has(key)) drawn.set(key, []);
    drawn.get(key).push(...e.pos.split(';').map((piece) => splinePolyline(piece, top)));
  }
  return { nodes, edges: graph.edges.map(({ from, to }) => ({ from, to, routes: drawn.get(`${from}\u0000${to}`) ?? [] })) };
}

// The links of a DOT file written by agwrite, as "from\u0000to" keys, to
// check that the export draws the same links as the SVG. Spine edges
// (between _tN nodes) are not links.
export function dotLinkKeys(dotText) {
  const name = String.raw`("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.]+)`;
  const unquote = (s) => (s.startsWith('"') ? s.slice(1, -1).replace(/\\(["\\])/g, '$1') : s);
  const keys = new Set();
  for (const m of dotText.matchAll(new RegExp(String.raw`^\s*${name}\s*->\s*${name}`, 'gm'))) {
    const from = unquote(m[1]), to = unquote(m[2]);
    if (/^_t\d+$/.test(from) && /^_t\d+$/.test(to)) continue;
    keys.add(`${from}\u0000${to}`);
  }
  return keys;
}
