// The page script's pure modules (templates/page-js) under node, without a
// browser: chain walking, path finding, search matching, the path lists'
// choices. The model is a small hand-made one in the page's JSON form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const tgModel = require(resolve(root, 'templates/page-js/10-model.js'));

const ev = (id, title, extra = {}) => ({ id, title, date: { text: extra.date || '2020' }, lane: extra.lane || 'a',
  tags: extra.tags || [], actors: extra.actors || [], place: '', note: extra.note || '' });
const link = (from, to, drawn = true) => ({ from, to, drawn, kind: 'causes' });
// a -> b -> c -> d, and a -> d directly (implied, so not drawn); e alone; f -> c.
const model = {
  events: [ev('a', 'Visit', { date: '2022' }), ev('b', 'Suspension', { tags: ['fentanyl'] }),
    ev('c', 'Thaw', { lane: 'b' }), ev('d', 'Working group', { date: 'Jan 2024' }), ev('e', 'Alone'), ev('f', 'Sanctions')],
  links: [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('a', 'd', false), link('f', 'c')],
  lanes: [{ id: 'a', name: 'United States' }, { id: 'b', name: 'China' }],
  analysis: { order: ['f', 'a', 'b', 'c', 'd', 'e'] },
};
const ix = tgModel.index(model);
const ids = (mask) => model.events.filter((e, i) => mask[i]).map((e) => e.id);

test('chain walking: causes and effects, the event itself left out', () => {
  const d = ix.indexOf.get('d'), c = ix.indexOf.get('c');
  assert.deepEqual(ids(tgModel.reach(ix, d, ix.pred).mask), ['a', 'b', 'c', 'f']);
  assert.equal(tgModel.reach(ix, d, ix.pred).size, 4);
  assert.deepEqual(ids(tgModel.reach(ix, c, ix.succ).mask), ['d']);
  assert.equal(tgModel.reach(ix, ix.indexOf.get('e'), ix.succ).size, 0);
});

test('path finding prefers links the views draw, then any', () => {
  const steps = (p) => p.map((l) => l.from + '>' + l.to);
  // The direct a -> d is not drawn: the path is the drawn chain, every step of which lights up.
  assert.deepEqual(steps(tgModel.shortestPath(ix, 'a', 'd')), ['a>b', 'b>c', 'c>d']);
  assert.deepEqual(steps(tgModel.shortestPath(ix, 'f', 'd')), ['f>c', 'c>d']);
  assert.equal(tgModel.shortestPath(ix, 'd', 'a'), null);
  assert.equal(tgModel.shortestPath(ix, 'a', 'e'), null);
  assert.equal(tgModel.shortestPath(ix, 'a', 'a'), null);
  assert.equal(tgModel.shortestPath(ix, 'a', 'nope'), null);
  // Where only an undrawn link leads, it is used.
  const only = tgModel.index({ ...model, links: [link('a', 'e', false)] });
  assert.deepEqual(steps(tgModel.shortestPath(only, 'a', 'e')), ['a>e']);
});

test('search matching: every word, in any field, lane names and tags included', () => {
  assert.equal(tgModel.searchMatches(ix, '   '), null);
  assert.deepEqual(ids(tgModel.searchMatches(ix, 'china').mask), ['c']);
  assert.deepEqual(ids(tgModel.searchMatches(ix, 'FENTANYL').mask), ['b']);
  assert.deepEqual(ids(tgModel.searchMatches(ix, 'working group').mask), ['d']);
  assert.deepEqual(ids(tgModel.searchMatches(ix, 'group visit').mask), []);
  assert.equal(tgModel.searchMatches(ix, 'zzzz').count, 0);
  assert.equal(tgModel.searchSummary(1, 6), '1 of 6 events match');
  assert.equal(tgModel.searchSummary(0, 10000), '0 of 10,000 events match');
});

test('the path lists offer matching events in date order, a few at a time', () => {
  assert.deepEqual(tgModel.choices(ix, '', 3, 100), { ids: ['f', 'a', 'b'], total: 6, more: false });
  assert.deepEqual(tgModel.choices(ix, 'jan 2024', 3, 100).ids, ['d']);
  assert.deepEqual(tgModel.choices(ix, 'zzzz', 3, 100), { ids: [], total: 0, more: false });
  assert.deepEqual(tgModel.choices(ix, '', 2, 4), { ids: ['f', 'a'], total: 4, more: true });
  assert.equal(tgModel.choiceText(model.events[3]), 'Jan 2024 \u2014 Working group');
});

test('zoned times show in UTC; other dates as written; derivations as written', () => {
  const zoned = { zone: 'Europe/Amsterdam', precision: 'minute', text: '12 Mar 2024 15:19 Europe/Amsterdam',
    earliest: '2024-03-12T14:19', latest: '2024-03-12T14:19', end: null, derived: null };
  assert.equal(tgModel.zoned(zoned), true);
  assert.equal(tgModel.utcText(zoned), '12 Mar 2024 14:19 UTC');
  const range = { ...zoned, text: '12 Mar 2024 14:06–14:57 UTC', zone: 'UTC', earliest: '2024-03-12T14:06',
    latest: '2024-03-12T14:57', end: '2024-03-12T14:57Z' };
  assert.equal(tgModel.utcText(range), '12 Mar 2024 14:06 \u2013 12 Mar 2024 14:57 UTC');
  const day = { zone: null, precision: 'day', text: '1 May 2019', earliest: '2019-05-01T00:00', latest: '2019-05-01T23:59' };
  assert.equal(tgModel.zoned(day), false);
  assert.equal(tgModel.utcText(day), '1 May 2019');
  assert.equal(tgModel.derivation({ derived: { start: 'deploy-start + 3m', end: null } }), 'deploy-start + 3m');
  assert.equal(tgModel.derivation({ derived: { start: null, end: 'after rollback-done + 11m' } }), 'ends after rollback-done + 11m');
  assert.equal(tgModel.derivation({ derived: { start: 'after a', end: 'after b + 4m' } }), 'after a .. after b + 4m');
  assert.equal(tgModel.derivation({ derived: null }), '');
});
