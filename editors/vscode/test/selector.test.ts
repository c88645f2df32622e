import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LANGUAGE_IDS, SCHEMES, documentSelector, isSelected } from '../src/selector';

test('attaches to plain text and Markdown, on disk and unsaved', () => {
  assert.deepEqual(LANGUAGE_IDS, ['plaintext', 'markdown']);
  assert.deepEqual(SCHEMES, ['file', 'untitled']);
  assert.deepEqual(documentSelector, [
    { language: 'plaintext', scheme: 'file' },
    { language: 'plaintext', scheme: 'untitled' },
    { language: 'markdown', scheme: 'file' },
    { language: 'markdown', scheme: 'untitled' },
  ]);
});

test('isSelected', () => {
  assert.equal(isSelected('plaintext', 'file'), true);
  assert.equal(isSelected('markdown', 'untitled'), true);
  // Other languages, and views of a file that are not the file itself.
  assert.equal(isSelected('rust', 'file'), false);
  assert.equal(isSelected('markdown', 'git'), false);
  assert.equal(isSelected('plaintext', 'output'), false);
  assert.equal(isSelected('plaintext', 'vscode-notebook-cell'), false);
});

test('every filter names both a language and a scheme (no catch-all)', () => {
  for (const filter of documentSelector) {
    assert.ok(filter.language && filter.scheme, JSON.stringify(filter));
  }
});
