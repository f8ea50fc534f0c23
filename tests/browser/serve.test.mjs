// `timegraph serve` end to end in Debian's Chromium: the page opens with its
// CSP intact, a save shows in the open page within a second, a broken save
// shows its errors with line and caret, the fix brings the view back, and the
// selection (#event-id) survives each reload. The server answers on
// 127.0.0.1 only, and never with a file outside the model's folder. Run by
// ctest: node --test serve.test.mjs (env TIMEGRAPH_BIN, TIMEGRAPH_SOURCE_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, symlinkSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const bin = process.env.TIMEGRAPH_BIN;
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const work = mkdtempSync(join(os.tmpdir(), 'tg-serve-'));
const folder = join(work, 'model');
mkdirSync(folder);
writeFileSync(join(work, 'secret.txt'), 'outside the model folder\n');
symlinkSync(join(work, 'secret.txt'), join(folder, 'escape.txt'));
const modelPath = join(folder, 'talks.tg');
const original = readFileSync(join(root, 'tests/data/talks.tg'), 'utf8');
writeFileSync(modelPath, original);

let server, port, browser, log = '';

before(async () => {
  server = spawn(bin, ['serve', modelPath, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  port = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start:\n${log}`)), 10000);
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /serving .* at http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (m) { clearTimeout(timer); ok(Number(m[1])); }
    });
    server.on('exit', (code) => fail(new Error(`serve exited with ${code}:\n${log}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

// A GET with a raw path and Host header, as a browser or an attacker sends it.
function get(path, host = `127.0.0.1:${port}`) {
  return new Promise((ok, fail) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok({ status: res.statusCode, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('the page follows the file: edit, broken save, fix', async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`http://127.0.0.1:${port}/#sanctions`);
  await page.waitForSelector('#tg-model', { state: 'attached' });
  // An event's name: its <title> (the page drops the aria-label that repeats it).
  const name = () => page.evaluate(() => {
    const el = document.querySelector('#timeline-frame [data-id="overdoses"]');
    return el?.querySelector(':scope > title')?.textContent ?? el?.getAttribute('aria-label') ?? '';
  });
  assert.match(await name(), /More than 100,000 overdose deaths/);

  // A save: the new title is in the view within a second, and the selection is kept.
  const edited = original.replace('More than 100,000 overdose deaths in the US', 'Overdose deaths pass 100,000');
  const saved = Date.now();
  writeFileSync(modelPath, edited);
  await page.waitForFunction(() => {
    const el = document.querySelector('#timeline-frame [data-id="overdoses"]');
    return (el?.querySelector(':scope > title')?.textContent ?? '').includes('Overdose deaths pass 100,000');
  }, null, { timeout: 5000 });
  const took = Date.now() - saved;
  assert.ok(took < 1000, `the view changed ${took} ms after the save`);
  assert.equal(new URL(page.url()).hash, '#sanctions');

  // A broken save: the errors, with file:line:col and a caret, instead of the stale view.
  writeFileSync(modelPath, edited.replace('  date: 2020-06\n', '  date: 2020-13\n'));
  const errors = page.locator('#tg-errors');
  await errors.waitFor({ timeout: 5000 });
  const text = await errors.textContent();
  assert.match(text, /talks\.tg:22:14: error: month 13 is out of range \(01-12\)/);
  assert.match(text, /\n\s+date: 2020-13\n\s+\^/);
  assert.equal(await page.locator('#tg-model').count(), 0);

  // The fix: the view is back, with the edit and the selection.
  writeFileSync(modelPath, edited);
  await page.waitForSelector('#tg-model', { state: 'attached', timeout: 5000 });
  assert.match(await name(), /Overdose deaths pass 100,000/);
  assert.equal(new URL(page.url()).hash, '#sanctions');
  assert.deepEqual(violations, []);
  await page.close();
});

test('the served page keeps its Content-Security-Policy, with only the reload channel added', async () => {
  const { status, body } = await get('/');
  assert.equal(status, 200);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(body)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[^']+' 'sha256-[^']+'; connect-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
});

test('nothing outside the model folder is served', async () => {
  assert.equal((await get('/talks.tg')).status, 200);
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/escape.txt', '/..%2fsecret.txt']) {
    const res = await get(path);
    assert.notEqual(res.status, 200, path);
    assert.doesNotMatch(res.body, /outside the model folder/, path);
  }
  // A request for another host name (DNS rebinding) is refused.
  assert.equal((await get('/', `evil.example:${port}`)).status, 403);
});

test('serve listens on the loopback address only', async () => {
  const others = Object.values(os.networkInterfaces()).flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a.address);
  for (const address of others) {
    const connected = await new Promise((ok) => {
      const s = net.connect({ host: address, port }, () => { s.destroy(); ok(true); });
      s.on('error', () => ok(false));
    });
    assert.equal(connected, false, `reachable on ${address}`);
  }
});

test('a second serve on a busy port says so and exits 2', async () => {
  const second = spawn(bin, ['serve', modelPath, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  second.stderr.on('data', (c) => { err += c; });
  const code = await new Promise((ok) => second.on('exit', ok));
  assert.equal(code, 2);
  assert.match(err, /cannot listen on 127\.0\.0\.1:\d+/);
});
