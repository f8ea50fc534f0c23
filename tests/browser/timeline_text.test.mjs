// No link through text: every timeline SVG (the seed and each model in
// tests/data, with time running right and down), loaded in Debian's Chromium driven by playwright-core, has each
// drawn link path sampled every 2 px (getPointAtLength) and each sample tested
// against the box (getBBox) of every drawn text element: event labels, dates,
// ticks, lane names, legend, note. Run by ctest: node --test
// timeline_text.test.mjs (env TIMEGRAPH_BIN, TIMEGRAPH_SOURCE_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { launchChromium } from './chromium.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const work = mkdtempSync(join(tmpdir(), 'tg-timeline-text-'));

const models = [join(root, 'data/us-china-2024.tg'),
  ...readdirSync(join(root, 'tests/data')).filter((f) => f.endsWith('.tg')).sort().map((f) => join(root, 'tests/data', f))];

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => { await browser?.close(); });

// In the page: which text elements does some link sample fall inside?
function crossings() {
  const svg = document.documentElement;
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
      text: t.textContent });
  }
  const hits = new Map();
  let links = 0, samples = 0;
  for (const path of svg.querySelectorAll('#tl-links path')) {
    if (!path.checkVisibility()) continue;
    ++links;
    const map = toRoot(path);
    const len = path.getTotalLength();
    const group = path.closest('g[id]');
    for (let s = 0; s <= len; s += 2) {
      const raw = path.getPointAtLength(s);
      const pt = map(raw.x, raw.y);
      ++samples;
      for (const b of boxes) {
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

for (const model of models) for (const direction of ['right', 'down']) {
  test(`no link passes through text: ${basename(model)}, ${direction}`, async () => {
    const svg = join(work, `${basename(model, '.tg')}-${direction}.svg`);
    execFileSync(bin, ['timeline', model, '--direction', direction, '-o', svg], { stdio: ['ignore', 'ignore', 'pipe'] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto('file://' + svg);
    const r = await page.evaluate(crossings);
    await context.close();
    console.log(`${basename(model)} ${direction}: ${r.links} links, ${r.samples} samples, ${r.texts} texts, ` +
      `${r.crossed.length} crossed`);
    assert.ok(r.texts > 0);
    assert.equal(r.down, direction === 'down', 'the root <svg> says which way time runs');
    assert.deepEqual(r.crossed, [], `links through text in ${basename(model)}`);
  });
}
