// Where the page cuts a printed view into page-sized tiles (templates/page-js/72-print-pieces.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const tgPrint = require(resolve(root, 'templates/page-js/72-print-pieces.js'));

test('a view that fits is one piece', () => {
  assert.deepEqual(tgPrint.pieces(600, 680, [[10, 50]]), [[0, 600]]);
});

test('pieces are at most a page long and cover the view', () => {
  const got = tgPrint.pieces(2000, 680, []);
  assert.deepEqual(got, [[0, 680], [680, 1360], [1360, 2000]]);
});

test('a cut falls between events, as late as it can', () => {
  // An event over 640-700 would be cut at 680: the cut moves back to its start.
  const got = tgPrint.pieces(1000, 680, [[100, 200], [640, 700]]);
  assert.equal(got.length, 2);
  assert.ok(got[0][1] <= 640 && got[0][1] >= 600, `cut at ${got[0][1]}`);
  assert.equal(got[1][0], got[0][1]);
  assert.equal(got[1][1], 1000);
});

test('an event that every cut would meet prints whole in the next piece', () => {
  // 300-900 covers all of the last 40 % of the first piece: the cut stays at 680, and the
  // next piece begins at the event, so the strip 296-680 prints twice.
  const got = tgPrint.pieces(1200, 680, [[300, 900]]);
  assert.deepEqual(got[0], [0, 680]);
  assert.equal(got[1][0], 296);
  assert.ok(got.at(-1)[1] === 1200);
  for (const [a, b] of got) assert.ok(b - a <= 680);
});
