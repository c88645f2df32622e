// Smoke test of the bundled extension (dist/extension.js, run `npm run build`
// first, or `npm run smoke`): a stub `vscode` module, the real bundled
// vscode-languageclient, and fake-server.js in place of report-ls. Checks what
// reaches the server: the command line, initializationOptions,
// didChangeConfiguration, workspace/configuration answers, restart and
// shutdown.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');

const { createVscodeStub } = require('./vscode-stub');

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'extension.js');
const fakeServer = path.join(__dirname, 'fake-server.js');

const DEFAULTS = {
  'server.path': '',
  'trace.server': 'off',
  locale: 'auto',
  debounce: 200,
  rules: {},
  glossary: {},
  'files.include': ['**/*.txt', '**/*.md'],
  'files.exclude': [],
  'files.max-size-mb': 50,
  'terms.known': [],
};

let currentStub;
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? currentStub.vscode : originalLoad.call(this, request, ...rest);
};

/** Loads a fresh copy of the bundle against a new stub. */
function loadExtension(settings) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-ls-smoke-'));
  const logFile = path.join(dir, 'messages.jsonl');
  process.env.REPORT_LS_SMOKE_LOG = logFile;
  currentStub = createVscodeStub({ settings, defaults: DEFAULTS, workspaceFolder: dir });
  delete require.cache[bundle];
  const extension = require(bundle);
  const context = { subscriptions: [], extensionPath: path.join(dir, 'ext'), extensionUri: { fsPath: path.join(dir, 'ext') } };
  const messages = () =>
    fs.existsSync(logFile)
      ? fs.readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
      : [];
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  return { extension, context, stub: currentStub, messages, cleanup };
}

async function waitFor(what, predicate, timeoutMs = 10000) {
  const start = Date.now();
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ofMethod = (msgs, method) => msgs.filter((m) => m.method === method);

test('the bundle exists', { skip: process.platform === 'win32' && 'fake-server.js needs a shebang' }, () => {
  assert.ok(fs.existsSync(bundle), `${bundle} is missing: run npm run build`);
});

test('starts the server, sends settings, follows changes, restarts, shuts down', { skip: process.platform === 'win32' }, async () => {
  const settings = {
    'server.path': fakeServer,
    'trace.server': 'off',
    debounce: 300,
    rules: { 'stale-year': 'error', 'not-a-severity': 'loud' },
    'files.exclude': ['archive/**'],
  };
  const { extension, context, stub, messages, cleanup } = loadExtension(settings);
  try {
    await extension.activate(context);
    assert.deepEqual([...stub.state.commands.keys()].sort(), ['reportLs.restartServer', 'reportLs.showOutput']);

    const expected = { debounce: 300, rules: { 'stale-year': 'error' }, files: { exclude: ['archive/**'] } };
    await waitFor('the configuration answer', () => messages().find((m) => m.configurationResponse));
    let msgs = messages();
    assert.deepEqual(msgs[0], { argv: ['serve'] });
    const [init] = ofMethod(msgs, 'initialize');
    assert.deepEqual(init.params.initializationOptions, expected);
    assert.equal(init.params.locale, 'zh-cn', "the editor's locale goes in InitializeParams.locale");
    assert.deepEqual(ofMethod(msgs, 'workspace/didChangeConfiguration')[0].params, { settings: { reportLs: expected } });
    assert.deepEqual(msgs.find((m) => m.configurationResponse).configurationResponse, [
      expected,
      { exclude: ['archive/**'] },
      null,
    ]);
    assert.match(stub.state.output.join(''), /"not-a-severity" has severity "loud"/);

    // A settings change reaches the running server, without client-only keys.
    settings.locale = 'en';
    settings.glossary = { 三新一高: '新发展阶段、新发展理念、新发展格局、高质量发展' };
    settings['trace.server'] = 'messages';
    stub.fireConfigChange(['locale', 'glossary', 'trace.server']);
    const changed = { ...expected, locale: 'en', glossary: settings.glossary };
    await waitFor('a second didChangeConfiguration', () => ofMethod(messages(), 'workspace/didChangeConfiguration').length >= 2);
    assert.deepEqual(ofMethod(messages(), 'workspace/didChangeConfiguration')[1].params, {
      settings: { reportLs: { locale: 'en', debounce: 300, rules: { 'stale-year': 'error' }, glossary: changed.glossary, files: changed.files } },
    });
    assert.equal(ofMethod(messages(), 'initialize').length, 1, 'no restart for ordinary settings');

    // Restart: the old server is shut down, a new one starts with the new settings.
    await stub.state.commands.get('reportLs.restartServer')();
    await waitFor('a second initialize', () => ofMethod(messages(), 'initialize').length >= 2);
    msgs = messages();
    assert.deepEqual(
      msgs.filter((m) => m.method === 'shutdown' || m.method === 'exit' || m.method === 'initialize').map((m) => m.method),
      ['initialize', 'shutdown', 'exit', 'initialize'],
    );
    assert.deepEqual(ofMethod(msgs, 'initialize')[1].params.initializationOptions, {
      locale: 'en',
      debounce: 300,
      rules: { 'stale-year': 'error' },
      glossary: changed.glossary,
      files: { exclude: ['archive/**'] },
    });

    await extension.deactivate();
    await waitFor('the final exit', () => ofMethod(messages(), 'exit').length >= 2);
  } finally {
    await extension.deactivate().catch(() => undefined); // never leave a server behind
    cleanup();
  }
});

test('a server.path that points nowhere is reported, nothing is started', { skip: process.platform === 'win32' }, async () => {
  const { extension, context, stub, messages, cleanup } = loadExtension({ 'server.path': '/nonexistent/report-ls' });
  try {
    await extension.activate(context);
    await waitFor('an error message', () => stub.state.errorMessages.length > 0);
    assert.match(stub.state.errorMessages[0], /reportLs\.server\.path is set to "\/nonexistent\/report-ls"/);
    assert.match(stub.state.output.join(''), /Looked at:\n.*\/nonexistent\/report-ls/);
    assert.deepEqual(messages(), []);
  } finally {
    await extension.deactivate().catch(() => undefined);
    cleanup();
  }
});
