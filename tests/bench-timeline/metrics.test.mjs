// The timeline benchmark's metrics on hand-made boxes whose answers are known,
// the events it feeds every tool, and Mermaid's source. Node.js only, none of
// the benchmark's npm packages: node --test tests/bench-timeline/metrics.test.mjs
// (env TIMEGRAPH_BIN, optional: also reads the seed's export as the binary writes it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DAY_MS, eventsOf, firstYear } from '../../tools/bench-timeline/events.mjs';
import {
  axisOf, boxesOverlap, busiestDay, busiestDayShare, itemTimeOrder, overlappingTextPairs, timelineMetrics,
  titleReadable, titlesReadable,
} from '../../tools/bench-timeline/metrics.mjs';
import { mermaidName, mermaidSource } from '../../tools/bench-timeline/peers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const box = (x, y, w, h) => ({ x, y, w, h });
const text = (node, boxes, extra = {}) => ({ node, text: 'x', owner: null, shown: true, clipped: false, fontSize: 12, boxes, ...extra });
const HOUR = 3600 * 1000;

test('boxes overlap only by more than 1 px each way', () => {
  assert.equal(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 10, 10)), true);
  assert.equal(boxesOverlap(box(0, 0, 10, 10), box(9, 0, 10, 10)), false);      // 1 px: touching
  assert.equal(boxesOverlap(box(0, 0, 10, 10), box(8.5, 0, 10, 10)), true);     // 1.5 px
  assert.equal(boxesOverlap(box(0, 0, 10, 10), box(5, 9.5, 10, 10)), false);    // 0.5 px high
  assert.equal(boxesOverlap(box(0, 0, 10, 10), box(20, 0, 10, 10)), false);
});

test('overlapping text pairs count each pair of text nodes once', () => {
  // a and b overlap; c is clear; d overlaps b with both of its line boxes, and ends short of a.
  const texts = [
    text(0, [box(0, 0, 50, 12)]),
    text(1, [box(40, 5, 50, 12)]),
    text(2, [box(200, 0, 50, 12)]),
    text(3, [box(60, 8, 10, 12), box(80, 8, 10, 12)]),
  ];
  assert.equal(overlappingTextPairs(texts), 2);   // a-b and b-d
});

test('line boxes of one text node never overlap each other', () => {
  assert.equal(overlappingTextPairs([text(0, [box(0, 0, 50, 12), box(10, 2, 50, 12)])]), 0);
  assert.equal(overlappingTextPairs([]), 0);
});

test('a title is readable only whole, shown, unclipped and at 10 px or more', () => {
  const piece = (t, extra = {}) => text(0, [box(0, 0, 10, 10)], { text: t, ...extra });
  assert.equal(titleReadable('China controls all fentanyl-type drugs', [piece('China controls all'), piece('fentanyl-type drugs')]), true);
  assert.equal(titleReadable('fentanyl-type drugs', [piece('fentanyl-'), piece('type drugs')]), true);
  assert.equal(titleReadable('China controls all fentanyl-type drugs', [piece('China controls all')]), false);
  assert.equal(titleReadable('China controls', [piece('China cont…')]), false);
  assert.equal(titleReadable('China', [piece('China', { clipped: true })]), false);
  assert.equal(titleReadable('China', [piece('China', { shown: false })]), false);
  assert.equal(titleReadable('China', [piece('China', { fontSize: 9.5 })]), false);
  assert.equal(titleReadable('China', [piece('China', { fontSize: 10 })]), true);
  assert.equal(titleReadable('China', [piece('China', { boxes: [] })]), false);  // clipped away entirely
  assert.equal(titleReadable('China', []), false);
});

test('titles readable: the share of events, matched by owner, against the title the tool was given', () => {
  const events = [{ id: 'a', title: 'Alpha' }, { id: 'b', title: 'Beta: two', fedTitle: mermaidName('Beta: two') },
                  { id: 'c', title: 'Gamma' }];
  const texts = [text(0, [box(0, 0, 10, 10)], { owner: 'a', text: 'Alpha' }),
                 text(1, [box(0, 20, 10, 10)], { owner: 'b', text: mermaidName('Beta: two') }),
                 text(2, [box(0, 40, 10, 10)], { owner: null, text: 'Gamma' })];
  assert.deepEqual(titlesReadable(events, texts), { readable: 2, events: 3, share: 2 / 3 });
});

