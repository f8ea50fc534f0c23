// Runs every layout of the benchmark on each graph and prints the Markdown
// table for docs/performance.md (scripts/bench-layout calls it):
//   node run.mjs --bin TIMEGRAPH --out DIR [--cap SECONDS] NAME=MODEL.tg...
// Every layout gets the same boxes and links, read from our dated graph SVG;
// every layout's metrics come from metrics.mjs. Each layout runs in a child
// process of its own group, killed at the cap. Results also go to DIR/results.json.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { metrics, formatShare } from './metrics.mjs';
import { intervalsOf, timeColumns } from './model.mjs';
import { readGraphSvg } from './svg.mjs';
import { SIZES_GVPR, sizesTable, freeDot, readDotJson, dotLinkKeys } from './dot.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: opts, positionals } = parseArgs({
  options: { bin: { type: 'string' }, out: { type: 'string' }, cap: { type: 'string', default: '120' } },
  allowPositionals: true,
});
if (!opts.bin || !opts.out || positionals.length === 0) {
  console.error('usage: node run.mjs --bin TIMEGRAPH --out DIR [--cap SECONDS] NAME=MODEL.tg...');
  process.exit(2);
}
const cap = Number(opts.cap);
mkdirSync(opts.out, { recursive: true });
const log = (msg) => console.error(`bench-layout: ${msg}`);

// Runs a command in its own process group and kills the whole group at the
// cap (timegraph's dot layout forks a child). Resolves {ms, timedOut, code, stderr}.
function runTimed(cmd, args, capSeconds = cap) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '', timedOut = false;
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, capSeconds * 1000);
    child.on('error', (err) => { clearTimeout(timer); resolve({ ms: 0, timedOut, code: -1, stderr: String(err) }); });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - start, timedOut, code, stderr });
    });
  });
}

const graphHelp = execFileSync(opts.bin, ['graph', '--help'], { encoding: 'utf8' });
// `--direction down`, where the binary has it: the option's help, up to the next option, names `down`.
const directionHelp = /\n\s*--direction\b[\s\S]*?(?=\n\s*-|$)/.exec(graphHelp)?.[0] ?? '';
const hasDown = /\bdown\b/.test(directionHelp);
const hasDotTimeout = /--dot-timeout\b/.test(graphHelp);

// One outcome per layout: {layout, seconds, status: 'ok'|'over'|'failed', metrics?, note?}.
async function ours(name, model, intervals, label, args) {
  const svg = join(opts.out, `${name}.${label.replace(/\W+/g, '-')}.svg`);
  // timegraph bounds dot itself (--dot-timeout = the cap); the group kill is
  // the backstop, a little later, so that its own bound fires first.
  const r = await runTimed(opts.bin, ['graph', model, ...args, '-o', svg], cap + 10);
  const seconds = r.ms / 1000;
  if (r.timedOut || (r.code !== 0 && seconds >= cap)) return { layout: label, status: 'over' };
  if (r.code !== 0) return { layout: label, status: 'failed', note: r.stderr.trim().split('\n').pop() };
  const layout = readGraphSvg(readFileSync(svg, 'utf8'));
  // The SVG says which way time runs (`auto` may have chosen down).
  return { layout: label, status: 'ok', seconds, metrics: metrics(layout, intervals), layoutData: layout };
}

async function elk(name, graph, intervals, label, free) {
  const input = join(opts.out, `${name}.elk-input.json`);
  const output = join(opts.out, `${name}.${free ? 'elk-free' : 'elk'}.json`);
  writeFileSync(input, JSON.stringify(graph));
  const args = [join(here, 'elk.mjs'), '--in', input, '--out', output, ...(free ? ['--free'] : [])];
  const r = await runTimed(process.execPath, ['--max-old-space-size=8192', ...args]);
  if (r.timedOut) return { layout: label, status: 'over' };
  if (r.code !== 0) return { layout: label, status: 'failed', note: r.stderr.trim().split('\n').pop() };
  const layout = JSON.parse(readFileSync(output, 'utf8'));
  return { layout: label, status: 'ok', seconds: layout.layoutMs / 1000, metrics: metrics(layout, intervals) };
}

async function graphviz(name, dotFile, graph, intervals, label) {
  const json = dotFile.replace(/\.dot$/, '.json');
  const r = await runTimed('dot', ['-Tjson0', dotFile, '-o', json]);
  if (r.timedOut) return { layout: label, status: 'over' };
  if (r.code !== 0) return { layout: label, status: 'failed', note: r.stderr.trim().split('\n').pop() };
  const layout = readDotJson(JSON.parse(readFileSync(json, 'utf8')), graph);
  return { layout: label, status: 'ok', seconds: r.ms / 1000, metrics: metrics(layout, intervals) };
}

