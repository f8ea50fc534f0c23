// The page as its readers use it (issue: the page, as its readers use it):
// each defect a demanding reader or an accessibility review met, in
// Debian's Chromium on the seed page, with axe-core for the review, and the
// acceptance measures on a 10,000-event page. Screenshots go to
// TIMEGRAPH_ARTIFACTS (reader-*.png), to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { renderBigPage, renderModel, testModels } from './pages.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const genModel = process.env.TIMEGRAPH_GEN_MODEL;
const artifacts = process.env.TIMEGRAPH_ARTIFACTS || mkdtempSync(join(tmpdir(), 'tg-shots-'));
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'tg-reader-'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const render = (model, name) => renderModel(bin, work, model, name);
const seedPage = () => join(work, 'seed', 'us-china-2024.html');

let browser;
before(async () => {
  browser = await launchChromium();
  render(join(root, 'data/us-china-2024.tg'), 'seed');
});
after(async () => { await browser?.close(); });

async function open(file, { width = 1400, height = 1000, scheme = 'light', timeout = 5000, motion = 'reduce' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: motion });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('error: ' + e.message));
  await page.goto('file://' + file);
  await page.waitForLoadState('load');
  return { page, context, problems };
}
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const settle = (page) => page.evaluate(`(${nextFrame})().then(${nextFrame})`);
// The timeline the page shows: the horizontal one, or on a narrow screen the vertical one
// (ids prefixed "down-"); the other is display: none. An event's label there, to click.
const shownTimeline = 'svg.timeline:not(.tg-overlay-view):visible';
const shownLabel = (page, id) => page.locator(`${shownTimeline} [data-id="${id}"] text.tg-label`).first();
const shownSelected = (page, id) => page.evaluate((id) => Array.from(document.querySelectorAll('svg.timeline:not(.tg-overlay-view)'))
  .find((s) => s.getClientRects().length).querySelector(`[data-id="${id}"]`).classList.contains('is-selected'), id);

