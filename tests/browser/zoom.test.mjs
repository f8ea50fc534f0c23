// Semantic zoom of the page's timeline, in Debian's Chromium: at zoom 1, 4
// and 16 on the seed and two test models, every drawn link path is sampled
// every 2 px against the box of every drawn text (as timeline_text.test.mjs
// does for the SVG alone), no two texts overlap, text and strokes keep their
// size on screen, and the axis is ticked again at round instants of finer
// units. Screenshots of the seed at zoom 4 (light and dark) and of each model
// at zoom 16 are saved to look at. Run by ctest (env TIMEGRAPH_BIN,
// TIMEGRAPH_SOURCE_DIR, TIMEGRAPH_ARTIFACTS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { launchChromium, openPage } from './chromium.mjs';
import { renderModel } from './pages.mjs';
import { ctrlWheel, pinchApart } from './gestures.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const work = mkdtempSync(join(tmpdir(), 'tg-zoom-'));
const artifacts = process.env.TIMEGRAPH_ARTIFACTS || join(work, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const models = ['data/us-china-2024.tg', 'tests/data/incident-outage.tg', 'tests/data/history-rome-dated.tg'];
const pageOf = (model) => join(renderModel(bin, work, join(root, model), basename(model, '.tg')), basename(model, '.tg') + '.html');

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

const open = (file, options) => openPage(browser, file, options);

// Zooms in by the + button, `times` doublings, then waits a frame.
async function zoomIn(page, times) {
  for (let k = 0; k < times; k++) await page.click('#zoom-in');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// In the page: the timeline's texts (their boxes in the SVG's units, font
// size and height on screen), link samples inside text, text over text, and
// the tick labels the zoom drew. The lane names' copies that stay in view
// while panning are a ground over the timeline, not text in it: they are
// left out (and hidden at the scroll this runs at, the frame's start).
function measure() {
  const svg = document.querySelector('svg.timeline');
  const toRoot = (el) => {
    const m = svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
    return (x, y) => new DOMPoint(x, y).matrixTransform(m);
  };
  const boxes = [];
  for (const t of svg.querySelectorAll('text')) {
    if (t.closest('.tg-zoom-names') || !t.checkVisibility() || !t.textContent.trim()) continue;
    const b = t.getBBox();
    if (b.width === 0 || b.height === 0) continue;
    const map = toRoot(t);
    const p = map(b.x, b.y), q = map(b.x + b.width, b.y + b.height);
    boxes.push({ x0: Math.min(p.x, q.x), y0: Math.min(p.y, q.y), x1: Math.max(p.x, q.x), y1: Math.max(p.y, q.y),
      text: t.textContent, px: getComputedStyle(t).fontSize, cls: t.getAttribute('class') || '' });
  }
  const crossed = new Set();
  let links = 0, samples = 0;
  for (const path of svg.querySelectorAll('#tl-links path')) {
    if (!path.checkVisibility()) continue;
    ++links;
    const map = toRoot(path), len = path.getTotalLength(), group = path.closest('g[id]');
    for (let s = 0; s <= len; s += 2) {
      const raw = path.getPointAtLength(s), pt = map(raw.x, raw.y);
      ++samples;
      for (const b of boxes) {
        if (pt.x > b.x0 && pt.x < b.x1 && pt.y > b.y0 && pt.y < b.y1) crossed.add(`"${b.text}" by ${group ? group.id : '?'}`);
      }
    }
  }
  const overlaps = [];
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].x0 < sorted[i].x1 - 1; j++) {
      const a = sorted[i], b = sorted[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 1 && h > 1) overlaps.push(`${a.text} | ${b.text}`);
    }
  }
  const labels = [...svg.querySelectorAll('text.tg-label:not(.tg-tier)')].slice(0, 5);
  return {
    links, samples, texts: boxes.length, crossed: [...crossed], overlaps,
    // Screen pixels per SVG unit, and the laid-out labels' font sizes and heights on screen.
    unit: svg.getScreenCTM().a,
    sizes: labels.map((t) => [getComputedStyle(t).fontSize, Math.round(t.getBoundingClientRect().height * 10) / 10]),
    fontSizes: [...new Set(boxes.filter((b) => !b.cls.includes('tg-tier')).map((b) => b.cls.split(' ')[0] + ' ' + b.px))].sort(),
    ticks: [...svg.querySelectorAll('.tg-zoom-ticks text.tg-tick:not(.tg-context)')].map((t) => t.textContent),
    width: svg.getBoundingClientRect().width,
  };
}

