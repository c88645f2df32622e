// The semantic token legend against the server's, and its colours in package.json.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

import {
  CUSTOM_MODIFIERS,
  SEMANTIC_TOKEN_SCOPES,
  TOKEN_MEANING,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  modifierNames,
} from '../src/semantic';

const root = path.resolve(__dirname, '..', '..');
const editors = path.resolve(root, '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(file, 'utf8'));
const pkg = readJson(path.join(root, 'package.json'));

/** The standard LSP 3.17 token types and modifiers. */
const STANDARD_TYPES = [
  'namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable',
  'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment',
  'string', 'number', 'regexp', 'operator', 'decorator',
];
const STANDARD_MODIFIERS = [
  'declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification',
  'documentation', 'defaultLibrary',
];

describe('semantic token legend', () => {
  test('equals the server legend of editors/semantic-tokens.json, in order', () => {
    const legend = readJson(path.join(editors, 'semantic-tokens.json'));
    assert.deepEqual([...TOKEN_TYPES], legend.tokenTypes);
    assert.deepEqual([...TOKEN_MODIFIERS], legend.tokenModifiers);
  });

  test('types are standard; the only other modifiers are declared in package.json', () => {
    for (const t of TOKEN_TYPES) {
      assert.ok(STANDARD_TYPES.includes(t), t);
      assert.ok(TOKEN_MEANING[t].length > 0, t);
    }
    const custom = TOKEN_MODIFIERS.filter((m) => !STANDARD_MODIFIERS.includes(m));
    assert.deepEqual(custom, [...CUSTOM_MODIFIERS]);
    const declared = pkg.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id);
    assert.deepEqual(declared, [...CUSTOM_MODIFIERS]);
    for (const m of pkg.contributes.semanticTokenModifiers) {
      assert.match(m.description, /^%semantic\.[a-z]+%$/, m.id);
    }
  });

  test('modifier bits decode in legend order', () => {
    assert.deepEqual(modifierNames(0), []);
    assert.deepEqual(modifierNames(0b0011), ['declaration', 'defined']);
    assert.deepEqual(modifierNames(0b1010), ['defined', 'defaultLibrary']);
    assert.deepEqual(modifierNames(0b0100), ['undefined']);
  });
});

describe('theme colours', () => {
  const scopes = pkg.contributes.semanticTokenScopes;

  test('package.json maps exactly the selectors of src/semantic.ts, for every language', () => {
    assert.equal(scopes.length, 1);
    assert.equal(scopes[0].language, undefined);
    assert.deepEqual(scopes[0].scopes, SEMANTIC_TOKEN_SCOPES);
  });

  test('every type has a colour; selectors name legend types and modifiers only', () => {
    for (const t of TOKEN_TYPES) {
      assert.ok(SEMANTIC_TOKEN_SCOPES[t], `no scopes for ${t}`);
    }
    for (const [selector, list] of Object.entries(SEMANTIC_TOKEN_SCOPES)) {
      const [type, ...modifiers] = selector.split('.');
      assert.ok((TOKEN_TYPES as readonly string[]).includes(type ?? ''), selector);
      for (const m of modifiers) {
        assert.ok((TOKEN_MODIFIERS as readonly string[]).includes(m), selector);
      }
      assert.ok(list.length >= 2, `${selector}: a report scope and a fallback every theme has`);
      assert.match(list[0] ?? '', /\.report-[a-z-]+$/, selector);
    }
  });

  test('undefined slogans and markers look unlike defined ones', () => {
    assert.notDeepEqual(SEMANTIC_TOKEN_SCOPES['macro.undefined'], SEMANTIC_TOKEN_SCOPES['macro']);
    assert.notDeepEqual(SEMANTIC_TOKEN_SCOPES['decorator.undefined'], SEMANTIC_TOKEN_SCOPES['decorator']);
  });
});