// Chooses an event in a Path combobox the way a reader does: types, then picks with the keyboard.
async function choosePath(page, which, text) {
  await page.fill(`#path-${which}`, text);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('zones: a toggle shows zoned times in UTC; a relative date says how it was derived', async () => {
  const out = render(join(root, 'tests/data/outage-postmortem.tg'), 'postmortem');
  const { page, context, problems } = await open(join(out, 'outage-postmortem.html'));
  // The seed has no zoned times: no toggle there.
  const toggle = page.locator('#utc-toggle');
  assert.ok(await toggle.isVisible(), 'the toggle is shown for a model with zoned times');
  await page.evaluate(() => { location.hash = '#all-clear'; });
  await page.waitForFunction(() => document.querySelector('#panel-body .date')?.textContent.includes('16:05 Europe/Amsterdam'));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => document.querySelector('#panel-body .date')?.textContent.startsWith('12 Mar 2024 15:05 UTC'));
  await toggle.click();
  await page.waitForFunction(() => document.querySelector('#panel-body .date')?.textContent.includes('16:05 Europe/Amsterdam'));
  await page.evaluate(() => { location.hash = '#canary-pass'; });
  await page.waitForFunction(() => Array.from(document.querySelectorAll('#panel-body dd')).some((d) => d.textContent === 'deploy-start + 3m'));
  const seed = await open(seedPage());
  assert.ok(await seed.page.locator('#utc-toggle').isHidden());
  await seed.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('path: every link of the chain lights up in both views', async () => {
  const { page, context, problems } = await open(seedPage());
  await choosePath(page, 'from', 'Pelosi visits');
  await choosePath(page, 'to', 'working group opens');
  await settle(page);
  const steps = await page.$$eval('#panel ol > li', (lis) => lis.length);
  assert.ok(steps >= 4, 'the panel lists the chain');
  for (const view of ['timeline', 'graph']) {
    const lit = await page.$$eval(`svg.${view}.tg-overlay-view .tg-overlay [data-from]`,
      (els) => new Set(els.map((e) => e.getAttribute('data-from') + '>' + e.getAttribute('data-to'))).size);
    assert.equal(lit, steps - 1, `${view}: one lit link per step of the path`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus: every focusable element shows a ring, range bars too', async () => {
  const { page, context } = await open(seedPage());
  await page.keyboard.press('Tab');  // focus from the keyboard, so that :focus-visible holds
  const missing = await page.evaluate(() => {
    const accent = getComputedStyle(document.querySelector('a, .page-footer') || document.body);
    const bad = [];
    const focusables = Array.from(document.querySelectorAll('button, input, select, a[href], [tabindex]'))
      .filter((e) => e.tabIndex >= 0 && e.getClientRects().length && !e.closest('[hidden]'));
    for (const el of focusables) {
      el.focus();
      let ok;
      if (el instanceof SVGElement) {
        const mark = el.querySelector(':scope > :is(.tg-dot, .tg-bar, .tg-node)');
        const s = mark && getComputedStyle(mark);
        ok = !!s && parseFloat(s.strokeWidth) >= 3 && s.stroke !== 'none' && s.strokeOpacity !== '0';
      } else {
        const s = getComputedStyle(el);
        ok = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      }
      if (!ok) bad.push(el.id || el.outerHTML.slice(0, 60));
    }
    void accent;
    return { bad, count: focusables.length };
  });
  assert.ok(missing.count > 40);
  assert.deepEqual(missing.bad, []);
  await context.close();
});

test('tip: on keyboard focus, never after a mouse click', async () => {
  const { page, context } = await open(seedPage());
  await page.locator('#tl-ev-working-group text.tg-label').first().click();
  assert.equal(await page.isVisible('#event-tip'), false, 'no tip after a click');
  await page.keyboard.press('ArrowLeft');  // moves the focus from the keyboard
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.isVisible('#event-tip'), true, 'a tip on keyboard focus');
  const name = await page.evaluate(() => document.activeElement.querySelector(':scope > title').textContent);
  assert.equal(await page.textContent('#event-tip'), name);
  await context.close();
});

test('causes and effects differ by more than colour, with a legend', async () => {
  const { page, context } = await open(seedPage());
  await page.locator('#tl-ev-biden-xi text.tg-label').first().click();
  await settle(page);
  const dash = (state, id) => page.$eval(`svg.timeline.tg-overlay-view .${state}[data-id="${id}"] > :is(.tg-dot, .tg-bar)`,
    (m) => getComputedStyle(m).strokeDasharray);
  const cause = await dash('is-cause', 'thaw'), effect = await dash('is-effect', 'working-group');
  assert.notEqual(cause, effect, 'a cause and an effect are outlined differently');
  assert.equal(await page.isVisible('#chain-legend'), true);
  assert.match(await page.textContent('#chain-legend'), /cause.*solid.*effect.*dashed/s);
  await context.close();
});

test('search: says how many events match, and fades links too', async () => {
  const { page, context } = await open(seedPage());
  await page.fill('#search', 'zzzz');
  assert.equal((await page.textContent('#search-status')).trim(), '0 of 22 events match');
  await page.fill('#search', 'nato');
  assert.match(await page.textContent('#search-status'), /^[1-9]\d* of 22 events match$/);
  await settle(page);
  const links = await page.$$eval('svg.timeline:not(.tg-overlay-view) [data-from]', (els) => els.map((e) => {
    const shown = (id) => !document.getElementById('tl-ev-' + id).classList.contains('is-filtered');
    return { faded: Number(getComputedStyle(e).opacity) < 0.5,
      between: shown(e.getAttribute('data-from')) && shown(e.getAttribute('data-to')) };
  }));
  assert.ok(links.some((l) => l.faded));
  assert.ok(links.length > 10);
  assert.equal(links.filter((l) => !l.between && !l.faded).length, 0, 'links of faded events fade');
  assert.equal(links.filter((l) => l.between && l.faded).length, 0, 'links between matches stay');
  await page.fill('#search', '');
  assert.equal(await page.textContent('#search-status'), '');
  assert.equal(await page.$$eval('svg.tg .is-filtered', (e) => e.length), 0);
  await context.close();
});

test('keyboard: no Tab stop on the SVGs or their frames; a consistent theme button', async () => {
  const { page, context } = await open(seedPage());
  const stops = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const a = document.activeElement;
      return a.localName + (a.classList.contains('svg-frame') ? '.svg-frame' : '') + (a.getAttribute('role') === 'img' ? '[img]' : '');
    }));
  }
  assert.deepEqual(stops.filter((s) => s === 'svg' || s.includes('svg-frame') || s.includes('[img]')), []);
  assert.deepEqual(await page.$$eval('svg.tg:not(.tg-overlay-view)', (s) => s.map((e) => e.getAttribute('role'))), ['group', 'group', 'group']);
  const theme = async () => page.$eval('#theme-toggle', (b) => [b.textContent.trim(), b.getAttribute('aria-pressed'),
    document.documentElement.getAttribute('data-theme') || 'system']);
  assert.deepEqual(await theme(), ['Dark mode', 'false', 'system']);
  await page.click('#theme-toggle');
  assert.deepEqual(await theme(), ['Dark mode', 'true', 'dark']);
  await page.click('#theme-toggle');
  assert.deepEqual(await theme(), ['Dark mode', 'false', 'light']);
  await context.close();
});

