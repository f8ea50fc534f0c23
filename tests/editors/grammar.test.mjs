// The editor grammar (editors/vscode-timegraph) through VS Code's own
// TextMate tokenizer (vscode-textmate with the Oniguruma regex engine): the
// seed and every model in tests/data tokenise line by line with no gap,
// every non-blank line is matched by a rule of the grammar, each arrow of a
// link line is scoped as an operator of its kind, and an arrow inside a value
// is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const root = resolve(process.env.TIMEGRAPH_SOURCE_DIR || '.');
const grammarPath = join(root, 'editors/vscode-timegraph/syntaxes/timegraph.tmLanguage.json');

async function loadGrammar() {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => (scope === 'source.timegraph'
      ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  return registry.loadGrammar('source.timegraph');
}

// Each line's tokens as {text, scopes}, the rule stack carried from line to line.
function tokenise(grammar, text) {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return { line, tokens: r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex,
      end: t.endIndex, scopes: t.scopes })) };
  });
}

const models = [join(root, 'data/us-china-2024.tg'),
  ...readdirSync(join(root, 'tests/data')).filter((f) => f.endsWith('.tg')).sort().map((f) => join(root, 'tests/data', f))];
const arrowKinds = { '->': 'causes', '~>': 'enables', '-|': 'blocks' };
const linkLine = /^\s*[A-Za-z0-9][A-Za-z0-9_-]*\s+(->|~>|-\|)\s/;

const grammar = await loadGrammar();

for (const file of models) {
  test(`${file.slice(root.length + 1)} is tokenised line by line`, () => {
    const lines = tokenise(grammar, readFileSync(file, 'utf8'));
    let arrows = 0;
    lines.forEach(({ line, tokens }, i) => {
      const where = `${file}:${i + 1}: ${line}`;
      // The tokens cover the line, in order, without gaps.
      let at = 0;
      for (const t of tokens) {
        assert.equal(t.start, at, where);
        at = t.end;
      }
      assert.ok(at >= line.length, where);
      if (!line.trim()) return;
      // Some rule of the grammar read every non-blank line, and nothing in the models is invalid.
      assert.ok(tokens.some((t) => t.scopes.length > 1), `no rule matched ${where}`);
      assert.ok(tokens.every((t) => !t.scopes.some((s) => s.startsWith('invalid'))), `invalid in ${where}`);
      if (/^\s*#/.test(line)) assert.ok(tokens.some((t) => t.scopes.includes('comment.line.number-sign.timegraph')), where);
      if (!linkLine.test(line)) return;
      // Every arrow of a link line is an operator of its kind.
      const label = line.indexOf(':');
      const body = label < 0 ? line : line.slice(0, label);
      for (const m of body.matchAll(/(?<=\s)(->|~>|-\|)(?=\s)/g)) {
        const t = tokens.find((x) => x.start === m.index);
        assert.ok(t && t.text === m[1], `arrow at ${m.index} in ${where}`);
        assert.ok(t.scopes.includes(`keyword.operator.arrow.${arrowKinds[m[1]]}.timegraph`), where);
        ++arrows;
      }
    });
    const expected = lines.filter(({ line }) => linkLine.test(line)).length;
    assert.ok(arrows >= expected, `${arrows} arrows on ${expected} link lines`);
  });
}

test('the models hold link lines and comments to check', () => {
  const all = models.map((f) => readFileSync(f, 'utf8')).join('\n');
  for (const arrow of ['->', '~>', '-|']) assert.ok(all.includes(` ${arrow} `), arrow);
});

test('keys, dates, arrows in values, and comments are scoped as such', () => {
  const text = [
    '# a comment -> not a link',
    'event pelosi-visit',
    '  date: ~2022-08-02..2022-08-03',
    '  title: a -> b # still the title',
    '  status: expected',
    'a -> b ~> c -| d: a label -> with an arrow',
  ].join('\n');
  const [comment, event, date, title, status, link] = tokenise(grammar, text);
  const scopeOf = (l, s) => l.tokens.find((t) => t.text === s)?.scopes ?? [];
  assert.ok(scopeOf(comment, '# a comment -> not a link').includes('comment.line.number-sign.timegraph'));
  assert.ok(scopeOf(event, 'event').includes('keyword.other.event.timegraph'));
  assert.ok(scopeOf(event, 'pelosi-visit').includes('entity.name.function.event.timegraph'));
  assert.ok(scopeOf(date, 'date').includes('support.type.property-name.timegraph'));
  assert.ok(scopeOf(date, '2022-08-02').includes('constant.numeric.date.timegraph'));
  assert.ok(scopeOf(date, '..').includes('keyword.operator.range.timegraph'));
  assert.ok(scopeOf(date, '~').includes('keyword.operator.approximate.timegraph'));
  assert.ok(title.tokens.every((t) => !t.scopes.some((s) => s.startsWith('keyword.operator'))));
  assert.ok(scopeOf(title, 'a -> b # still the title').includes('string.unquoted.value.timegraph'));
  assert.ok(scopeOf(status, 'expected').includes('constant.language.status.timegraph'));
  assert.ok(scopeOf(link, '-|').includes('keyword.operator.arrow.blocks.timegraph'));
  assert.ok(scopeOf(link, 'a label -> with an arrow').includes('string.unquoted.label.timegraph'));
});
