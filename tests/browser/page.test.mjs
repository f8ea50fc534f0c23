// Real-browser tests of the page, in Debian's Chromium driven by
// playwright-core. Run by ctest with the timegraph binary and a folder for
// screenshots: node --test page.test.mjs (env TIMEGRAPH_BIN, TIMEGRAPH_ARTIFACTS;
// TIMEGRAPH_GEN_MODEL, the synthetic model generator, for the 10,000-event page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { renderBigPage, renderModel } from './pages.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const genModel = process.env.TIMEGRAPH_GEN_MODEL;
const artifacts = process.env.TIMEGRAPH_ARTIFACTS || mkdtempSync(join(tmpdir(), 'tg-shots-'));
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'tg-browser-'));

const render = (model, name) => renderModel(bin, work, model, name);

const HOSTILE = `title: <script>alert('title')</script>
subtitle: <img src=x onerror=alert('subtitle')>
lane x: <b onmouseover=alert(1)>lane</b>
event a
  date: 2020
  title: <script>alert('a')</script>
  lane: x
  tags: <svg onload=alert(2)>, ]]>
  note: </script><script>alert('note')</script> -- "quotes" & 'single'
  quote: <img src=x onerror=alert('quote')>
  url: javascript:alert('url')
event b
  date: 2021
  title: "];x[shape=record label=\\N \\l trailing \\
  url: JaVaScRiPt:alert(3)
a -> b: <img src=x onerror=alert('label')>
`;

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => { await browser?.close(); });

