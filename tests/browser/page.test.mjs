// Real-browser tests of the page, in Debian's Chromium driven by
// playwright-core. Run by ctest with the timegraph binary and a folder for
// screenshots: node --test page.test.mjs (env TIMEGRAPH_BIN, TIMEGRAPH_ARTIFACTS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const bin = process.env.TIMEGRAPH_BIN;
const artifacts = process.env.TIMEGRAPH_ARTIFACTS || mkdtempSync(join(tmpdir(), 'tg-shots-'));
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'tg-browser-'));

function render(model, name) {
  const out = join(work, name);
  execFileSync(bin, ['render', model, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

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
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
after(async () => { await browser?.close(); });

// Opens a page and records everything that would make a run unclean.
async function open(file, width = 1400, hash = '') {
  const context = await browser.newContext({ viewport: { width, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
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

async function classesOf(page, selector) {
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
  const panel = await page.textContent('#panel');
  assert.match(panel, /Direct causes/);
  assert.match(panel, /Biden and Xi meet outside San Francisco/);
  assert.match(panel, /US lifts the sanctions on the institute/);
  assert.match(panel, /The two-day meeting was the first/);
  assert.equal(await page.evaluate(() => location.hash), '#working-group');
  await page.screenshot({ path: join(artifacts, 'seed-working-group.png'), fullPage: true });

  // Select a cause from the panel: the working group is among its effects.
  await page.click('#panel button.event-ref:text("Biden and Xi meet outside San Francisco")');
  assert.ok((await classesOf(page, '#gr-ev-biden-xi')).includes('is-selected'));
  assert.ok((await classesOf(page, '#gr-ev-working-group')).includes('is-effect'));
  const effects = await page.$eval('#panel', (p) => p.textContent.split('Direct effects')[1] || '');
  assert.match(effects, /Counter-narcotics working group opens in Beijing/);

  // Keyboard: arrows walk through time, Enter selects, Esc clears.
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.evaluate(() => location.hash), '#biden-xi');
  await page.keyboard.press('Escape');
  assert.equal(await page.$$eval('svg.tg.has-selection', (s) => s.length), 0);
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
  await page.selectOption('#path-from', 'pelosi-visit');
  await page.selectOption('#path-to', 'working-group');
  assert.ok((await classesOf(page, '#gr-ev-biden-xi')).includes('on'));
  assert.ok(!(await classesOf(page, '#gr-ev-sanctions-2020')).includes('on'));
  assert.deepEqual(problems, []);
  await context.close();
});

// Text boxes of one SVG that overlap by more than a pixel, as pairs of strings.
async function overlaps(page, selector) {
  return page.$$eval(selector + ' text', (texts) => {
    const boxes = texts.filter((t) => t.getClientRects().length && getComputedStyle(t).display !== 'none'
      && getComputedStyle(t).visibility !== 'hidden' && t.textContent.trim() !== '')
      .map((t) => ({ r: t.getBoundingClientRect(), s: t.textContent }));
    const bad = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) bad.push(boxes[i].s + ' | ' + boxes[j].s);
      }
    }
    return bad;
  });
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