// A tick label at a round value of its unit: a time on a multiple of 5
// minutes, a day of the month, a month's name, or a year.
const ROUND = /^(?:[0-2]\d:[0-5][05]|[1-9]|[12]\d|3[01]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d+(?: BCE)?)$/;

for (const model of models) {
  test(`semantic zoom keeps text and links apart: ${basename(model)}`, async () => {
    const { page, context, problems } = await open(pageOf(model));
    const at = {};
    for (const [z, doublings] of [[1, 0], [4, 2], [16, 2]]) {
      await zoomIn(page, doublings);
      at[z] = await page.evaluate(measure);
      const r = at[z];
      console.log(`${basename(model)} zoom ${z}: ${r.links} links, ${r.samples} samples, ${r.texts} texts, `
        + `${r.crossed.length} crossed, ${r.overlaps.length} overlaps, ${r.ticks.length} new ticks, width ${Math.round(r.width)} px`);
      assert.ok(r.texts > 0 && r.links > 0);
      assert.deepEqual(r.crossed, [], `zoom ${z}: links through text`);
      assert.deepEqual(r.overlaps, [], `zoom ${z}: text over text`);
      if (z > 1) {
        // Time stretches; text and strokes keep their size on screen.
        assert.ok(r.width > at[1].width * (z / 2), `zoom ${z}: the timeline grows along time`);
        assert.ok(Math.abs(r.unit / at[1].unit - 1) < 1e-3, `zoom ${z}: one SVG unit is as many screen px as at zoom 1`);
        assert.deepEqual(r.sizes, at[1].sizes, `zoom ${z}: labels keep their size`);
        assert.deepEqual(r.fontSizes, at[1].fontSizes, `zoom ${z}: every kind of text keeps its font size`);
        assert.ok(r.ticks.length > 0, `zoom ${z}: the axis is ticked again`);
        for (const t of r.ticks) assert.match(t, ROUND, `zoom ${z}: tick "${t}" at a round value`);
      }
      if (z === 16) await page.screenshot({ path: join(artifacts, `zoom-16-${basename(model, '.tg')}.png`) });
      // Period titles are whole at every zoom (the layout gives them rows of
      // their own; one cut short at zoom 1 would be written out once it fits).
      if (model.includes('rome')) {
        const titles = await page.$$eval('svg.timeline .tg-period-title', (ts) => ts.map((t) => t.textContent));
        assert.ok(titles.includes('First Triumvirate') && titles.includes('The civil wars'), titles.join(', '));
      }
    }
    // Zoomed in, the axis names finer units than it did at zoom 1 (the horizontal timeline's own
    // ticks: the hidden vertical one, with its own scale, may name finer units).
    const seen1 = new Set(await page.evaluate(() => [...document.querySelectorAll('svg.timeline:not(.down) .tg-axis-group > text.tg-tick')]
      .map((t) => t.textContent)));
    assert.ok(at[16].ticks.some((t) => !seen1.has(t)), 'zoom 16 shows tick labels that zoom 1 had not');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the seed zoomed 4 times, light and dark: screenshots, pan re-ticks, reset restores the layout', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, context, problems } = await open(pageOf(models[0]), { colorScheme: scheme });
    const laidOut = await page.$eval('svg.timeline', (s) => s.outerHTML);
    await zoomIn(page, 2);
    await page.$eval('#tl-ev-biden-xi', (e) => e.scrollIntoView({ block: 'center', inline: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(artifacts, `zoom-4-seed-${scheme}.png`) });
    // Panned to the middle, the first tick that shows names its month, and the lane names stay in view.
    const view = await page.evaluate(() => {
      const f = document.getElementById('timeline-frame').getBoundingClientRect();
      const shown = [...document.querySelectorAll('svg.timeline .tg-zoom-ticks text')]
        .filter((t) => t.getBoundingClientRect().left >= f.left);
      const names = [...document.querySelectorAll('svg.timeline .tg-zoom-names text')]
        .map((t) => t.getBoundingClientRect()).filter((r) => r.left >= f.left && r.right <= f.right);
      return { first: shown.slice(0, 2).map((t) => t.textContent), names: names.length };
    });
    assert.match(view.first.join(' '), /[A-Z][a-z]{2} 20\d\d/, `the first ticks shown name their month: ${view.first}`);
    assert.ok(view.names >= 4, 'every lane name shows while panned');
    // A selection draws over the zoomed timeline where its events now are.
    await page.locator('#tl-ev-biden-xi').click();
    const lit = await page.evaluate(() => {
      const a = document.querySelector('#tl-ev-biden-xi circle').getBoundingClientRect();
      const b = document.querySelector('.tg-overlay-view .is-selected circle').getBoundingClientRect();
      return Math.abs(a.left - b.left) + Math.abs(a.top - b.top);
    });
    assert.ok(lit < 1, 'the selected event\'s copy lies on the event');
    // An event selected elsewhere (the URL) is brought into the zoomed frame.
    await page.evaluate(() => { location.hash = '#nato-summit'; });
    await page.waitForTimeout(1200);
    const inFrame = await page.evaluate(() => {
      const f = document.getElementById('timeline-frame').getBoundingClientRect();
      const r = document.querySelector('#tl-ev-nato-summit rect.tg-bar').getBoundingClientRect();
      return r.left >= f.left && r.right <= f.right;
    });
    assert.ok(inFrame, 'the zoomed timeline follows the selection');
    // Printed, the timeline is at zoom 1 (zoomed, it would shrink to the page's width), then zoomed again.
    const printed = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline');
      window.dispatchEvent(new Event('beforeprint'));
      const during = svg.getAttribute('viewBox');
      window.dispatchEvent(new Event('afterprint'));
      return { during, after: svg.getAttribute('viewBox') };
    });
    assert.equal(printed.during, laidOut.match(/viewBox="([^"]*)"/)[1]);
    assert.notEqual(printed.after, printed.during);
    await page.click('#zoom-reset');
    assert.equal(await page.$eval('svg.timeline', (s) => s.getAttribute('viewBox')),
      laidOut.match(/viewBox="([^"]*)"/)[1]);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// Where an event's marker is on screen, and how wide the timeline is.
const markerAt = (page, id) => page.$eval(`#tl-ev-${id} circle`, (c) => {
  const r = c.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: document.querySelector('svg.timeline').getBoundingClientRect().width };
});

test('ctrl+wheel and a two-finger pinch zoom about the pointer', async () => {
  const { page, context, problems } = await open(pageOf(models[0]));
  await page.$eval('#timeline-frame', (f) => f.scrollIntoView());
  const before = await markerAt(page, 'biden-xi');
  await ctrlWheel(page, before.x, before.y);
  const wheeled = await markerAt(page, 'biden-xi');
  assert.ok(wheeled.width > before.width * 1.5, `the wheel zoomed in (${before.width} to ${wheeled.width} px)`);
  assert.ok(Math.abs(wheeled.x - before.x) < 2, `the event under the pointer stays there (${before.x} to ${wheeled.x})`);

  // Two touch points moving apart: three times as far apart, three times the zoom.
  const target = await markerAt(page, 'biden-xi');
  await pinchApart(page, '#timeline-frame', target, 'x');
  const pinched = await markerAt(page, 'biden-xi');
  assert.ok(pinched.width > wheeled.width * 2, `the pinch zoomed in (${wheeled.width} to ${pinched.width} px)`);
  assert.ok(Math.abs(pinched.x - target.x) < 2, `the event between the fingers stays there (${target.x} to ${pinched.x})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the causal graph pans by dragging, at its size, and selects no text or event', async () => {
  const { page, context, problems } = await open(pageOf(models[0]));
  await page.$eval('svg.graph', (s) => s.parentElement.scrollIntoView());
  const start = await page.$eval('svg.graph', (svg) => {
    const f = svg.parentElement.getBoundingClientRect();
    const t = [...svg.querySelectorAll('[data-id][tabindex] text')].find((e) => {
      const r = e.getBoundingClientRect();
      return r.left > f.left + 300 && r.right < f.right - 20 && r.top > f.top && r.bottom < Math.min(f.bottom, innerHeight);
    });
    const r = t.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, size: getComputedStyle(t).fontSize };
  });
  const before = await page.$eval('svg.graph', (s) => s.parentElement.scrollLeft);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x - 25 * i, start.y + 2 * i);
  await page.mouse.up();
  assert.equal(await page.evaluate(() => String(getSelection())), '', 'no text selected');
  assert.ok(await page.$eval('svg.graph', (s) => s.parentElement.scrollLeft) > before, 'the graph panned');
  await page.waitForTimeout(300);
  assert.equal(await page.$$eval('svg.tg.has-selection', (s) => s.length), 0, 'a pan selects no event');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the buttons zoom about the selected event and keep it in view', async () => {
  // Narrower windows show the vertical timeline, which does not zoom (below).
  const { page, context, problems } = await open(pageOf(models[0]), { viewport: { width: 1400, height: 844 } });
  assert.ok(await page.$eval('svg.timeline:not(.down)', (s) => s.getClientRects().length > 0), 'the horizontal timeline shows');
  await page.locator('#tl-ev-working-group text.tg-label').first().click();
  await page.waitForTimeout(800);
  const place = () => page.evaluate(() => {
    const f = document.getElementById('timeline-frame').getBoundingClientRect();
    const r = document.querySelector('#tl-ev-working-group rect.tg-bar').getBoundingClientRect();
    return { left: r.left - f.left, right: r.right - f.left, frame: f.width };
  });
  const before = await place();
  await zoomIn(page, 2);
  const after = await place();
  assert.ok(after.left >= 0 && after.left < after.frame, `the working group's start stays in the frame (${JSON.stringify(after)})`);
  assert.ok(Math.abs((after.left + after.right) / 2 - (before.left + before.right) / 2) < 2, 'its middle stays where it was');
  await page.screenshot({ path: join(artifacts, 'zoom-4-seed-selected.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, the vertical timeline shows and a pinch or ctrl+wheel leaves the hidden one alone', async () => {
  const { page, context, problems } = await open(pageOf(models[0]), { viewport: { width: 390, height: 844 } });
  const shown = await page.evaluate(() => [...document.querySelectorAll('#timeline-frame > svg:not(.tg-overlay-view)')]
    .filter((s) => s.getClientRects().length > 0).map((s) => s.classList.contains('down')));
  assert.deepEqual(shown, [true], 'only the vertical timeline shows');
  assert.equal(await page.$eval('#zoom-in', (b) => b.getClientRects().length), 0, 'no zoom buttons');
  const width = () => page.$eval('svg.timeline:not(.down)', (s) => s.style.width);
  const before = await width();
  const box = await page.$eval('#timeline-frame > svg.down', (s) => {
    s.scrollIntoView();
    const r = s.getBoundingClientRect();
    return { x: r.left + 100, y: Math.min(r.top + 200, innerHeight / 2) };
  });
  await page.mouse.move(box.x, box.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForTimeout(200);
  assert.equal(await width(), before, 'the hidden horizontal timeline was not zoomed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the seed zoomed 4 times and panned to its end keeps its heading, legend and key in view, clear of events', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, context, problems } = await open(pageOf(models[0]), { colorScheme: scheme });
    await zoomIn(page, 2);
    await page.$eval('#timeline-frame', (f) => { f.scrollIntoView({ block: 'start' }); f.scrollLeft = f.scrollWidth; });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const r = await page.evaluate(() => {
      const frame = document.getElementById('timeline-frame'), f = frame.getBoundingClientRect();
      const svg = document.querySelector('svg.timeline');
      const header = [...svg.querySelectorAll(':scope > :is(.tg-heading, .tg-legend-block, .tg-key-block) > *, '
        + ':scope > .tg-key-block > .tg-key > *')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
      const events = [...svg.querySelectorAll('.tg-events [data-id] > *')].filter((e) => e.checkVisibility())
        .map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0 && b.right > f.left && b.left < f.right);
      const meets = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      return {
        atEnd: frame.scrollLeft > 0 && frame.scrollLeft + frame.clientWidth >= frame.scrollWidth - 1,
        parts: header.length, events: events.length,
        outside: header.filter((b) => b.left < f.left || b.right > f.right).length,
        covered: header.filter((h) => events.some((e) => meets(h, e))).length,
      };
    });
    await page.screenshot({ path: join(artifacts, `zoom-4-seed-end-${scheme}.png`) });
    assert.ok(r.atEnd, 'panned to the right end');
    assert.ok(r.parts > 10 && r.events > 5, JSON.stringify(r));
    assert.equal(r.outside, 0, 'the heading, legend and key show whole in the frame');
    assert.equal(r.covered, 0, 'they cover no event');
    assert.deepEqual(problems, []);
    await context.close();
  }
});