test('the list shows its numbers whole, and printed its items do not split', async () => {
  const { page, context } = await open(seedPage());
  const room = await page.$eval('#event-list ol', (ol) => {
    const c = document.createElement('canvas').getContext('2d');
    c.font = getComputedStyle(ol).font;
    return { padding: parseFloat(getComputedStyle(ol).paddingLeft), marker: c.measureText(ol.children.length + '. ').width };
  });
  assert.ok(room.padding >= room.marker + 4, `the list's numbers fit its margin (${JSON.stringify(room)})`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('#event-list li', (li) => getComputedStyle(li).breakInside), 'avoid');
  assert.equal(await page.isVisible('#tools'), false);
  await context.close();
});

test('printed, the views are page-sized tiles at their own size, drawn by reference, not copied', async () => {
  const { page, context, problems } = await open(seedPage());
  await page.waitForSelector('#graph-view.has-print-tiles', { state: 'attached' });
  const elements = () => page.$$eval('svg.tg [data-id]', (e) => e.length);
  const before = await elements();
  // A4 with the page's 12 mm margins: 186 mm of width, 703 CSS px.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const tiles = await page.$$eval('.print-tile', (ts) => ts.map((t) => {
    const vb = t.viewBox.baseVal, r = t.getBoundingClientRect(), use = t.querySelector('use');
    return { view: t.closest('.view').id, scale: r.width / vb.width, width: r.width, height: r.height,
      refers: use && document.getElementById(use.getAttribute('href').slice(1)).getAttribute('class'), children: t.children.length };
  }));
  assert.ok(tiles.some((t) => t.view === 'graph-view'), 'the graph prints as tiles');
  assert.ok(tiles.some((t) => t.view === 'timeline-view'), 'the timeline prints as tiles');
  for (const t of tiles) {
    assert.ok(t.width <= 703 + 0.5, `a tile fits the page width (${t.width})`);
    // 10 px link labels at 7.5 pt: the view at its own size, never below 0.93 of it (7 pt).
    assert.ok(t.scale >= 0.93, `a tile keeps the text readable (scale ${t.scale})`);
    assert.ok(t.height <= 1000, `a tile fits a page's height (${t.height})`);
    assert.equal(t.children, 1, 'a tile holds only a reference to its view');
  }
  assert.match(tiles.find((t) => t.view === 'timeline-view').refers, /\bdown\b/, 'the timeline printed is the vertical one');
  assert.equal(await page.$eval('#graph-view > .svg-frame', (f) => getComputedStyle(f).display), 'none');
  assert.equal(await elements(), before, 'no element of a view is copied');
  assert.equal(await page.$eval('#event-list li', (li) => getComputedStyle(li).breakInside), 'avoid');
  // The printed pages, to be looked at (pdftoppm).
  await page.pdf({ path: join(artifacts, 'reader-print-a4.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.$eval('.print-tiles', (t) => getComputedStyle(t).display), 'none', 'on screen, no tiles');
  assert.deepEqual(problems, []);
  await context.close();
});

test('dragging the zoomed timeline pans it and selects no text', async () => {
  const { page, context } = await open(seedPage());
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  await settle(page);
  // On an event's label, as a reader grabs the timeline: the drag must pan, not select its text.
  const start = await page.$eval('#timeline-frame', (f) => {
    const fr = f.getBoundingClientRect();
    for (const t of f.querySelectorAll('svg.timeline text.tg-label')) {
      const r = t.getBoundingClientRect(), x = Math.max(r.left, fr.left + 250) + 5, y = r.top + r.height / 2;
      if (x < Math.min(r.right, fr.right - 20) && y > fr.top + 20 && y < Math.min(fr.bottom, innerHeight) - 40
        && document.elementFromPoint(x, y) === t) return { x, y };
    }
    return null;
  });
  const before = await page.$eval('#timeline-frame', (f) => f.scrollLeft);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x - 20 * i, start.y + 3 * i);
  await page.mouse.up();
  assert.equal(await page.evaluate(() => String(getSelection())), '', 'no text selected');
  assert.ok(await page.$eval('#timeline-frame', (f) => f.scrollLeft) > before, 'the timeline panned');
  await settle(page);
  assert.equal(await page.$$eval('svg.tg.has-selection', (s) => s.length), 0, 'a pan selects no event');
  await context.close();
});

