import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { pickAddNote } from '../src/lens';

describe('the add-note lens', () => {
  test('picks the quick fix of a term-undefined finding', () => {
    const other = { kind: { value: 'quickfix' }, diagnostics: [{ code: 'note-missing' }], title: 'other' };
    const add = { kind: { value: 'quickfix' }, diagnostics: [{ code: 'term-undefined' }], title: 'add' };
    assert.equal(pickAddNote([other, add])?.title, 'add');
  });

  test('codes written as {value, target} and LSP string kinds count too', () => {
    const add = { kind: 'quickfix', diagnostics: [{ code: { value: 'term-undefined', target: 'x' } }] };
    assert.equal(pickAddNote([add]), add);
  });

  test('nothing when no quick fix answers that finding', () => {
    const source = { kind: { value: 'source.organizeImports' }, diagnostics: [{ code: 'term-undefined' }] };
    assert.equal(pickAddNote([source, { kind: { value: 'quickfix' } }]), undefined);
  });
});