// Opens a page and records everything that would make a run unclean.
async function open(file, width = 1400, hash = '', timeout = 5000) {
  const context = await browser.newContext({ viewport: { width, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const problems = [];
  const url = 'file://' + file + hash;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('error: ' + e.message));
  page.on('dialog', async (d) => { problems.push('dialog: ' + d.message()); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file://' + file)) problems.push('request: ' + r.url()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, context, problems };
}

// Clicks an event the way a reader does: on its title text.
async function clickEvent(page, id, view = 'tl') {
  await page.locator(`#${view}-ev-${id} text.tg-label`).first().click();
}

// Resolves once the frame after the current task has been produced.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// A view's own elements take their state classes once the selection's frame
// is drawn (the overlay's copies carry them at once).
async function classesOf(page, selector) {
  await page.evaluate(`(${nextFrame})()`);
  return page.$eval(selector, (el) => Array.from(el.classList));
}

test('seed: selecting the working group lights its chain in both views', async () => {
  const out = render(join(root, 'data/us-china-2024.tg'), 'seed');
  const { page, context, problems } = await open(join(out, 'us-china-2024.html'));
  await clickEvent(page, 'working-group');
  for (const view of ['tl', 'gr']) {
    for (const cause of ['biden-xi', 'sanctions-lifted', 'sanctions-2020', 'pelosi-visit']) {
      assert.ok((await classesOf(page, `#${view}-ev-${cause}`)).includes('is-cause'), `${view} ${cause} lit`);
    }
    assert.ok((await classesOf(page, `#${view}-ev-working-group`)).includes('is-selected'));
    assert.ok(!(await classesOf(page, `#${view}-ev-nato-summit`)).includes('on'), `${view} unrelated event dims`);
  }
  assertLit(await litState(page, 'working-group'));
  const panel = await page.textContent('#panel');
  assert.match(panel, /Direct causes/);
  assert.match(panel, /Biden and Xi meet outside San Francisco/);
  assert.match(panel, /US lifts the sanctions on the institute/);
  assert.match(panel, /The two-day meeting was the first/);
  // The URL follows once the selection's frame is drawn.
  await page.waitForFunction(() => location.hash === '#working-group');
  await page.screenshot({ path: join(artifacts, 'seed-working-group.png'), fullPage: true });

  // Select a cause from the panel: the working group is among its effects.
  await page.click('#panel button.event-ref:text("Biden and Xi meet outside San Francisco")');
  assert.ok((await classesOf(page, '#gr-ev-biden-xi')).includes('is-selected'));
  assert.ok((await classesOf(page, '#gr-ev-working-group')).includes('is-effect'));
  const effects = await page.$eval('#panel', (p) => p.textContent.split('Direct effects')[1] || '');
  assert.match(effects, /Counter-narcotics working group opens in Beijing/);

  // Keyboard: arrows walk through time, Enter selects, Esc clears.
  await page.waitForFunction(() => location.hash === '#biden-xi');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash !== '#biden-xi' && location.hash !== '');
  await page.keyboard.press('Escape');
  await page.evaluate(`(${nextFrame})()`);
  assert.equal(await page.$$eval('svg.tg.has-selection', (s) => s.length), 0);
  await page.waitForFunction(() => location.hash === '');
  await page.focus('#gr-ev-pelosi-visit');
  await page.keyboard.press('Enter');
  assert.ok((await classesOf(page, '#tl-ev-pelosi-visit')).includes('is-selected'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('seed: the URL hash selects an event on load', async () => {
  const out = join(work, 'seed');
  const { page, context, problems } = await open(join(out, 'us-china-2024.html'), 1400, '#bangkok-talks');
  assert.ok((await classesOf(page, '#tl-ev-bangkok-talks')).includes('is-selected'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('seed: search filters and the path view keeps only the chain', async () => {
  const out = join(work, 'seed');
  const { page, context, problems } = await open(join(out, 'us-china-2024.html'));
  await page.fill('#search', 'nato');
  assert.ok((await classesOf(page, '#tl-ev-pelosi-visit')).includes('is-filtered'));
  assert.ok(!(await classesOf(page, '#tl-ev-nato-summit')).includes('is-filtered'));
  await page.fill('#search', '');
  // Each end of the path is a combobox: type, then choose with the keyboard.
  for (const [which, text] of [['from', 'Pelosi visits'], ['to', 'working group opens']]) {
    await page.fill(`#path-${which}`, text);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  assert.ok((await classesOf(page, '#gr-ev-biden-xi')).includes('on'));
  assert.ok(!(await classesOf(page, '#gr-ev-sanctions-2020')).includes('on'));
  assert.deepEqual(problems, []);
  await context.close();
});

// Text boxes of one SVG that overlap by more than a pixel, as pairs of
// strings: hidden text left out, a sweep over x so that big pages stay quick;
// with `within`, only text that shows across that element's width.
async function overlaps(page, selector, within = null) {
  return page.$$eval(selector + ' text', (texts, within) => {
    const frame = within && document.querySelector(within).getBoundingClientRect();
    const boxes = texts.filter((t) => t.getClientRects().length && getComputedStyle(t).display !== 'none'
      && getComputedStyle(t).visibility !== 'hidden' && t.textContent.trim() !== '')
      .map((t) => ({ r: t.getBoundingClientRect(), s: t.textContent }))
      .filter((b) => !frame || (b.r.right > frame.left && b.r.left < frame.right))
      .sort((a, b) => a.r.left - b.r.left);
    const bad = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j].r.left < boxes[i].r.right - 1; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) bad.push(boxes[i].s + ' | ' + boxes[j].s);
      }
    }
    return bad;
  }, within);
}

for (const width of [1400, 800]) {
  test(`labels: no two texts overlap in either SVG at ${width} px`, async () => {
    const out = join(work, 'seed');
    const { page, context } = await open(join(out, 'us-china-2024.html'), width);
    assert.deepEqual(await overlaps(page, 'svg.timeline'), []);
    assert.deepEqual(await overlaps(page, 'svg.graph'), []);
    await page.screenshot({ path: join(artifacts, `seed-${width}.png`), fullPage: true });
    await context.close();
  });
}

test('hostile model: text stays text, nothing runs, nothing is injected', async () => {
  const model = join(work, 'hostile.tg');
  writeFileSync(model, HOSTILE);
  const out = render(model, 'hostile');
  const { page, context, problems } = await open(join(out, 'hostile.html'));
  assert.equal(await page.textContent('h1'), "<script>alert('title')</script>");
  await clickEvent(page, 'a');
  const panel = await page.textContent('#panel');
  assert.match(panel, /<\/script><script>alert\('note'\)<\/script>/);
  assert.match(panel, /<img src=x onerror=alert\('quote'\)>/);
  const injected = await page.evaluate(() => ({
    scripts: document.scripts.length,
    imgs: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('b').length,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
    links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))
      .filter((h) => /^\s*javascript:/i.test(h)),
  }));
  assert.deepEqual(injected, { scripts: 2, imgs: 0, bold: 0, handlers: [], links: [] });
  await page.screenshot({ path: join(artifacts, 'hostile.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

// Labels the timeline shows now: every label text that is displayed.
async function shownLabels(page) {
  return page.$$eval('svg.timeline text.tg-label', (texts) => texts.filter((t) => getComputedStyle(t).display !== 'none').length);
}


// Clicks an event's timeline marker from inside the page: the handler's time,
// and the time to the frame that shows the result.
async function clickTimed(page, id) {
  return page.evaluate(`((id) => {
    const marker = document.querySelector('#tl-ev-' + id + ' > :is(circle, rect)');
    const t0 = performance.now();
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const handled = performance.now() - t0;
    return (${nextFrame})().then(() => ({ handled, painted: performance.now() - t0 }));
  })(${JSON.stringify(id)})`);
}

// What a reader sees of the selection of `id`, per view, counted over every
// event and link element: the chain worked out here from the model. An
// element reads as lit when a copy of it is drawn in the view's overlay, or
// when it is displayed at full opacity with no veil over it; as dim when it
// has no copy and is hidden, at low opacity, or under the veil (a plain
// veil's shapes, or the shapes of a masked veil's mask).
async function litState(page, id) {
  const state = {};
  for (const kind of ['timeline', 'graph']) {
    // Looked at as a reader does: the view on screen (off screen, the graph is not laid out).
    await page.$eval('svg.' + kind, (svg) => svg.scrollIntoView({ block: 'start' }));
    await page.evaluate(`(${nextFrame})()`);
    // All of it: a shaded view draws its mask off screen when the browser is idle.
    await page.waitForFunction(() => !document.querySelector('svg.tg-overlay-view[data-stale]'));
    state[kind] = await viewState(page, id, kind);
  }
  return state;
}

async function viewState(page, id, kind) {
  return page.evaluate(([id, kind]) => {
    const model = JSON.parse(document.getElementById('tg-model').textContent);
    const ins = new Map(), outs = new Map();
    model.links.forEach((l) => {
      if (!ins.has(l.to)) ins.set(l.to, []);
      if (!outs.has(l.from)) outs.set(l.from, []);
      ins.get(l.to).push(l.from);
      outs.get(l.from).push(l.to);
    });
    const reach = (adj) => {
      const seen = new Set(), queue = [id];
      for (let i = 0; i < queue.length; i++) {
        for (const n of adj.get(queue[i]) || []) if (n !== id && !seen.has(n)) { seen.add(n); queue.push(n); }
      }
      return seen;
    };
    const causes = reach(ins), effects = reach(outs);
    const up = new Set([...causes, id]), down = new Set([...effects, id]);
    const svg = document.querySelector(`svg.${kind}:not(.tg-overlay-view)`);
    const over = document.querySelector(`svg.${kind}.tg-overlay-view`);
    const veilEl = over.querySelector('.tg-overlay > .tg-veil');
    const masked = veilEl && veilEl.hasAttribute('mask');
    const veil = veilEl && !masked
      ? Array.from(veilEl.querySelectorAll(':is(rect, path)')).map((v) => v.getBoundingClientRect()) : [];
    const copied = new Set(Array.from(over.querySelectorAll('.tg-overlay :is([data-id], [data-from])'))
      .map((c) => c.getAttribute('data-id')));
    // Under a plain veil: the element's centre inside one of the veil's shapes.
    const under = (el) => {
      const r = el.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
      return veil.some((v) => x >= v.left && x <= v.right && y >= v.top && y <= v.bottom);
    };
    // Under a masked veil: the point lies in a white fill or stroke of the mask and not in a black fill.
    const maskEl = masked ? over.querySelector(veilEl.getAttribute('mask').slice(4, -1)) : null;
    const paint = (p, prop) => getComputedStyle(p)[prop];
    const shapes = maskEl ? Array.from(maskEl.querySelectorAll('path')).map((p) => ({ p, box: p.getBBox(),
      fill: paint(p, 'fill'), stroke: paint(p, 'stroke'), width: parseFloat(paint(p, 'stroke-width')) })) : [];
    const WHITE = 'rgb(255, 255, 255)', BLACK = 'rgb(0, 0, 0)';
    const near = (s, x, y) => x >= s.box.x - s.width && x <= s.box.x + s.box.width + s.width
      && y >= s.box.y - s.width && y <= s.box.y + s.box.height + s.width;
    const shadedAt = (x, y) => {
      const p = new DOMPoint(x, y);
      const hit = (fill, stroke) => shapes.some((s) => near(s, x, y)
        && ((fill && s.fill === fill && s.p.isPointInFill(p)) || (stroke && s.stroke === stroke && s.p.isPointInStroke(p))));
      return hit(WHITE, WHITE) && !hit(BLACK, null);
    };
    // Inside a box of the chain, cut out of the shading: an event drawn where a lit one lies.
    const cutAt = (el) => {
      const b = el.querySelector(':scope > :is(circle, rect)').getBBox(), x = b.x + b.width / 2, y = b.y + b.height / 2;
      return shapes.some((s) => near(s, x, y) && s.fill === BLACK && s.p.isPointInFill(new DOMPoint(x, y)));
    };
    // Where the view's boxes lie (markers, label grounds, graph nodes), in cells of 100 px:
    // a link is not seen where it passes beneath one.
    const cells = new Map(), cell = (x, y) => Math.floor(x / 100) + ',' + Math.floor(y / 100);
    if (masked) {
      svg.querySelectorAll('.tg-events > [data-id] > :is(circle, rect)').forEach((r) => {
        const b = r.getBBox();
        for (let x = Math.floor(b.x / 100); x <= Math.floor((b.x + b.width) / 100); x++) {
          for (let y = Math.floor(b.y / 100); y <= Math.floor((b.y + b.height) / 100); y++) {
            const key = x + ',' + y;
            if (!cells.has(key)) cells.set(key, []);
            cells.get(key).push(b);
          }
        }
      });
    }
    const beneathBox = (q) => (cells.get(cell(q.x, q.y)) || [])
      .some((b) => q.x >= b.x && q.x <= b.x + b.width && q.y >= b.y && q.y <= b.y + b.height);
    // An event by the centre of its marker. A link by its curve: stroked in the mask with the
    // same geometry (one of the subpaths of a white stroke), and not cut out at most of nine
    // points along it (of those not beneath a box). Where two links' pixels overlap, neither reading is wrong, so a link is not judged
    // by others' strokes; Chromium's isPointInStroke also misses points of very long curves.
    const curves = new Set(shapes.filter((sh) => sh.stroke === WHITE)
      .flatMap((sh) => sh.p.getAttribute('d').split(/(?=M)/)));
    const shaded = (el) => {
      const path = el.querySelector(':scope > path.tg-link');
      if (path) {
        const len = path.getTotalLength();
        const seen = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((f) => path.getPointAtLength(f * len))
          .filter((q) => !beneathBox(q));
        const cut = seen.filter((q) => shapes.some((sh) => sh.fill === BLACK && sh.p.isPointInFill(new DOMPoint(q.x, q.y))));
        if (cut.length * 2 > seen.length) return false;
        return curves.has(path.getAttribute('d'));
      }
      const b = el.querySelector(':scope > :is(circle, rect)').getBBox();
      return shadedAt(b.x + b.width / 2, b.y + b.height / 2);
    };
    const shownFull = (el) => getComputedStyle(el).display !== 'none' && Number(getComputedStyle(el).opacity) === 1;
    const lit = (el) => copied.has(el.getAttribute('data-id'))
      || (!veil.length && shownFull(el) && !(masked && shaded(el)));
    const dim = (el) => !copied.has(el.getAttribute('data-id'))
      && (!shownFull(el) || (veil.length > 0 && under(el)) || (masked && shaded(el)));
    const s = { veiled: veil.length > 0, shaded: !!masked, selected: false, causesLit: 0, causesDim: 0, effectsLit: 0, effectsDim: 0,
      othersLit: 0, othersOverChain: 0, chainLinksLit: 0, chainLinksHidden: 0, ownLinksHidden: 0, otherLinksLit: 0 };
    svg.querySelectorAll('[data-id][tabindex]').forEach((el) => {
      const e = el.getAttribute('data-id');
      if (e === id) {
        s.selected = el.classList.contains('is-selected') && lit(el)
          && !!over.querySelector(`.tg-overlay [data-id="${CSS.escape(id)}"].is-selected`);
      }
      else if (causes.has(e)) lit(el) ? s.causesLit++ : s.causesDim++;
      else if (effects.has(e)) lit(el) ? s.effectsLit++ : s.effectsDim++;
      else if (masked && cutAt(el)) s.othersOverChain++;
      else if (!dim(el)) s.othersLit++;
    });
    svg.querySelectorAll('[data-from]').forEach((el) => {
      const f = el.getAttribute('data-from'), t = el.getAttribute('data-to');
      const inChain = (up.has(f) && up.has(t)) || (down.has(f) && down.has(t));
      if (!inChain) { if (!dim(el)) s.otherLinksLit++; return; }
      if (lit(el)) s.chainLinksLit++; else s.chainLinksHidden++;
      if ((f === id || t === id) && !lit(el)) s.ownLinksHidden++;
    });
    return s;
  }, [id, kind]);
}

// Clicks event `id` with the graph on screen (its top at the top of the
// window), scrolls it at once by `scroll` ({ left, top } px: the graph's frame
// along the time axis, the page down), and in the frame that shows the selection
// judges the graph's events then on screen: under a masked veil, shaded
// outside the chain and not shaded in it; under a plain veil, copied over it
// in the chain and not outside it. Also says whether some of the drawing was
// left for later (what lies off screen), how many of the events on screen are
// on the chain, and how many the chain of `before`, whose shading the mask
// held, would have shown otherwise.
async function graphOnScreen(page, id, scroll, before) {
  // A big page lays its graph out once the reader scrolls to it (page.css, 20-views.js).
  await page.$eval('#graph-view', (view) => view.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => document.getElementById('graph-view').classList.contains('near'));
  await page.$eval('svg.graph', (svg) => { svg.parentElement.scrollLeft = 0; svg.scrollIntoView({ block: 'start' }); });
  await page.evaluate(`(${nextFrame})()`);
  return page.evaluate(`((id) => {
    document.querySelector('#tl-ev-' + CSS.escape(id) + ' > :is(circle, rect)')
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector('svg.graph').parentElement.scrollLeft = ${scroll.left};
    window.scrollBy(0, ${scroll.top});
    return (${nextFrame})().then(() => {
      const model = JSON.parse(document.getElementById('tg-model').textContent);
      const adj = (end, other) => {
        const m = new Map();
        model.links.forEach((l) => { if (!m.has(l[end])) m.set(l[end], []); m.get(l[end]).push(l[other]); });
        return m;
      };
      const ins = adj('to', 'from'), outs = adj('from', 'to');
      const chainOf = (k) => {
        const chain = new Set([k]);
        for (const m of [ins, outs]) {
          const seen = new Set([k]), queue = [k];
          for (let i = 0; i < queue.length; i++) {
            for (const next of m.get(queue[i]) || []) {
              if (!seen.has(next)) { seen.add(next); chain.add(next); queue.push(next); }
            }
          }
        }
        return chain;
      };
      const chain = chainOf(id), old = chainOf(${JSON.stringify(before)});
      const over = document.querySelector('svg.graph.tg-overlay-view');
      const paths = Array.from(over.querySelectorAll('mask path'));
      const inFill = (colour, p) => paths.some((q) => q.parentNode.getAttribute('fill') === colour && q.isPointInFill(p));
      const masked = !!over.querySelector('.tg-overlay > .tg-veil[mask]');
      const copied = new Set(Array.from(over.querySelectorAll('.tg-overlay [data-id]')).map((c) => c.getAttribute('data-id')));
      const s = { masked, stale: over.hasAttribute('data-stale'), onScreen: 0, onChain: 0, wrong: [], changed: 0 };
      // On screen: within the window and within the graph's frame, which scrolls it.
      const f = document.querySelector('svg.graph').parentElement.getBoundingClientRect();
      const left = Math.max(0, f.left), right = Math.min(innerWidth, f.right);
      const top = Math.max(0, f.top), bottom = Math.min(innerHeight, f.bottom);
      document.querySelectorAll('svg.graph:not(.tg-overlay-view) .tg-events > [data-id]').forEach((el) => {
        const r = el.getBoundingClientRect();
        if (r.right < left || r.bottom < top || r.left > right || r.top > bottom) return;
        s.onScreen++;
        const e = el.getAttribute('data-id');
        if (chain.has(e)) s.onChain++;
        if (chain.has(e) !== old.has(e)) s.changed++;
        const b = el.querySelector(':scope > :is(circle, rect)').getBBox();
        const p = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2);
        const lit = masked ? !(inFill('white', p) && !inFill('black', p)) : copied.has(e);
        if (lit !== chain.has(e)) s.wrong.push(e);
      });
      return s;
    });
  })(${JSON.stringify(id)})`);
}

// A selection as a reader should see it in both views: the event marked, all
// of its causes and effects lit, nothing else lit, and its own links drawn.
function assertLit(state) {
  for (const [kind, s] of Object.entries(state)) {
    assert.equal(s.selected, true, `${kind}: the selected event is marked and lit`);
    assert.ok(s.causesLit + s.effectsLit > 0, `${kind}: the chain has members`);
    assert.equal(s.causesDim, 0, `${kind}: every cause is lit`);
    assert.equal(s.effectsDim, 0, `${kind}: every effect is lit`);
    assert.equal(s.othersLit, 0, `${kind}: every event outside the chain dims`);
    assert.ok(s.chainLinksLit > 0, `${kind}: links of the chain are drawn`);
    assert.equal(s.ownLinksHidden, 0, `${kind}: the selected event's own links are drawn`);
    assert.equal(s.otherLinksLit, 0, `${kind}: links outside the chain dim or hide`);
  }
  assert.equal(state.graph.chainLinksHidden, 0, 'the graph draws every link of the chain');
}

test('10,000 events: loads, lights a chain in both views, and zoom reveals labels without overlap', {
  skip: genModel ? false : 'TIMEGRAPH_GEN_MODEL is not set',
}, async () => {
  const bigPage = renderBigPage(bin, genModel, work);
  const { page, context, problems } = await open(bigPage, 1400, '', 40000);

  // Load: navigation start to the first frame after the load event, when the page answers clicks.
  const load = await page.evaluate(`(${nextFrame})().then(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { interactive: performance.now(), domInteractive: nav.domInteractive, loaded: nav.loadEventEnd };
  })`);
  console.log(`10k page: load ${Math.round(load.interactive)} ms to the first frame after the load event `
    + `(DOM interactive ${Math.round(load.domInteractive)} ms, load event ${Math.round(load.loaded)} ms)`);
  assert.equal(await page.isVisible('#zoom-bar'), true);
  await page.screenshot({ path: join(artifacts, 'big-top.png') });

  // Every marker names itself on hover (its <title>) and on focus (the tip).
  const untitled = await page.$$eval('svg.timeline [data-id][tabindex]', (els) =>
    els.filter((e) => !e.querySelector(':scope > title')?.textContent.trim()).length);
  assert.equal(untitled, 0);
  const quiet = await page.$eval('svg.timeline', (svg) => Array.from(svg.querySelectorAll('[data-id][tabindex]'))
    .find((e) => !Array.from(e.querySelectorAll('text')).some((t) => getComputedStyle(t).display !== 'none')).id);
  await page.focus('#' + quiet);
  assert.equal(await page.isVisible('#event-tip'), true);
  assert.equal(await page.textContent('#event-tip'), await page.textContent(`#${quiet} > title`));

  // A click on a labelled event with causes and effects: time to the frame that shows the chain lit.
  // In this model such an event's chain is most of the page, which is shown by dimming the rest.
  const id = await page.$eval('svg.timeline', (svg) => {
    const model = JSON.parse(document.getElementById('tg-model').textContent);
    const from = new Set(model.links.map((l) => l.from)), to = new Set(model.links.map((l) => l.to));
    return Array.from(svg.querySelectorAll('[data-id][tabindex]')).map((e) => e.getAttribute('data-id'))
      .find((d) => from.has(d) && to.has(d) && document.querySelector(`#tl-ev-${d} text.tg-label:not(.tg-tier)`));
  });
  const big = await clickTimed(page, id);
  console.log(`10k page: click on ${id} to its chain lit in both views ${Math.round(big.painted)} ms `
    + `(handler ${Math.round(big.handled)} ms)`);
  const bigState = await litState(page, id);
  console.log(`10k page: chain of ${id}: ${JSON.stringify(bigState)}`);
  assertLit(bigState);
  // Its timeline links are more than the timeline draws: only the event's own show, and the panel says so.
  assert.ok(bigState.timeline.chainLinksHidden > 0);
  assert.match(await page.textContent('#panel'), /The timeline draws only this event.s own links/);

  // With the graph on screen, the frame of a selection shades what is on screen, and
  // leaves the mask's cells off screen for later.
  // Scrolled at once, the cells that come on screen are drawn in the same frame. The mask
  // holds first the shading of another chain, big enough to be shaded (an event whose
  // chain is a tenth to a fifth of the page), so that a cell left undrawn reads wrongly.
  const chains = await page.evaluate(() => {
    const model = JSON.parse(document.getElementById('tg-model').textContent);
    const adj = (end, other) => {
      const m = new Map();
      model.links.forEach((l) => { if (!m.has(l[end])) m.set(l[end], []); m.get(l[end]).push(l[other]); });
      return m;
    };
    const ins = adj('to', 'from'), outs = adj('from', 'to'), n = model.events.length;
    const chainOf = (k) => {
      const chain = new Set();
      for (const m of [ins, outs]) {
        const seen = new Set([k]), queue = [k];
        for (let i = 0; i < queue.length; i++) {
          for (const next of m.get(queue[i]) || []) if (!seen.has(next)) { seen.add(next); chain.add(next); queue.push(next); }
        }
      }
      return chain;
    };
    const sampled = model.events.map((e) => e.id).filter((e, i) => i % 50 === 0);
    const other = sampled.find((e) => chainOf(e).size > n / 10 && chainOf(e).size < n / 5);
    // The medium chain, and how far to scroll the graph to bring on screen the member of its
    // chain latest in time, when that lies well beyond the first screen.
    const medium = sampled.map((e) => {
      const chain = chainOf(e);
      if (chain.size < n / 50 || chain.size > n / 25) return null;
      const boxes = Array.from(chain, (c) => document.getElementById('gr-ev-' + c).getBBox());
      const far = boxes.reduce((a, b) => (b.x > a.x ? b : a));
      return far.x > 4000 ? [e, { left: Math.round(far.x - 300), top: Math.round(far.y - 300) }] : null;
    }).find(Boolean);
    return [other, ...medium];
  });
  const [other, medium, mediumScroll] = chains;
  for (const scroll of [{ left: 0, top: 0 }, { left: 6000, top: 0 }]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await clickTimed(page, other);
    await page.waitForFunction(() => !document.querySelector('svg.tg-overlay-view[data-stale]'));
    await page.keyboard.press('Escape');
    const seen = await graphOnScreen(page, id, scroll, other);
    console.log(`10k page: ${id} selected after ${other} with the graph on screen, scrolled by ${JSON.stringify(scroll)}: `
      + `${seen.onScreen} events on screen (${seen.changed} shaded otherwise for ${other}), ${seen.wrong.length} `
      + `shaded wrongly, the rest of the mask ${seen.stale ? 'left for later' : 'drawn'}`);
    assert.ok(seen.changed > 0);
    assert.deepEqual(seen.wrong, []);
    assert.equal(seen.masked, true);
    assert.equal(seen.stale, true);
    await page.waitForFunction(() => !document.querySelector('svg.tg-overlay-view[data-stale]'));
  }
  // A chain of a few hundred events is lit by copies over the veil: those on screen at once,
  // and when the graph is scrolled, those then on screen in the same frame.
  for (const scroll of [{ left: 0, top: 0 }, mediumScroll]) {
    await page.keyboard.press('Escape');
    const seen = await graphOnScreen(page, medium, scroll, medium);
    console.log(`10k page: ${medium} selected with the graph on screen, scrolled by ${JSON.stringify(scroll)}: `
      + `${seen.onScreen} events on screen (${seen.onChain} on its chain), ${seen.wrong.length} shown wrongly, `
      + `the rest of the copies ${seen.stale ? 'left for later' : 'drawn'}`);
    assert.equal(seen.masked, false);
    assert.ok(seen.onChain > 0);
    assert.deepEqual(seen.wrong, []);
    assert.equal(seen.stale, true);
    await page.waitForFunction(() => !document.querySelector('svg.tg-overlay-view[data-stale]'));
  }
  await page.evaluate(() => { document.querySelector('svg.graph').parentElement.scrollLeft = 0; window.scrollTo(0, 0); });

  // Then an event with a short chain: time to switch, and the chain is lit the same way.
  const small = await page.evaluate(() => {
    const model = JSON.parse(document.getElementById('tg-model').textContent);
    const ins = new Map();
    model.links.forEach((l) => { if (!ins.has(l.to)) ins.set(l.to, []); ins.get(l.to).push(l.from); });
    const from = new Set(model.links.map((l) => l.from));
    return model.events.map((e) => e.id).find((d) => !from.has(d) && (ins.get(d) || []).length >= 2);
  });
  const next = await clickTimed(page, small);
  const smallState = await litState(page, small);
  console.log(`10k page: from that chain to the chain of ${small} ${Math.round(next.painted)} ms `
    + `(handler ${Math.round(next.handled)} ms): ${JSON.stringify(smallState)}`);
  assertLit(smallState);
  assert.ok(!(await page.textContent('#panel')).includes('draws only this event'));
  const esc = await page.evaluate(`(() => { const t0 = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return (${nextFrame})().then(() => performance.now() - t0); })()`);
  console.log(`10k page: Escape clears the selection in ${Math.round(esc)} ms`);
  assert.equal(await page.$$eval('svg.tg .on, svg.tg .tg-overlay > *', (els) => els.length), 0);

  // Highlight times over 20 events spread through time, each clicked after the last, then
  // each after Escape: what a reader meets moving around the page, first at its top (the
  // timeline on screen), then with the graph on screen (both views drawn then).
  const spread = await page.$$eval('svg.timeline [data-id][tabindex]', (els) =>
    Array.from({ length: 20 }, (_, i) => els[Math.floor((i + 0.5) * els.length / 20)].getAttribute('data-id')));
  for (const where of ['top', 'graph']) {
    await page.evaluate((where) => (where === 'top' ? window.scrollTo(0, 0)
      : document.querySelector('svg.graph').scrollIntoView({ block: 'start' })), where);
    await page.evaluate(`(${nextFrame})()`);
    // As a reader looks before clicking: the view just scrolled to is drawn, and what the
    // last selection left for later is done.
    await page.waitForTimeout(1000);
    for (const afterEscape of [false, true]) {
      const times = [];
      for (const e of spread) {
        if (afterEscape) await page.keyboard.press('Escape');
        times.push((await clickTimed(page, e)).painted);
      }
      times.sort((a, b) => a - b);
      console.log(`10k page: 20 clicks ${afterEscape ? 'each after Escape' : 'in a row'}, ${where === 'top'
        ? 'timeline on screen' : 'graph on screen'}: median ${Math.round(times[10])} ms, `
        + `90th percentile ${Math.round(times[18])} ms, slowest ${Math.round(times[19])} ms, `
        + `${times.filter((t) => t < 100).length} of 20 under 100 ms`);
    }
  }
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));

  // Zoom: each doubling reveals a tier of labels, and no text ever covers another.
  const before = await shownLabels(page);
  assert.deepEqual(await overlaps(page, 'svg.timeline'), []);
  const counts = [];
  for (let zoom = 2; zoom <= 8; zoom *= 2) {
    await page.click('#zoom-in');
    // A big timeline is written where it shows first, and the rest when the browser is idle.
    await zoomSettled(page);
    counts.push(await shownLabels(page));
    if (zoom === 2) {
      await page.$eval('svg.timeline text.tg-tier-2', (t) => t.scrollIntoView({ block: 'center', inline: 'center' }));
      await page.screenshot({ path: join(artifacts, 'big-zoom-2.png') });
    }
  }
  console.log(`10k page: labels shown at zoom 1, 2, 4, 8: ${[before, ...counts].join(', ')}`);
  assert.ok(counts[0] > before && counts[1] > counts[0] && counts[2] > counts[1], 'each zoom level labels more');
  assert.deepEqual(await overlaps(page, 'svg.timeline'), []);
  await page.$eval('svg.timeline text.tg-tier-8', (t) => t.scrollIntoView({ block: 'center', inline: 'center' }));
  await page.screenshot({ path: join(artifacts, 'big-zoom-8.png') });

  // A zoom step, by the buttons: click to the frame that shows it, from zoom 1 to 8 and
  // back (the last step, to zoom 1, shows and so writes the whole timeline).
  await page.click('#zoom-reset');
  await zoomSettled(page);
  await page.evaluate(() => { document.getElementById('timeline-frame').scrollIntoView({ block: 'start' }); });
  const steps = [];
  for (const button of ['in', 'in', 'in', 'out', 'out', 'in', 'in', 'out', 'in', 'out', 'out', 'out']) {
    steps.push(await zoomTimed(page, button));
    await page.waitForTimeout(300);
  }
  const sorted = [...steps].sort((a, b) => a - b);
  console.log(`10k page: zoom steps ${steps.map(Math.round).join(', ')} ms, `
    + `median ${Math.round((sorted[5] + sorted[6]) / 2)} ms`);

  // Zoomed to 8 and panned at once to the right end, before the rest was written: what
  // shows is where it is once everything is written, and no text covers another.
  await page.click('#zoom-reset');
  await zoomSettled(page);
  const panned = await page.evaluate(`(() => {
    ['zoom-in', 'zoom-in', 'zoom-in'].forEach((b) => document.getElementById(b).click());
    const frame = document.getElementById('timeline-frame');
    const stale = frame.hasAttribute('data-zoom-stale');
    frame.scrollLeft = frame.scrollWidth;
    return (${nextFrame})().then(() => ({ stale, shown: (${shownEvents})() }));
  })()`);
  assert.ok(panned.stale, 'the zoom left some of the timeline to write later');
  assert.ok(Object.keys(panned.shown).length > 20, 'events show at the right end');
  assert.deepEqual(await overlaps(page, 'svg.timeline', '#timeline-frame'), []);
  await page.screenshot({ path: join(artifacts, 'big-zoom-8-end.png') });
  await zoomSettled(page);
  assert.deepEqual(await page.evaluate(`(${shownEvents})()`), panned.shown, 'what showed after the pan was already in place');
  assert.deepEqual(problems, []);
  await context.close();

  // Loaded again, with the graph not yet laid out (it waits for the reader to scroll to
  // it): Tab from the timeline's last event goes on into the graph's events.
  const fresh = await open(bigPage, 1400, '', 40000);
  assert.equal(await fresh.page.$eval('#graph-view', (v) => v.classList.contains('near')), false,
    'the graph is not laid out at load');
  await fresh.page.evaluate(() => [...document.querySelectorAll('#timeline-frame [data-id][tabindex="0"]')].pop().focus());
  let reached = null;
  for (let k = 0; k < 10 && !reached; k++) {
    await fresh.page.keyboard.press('Tab');
    reached = await fresh.page.evaluate(() => {
      const a = document.activeElement;
      return a && a.closest('svg.graph') && a.hasAttribute('data-id') ? a.getAttribute('data-id') : null;
    });
  }
  console.log(`10k page: Tab from the timeline's last event reaches the graph's ${reached}`);
  assert.ok(reached, 'Tab from the timeline reaches an event of the graph');
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

// Resolves once the zoomed timeline has been written whole.
async function zoomSettled(page) {
  await page.waitForFunction(() => !document.getElementById('timeline-frame').hasAttribute('data-zoom-stale'),
    null, { timeout: 20000 });
}
// One click on a zoom button: the time to the frame that shows its result.
async function zoomTimed(page, button) {
  return page.evaluate(`(() => {
    const t0 = performance.now();
    document.getElementById('zoom-${button}').click();
    return (${nextFrame})().then(() => performance.now() - t0);
  })()`);
}
// In the page: each timeline event that shows in the frame, with the boxes of
// its marker and texts on screen, rounded.
function shownEvents() {
  const f = document.getElementById('timeline-frame').getBoundingClientRect();
  const out = {};
  document.querySelectorAll('svg.timeline:not(.tg-overlay-view) .tg-events [data-id]').forEach((g) => {
    const r = g.getBoundingClientRect();
    if (!r.width || r.right < f.left || r.left > f.right) return;
    out[g.getAttribute('data-id')] = [...g.querySelectorAll(':scope > :is(circle, rect, text)')]
      .filter((c) => c.getClientRects().length)
      .map((c) => { const b = c.getBoundingClientRect(); return [b.left, b.top, b.width].map(Math.round).join(' '); });
  });
  return out;
}