test('the views follow a selection, and a path is framed whole', async () => {
  const { page, context } = await open(seedPage(), { width: 1400, height: 1000 });
  const inFrame = (id) => page.$eval(`#gr-ev-${id}`, (e) => {
    const f = e.ownerSVGElement.parentElement.getBoundingClientRect(), r = e.getBoundingClientRect();
    return r.left >= f.left - 1 && r.right <= f.right + 1;
  });
  // The latest event lies beyond the graph's first screen; chosen from the keyboard, it comes into view.
  const last = await page.evaluate(() => JSON.parse(document.getElementById('tg-model').textContent).analysis.order.at(-1));
  assert.equal(await inFrame(last), false, 'the test needs an event off the graph\'s first screen');
  await page.focus('#tl-ev-' + last);
  await page.keyboard.press('Enter');
  await settle(page);
  // The graph lies below the fold: it has moved to the event when the reader scrolls down to it.
  await page.evaluate(() => document.querySelector('#graph-view').scrollIntoView({ block: 'start' }));
  await page.waitForFunction((id) => {
    const e = document.getElementById('gr-ev-' + id), f = e.ownerSVGElement.parentElement.getBoundingClientRect();
    const r = e.getBoundingClientRect();
    return r.left >= f.left - 1 && r.right <= f.right + 1;
  }, last);
  // Back at the start, a path of four links is framed whole when it fits.
  await page.$eval('svg.graph', (s) => { s.parentElement.scrollLeft = 0; });
  await choosePath(page, 'from', 'Biden and Xi');
  await choosePath(page, 'to', 'work plan');
  await settle(page);
  const ids = await page.$$eval('#panel ol > li button.event-ref', (b) => b.length);
  assert.ok(ids >= 2);
  await page.waitForFunction(() => Array.from(document.querySelectorAll('svg.graph.tg-overlay-view .tg-overlay .tg-event[data-id]'))
    .every((c) => {
      const e = document.getElementById('gr-ev-' + c.getAttribute('data-id'));
      const f = e.ownerSVGElement.parentElement.getBoundingClientRect(), r = e.getBoundingClientRect();
      return r.left >= f.left - 1 && r.right <= f.right + 1;
    }));
  await context.close();
});

test('a reload keeps the reader\'s place: selection and zoom', async () => {
  const { page, context } = await open(seedPage());
  await page.locator('#tl-ev-bangkok-talks text.tg-label').first().click();
  await page.click('#zoom-in');
  await page.waitForTimeout(400);
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await page.reload();
  await page.waitForLoadState('load');
  await settle(page);
  assert.ok(await page.$eval('#tl-ev-bangkok-talks', (e) => e.classList.contains('is-selected')));
  assert.ok(await page.$eval('#timeline-frame', (f) => f.classList.contains('zoomed')));
  const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('timegraph-view')));
  assert.equal(saved.selected, 'bangkok-talks');
  await context.close();
});

