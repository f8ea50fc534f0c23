// Pages the browser tests open, rendered by the timegraph binary under test.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Renders `model` into work/name (with more options `args`) and returns that folder.
export function renderModel(bin, work, model, name, args = []) {
  const out = join(work, name);
  execFileSync(bin, ['render', model, '-o', out, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

// The 10,000-event page of the speed benchmark's generator (8 lanes, 30 years, seed 1): its file.
export function renderBigPage(bin, genModel, work) {
  const model = join(work, 'big.tg');
  writeFileSync(model, execFileSync(genModel, ['--events', '10000', '--lanes', '8', '--years', '30', '--seed', '1'],
    { maxBuffer: 1 << 26 }));
  return join(renderModel(bin, work, model, 'big'), 'big.html');
}

// The models the figure tests draw: the seed, then every model in tests/data.
export function testModels(root) {
  return [join(root, 'data/us-china-2024.tg'),
    ...readdirSync(join(root, 'tests/data')).filter((f) => f.endsWith('.tg')).sort().map((f) => join(root, 'tests/data', f))];
}
