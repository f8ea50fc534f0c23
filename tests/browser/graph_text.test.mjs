// No link through text in the causal graph: every graph SVG (the seed and
// each model in tests/data, with the default direction and forced right and
// down), loaded in Debian's Chromium driven by playwright-core, has each drawn
// link sampled every 2 px against the box of every drawn text element: event
// titles and dates, link labels (other than the link's own), headings, legend.
// Run by ctest: node --test graph_text.test.mjs (env TIMEGRAPH_BIN,
// TIMEGRAPH_SOURCE_DIR).
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
const work = mkdtempSync(join(tmpdir(), 'tg-graph-text-'));

const models = testModels(root);

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

for (const model of models) for (const direction of ['auto', 'right', 'down']) {
  test(`no graph link passes through text: ${basename(model)}, ${direction}`, async () => {
    const svg = join(work, `${basename(model, '.tg')}-${direction}.svg`);
    execFileSync(bin, ['graph', model, '--direction', direction, '-o', svg], { stdio: ['ignore', 'ignore', 'pipe'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto('file://' + svg);
    const r = await page.evaluate(linkTextCrossings, { linkSelector: '.tg-edge path.tg-link', ownGroup: '.tg-edge' });
    await page.close();
    console.log(`${basename(model)} ${direction}: ${r.links} links, ${r.samples} samples, ${r.texts} texts, ` +
      `${r.crossed.length} crossed`);
    assert.ok(r.texts > 0 && r.links > 0);
    if (direction !== 'auto') assert.equal(r.down, direction === 'down', 'the root <svg> says which way time runs');
    assert.deepEqual(r.crossed, [], `links through text in ${basename(model)}`);
  });
}