test('narrow screens: nothing overflows, tap targets are 24 px, the panel is a bottom sheet', async () => {
  for (const [width, height] of [[390, 844], [320, 700]]) {
    const { page, context } = await open(seedPage(), { width, height });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no horizontal overflow at ${width} px`);
    const small = await page.$$eval('button, input', (els) => els.filter((e) => e.getClientRects().length)
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
    assert.equal(small, 0, `every control is at least 24 x 24 px at ${width} px`);
    await shownLabel(page, 'working-group').click();
    await settle(page);
    assert.ok(await shownSelected(page, 'working-group'));
    const sheet = await page.$eval('#panel', (p) => ({ position: getComputedStyle(p).position, bottom: p.getBoundingClientRect().bottom }));
    assert.equal(sheet.position, 'sticky');
    assert.ok(sheet.bottom <= height + 1, 'the panel shows at the foot of the window');
    await context.close();
  }
});

// Each page's own controls and views fit a narrow window, whatever its events are called:
// the Path lists of a small page are <select>s as wide as their longest title.
test('narrow screens: no page of the test models is wider than the window at 390 and 320 px', async () => {
  for (const model of testModels(root)) {
    const name = model.split('/').pop().replace(/\.tg$/, '');
    const page_ = join(render(model, `narrow-${name}`), `${name}.html`);
    for (const [width, height] of [[390, 844], [320, 700]]) {
      const { page, context } = await open(page_, { width, height });
      const wide = await page.evaluate((w) => Array.from(document.querySelectorAll('body *'))
        .filter((e) => !e.closest('svg') && e.getBoundingClientRect().right > w + 0.5 && e.getClientRects().length)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`).slice(0, 5), width);
      assert.deepEqual(wide, [], `${name} at ${width} px: nothing reaches past the window`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `${name}: no horizontal overflow at ${width} px`);
      await context.close();
    }
  }
});

test('a phone: at 390 x 844 the page shows the vertical timeline at its own sizes, and a tap selects the working group', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('file://' + seedPage());
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no horizontal overflow');
  // The horizontal timeline and its overlay are display: none: out of the tab order and the accessibility tree.
  const shown = await page.$$eval('#timeline-frame > svg', (svgs) => svgs.map((s) => [s.getAttribute('class'), getComputedStyle(s).display]));
  assert.deepEqual(shown.map(([c, d]) => `${c.includes('down') ? 'down' : 'right'}${c.includes('overlay') ? ' overlay' : ''}: ${d}`),
    ['right: none', 'right overlay: none', 'down: block', 'down overlay: block']);
  assert.equal(await page.$$eval('[id]', (els) => els.length - new Set(els.map((e) => e.id)).size), 0, 'ids are unique');
  const sizes = await page.$eval('svg.timeline.down:not(.tg-overlay-view)', (svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const px = (t) => parseFloat(getComputedStyle(t).fontSize) * scale;
    const shown = Array.from(svg.querySelectorAll('text')).filter((t) => getComputedStyle(t).display !== 'none'
      && !t.closest('.tg-tier') && t.textContent.trim());
    return { titles: Math.min(...shown.filter((t) => t.classList.contains('tg-label')).map(px)), all: Math.min(...shown.map(px)),
      count: shown.length };
  });
  assert.ok(sizes.count > 100, 'the vertical timeline draws its text');
  assert.ok(sizes.titles >= 11, `event titles are at least 11 px (${sizes.titles})`);
  // (Chromium lays out in 1/64 px: a 346 px drawing may come out 345.98 px wide.)
  assert.ok(sizes.all >= 10 - 0.01, `no timeline text under 10 px (${sizes.all})`);
  // The vertical timeline fits its frame at its own sizes: the frame does not scroll sideways.
  const frame = await page.$eval('#timeline-frame', (f) => [f.scrollWidth, f.clientWidth]);
  assert.ok(frame[0] <= frame[1], `the timeline's frame does not scroll sideways (${frame})`);
  const target = await page.$eval('#down-tl-ev-working-group', (e) => { const r = e.getBoundingClientRect(); return [r.width, r.height]; });
  assert.ok(target[0] >= 24 && target[1] >= 24, `the working group is a target of at least 24 x 24 px (${target})`);
  const label = page.locator('#down-tl-ev-working-group text.tg-label').first();
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  await page.touchscreen.tap(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelector('#down-tl-ev-working-group').classList.contains('is-selected'));
  assert.ok(await page.$$eval('svg.timeline.down.tg-overlay-view .tg-overlay .is-selected[data-id="working-group"]', (c) => c.length) > 0,
    'the vertical timeline\'s overlay shows the selection');
  await page.screenshot({ path: join(artifacts, 'reader-390-vertical-selected.png') });
  // Pelosi's visit, in the first lane's track: its label stands in the text column, right of every track, and a tap
  // on it selects the visit.
  const pelosi = page.locator('#down-tl-ev-pelosi-visit text.tg-label').first();
  await pelosi.scrollIntoViewIfNeeded();
  const tracks = await page.$$eval('svg.timeline.down:not(.tg-overlay-view) .tg-dot, svg.timeline.down:not(.tg-overlay-view) .tg-bar',
    (ms) => Math.max(...ms.map((m) => m.getBoundingClientRect().right)));
  const at = await pelosi.boundingBox();
  assert.ok(at.x > tracks, `the label stands right of every marker (${at.x} > ${tracks})`);
  await page.touchscreen.tap(at.x + Math.min(at.width / 2, 20), at.y + at.height / 2);
  await page.waitForFunction(() => document.querySelector('#down-tl-ev-pelosi-visit').classList.contains('is-selected'));
  assert.equal(await page.textContent('#panel-body h3'), 'Speaker Nancy Pelosi visits Taiwan', 'the panel shows the visit');
  await context.close();
});

