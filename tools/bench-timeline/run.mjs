// Draws each model's events with timegraph and every peer in Chromium at
// 1,200 px, measures them with collect.mjs + metrics.mjs, and prints the
// Markdown table for docs/performance.md (scripts/bench-timeline calls it):
//   node run.mjs --bin TIMEGRAPH --out DIR [--cap SECONDS] [--screenshots N] NAME=MODEL.tg...
// Pages are local files; any request that is not a file URL is refused and
// counted (TimelineJS asks once for a web-font stylesheet). Screenshots go
// to DIR/NAME.TOOL.png, results to DIR/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/browser/chromium.mjs';
import { intervalsOf } from '../bench-layout/model.mjs';
import { formatShare } from '../bench-layout/metrics.mjs';
import { collect } from './collect.mjs';
import { eventsOf, firstYear } from './events.mjs';
import { timelineMetrics } from './metrics.mjs';
import { WIDTH, timegraphPage, visPage, mermaidPage, mermaidSource, mermaidName, timelinejsPage } from './peers.mjs';

const { values: opts, positionals } = parseArgs({
  options: { bin: { type: 'string' }, out: { type: 'string' }, cap: { type: 'string', default: '120' },
             screenshots: { type: 'string', default: '100' } },
  allowPositionals: true,
});
if (!opts.bin || !opts.out || positionals.length === 0) {
  console.error('usage: node run.mjs --bin TIMEGRAPH --out DIR [--cap SECONDS] [--screenshots N] NAME=MODEL.tg...');
  process.exit(2);
}
const capMs = Number(opts.cap) * 1000;
mkdirSync(opts.out, { recursive: true });
const log = (msg) => console.error(`bench-timeline: ${msg}`);

const browser = await launchChromium();

// Loads a page, lets `draw` render in it, marks and measures. Returns
// {status, ms?, capture?, note?}.
async function measure(name, tool, html, draw, shoot) {
  const file = join(opts.out, `${name}.${tool}.html`);
  writeFileSync(file, html);
  const began = performance.now();
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  let refused = 0;
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err.message ?? err).split('\n')[0]));
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (refused++, route.abort())));
  try {
    await page.goto(pathToFileURL(file).href, { timeout: capMs });
    let timeout;
    const timer = new Promise((_, reject) => { timeout = setTimeout(() => reject(new Error(`over ${capMs / 1000} s`)), capMs); });
    const { ms } = await Promise.race([draw(page), timer]).finally(() => clearTimeout(timeout));
    const capture = await page.evaluate(collect);
    if (shoot) await page.screenshot({ path: join(opts.out, `${name}.${tool}.png`), fullPage: true });
    if (capture.items.length === 0) return { status: 'failed', note: errors[0] ?? 'drew no item', refused };
    return { status: 'ok', ms, capture, refused, errors };
  } catch (err) {
    const note = String(err.message ?? err).split('\n')[0];
    return { status: note.startsWith('over') ? 'over' : 'failed', note: errors[0] ?? note, refused };
  } finally {
    await page.close();
    log(`${name}: ${tool}: measured in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
}

async function benchModel(name, model) {
  const modelJson = JSON.parse(execFileSync(opts.bin, ['export', model, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  const events = eventsOf(modelJson);
  const intervals = intervalsOf(modelJson);
  const lanes = modelJson.lanes.map((l) => ({ id: l.id, name: l.name }));
  const shoot = events.length <= Number(opts.screenshots);
  const bce = firstYear(events) <= 0;
  const results = [];

  const svgFile = join(opts.out, `${name}.timegraph.svg`);
  const t0 = performance.now();
  execFileSync(opts.bin, ['timeline', model, '--width', String(WIDTH), '-o', svgFile]);
  const cliMs = performance.now() - t0;
  const ours = await measure(name, 'timegraph', timegraphPage(readFileSync(svgFile, 'utf8')), async () => ({ ms: cliMs }), shoot);
  results.push({ tool: 'timegraph', ...ours, fed: events });

  const vis = await measure(name, 'vis-timeline', visPage(), (page) => page.evaluate((input) => window.benchRender(input), { events, lanes }), shoot);
  results.push({ tool: 'vis-timeline', ...vis, fed: events });

  const fed = events.map((e) => ({ ...e, fedTitle: mermaidName(e.title) }));
  const source = mermaidSource(events, lanes);
  writeFileSync(join(opts.out, `${name}.mermaid.mmd`), source);
  const mermaid = await measure(name, 'mermaid', mermaidPage(), (page) => page.evaluate((input) => window.benchRender(input), { events, source }), shoot);
  results.push({ tool: 'Mermaid gantt', ...mermaid, fed });

  const tljs = await measure(name, 'timelinejs', timelinejsPage(), (page) => page.evaluate((input) => window.benchRender(input), { events }), shoot);
  results.push({ tool: 'TimelineJS', ...tljs, fed: events });

  for (const r of results) {
    if (r.status === 'ok') r.metrics = timelineMetrics(r.capture, r.fed, intervals);
    log(`${name}: ${r.tool}: ${r.status}${r.note ? ` (${r.note})` : ''}${r.refused ? `, ${r.refused} requests refused` : ''}`);
    delete r.capture; delete r.fed;
  }
  return { name, events: events.length, lanes: lanes.length, bce, results };
}

// ---- the table ---------------------------------------------------------------
const commas = (n) => Math.round(n).toLocaleString('en-US');
const secs = (ms) => (ms < 10000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1)) + ' s';
const aspect = (a) => (a === null ? 'n/a' : a >= 1 ? `${a.toFixed(1)} : 1` : `1 : ${(1 / a).toFixed(1)}`);
// Whole per cent from 10 %, else two significant digits (0.00057%), so that small shares still compare.
const percent = (share) => (share === null ? 'n/a' : share === 0 ? '0%'
  : share >= 0.1 ? `${(share * 100).toFixed(0)}%` : `${Number((share * 100).toPrecision(2))}%`);

function row(model, r, first) {
  const head = first ? `| ${model.name} | ${commas(model.events)} |` : '| | |';
  if (r.status !== 'ok') return `${head} ${r.tool} | ${r.status === 'over' ? `> ${opts.cap} s` : 'n/a'} | | | | | | | | |`;
  const m = r.metrics;
  return `${head} ${r.tool} | ${secs(r.ms)} | ${commas(m.drawn)} | ${commas(m.overlaps)} | ${percent(m.titles.share)} | `
    + `${commas(m.width)} | ${commas(m.height)} | ${aspect(m.aspect)} | ${percent(m.busiestDay.share)} | ${formatShare(m.timeOrder)} |`;
}

const models = [];
for (const spec of positionals) {
  const at = spec.indexOf('=');
  const [name, model] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec.replace(/^.*\/|\.tg$/g, ''), spec];
  models.push(await benchModel(name, model));
}
await browser.close();
writeFileSync(join(opts.out, 'results.json'), JSON.stringify(models, null, 2));

const lines = [
  '| model | events | timeline | render | items drawn | overlapping text pairs | titles readable | width (px) | height (px) | aspect | busiest day\'s share of width | time order |',
  '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const m of models) m.results.forEach((r, i) => lines.push(row(m, r, i === 0)));
console.log(lines.join('\n'));
