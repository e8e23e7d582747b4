// Language negotiation against the table of cases in tests/lang-negotiation.json, which the
// shell's own negotiation (core/lang.rs) runs too (tests/lang_negotiation.rs): the glue's mirror
// in src/shell/requests.js chooses alike, so the requests it starts before the wasm arrives are
// the ones the shell then reads.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstMatch } from '../src/shell/requests.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cases } = JSON.parse(readFileSync(join(root, 'tests', 'lang-negotiation.json'), 'utf8'));

test('the table has its cases', () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
});

for (const c of cases) {
  test(`${c.why}: ${JSON.stringify(c.wanted)} of ${JSON.stringify(c.available)}`, () => {
    assert.equal(firstMatch(c.wanted, c.available) ?? null, c.chosen);
  });
}