test('the busiest day is the 24 h window holding most starts of events within a day, the earliest on a tie', () => {
  const ev = (start, day = true) => ({ start, day });
  assert.deepEqual(busiestDay([ev(0), ev(30 * DAY_MS), ev(30 * DAY_MS + HOUR), ev(31 * DAY_MS - 1), ev(31 * DAY_MS)]),
                   { from: 30 * DAY_MS, count: 3 });
  // Three years starting on one day do not make it busy.
  assert.deepEqual(busiestDay([ev(0, false), ev(0, false), ev(0, false), ev(9 * DAY_MS), ev(9 * DAY_MS + HOUR)]),
                   { from: 9 * DAY_MS, count: 2 });
  assert.deepEqual(busiestDay([ev(5 * DAY_MS), ev(0)]), { from: 0, count: 1 });
  assert.deepEqual(busiestDay([]), { from: null, count: 0 });
});

test('on a linear axis the busiest day gets a day\'s share of the span', () => {
  // 100 days over 1,000 px: 10 px a day.
  const events = [{ id: 'a', start: 0, end: null, day: true }, { id: 'b', start: 50 * DAY_MS, end: null, day: true },
                  { id: 'c', start: 50 * DAY_MS + HOUR, end: null, day: true }, { id: 'd', start: 90 * DAY_MS, end: 100 * DAY_MS, day: false }];
  const x = (t) => 100 + t / DAY_MS * 10;
  const items = [{ id: 'a', kind: 'point', x0: x(0) - 5, x1: x(0) + 5 },
                 { id: 'b', kind: 'point', x0: x(50 * DAY_MS) - 5, x1: x(50 * DAY_MS) + 5 },
                 { id: 'c', kind: 'point', x0: x(50 * DAY_MS + HOUR) - 5, x1: x(50 * DAY_MS + HOUR) + 5 },
                 { id: 'd', kind: 'range', x0: x(90 * DAY_MS), x1: x(100 * DAY_MS) }];
  const axis = axisOf(events, items);
  assert.equal(axis.span, 1000);
  assert.ok(Math.abs(axis.xOf(25 * DAY_MS) - 350) < 1e-9);
  assert.ok(Math.abs(axis.xOf(-DAY_MS) - 100) < 1e-9);        // held at the ends
  const share = busiestDayShare(events, items);
  assert.equal(share.count, 2);
  assert.ok(Math.abs(share.share - 0.01) < 1e-9);
});

test('a compressed axis that widens the busy day scores higher', () => {
  const events = [{ id: 'a', start: 0, end: null, day: true }, { id: 'b', start: 50 * DAY_MS, end: null, day: true },
                  { id: 'c', start: 50 * DAY_MS + 12 * HOUR, end: null, day: true }, { id: 'd', start: 100 * DAY_MS, end: null, day: true }];
  const at = (id, cx) => ({ id, kind: 'point', x0: cx - 5, x1: cx + 5 });
  // The 12 h between b and c get 400 px of 1,000; the next 12 h to c + 12 h, 400 * (0.5 day / 49.5 days) px more.
  const items = [at('a', 0), at('b', 300), at('c', 700), at('d', 1000)];
  const share = busiestDayShare(events, items);
  assert.ok(Math.abs(share.share - (400 + 300 * 0.5 / 49.5) / 1000) < 1e-9);
  assert.deepEqual(busiestDayShare(events, [at('a', 10)]).share, null);  // no span to share
});

test('a range mark of a point event counts from its left edge', () => {
  const events = [{ id: 'a', start: 0, end: null }, { id: 'open', start: 10 * DAY_MS, end: null }, { id: 'b', start: 20 * DAY_MS, end: null }];
  const items = [{ id: 'a', kind: 'point', x0: -5, x1: 5 }, { id: 'open', kind: 'range', x0: 100, x1: 1000 },
                 { id: 'b', kind: 'point', x0: 195, x1: 205 }];
  assert.ok(Math.abs(axisOf(events, items).xOf(10 * DAY_MS) - 100) < 1e-9);
  const intervals = new Map([['a', { earliest: 0, latest: 1 }], ['open', { earliest: 14400, latest: Infinity }], ['b', { earliest: 28800, latest: 28801 }]]);
  assert.deepEqual(itemTimeOrder(events, items, intervals), { pairs: 2, inOrder: 2, share: 1 });
});