// Our DOT export with the boxes' sizes from the SVG; warns when the export
// draws other links than the SVG, since the peers would then differ.
function timeColumnDot(name, model, graph) {
  const exported = execFileSync(opts.bin, ['export', model, '--format', 'dot'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const keys = dotLinkKeys(exported);
  const same = keys.size === graph.edges.length && graph.edges.every((e) => keys.has(`${e.from}\u0000${e.to}`));
  if (!same) log(`${name}: the DOT export has ${keys.size} links, the SVG ${graph.edges.length}`);
  const program = join(opts.out, 'sizes.gvpr');
  const sizes = join(opts.out, `${name}.sizes.tsv`);
  const file = join(opts.out, `${name}.dot-columns.dot`);
  writeFileSync(program, SIZES_GVPR);
  writeFileSync(sizes, sizesTable(graph));
  writeFileSync(file, execFileSync('gvpr', ['-c', '-f', program, '-a', sizes], { input: exported, encoding: 'utf8', maxBuffer: 1 << 30 }));
  return file;
}

// Runs one layout; an error in our own steps (reading an SVG, preparing the
// DOT) fails that row only, with the reason in results.json and on stderr.
async function attempt(name, label, fn) {
  let result;
  try {
    result = await fn();
  } catch (err) {
    result = { layout: label, status: 'failed', note: String(err.message ?? err).split('\n')[0] };
  }
  log(`${name}: ${label}: ${result.status}${result.note ? ` (${result.note})` : ''}`);
  return result;
}

async function benchGraph(name, model) {
  const modelJson = JSON.parse(execFileSync(opts.bin, ['export', model, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  const intervals = intervalsOf(modelJson);
  const results = [];
  const dated = await attempt(name, 'timegraph dated', () => ours(name, model, intervals, 'timegraph dated', ['--layout', 'dated']));
  results.push(dated);
  if (hasDown) {
    for (const way of ['right', 'down']) {
      const label = `timegraph dated, ${way}`;
      results.push(await attempt(name, label, () => ours(name, model, intervals, label, ['--layout', 'dated', '--direction', way])));
    }
  }
  const dotArgs = ['--layout', 'dot', ...(hasDotTimeout ? ['--dot-timeout', String(cap)] : [])];
  results.push(await attempt(name, 'timegraph dot', () => ours(name, model, intervals, 'timegraph dot', dotArgs)));
  if (dated.status !== 'ok') return { name, events: modelJson.events.length, links: null, results };

  // The peers' common graph: our dated SVG's boxes and links.
  const common = dated.layoutData;
  const columns = timeColumns(common.nodes.map((n) => n.id), common.edges, intervals);
  const elkGraph = { nodes: common.nodes.map((n) => ({ id: n.id, w: n.w, h: n.h, column: columns.get(n.id) })),
                     edges: common.edges.map(({ from, to }) => ({ from, to })) };
  const peers = [
    ['ELK layered, time partitions', (label) => elk(name, elkGraph, intervals, label, false)],
    ['ELK layered, free', (label) => elk(name, elkGraph, intervals, label, true)],
    ['dot, time columns', (label) => graphviz(name, timeColumnDot(name, model, common), common, intervals, label)],
    ['dot, free', (label) => {
      const free = join(opts.out, `${name}.dot-free.dot`);
      writeFileSync(free, freeDot(common));
      return graphviz(name, free, common, intervals, label);
    }],
  ];
  for (const [label, run] of peers) results.push(await attempt(name, label, () => run(label)));
  for (const r of results) delete r.layoutData;
  return { name, events: common.nodes.length, links: common.edges.length, columns: new Set(columns.values()).size, results };
}

// ---- the table ---------------------------------------------------------------
const commas = (n) => Math.round(n).toLocaleString('en-US');
const secs = (s) => (s < 10 ? s.toFixed(2) : s.toFixed(1)) + ' s';
const aspect = (a) => (a === null ? 'n/a' : a >= 1 ? `${a.toFixed(1)} : 1` : `1 : ${(1 / a).toFixed(1)}`);

function row(graph, r, first) {
  const head = first ? `| ${graph.name} | ${commas(graph.events)} | ${graph.links === null ? 'n/a' : commas(graph.links)} |`
                     : '| | | |';
  if (r.status !== 'ok') {
    const cell = r.status === 'over' ? `> ${cap} s` : 'failed';
    return `${head} ${r.layout} | ${cell} | | | | | | | |`;
  }
  const m = r.metrics;
  return `${head} ${r.layout} | ${secs(r.seconds)} | ${commas(m.crossings)} | ${commas(m.linksThroughBoxes)} | ${formatShare(m.timeOrder)} | `
    + `${commas(m.width)} | ${commas(m.height)} | ${aspect(m.aspect)} | ${m.meanLinkLength === null ? 'n/a' : commas(m.meanLinkLength)} |`;
}

const graphs = [];
for (const spec of positionals) {
  const at = spec.indexOf('=');
  const [name, model] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec.replace(/^.*\/|\.tg$/g, ''), spec];
  const started = performance.now();
  graphs.push(await benchGraph(name, model));
  log(`${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
writeFileSync(join(opts.out, 'results.json'), JSON.stringify(graphs, null, 2));

const lines = [
  '| graph | events | links | layout | time | crossings | links through boxes | time order | width (px) | height (px) | aspect | mean link (px) |',
  '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const g of graphs) g.results.forEach((r, i) => lines.push(row(g, r, i === 0)));
console.log(lines.join('\n'));
