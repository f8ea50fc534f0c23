// No link through text: every timeline SVG (the seed and each model in
// tests/data, with time running right, down, and down at a phone's width in its narrow form), loaded in Debian's Chromium driven by playwright-core, has each
// drawn link path sampled every 2 px (getPointAtLength) and each sample tested
// against the box (getBBox) of every drawn text element: event labels, dates,
// ticks, lane names, legend, note. Run by ctest: node --test
// timeline_text.test.mjs (env TIMEGRAPH_BIN, TIMEGRAPH_SOURCE_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { testModels } from './pages.mjs';
import { linkTextCrossings } from './link_text.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const work = mkdtempSync(join(tmpdir(), 'tg-timeline-text-'));

const models = testModels(root);

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => { await browser?.close(); });

const forms = [['right', []], ['down', []], ['down', ['--width', '340']]];

for (const model of models) for (const [direction, width] of forms) {
  const form = direction + (width.length ? ` at ${width[1]} px` : '');
  test(`no link passes through text: ${basename(model)}, ${form}`, async () => {
    const svg = join(work, `${basename(model, '.tg')}-${direction}${width.length ? '-' + width[1] : ''}.svg`);
    execFileSync(bin, ['timeline', model, '--direction', direction, ...width, '-o', svg], { stdio: ['ignore', 'ignore', 'pipe'] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto('file://' + svg);
    const r = await page.evaluate(linkTextCrossings, { linkSelector: '#tl-links path' });
    await context.close();
    console.log(`${basename(model)} ${form}: ${r.links} links, ${r.samples} samples, ${r.texts} texts, ` +
      `${r.crossed.length} crossed`);
    assert.ok(r.texts > 0);
    assert.equal(r.down, direction === 'down', 'the root <svg> says which way time runs');
    assert.deepEqual(r.crossed, [], `links through text in ${basename(model)}`);
  });
}