test('the vertical timeline: path, search, keyboard focus, tip and follow work on it', async () => {
  const { page, context, problems } = await open(seedPage(), { width: 390, height: 844 });
  // The path lights every link of its chain in the timeline shown.
  await choosePath(page, 'from', 'Pelosi visits');
  await choosePath(page, 'to', 'working group opens');
  await settle(page);
  const steps = await page.$$eval('#panel ol > li', (lis) => lis.length);
  const lit = await page.$$eval('svg.timeline.down.tg-overlay-view .tg-overlay [data-from]',
    (els) => new Set(els.map((e) => e.getAttribute('data-from') + '>' + e.getAttribute('data-to'))).size);
  assert.ok(steps >= 4);
  assert.equal(lit, steps - 1, 'one lit link per step of the path');
  await page.click('#path-clear');
  // Search fades the vertical timeline's events and links.
  await page.fill('#search', 'nato');
  const faded = await page.$$eval('svg.timeline.down:not(.tg-overlay-view) [data-from]', (els) =>
    els.filter((e) => Number(getComputedStyle(e).opacity) < 0.5).length);
  assert.ok(faded > 0, 'links fade in the vertical timeline');
  await page.fill('#search', '');
  await page.evaluate(() => document.activeElement.blur());
  // The keyboard steps through time with the focus on the vertical timeline's events, and the tip names them.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');  // as the tip test does, so that the focus shows (:focus-visible)
  await page.keyboard.press('Shift+Tab');
  await settle(page);
  const focused = await page.evaluate(() => ({ id: document.activeElement.id, tip: document.getElementById('event-tip').textContent }));
  assert.match(focused.id, /^down-tl-ev-/);
  assert.equal(await page.isVisible('#event-tip'), true);
  assert.equal(focused.tip, await page.textContent(`#${focused.id} > title`));
  // A selection in the lane furthest right is scrolled into the frame, which holds the timeline at its own width,
  // and the window scrolls it clear of the bottom sheet.
  await page.waitForTimeout(400);  // the views have followed the last selection
  const frame = await page.$eval('#timeline-frame', (f) => { f.scrollLeft = 0; window.scrollTo(0, 0); return [f.scrollWidth, f.clientWidth]; });
  assert.ok(frame[0] <= frame[1], 'the timeline fits its frame at its own width: no sideways scroll');
  await page.evaluate(() => { location.hash = '#nato-summit'; });
  await page.waitForFunction(() => {
    const f = document.getElementById('timeline-frame'), e = document.getElementById('down-tl-ev-nato-summit');
    const fr = f.getBoundingClientRect(), r = e.querySelector('.tg-bar, .tg-dot').getBoundingClientRect();
    const clear = innerHeight - parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom);
    return r.left >= fr.left && r.right <= fr.right && r.top >= 0 && r.bottom <= clear;
  });
  await page.screenshot({ path: join(artifacts, 'reader-390-vertical-followed.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

// axe-core's rules, the experimental name-mismatch rule included (it found 43 event buttons).
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } }));
  return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`);
}

for (const width of [1400, 800, 390]) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations at ${width} px, ${scheme}, with and without a selection; screenshots`, async () => {
      const { page, context, problems } = await open(seedPage(), { width, height: width < 500 ? 844 : 1000, scheme });
      const shot = (what) => page.screenshot({ path: join(artifacts, `reader-${width}-${scheme}-${what}.png`), fullPage: what === 'page' });
      await shot('page');
      if (width !== 800) assert.deepEqual(await axeViolations(page), []);
      await shownLabel(page, 'working-group').click();
      await settle(page);
      assert.ok(await shownSelected(page, 'working-group'));
      await shot('selected');
      if (width !== 800) assert.deepEqual(await axeViolations(page), []);
      // Narrow, the page shows the vertical timeline, which has no zoom.
      const vertical = await page.isVisible('svg.timeline.down');
      assert.equal(vertical, width < 1000);
      assert.equal(await page.isVisible('#zoom-in'), !vertical);
      if (!vertical) {
        await page.click('#zoom-in');
        await page.click('#zoom-in');
        await settle(page);
        await shot('zoom-4');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('10,000 events: load, real clicks and the path lists', {
  skip: genModel ? false : 'TIMEGRAPH_GEN_MODEL is not set',
}, async () => {
  const bigPage = renderBigPage(bin, genModel, work);
  const { page, context, problems } = await open(bigPage, { timeout: 60000 });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ entryTypes: ['longtask'] });
  });
  const load = await page.evaluate(`(${nextFrame})().then(() => performance.now())`);
  console.log(`10k page: load ${Math.round(load)} ms to the first frame after the load event`);

  // The Path lists: focus, type, choose; no task of theirs blocks for more than 100 ms. As a
  // reader does, after a look at the page: what the load left for idle moments is done.
  await page.waitForTimeout(2000);
  await page.evaluate(() => { window.longTasks = []; });
  await page.focus('#path-from');
  await page.keyboard.type('e15', { delay: 20 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.focus('#path-to');
  await page.keyboard.type('e9', { delay: 20 });
  await settle(page);
  const pathTasks = await page.evaluate(() => window.longTasks.slice());
  const options = await page.$$eval('#path-to-list [role="option"]', (o) => o.length);
  console.log(`10k page: path lists, longest task ${Math.round(Math.max(0, ...pathTasks))} ms, ${options} choices shown`);
  assert.ok(options > 0 && options <= 50);
  assert.ok(pathTasks.every((t) => t <= 100), `no path task over 100 ms: ${pathTasks}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');

  // 20 real mouse clicks on visible events of the timeline: time to the frame that shows the chain.
  const targets = await page.$$eval('svg.timeline:not(.tg-overlay-view) [data-id][tabindex] > :is(circle, rect)', (els) => {
    const shown = els.filter((e) => { const r = e.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight && r.width > 0; });
    return Array.from({ length: 20 }, (_, i) => shown[Math.floor((i + 0.5) * shown.length / 20)])
      .map((e) => { const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  });
  await page.evaluate(() => {
    window.clickTimes = [];
    document.addEventListener('pointerdown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.clickTimes.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  for (const t of targets) {
    await page.mouse.click(t.x, t.y);
    await settle(page);
  }
  const times = (await page.evaluate(() => window.clickTimes)).sort((a, b) => a - b);
  console.log(`10k page: 20 real clicks, median ${Math.round(times[10])} ms, slowest ${Math.round(times.at(-1))} ms`);
  assert.equal(times.length, 20);
  assert.deepEqual(problems, []);
  await context.close();
});
