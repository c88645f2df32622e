import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  type ServerSettingKey,
  type SettingsReader,
  SECTION,
  SERVER_SETTING_KEYS,
  configForSection,
  toServerConfig,
} from '../src/config';

/** A reader over the values the user set; everything else is at its default. */
function userSet(values: Partial<Record<ServerSettingKey, unknown>>): SettingsReader {
  const defaults: Record<ServerSettingKey, unknown> = {
    locale: 'auto',
    debounce: 200,
    rules: {},
    glossary: {},
    'files.include': ['**/*.txt', '**/*.md'],
    'files.exclude': [],
    'files.max-size-mb': 50,
    'terms.known': [],
    'inlayHints.markers': true,
    'inlayHints.figures': true,
  };
  return (key) => (key in values ? { value: values[key], isSet: true } : { value: defaults[key], isSet: false });
}

describe('toServerConfig', () => {
  test('nothing set: an empty object, so .report-ls.toml and server defaults rule', () => {
    assert.deepEqual(toServerConfig(userSet({})), { config: {}, problems: [] });
  });

  test('every key set: the nested shape of .report-ls.toml', () => {
    const { config, problems } = toServerConfig(
      userSet({
        locale: 'en',
        debounce: 350,
        rules: { 'term-undefined': 'off', 'stale-year': 'error' },
        glossary: { 三新一高: '新发展阶段、新发展理念、新发展格局、高质量发展' },
        'files.include': ['reports/**/*.txt'],
        'files.exclude': ['**/draft-*.txt'],
        'terms.known': ['三区三线'],
        'inlayHints.markers': false,
        'inlayHints.figures': true,
      }),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      locale: 'en',
      debounce: 350,
      rules: { 'term-undefined': 'off', 'stale-year': 'error' },
      glossary: { 三新一高: '新发展阶段、新发展理念、新发展格局、高质量发展' },
      files: { include: ['reports/**/*.txt'], exclude: ['**/draft-*.txt'] },
      terms: { known: ['三区三线'] },
      inlayHints: { markers: false, figures: true },
    });
    // What goes over the wire is plain JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(config)), config);
  });

  test('values left at their default are not sent', () => {
    const read: SettingsReader = (key) => ({ value: key === 'debounce' ? 200 : undefined, isSet: false });
    assert.deepEqual(toServerConfig(read).config, {});
  });

  test('a value set to the default is still sent (it may override .report-ls.toml)', () => {
    assert.deepEqual(toServerConfig(userSet({ debounce: 200 })).config, { debounce: 200 });
  });

  test('one of files.include / files.exclude alone', () => {
    assert.deepEqual(toServerConfig(userSet({ 'files.exclude': ['x/**'] })).config, { files: { exclude: ['x/**'] } });
    assert.deepEqual(toServerConfig(userSet({ 'files.include': [] })).config, { files: { include: [] } });
  });

  test('inlay hints: each kind alone, and a non-boolean is dropped with a problem', () => {
    assert.deepEqual(toServerConfig(userSet({ 'inlayHints.figures': false })).config, {
      inlayHints: { figures: false },
    });
    const bad = toServerConfig(userSet({ 'inlayHints.markers': 'no' }));
    assert.deepEqual(bad.config, {});
    assert.match(bad.problems[0] ?? '', /reportLs\.inlayHints\.markers/);
  });

  test('locale: auto means unset, so the client locale decides', () => {
    assert.deepEqual(toServerConfig(userSet({ locale: 'auto' })), { config: {}, problems: [] });
    assert.deepEqual(toServerConfig(userSet({ locale: 'zh' })).config, { locale: 'zh' });
    const bad = toServerConfig(userSet({ locale: 'fr' }));
    assert.deepEqual(bad.config, {});
    assert.equal(bad.problems.length, 1);
    assert.match(bad.problems[0] ?? '', /reportLs\.locale/);
  });

  test('debounce: a non-negative number of milliseconds, rounded', () => {
    assert.deepEqual(toServerConfig(userSet({ debounce: 0 })).config, { debounce: 0 });
    assert.deepEqual(toServerConfig(userSet({ debounce: 99.6 })).config, { debounce: 100 });
    for (const debounce of [-1, '300', Number.NaN, Number.POSITIVE_INFINITY, {}]) {
      const r = toServerConfig(userSet({ debounce }));
      assert.deepEqual(r.config, {}, `debounce=${String(debounce)}`);
      assert.equal(r.problems.length, 1);
    }
  });

  test('rules: bad severities are dropped, unknown codes pass through', () => {
    const r = toServerConfig(
      userSet({ rules: { 'note-missing': 'warning', 'stale-year': 'fatal', 'future-rule': 'hint', 'note-unused': 2 } }),
    );
    assert.deepEqual(r.config, { rules: { 'note-missing': 'warning', 'future-rule': 'hint' } });
    assert.equal(r.problems.length, 2);
    assert.match(r.problems.join('\n'), /"stale-year".*"fatal"/);
  });

  test('rules and glossary must be objects', () => {
    for (const key of ['rules', 'glossary'] as const) {
      for (const value of [[], 'x', 3]) {
        const r = toServerConfig(userSet({ [key]: value }));
        assert.deepEqual(r.config, {}, `${key}=${JSON.stringify(value)}`);
        assert.equal(r.problems.length, 1);
      }
    }
  });

  test('glossary: non-string definitions are dropped', () => {
    const r = toServerConfig(userSet({ glossary: { 两个确立: '……', 四风: null } }));
    assert.deepEqual(r.config, { glossary: { 两个确立: '……' } });
    assert.equal(r.problems.length, 1);
  });

  test('string lists: non-strings are dropped, a non-array is ignored', () => {
    const r = toServerConfig(userSet({ 'terms.known': ['三区三线', 5, '四个意识'], 'files.include': '**/*.txt' }));
    assert.deepEqual(r.config, { terms: { known: ['三区三线', '四个意识'] } });
    assert.equal(r.problems.length, 2);
  });

  test('null is treated as unset', () => {
    assert.deepEqual(toServerConfig(userSet({ locale: null, rules: null })), { config: {}, problems: [] });
  });

  test('reads every server key, and only those', () => {
    const asked: string[] = [];
    toServerConfig((key) => {
      asked.push(key);
      return { value: undefined, isSet: false };
    });
    assert.deepEqual(asked, [...SERVER_SETTING_KEYS]);
  });
});

describe('configForSection (workspace/configuration)', () => {
  const config = { debounce: 100, files: { include: ['a/**'] } };

  test('the whole section and nested keys', () => {
    assert.equal(configForSection(config, SECTION), config);
    assert.deepEqual(configForSection(config, 'reportLs.files'), { include: ['a/**'] });
    assert.deepEqual(configForSection(config, 'reportLs.files.include'), ['a/**']);
    assert.equal(configForSection(config, 'reportLs.debounce'), 100);
  });

  test('unset keys of our section are null, other sections are not ours', () => {
    assert.equal(configForSection(config, 'reportLs.locale'), null);
    assert.equal(configForSection(config, 'reportLs.files.exclude'), null);
    assert.equal(configForSection(config, 'reportLs.debounce.x'), null);
    assert.equal(configForSection(config, 'editor'), undefined);
    assert.equal(configForSection(config, 'reportLsX'), undefined);
    assert.equal(configForSection(config, undefined), undefined);
    assert.equal(configForSection(config, null), undefined);
  });
});
