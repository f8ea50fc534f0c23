// The causal graph's zoom, its pure part (templates/page-js/67-graph-stretch.js),
// and the path numbers both zooms share (66-svg-path.js), under node: the
// stretch of the time axis, a link's points with its ends on its boxes, and
// where its label goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const tgPath = require(resolve(root, 'templates/page-js/66-svg-path.js'));
const tgGraphZoom = require(resolve(root, 'templates/page-js/67-graph-stretch.js'));
const { parsePath, printPath } = tgPath;
const { stretch, shiftOf, onBox, stretchLink, labelShift } = tgGraphZoom;

test('a path\'s numbers are read and written back in one format', () => {
  const d = 'M628,354.38 L628,374.24 Q628,382.24 620,382.24 L461.005,382.24 C1,2 3,4 5,6';
  assert.deepEqual(parsePath(d)[2], ['Q', [628, 382.24, 620, 382.24]]);
  assert.equal(printPath(parsePath(d)), 'M628,354.38 L628,374.24 Q628,382.24 620,382.24 L461.01,382.24 C1,2 3,4 5,6');
  assert.equal(printPath([['M', [-0.004, 1.006]]]), 'M0,1.01', 'no -0');
  assert.equal(tgPath.attrNum({ getAttribute: () => 'x' }, 'y'), 0, 'a missing or bad number is 0');
});

test('the stretch: nothing moves before the first box, each unit between is z, past the last all move by the growth', () => {
  const X = stretch(100, 300, 4);
  assert.equal(X(50), 50);
  assert.equal(X(100), 100);
  assert.equal(X(150), 300);
  assert.equal(X(300), 900);
  assert.equal(X(320), 920);
  assert.equal(X.grown, 600);
  for (const p of [0, 100, 123.5, 299, 300, 1000]) assert.ok(Math.abs(X.inverse(X(p)) - p) < 1e-9, `inverse at ${p}`);
  const one = stretch(100, 300, 1);
  assert.equal(one(150), 150, 'zoom 1 moves nothing');
  assert.equal(one.grown, 0);
});

test('boxes apart along time stay apart, and keep their size', () => {
  // A ends (at 160) before B starts (170): z·(170 − 100) ≥ 70 ≥ A's length.
  const A = { p0: 100, p1: 160, q0: 0, q1: 50 }, B = { p0: 170, p1: 200, q0: 20, q1: 80 };
  for (const z of [1, 2, 4, 16]) {
    const X = stretch(100, 170, z);
    assert.ok(A.p1 + shiftOf(A, X) <= B.p0 + shiftOf(B, X), `zoom ${z}`);
  }
  assert.equal(shiftOf(A, stretch(100, 170, 4)), 0, 'the first box stays');
  assert.equal(shiftOf(B, stretch(100, 170, 4)), 210);
});

test('a link\'s end is on its box within a few px of its border', () => {
  const box = { p0: 100, p1: 156, q0: 10, q1: 145 };
  assert.ok(onBox(box, 156, 80));
  assert.ok(onBox(box, 170, 80), 'an arrow\'s tip short of the border');
  assert.ok(!onBox(box, 190, 80));
  assert.ok(!onBox(box, 120, 200));
  assert.ok(!onBox(undefined, 120, 80));
});

// The seed's cn-suspends -> thaw link, drawn down (time along y): out of
// cn-suspends's bottom, a corridor at 382.24 with rounded corners, into
// thaw's top.
const from = { p0: 298.38, p1: 354.38, q0: 560, q1: 696 }, to = { p0: 420.6, p1: 460.6, q0: 380, q1: 526 };
const corridor = 'M628,354.38 L628,374.24 Q628,382.24 620,382.24 L461,382.24 Q453,382.24 453,390.24 L453,420.6';

test('a link stretches with its ends on its boxes and its corners round', () => {
  const X = stretch(100, 420.6, 4);
  const out = stretchLink(parsePath(corridor), 1, X, from, to);
  const pts = out.flatMap((c) => c[1].reduce((a, v, j) => (j % 2 ? a : [...a, [v, c[1][j + 1]]]), []));
  // The stub from the source's border down to where the stretch puts the
  // link's start, then the laid-out points, stretched.
  assert.deepEqual(pts[0], [628, from.p1 + shiftOf(from, X)], 'it leaves the source\'s bottom border');
  assert.deepEqual(pts[1], [628, X(354.38)], 'straight down to the stretched start');
  assert.ok(Math.abs(pts.at(-1)[1] - (to.p0 + shiftOf(to, X))) < 1e-9, 'it ends on the target\'s top border');
  const corner = X(382.24);
  assert.equal(pts[2][1], corner - 8, 'a corner keeps its radius');
  assert.equal(pts[3][1], corner);
  assert.equal(pts[4][1], corner);
  assert.equal(pts[6][1], corner);
  assert.equal(pts[7][1], corner + 8);
  assert.ok(pts.every((p, k) => k === 0 || p[1] >= pts[k - 1][1] - 1e-9), 'it still runs down all the way');
  assert.equal(out.core.length, parsePath(corridor).length, 'its core is point for point the laid-out path');
  assert.deepEqual([...stretchLink(parsePath(corridor), 1, stretch(100, 420.6, 1), from, to)], parsePath(corridor),
    'zoom 1 draws it as laid out');
});

test('a link between two boxes of a row moves its ends with them; a curve keeps its handles along it', () => {
  // Side by side, time along y: out of A's right side into B's left side.
  const A = { p0: 200, p1: 260, q0: 0, q1: 100 }, B = { p0: 230, p1: 290, q0: 120, q1: 220 };
  const X = stretch(200, 230, 4);
  const out = stretchLink(parsePath('M109,240 L116,240'), 1, X, A, B);
  assert.deepEqual([...out], [['M', [109, 240]], ['L', [116, 240 + shiftOf(B, X)]]]);
  // Time along x: a whole-link curve from A's end to B's start.
  const R = { p0: 0, p1: 100, q0: 0, q1: 50 }, S = { p0: 200, p1: 300, q0: 0, q1: 50 };
  const Y = stretch(0, 200, 2);
  const c = stretchLink(parsePath('M100,25 C150,25 150,25 200,25'), 0, Y, R, S);
  const xs = c.core.flatMap((cmd) => cmd[1].filter((v, j) => j % 2 === 0));
  assert.deepEqual(xs, [Y(100), Y(100) + 100, Y(200) - 100, Y(200)], 'handles stretch with the curve');
  assert.equal(c[0][1][0], 100, 'and a stub joins its start to its box');
});

test('a label moves with the nearest point of its link', () => {
  const X = stretch(100, 420.6, 4);
  const before = parsePath(corridor), after = stretchLink(before, 1, X, from, to).core;
  // On the corridor: as the corridor.
  assert.equal(labelShift(before, after, 1, [540.5, 382.24]), X(382.24) - 382.24);
  // Beside a diagonal from one box's border to another's: as its nearest point.
  const diag = parsePath('M100,150 L300,250'), moved = [['M', [100, 170]], ['L', [300, 400]]];
  // Nearest to (200, 190) is the point at t = 0.48 of the way: (196, 198), then at 170 + 0.48 × 230.
  assert.ok(Math.abs(labelShift(diag, moved, 1, [200, 190]) - (170 + 0.48 * 230 - 198)) < 1e-9);
  assert.equal(labelShift([], [], 1, [0, 0]), 0, 'no link, no move');
});
