// package.json against the server contract and against the code.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

import { CLIENT_SETTING_KEYS, SECTION, SERVER_SETTING_KEYS, SEVERITIES } from '../src/config';
import { ADD_NOTE, SHOW_REFERENCES } from '../src/lens';
import { LANGUAGE_IDS } from '../src/selector';

// Compiled to out/test/; the package root is two levels up.
const root = path.resolve(__dirname, '..', '..');
const editors = path.resolve(root, '..');

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const pkg = readJson(path.join(root, 'package.json'));
const properties: Record<string, any> = pkg.contributes.configuration.properties;
const settingKeys = Object.keys(properties).map((k) => {
  assert.ok(k.startsWith(`${SECTION}.`), `setting ${k} outside the ${SECTION} section`);
  return k.slice(SECTION.length + 1);
});
const serverKeysInPackage = settingKeys.filter((k) => !(CLIENT_SETTING_KEYS as readonly string[]).includes(k));

describe('settings', () => {
  test('package.json server settings equal editors/server-settings.json', () => {
    const shared: string[] = readJson(path.join(editors, 'server-settings.json'));
    assert.deepEqual([...serverKeysInPackage].sort(), [...shared].sort());
    assert.equal(new Set(shared).size, shared.length, 'server-settings.json has duplicates');
  });

  test('the converter handles exactly the keys of editors/server-settings.json', () => {
    const shared: string[] = readJson(path.join(editors, 'server-settings.json'));
    assert.deepEqual([...SERVER_SETTING_KEYS].sort(), [...shared].sort());
  });

  test('client-only settings exist and are the only others', () => {
    assert.deepEqual(
      settingKeys.filter((k) => !serverKeysInPackage.includes(k)).sort(),
      [...CLIENT_SETTING_KEYS].sort(),
    );
  });

  test('types and defaults follow the server contract', () => {
    const p = (k: string) => properties[`${SECTION}.${k}`];
    assert.deepEqual(p('locale').enum, ['auto', 'zh', 'en']);
    assert.equal(p('locale').default, 'auto');
    assert.equal(p('debounce').type, 'integer');
    assert.equal(p('debounce').default, 200);
    assert.equal(p('rules').type, 'object');
    assert.equal(p('glossary').type, 'object');
    assert.deepEqual(p('glossary').additionalProperties, { type: 'string' });
    assert.deepEqual(p('files.include').default, ['**/*.txt', '**/*.md']);
    assert.deepEqual(p('files.exclude').default, []);
    assert.equal(p('files.max-size-mb').type, 'integer');
    assert.equal(p('files.max-size-mb').default, 50);
    assert.deepEqual(p('terms.known').default, []);
    for (const k of ['inlayHints.markers', 'inlayHints.figures']) {
      assert.equal(p(k).type, 'boolean', k);
      assert.equal(p(k).default, true, k);
    }
    for (const k of ['files.include', 'files.exclude', 'terms.known']) {
      assert.equal(p(k).type, 'array', k);
      assert.deepEqual(p(k).items, { type: 'string' }, k);
    }
    assert.deepEqual(p('trace.server').enum, ['off', 'messages', 'verbose']);
    assert.equal(p('server.path').scope, 'machine-overridable');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, [`${SECTION}.server.path`]);
  });

  test('reportLs.rules lists every rule code of editors/rule-codes.json with the severities', () => {
    const codes: string[] = readJson(path.join(editors, 'rule-codes.json'));
    const rules = properties[`${SECTION}.rules`];
    assert.deepEqual(Object.keys(rules.properties), codes);
    for (const code of codes) {
      assert.deepEqual(rules.properties[code].enum, [...SEVERITIES], code);
      assert.ok(SEVERITIES.includes(rules.properties[code].default), code);
    }
    // Codes the extension does not know yet are still accepted.
    assert.deepEqual(rules.additionalProperties.enum, [...SEVERITIES]);
  });
});

describe('activation and commands', () => {
  test('activates on every language of the document selector', () => {
    for (const id of LANGUAGE_IDS) {
      assert.ok(pkg.activationEvents.includes(`onLanguage:${id}`), id);
    }
  });

  test('contributed commands are the ones extension.ts registers', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, [ADD_NOTE, 'reportLs.renumberActiveNotes', 'reportLs.restartServer', SHOW_REFERENCES, 'reportLs.showOutput'].sort());
    const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
    const constants: Record<string, string> = { ADD_NOTE, SHOW_REFERENCES };
    const registered = [...source.matchAll(/registerCommand\((?:'([^']+)'|([A-Z_]+))/g)]
      .map((m) => m[1] ?? constants[m[2] ?? ''])
      .sort();
    assert.deepEqual(registered, contributed);
  });

  test('the lens commands stay out of the command palette: they need arguments', () => {
    const hidden = pkg.contributes.menus.commandPalette
      .filter((m: { when: string }) => m.when === 'false')
      .map((m: { command: string }) => m.command)
      .sort();
    assert.deepEqual(hidden, [ADD_NOTE, SHOW_REFERENCES].sort());
  });

  test('entry point and engine', () => {
    assert.equal(pkg.main, './dist/extension.js');
    // vsce refuses @types/vscode newer than engines.vscode.
    const engine = String(pkg.engines.vscode).replace(/^[\^~>=]+/, '');
    const types = String(pkg.devDependencies['@types/vscode']).replace(/^[\^~>=]+/, '');
    const num = (v: string) => v.split('.').map(Number);
    const [e, t] = [num(engine), num(types)];
    assert.ok(t[0]! < e[0]! || (t[0] === e[0] && t[1]! <= e[1]!), `@types/vscode ${types} > engine ${engine}`);
    assert.ok(pkg.repository?.url, 'vsce needs a repository');
    assert.ok(fs.existsSync(path.join(root, 'LICENSE')), 'vsce needs a LICENSE');
    assert.ok(fs.existsSync(path.join(root, 'README.md')), 'vsce needs a README.md');
  });
});

describe('localisation', () => {
  const placeholders = new Set<string>();
  JSON.stringify(pkg, (_key, value) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/^%([^%]+)%$/g)) {
        placeholders.add(m[1]!);
      }
    }
    return value;
  });
  const en: Record<string, string> = readJson(path.join(root, 'package.nls.json'));
  const zh: Record<string, string> = readJson(path.join(root, 'package.nls.zh-cn.json'));

  test('every %placeholder% of package.json has an English text, and no text is unused', () => {
    assert.ok(placeholders.size > 0);
    assert.deepEqual([...placeholders].sort(), Object.keys(en).sort());
  });

  test('the Chinese file translates exactly the English keys', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) {
      assert.ok(text.trim().length > 0, key);
    }
  });

  test('each setting has a description', () => {
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok(schema.description || schema.markdownDescription, key);
    }
  });
});

describe('module boundaries', () => {
  test('only extension.ts imports vscode', () => {
    const src = path.join(root, 'src');
    for (const file of fs.readdirSync(src)) {
      if (!file.endsWith('.ts') || file === 'extension.ts') {
        continue;
      }
      const text = fs.readFileSync(path.join(src, file), 'utf8');
      assert.doesNotMatch(text, /from\s+['"]vscode(-languageclient[^'"]*)?['"]|require\(['"]vscode/, file);
    }
  });
});
