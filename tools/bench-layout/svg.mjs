// Reads a causal-graph SVG written by `timegraph graph` into the benchmark's
// common form: {nodes: [{id, x, y, w, h}], edges: [{from, to, routes}], direction},
// box centres and sizes in px; direction is 'down' when the root <svg> has
// the class `down` (time running down the page), else 'right'. An event is a <g data-id> holding a <rect class="tg-node">
// (its box); a drawn link is a <g class="tg-edge ..."> with data-from/data-to,
// whose <path class="tg-link"> elements are its drawn routes (as polylines).
// Only start tags are read, with no XML library: the writer's output is regular.
import { pathPolyline } from './bezier.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

function attributesOf(text) {
  const attrs = {};
  for (const m of text.matchAll(/([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[m[1]] = decodeEntities(m[3] ?? m[4]);
  }
  return attrs;
}

function hasClass(attrs, name) {
  return (attrs.class ?? '').split(/\s+/).includes(name);
}

// The translation a <g transform> adds; anything else would move boxes in ways
// this reader does not follow, so it refuses.
function translationOf(attrs) {
  const t = attrs.transform;
  if (!t) return [0, 0];
  const m = /^\s*translate\(\s*([-\d.eE]+)(?:[\s,]+([-\d.eE]+))?\s*\)\s*$/.exec(t);
  if (!m) throw new Error(`unsupported transform on <g>: ${t}`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

export function readGraphSvg(text) {
  const nodes = [];
  const edges = [];
  const seen = new Set();
  // One entry per open <g>: its event id (or null) and its accumulated offset.
  const stack = [{ eventId: null, dx: 0, dy: 0, boxed: false, edge: null }];
  for (const m of text.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, tag, rest, selfClosing] = m;
    if (tag !== 'g' && tag !== 'rect' && tag !== 'path') continue;
    const top = stack[stack.length - 1];
    if (tag === 'g' && closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const attrs = attributesOf(rest);
    if (tag === 'g') {
      const [tx, ty] = translationOf(attrs);
      const frame = { eventId: top.eventId, dx: top.dx + tx, dy: top.dy + ty, boxed: false, edge: top.edge };
      if (hasClass(attrs, 'tg-edge') && 'data-from' in attrs && 'data-to' in attrs) {
        frame.edge = { from: attrs['data-from'], to: attrs['data-to'], routes: [] };
        edges.push(frame.edge);
      } else if ('data-id' in attrs && !hasClass(attrs, 'tg-edge')) {
        frame.eventId = attrs['data-id'];
      }
      if (!selfClosing) stack.push(frame);
      continue;
    }
    // <rect>: the first tg-node box inside an event's group is that event's box.
    if (tag === 'path') {
      if (top.edge && hasClass(attrs, 'tg-link') && attrs.d) top.edge.routes.push(pathPolyline(attrs.d, top.dx, top.dy));
      continue;
    }
    if (!hasClass(attrs, 'tg-node') || top.eventId === null || seen.has(top.eventId)) continue;
    const w = Number(attrs.width), h = Number(attrs.height);
    const x = Number(attrs.x ?? 0) + top.dx, y = Number(attrs.y ?? 0) + top.dy;
    if (![w, h, x, y].every(Number.isFinite)) throw new Error(`unreadable box for ${top.eventId}`);
    seen.add(top.eventId);
    nodes.push({ id: top.eventId, x: x + w / 2, y: y + h / 2, w, h });
  }
  const root = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(text);
  const direction = root && hasClass(attributesOf(root[1]), 'down') ? 'down' : 'right';
  const missing = edges.filter((e) => !seen.has(e.from) || !seen.has(e.to));
  if (missing.length > 0) {
    throw new Error(`${missing.length} links end at events without a box, e.g. ${missing[0].from} -> ${missing[0].to}`);
  }
  return { nodes, edges, direction };
}