test('time order counts certainly ordered pairs by where the items start', () => {
  const events = [{ id: 'a', start: 0, end: null }, { id: 'b', start: 10, end: null }, { id: 'c', start: 20, end: 40 }];
  const intervals = new Map([['a', { earliest: 0, latest: 1 }], ['b', { earliest: 10, latest: 11 }], ['c', { earliest: 20, latest: 40 }]]);
  const inOrder = [{ id: 'a', kind: 'point', x0: 0, x1: 10 }, { id: 'b', kind: 'point', x0: 20, x1: 30 },
                   { id: 'c', kind: 'range', x0: 40, x1: 400 }];
  assert.deepEqual(itemTimeOrder(events, inOrder, intervals), { pairs: 3, inOrder: 3, share: 1 });
  // c's range starts left of b's point (its right end does not count): two of three pairs.
  const swapped = [inOrder[0], inOrder[1], { id: 'c', kind: 'range', x0: 15, x1: 400 }];
  assert.equal(itemTimeOrder(events, swapped, intervals).inOrder, 2);
  // a and b a third of a pixel apart: the same pixel on screen, not in order.
  const close = [{ id: 'a', kind: 'point', x0: 0, x1: 10 }, { id: 'b', kind: 'point', x0: 0.3, x1: 10.3 }, inOrder[2]];
  assert.equal(itemTimeOrder(events, close, intervals).inOrder, 2);
});

test('timelineMetrics puts the measures together, counting events without an item', () => {
  const events = [{ id: 'a', title: 'A', start: 0, end: null }, { id: 'b', title: 'B', start: DAY_MS * 2, end: null }];
  const intervals = new Map([['a', { earliest: 0, latest: 1 }], ['b', { earliest: 2 * 1440, latest: 2 * 1440 + 1 }]]);
  const capture = { drawing: { width: 1200, height: 300 },
                    items: [{ id: 'a', kind: 'point', x0: 0, x1: 10 }],
                    texts: [text(0, [box(0, 0, 10, 10)], { owner: 'a', text: 'A' })] };
  const m = timelineMetrics(capture, events, intervals);
  assert.equal(m.drawn, 1);
  assert.equal(m.aspect, 4);
  assert.deepEqual(m.titles, { readable: 1, events: 2, share: 0.5 });
  assert.equal(m.overlaps, 0);
});

test('events: a range beyond a day, a point otherwise; BCE instants kept', () => {
  const model = { lanes: [{ id: 'r', name: 'Rome' }], events: [
    { id: 'day', title: 'A day', lane: 'r', date: { earliest: '2024-01-26T00:00', latest: '2024-01-26T23:59' } },
    { id: 'year', title: 'A year', lane: 'r', date: { earliest: '-0043-01-01T00:00', latest: '-0043-12-31T23:59' } },
    { id: 'open', title: 'From', lane: 'r', date: { earliest: '2022-01-01T00:00', latest: null } },
  ] };
  const [day, year, open] = eventsOf(model);
  assert.equal(day.start, Date.UTC(2024, 0, 26));
  assert.equal(day.end, null);
  assert.equal(day.day, true);
  assert.equal(year.day, false);
  assert.equal(open.day, false);
  assert.equal(new Date(year.start).getUTCFullYear(), -43);
  assert.equal(year.end, Date.UTC(-43, 11, 31, 23, 59));
  assert.equal(open.end, null);
  assert.equal(year.laneName, 'Rome');
  assert.equal(firstYear([day, year, open]), -43);
});

test('Mermaid source: a section per lane, milestones and tasks, its reserved characters replaced', () => {
  const events = [{ id: 'a', title: 'Talks: day 1; #2', lane: 'x', start: 1000, end: null },
                  { id: 'b', title: 'War', lane: 'y', start: 2000, end: 5000 }];
  const source = mermaidSource(events, [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }, { id: 'z', name: 'Empty' }]);
  assert.match(source, /^gantt\n  dateFormat x\n/);
  assert.match(source, /\n  section X\n  Talks\u2236 day 1\uff1b \uff032 : milestone, t0, 1000, 0d\n/);
  assert.match(source, /\n  section Y\n  War : t1, 2000, 5000\n/);
  assert.doesNotMatch(source, /Empty/);
});

test('the seed exports events every tool can take', { skip: !process.env.TIMEGRAPH_BIN }, () => {
  const json = JSON.parse(execFileSync(process.env.TIMEGRAPH_BIN, ['export', join(root, 'data/us-china-2024.tg'), '--format', 'json'], { encoding: 'utf8' }));
  const events = eventsOf(json);
  assert.equal(events.length, json.events.length);
  assert.ok(events.every((e) => Number.isFinite(e.start) && (e.end === null || e.end > e.start + DAY_MS)));
  assert.ok(events.some((e) => e.end !== null) && events.some((e) => e.end === null));
  assert.ok(firstYear(events) >= 2019);
});
