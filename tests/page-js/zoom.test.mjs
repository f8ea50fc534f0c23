// Semantic zoom's pure part (templates/page-js/65-zoom-scale.js) under node:
// reading the layout's scale, stretching it, and choosing ticks for the part
// of the axis that shows, at round instants of a unit that leaves room.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const tgZoom = require(resolve(root, 'templates/page-js/65-zoom-scale.js'));

// About DejaVu Sans at 11 px: 7 px a character.
const measure = (s) => 7 * s.length;
const at = (y, m, d = 1, h = 0, min = 0) => tgZoom.minutesOf(y, m, d, h, min);
const iso = (t) => new Date(t * 60000).toISOString().slice(0, 16);

test('the layout scale is read, and a malformed one is refused', () => {
  const s = tgZoom.parseScale('175.83 1060.00;25600084 26674075 175.83 250.94;27287374 27938066 282.94 407.78');
  assert.equal(s.a0, 175.83);
  assert.equal(s.segments.length, 2);
  assert.deepEqual(s.segments[1], { t0: 27287374, t1: 27938066, x0: 282.94, x1: 407.78 });
  assert.equal(tgZoom.parseScale(''), null);
  assert.equal(tgZoom.parseScale('1 2;3 4 5'), null);
  assert.equal(tgZoom.parseScale('1 2;3 x 5 6'), null);
  assert.equal(tgZoom.parseScale('1 2;9 3 5 6'), null, 'a segment that runs backwards');
});

test('stretching lengthens each segment by the zoom and keeps breaks, and undoes itself', () => {
  const scale = { a0: 100, a1: 400, segments: [{ t0: 0, t1: 10, x0: 100, x1: 200 }, { t0: 50, t1: 60, x0: 224, x1: 400 }] };
  const X = tgZoom.stretch(scale, 4);
  assert.equal(X(24), 24, 'before the axis nothing moves');
  assert.equal(X(100), 100);
  assert.equal(X(110), 140);
  assert.equal(X(200), 500);
  assert.equal(X(212), 512, 'a break keeps its width');
  assert.equal(X(224), 524);
  assert.equal(X(400), 524 + 176 * 4);
  assert.equal(X(410), 524 + 176 * 4 + 10, 'past the axis nothing stretches');
  assert.equal(X.grown, (100 + 176) * 3);
  for (const x of [24, 100, 150, 200, 210, 224, 300, 400, 450]) assert.ok(Math.abs(X.inverse(X(x)) - x) < 1e-9, `${x}`);
  for (let x = 0; x < 500; x += 7) assert.ok(X(x + 7) - X(x) >= 7 - 1e-9, 'no piece gets shorter');
});

// One segment from 2019 to 2025 over 300 px.
const years = { a0: 100, a1: 400, segments: [{ t0: at(2019, 0), t1: at(2025, 0), x0: 100, x1: 400 }] };

test('zoom 1 ticks years, zoom 4 months, zoom 64 days, each on round instants', () => {
  const z1 = tgZoom.ticks(years, 1, 0, 800, measure);
  assert.deepEqual(z1.map((t) => t.label), ['2019', '2020', '2021', '2022', '2023', '2024']);
  assert.ok(z1.every((t) => t.context === ''));

  const z4 = tgZoom.ticks(years, 4, 0, 800, measure);
  assert.ok(z4.length > 3);
  for (const t of z4) {
    const f = tgZoom.fields(t.t);
    assert.equal(f.d, 1, `${iso(t.t)} is on the 1st`);
    assert.equal(f.h + f.min, 0);
  }
  assert.ok(z4.some((t) => /^[A-Z][a-z]{2}$/.test(t.label)), 'months are named');
  // The first tick shown names its year, and each year is named once.
  assert.equal(z4[0].context, '2019');
  const contexts = z4.map((t) => t.context).filter(Boolean);
  assert.deepEqual(contexts, [...new Set(contexts)]);

  const z64 = tgZoom.ticks(years, 64, 10000, 11000, measure);
  assert.ok(z64.length > 5);
  for (const t of z64) {
    const f = tgZoom.fields(t.t);
    assert.equal(f.h + f.min, 0, `${iso(t.t)} is at midnight`);
    assert.ok(t.x >= 10000 - 50 && t.x <= 11000);
  }
  assert.match(z64.find((t) => t.x >= 10000).context, /^[A-Z][a-z]{2} 20\d\d$/, 'panned into the middle, the first tick says which month');
});

test('hours on the hour and minutes on a multiple of 5', () => {
  const day = { a0: 0, a1: 1000, segments: [{ t0: at(2024, 0, 26), t1: at(2024, 0, 27), x0: 0, x1: 1000 }] };
  const hours = tgZoom.ticks(day, 1, 0, 1000, measure);
  assert.ok(hours.length >= 6);
  hours.forEach((t) => assert.equal(tgZoom.fields(t.t).min, 0, iso(t.t)));
  assert.equal(hours[0].context, '26 Jan 2024');
  const minutes = tgZoom.ticks(day, 16, 4000, 5000, measure);
  assert.ok(minutes.length >= 6);
  minutes.forEach((t) => assert.equal(tgZoom.fields(t.t).min % 5, 0, iso(t.t)));
  assert.match(minutes[0].label, /^\d\d:\d\d$/);
});

test('labels never overlap, across the breaks between segments too', () => {
  const broken = { a0: 0, a1: 400, segments: [
    { t0: at(2019, 0), t1: at(2019, 11, 31), x0: 0, x1: 150 },
    { t0: at(2020, 0, 5), t1: at(2020, 2), x0: 174, x1: 400 }] };
  for (const z of [1, 2, 4, 8, 16]) {
    const ts = tgZoom.ticks(broken, z, 0, 400 * z, measure);
    for (let i = 1; i < ts.length; i++) {
      assert.ok(ts[i].x + 3 >= ts[i - 1].x + 3 + measure(ts[i - 1].label) + 8, `zoom ${z}: ${ts[i - 1].label} and ${ts[i].label}`);
    }
  }
});

test('BCE years count apart from CE years, with no year 0', () => {
  const rome = { a0: 0, a1: 600, segments: [{ t0: at(-60, 0), t1: at(20, 0), x0: 0, x1: 600 }] };
  const labels = tgZoom.ticks(rome, 1, 0, 600, measure).map((t) => t.label);
  assert.ok(labels.includes('50 BCE') && labels.includes('10 BCE'), labels.join(' '));
  assert.ok(!labels.includes('0') && !labels.includes('0 BCE'));
  assert.ok(labels.includes('10'));
});

test('a label stays within its segment, and a segment with no room for one gets none', () => {
  const two = { a0: 0, a1: 100, segments: [{ t0: at(2019, 0), t1: at(2019, 0, 3), x0: 0, x1: 30 },
    { t0: at(2019, 5), t1: at(2019, 5, 1, 0, 30), x0: 60, x1: 61 }] };
  const ts = tgZoom.ticks(two, 1, 0, 100, measure);
  assert.ok(ts.length >= 1);
  ts.forEach((t) => assert.ok(t.x <= 30 && t.x + 3 + measure(t.label) <= 30 + 8, `${t.label} at ${t.x}`));
});
