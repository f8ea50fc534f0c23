// What the benchmark reads off a rendered timeline, in the page, the same way
// for every tool. Each tool's page marks its own elements first (peers.mjs):
//   [data-bench-drawing]        the drawing (its box is the drawing's size)
//   [data-bench-marker=ID]      the event's mark on the time axis, with
//                               data-bench-kind = point (centre is the start)
//                               or range (left edge start, right edge end)
//   [data-bench-title=ID]       the element(s) holding the event's title
// Everything else is read from the page as drawn: every text node that
// renders, its box (SVG: its <text>/<tspan>'s box; HTML: its line boxes), the
// part of it left by clipping ancestors, its visibility and its font size on
// screen. collect() runs inside the page (page.evaluate), so it is one
// self-contained function. Boxes are in page coordinates (scroll included).
export function collect() {
  const sx = window.scrollX, sy = window.scrollY;
  const page = (r) => ({ x: r.left + sx, y: r.top + sy, w: r.width, h: r.height });
  const hidden = 'title, desc, style, script, noscript, template, defs, marker, metadata';

  // The rectangle an element clips its content to, or null.
  function clipOf(el) {
    if (el instanceof SVGElement) {
      // Of SVG elements only an <svg> viewport clips (clip-path is not followed).
      if (el.tagName.toLowerCase() !== 'svg' || getComputedStyle(el).overflow === 'visible') return null;
      return page(el.getBoundingClientRect());
    }
    const cs = getComputedStyle(el);
    if (cs.overflowX === 'visible' && cs.overflowY === 'visible') return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + el.clientLeft + sx, y: r.top + el.clientTop + sy, w: el.clientWidth, h: el.clientHeight };
  }
  const clipCache = new Map();
  function clipsAbove(el) {   // the clip rectangles of el's ancestors, nearest first
    if (el === null || el === document.documentElement) return [];
    if (clipCache.has(el)) return clipCache.get(el);
    const own = el.parentElement ? clipOf(el.parentElement) : null;
    const list = [...(own ? [own] : []), ...clipsAbove(el.parentElement)];
    clipCache.set(el, list);
    return list;
  }
  const doc = { x: 0, y: 0, w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight };
  function clip(box, rects) {
    let { x, y } = box, x1 = box.x + box.w, y1 = box.y + box.h;
    for (const c of [...rects, doc]) {
      x = Math.max(x, c.x); y = Math.max(y, c.y);
      x1 = Math.min(x1, c.x + c.w); y1 = Math.min(y1, c.y + c.h);
    }
    return { x, y, w: Math.max(0, x1 - x), h: Math.max(0, y1 - y) };
  }
  function fontSizeOf(el) {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    return m ? size * Math.hypot(m.a, m.b) : size;
  }

  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), index = 0; node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.data.trim() || el.closest(hidden)) continue;
    const shown = el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    let boxes;
    if (el instanceof SVGElement) {
      boxes = [page(el.getBoundingClientRect())];
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes = [...range.getClientRects()].map(page);
    }
    boxes = boxes.filter((b) => b.w > 0 && b.h > 0);
    if (boxes.length === 0) continue;
    const clips = clipsAbove(el);
    const cs = getComputedStyle(el);
    const ellipsis = !(el instanceof SVGElement) && cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth;
    const parts = boxes.map((b) => ({ box: b, seen: clip(b, clips) }));
    const owner = el.closest('[data-bench-title]');
    texts.push({
      node: index++,
      text: node.data.replace(/\s+/g, ' ').trim(),
      owner: owner ? owner.getAttribute('data-bench-title') : null,
      shown,
      clipped: ellipsis || parts.some((p) => p.seen.w < p.box.w - 0.5 || p.seen.h < p.box.h - 0.5),
      fontSize: fontSizeOf(el),
      boxes: shown ? parts.map((p) => p.seen).filter((b) => b.w > 0 && b.h > 0) : [],
    });
  }

  const items = [...document.querySelectorAll('[data-bench-marker]')].map((el) => {
    const b = page(el.getBoundingClientRect());
    return { id: el.getAttribute('data-bench-marker'), kind: el.getAttribute('data-bench-kind'), x0: b.x, x1: b.x + b.w };
  });
  const drawingEl = document.querySelector('[data-bench-drawing]');
  const drawing = drawingEl ? page(drawingEl.getBoundingClientRect()) : doc;
  return { texts, items, drawing: { width: drawing.w, height: drawing.h } };
}
