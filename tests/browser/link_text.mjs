// The in-page measure of links through text, shared by the timeline's and
// the graph's browser tests: every drawn link path matching `linkSelector`
// is sampled every 2 px (getPointAtLength), and each sample is tested against
// the box (getBBox, in root coordinates) of every visible text element. A
// link's own label (a text inside the link's group `ownGroup`) is its own and
// does not count. The SVG is the document, or the element `root` selects in
// a page. Runs inside the page: page.evaluate(linkTextCrossings, args).
export function linkTextCrossings({ linkSelector, ownGroup, root }) {
  const svg = root ? document.querySelector(root) : document.documentElement;
  const toRoot = (el) => {
    const m = svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
    return (x, y) => new DOMPoint(x, y).matrixTransform(m);
  };
  const boxes = [];
  for (const t of svg.querySelectorAll('text')) {
    if (!t.checkVisibility() || !t.textContent.trim()) continue;
    const b = t.getBBox();
    if (b.width === 0 || b.height === 0) continue;
    const map = toRoot(t);
    const p = map(b.x, b.y), q = map(b.x + b.width, b.y + b.height);
    boxes.push({ x0: Math.min(p.x, q.x), y0: Math.min(p.y, q.y), x1: Math.max(p.x, q.x), y1: Math.max(p.y, q.y),
      text: t.textContent, owner: ownGroup ? t.closest(ownGroup) : null });
  }
  const hits = new Map();
  let links = 0, samples = 0;
  for (const path of svg.querySelectorAll(linkSelector)) {
    if (!path.checkVisibility()) continue;
    ++links;
    const map = toRoot(path);
    const len = path.getTotalLength();
    const group = path.closest('g[id]');
    const own = ownGroup ? path.closest(ownGroup) : null;
    for (let s = 0; s <= len; s += 2) {
      const raw = path.getPointAtLength(s);
      const pt = map(raw.x, raw.y);
      ++samples;
      for (const b of boxes) {
        if (own && b.owner === own) continue;
        if (pt.x > b.x0 && pt.x < b.x1 && pt.y > b.y0 && pt.y < b.y1) {
          if (!hits.has(b)) hits.set(b, new Set());
          hits.get(b).add(group ? group.id : '?');
        }
      }
    }
  }
  return {
    down: svg.classList.contains('down'),
    texts: boxes.length, links, samples,
    crossed: [...hits].map(([b, ids]) => `"${b.text}" by ${[...ids].join(', ')}`),
  };
}
