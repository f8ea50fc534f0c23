// The timelines of the benchmark, each as a local HTML page that draws the
// events at 1,200 px and marks its elements for collect.mjs
// (data-bench-drawing, -marker, -kind, -title). Pages load their scripts from
// this folder's node_modules by file URL; run.mjs refuses anything else.
// Each peer page defines window.benchRender(input) -> Promise<{ms}>: the
// wall-clock from the drawing call to a settled layout: the last change to
// the drawing's DOM before a second without any (that second is not counted).
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = join(dirname(fileURLToPath(import.meta.url)), 'node_modules');
const asset = (path) => pathToFileURL(join(modules, path)).href;
export const WIDTH = 1200;

const shell = (head, body) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>bench</title>
<style>html,body{margin:0;padding:0;background:#fff}body{width:${WIDTH}px}</style>
${head}</head><body>${body}</body></html>
`;

// timegraph: its SVG, inline, as `timegraph timeline` wrote it.
export function timegraphPage(svgText) {
  const svg = svgText.replace(/^<\?xml[^>]*>\s*/, '');
  return shell('', `${svg}
<script>
document.querySelector('svg').setAttribute('data-bench-drawing', '');
for (const g of document.querySelectorAll('g.tg-event[data-id]')) {
  const id = g.getAttribute('data-id');
  const mark = g.querySelector('.tg-bar, .tg-dot');
  if (mark) {
    mark.setAttribute('data-bench-marker', id);
    mark.setAttribute('data-bench-kind', mark.classList.contains('tg-bar') ? 'range' : 'point');
  }
  for (const t of g.querySelectorAll('.tg-label')) t.setAttribute('data-bench-title', id);
}
</script>`);
}

// Shared by the peer pages: settled() resolves {ms} once the DOM under host
// has not changed for a second, timed to its last change; markEvent() marks
// an event's mark on the axis and its title's element for collect.mjs.
const helpers = `
function markEvent(e, mark, title) {
  if (mark) { mark.setAttribute('data-bench-marker', e.id); mark.setAttribute('data-bench-kind', e.end === null ? 'point' : 'range'); }
  if (title) title.setAttribute('data-bench-title', e.id);
}
function settled(start, host) {
  return new Promise((resolve) => {
    let last = performance.now(), timer = null;
    const quiet = () => { clearTimeout(timer); last = performance.now();
      timer = setTimeout(() => { observer.disconnect(); resolve({ ms: last - start }); }, 1000); };
    const observer = new MutationObserver(quiet);
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet();
  });
}`;

// vis-timeline (standalone build): items in groups = lanes, a point for a
// point event, a range for a range; the view it fits to the items itself.
export function visPage() {
  return shell(`<link rel="stylesheet" href="${asset('vis-timeline/styles/vis-timeline-graph2d.min.css')}">
<script src="${asset('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')}"></script>`,
  `<div id="tl"></div>
<script>${helpers}
window.benchRender = async ({ events, lanes }) => {
  const groups = lanes.map((l, i) => ({ id: l.id, content: l.name, order: i }));
  const items = events.map((e, i) => {
    const content = document.createElement('span');
    content.textContent = e.title;
    return { id: e.id, group: e.lane, content, start: new Date(e.start),
             ...(e.end === null ? { type: 'point' } : { type: 'range', end: new Date(e.end) }),
             className: 'bench-' + i };
  });
  const host = document.getElementById('tl');
  const start = performance.now();
  const done = settled(start, host);
  // No current-time bar (its clock redraws forever), as Mermaid gets todayMarker off.
  new vis.Timeline(host, items, groups, { showCurrentTime: false });
  const result = await done;
  document.querySelector('.vis-timeline').setAttribute('data-bench-drawing', '');
  events.forEach((e, i) => {
    const item = document.querySelector('.vis-item.bench-' + i);
    if (!item) return;
    markEvent(e, e.end === null ? item.querySelector('.vis-dot') : item, item.querySelector('.vis-item-content'));
  });
  return result;
};
</script>`);
}

// Mermaid's gantt: a section per lane, a milestone for a point event, a task
// for a range; dates as milliseconds since 1970 (dateFormat x). Its syntax
// reserves ':', ';' and '#' in a task's name, so those are drawn as the
// look-alikes below; the title it must show is the one it was given.
export const mermaidName = (text) => text.replace(/:/g, '\u2236').replace(/;/g, '\uff1b').replace(/#/g, '\uff03');

export function mermaidSource(events, lanes) {
  const lines = ['gantt', '  dateFormat x', '  axisFormat %Y-%m-%d', '  todayMarker off'];
  for (const lane of lanes) {
    const inLane = events.map((e, i) => [e, i]).filter(([e]) => e.lane === lane.id);
    if (inLane.length === 0) continue;
    lines.push(`  section ${mermaidName(lane.name)}`);
    for (const [e, i] of inLane) {
      lines.push(e.end === null ? `  ${mermaidName(e.title)} : milestone, t${i}, ${e.start}, 0d`
                                : `  ${mermaidName(e.title)} : t${i}, ${e.start}, ${e.end}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function mermaidPage() {
  return shell(`<script src="${asset('mermaid/dist/mermaid.min.js')}"></script>`,
  `<div id="m"></div>
<script>${helpers}
window.benchRender = async ({ events, source }) => {
  // maxTextSize: its default (50,000 characters) refuses the 1,000-event source.
  mermaid.initialize({ startOnLoad: false, maxTextSize: 1e8, gantt: { useMaxWidth: false, useWidth: ${WIDTH} } });
  const host = document.getElementById('m');
  const start = performance.now();
  const done = settled(start, host);
  host.innerHTML = (await mermaid.render('bench', source)).svg;
  const result = await done;
  const root = host.querySelector('svg');
  root.setAttribute('data-bench-drawing', '');
  events.forEach((e, i) => {
    markEvent(e, root.querySelector('rect[id="bench-t' + i + '"]'), root.querySelector('text[id="bench-t' + i + '-text"]'));
  });
  return result;
};
</script>`);
}

// TimelineJS: its JSON, an event per slide, groups = lanes, a start and for
// a range an end date in parts (UTC; astronomical years, as it takes BCE).
// It draws in a box of its default embed height, 650 px. A point's mark is
// its marker's left line (the box beside it starts there); a range's, the
// marker, whose width is the span.
export function timelinejsPage() {
  const dist = '@knight-lab/timelinejs/dist';
  return shell(`<link rel="stylesheet" href="${asset(dist + '/css/timeline.css')}">
<script src="${asset(dist + '/js/timeline.js')}"></script>`,
  `<div id="tl" style="width:${WIDTH}px;height:650px"></div>
<script>${helpers}
const parts = (ms) => { const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes() }; };
window.benchRender = async ({ events }) => {
  const data = { events: events.map((e) => ({ unique_id: e.id, start_date: parts(e.start),
    ...(e.end === null ? {} : { end_date: parts(e.end) }), text: { headline: e.title }, group: e.laneName })) };
  const host = document.getElementById('tl');
  const start = performance.now();
  const done = settled(start, host);
  new TL.Timeline(host, data);
  const result = await done;
  host.setAttribute('data-bench-drawing', '');
  for (const e of events) {
    const marker = document.getElementById(e.id + '-marker');
    if (!marker) continue;
    markEvent(e, e.end === null ? marker.querySelector('.tl-timemarker-line-left') : marker, marker.querySelector('.tl-headline'));
  }
  return result;
};
</script>`);
}
