// Just enough of the `vscode` module for dist/extension.js and the bundled
// vscode-languageclient to start, talk to a server and stop. The parts the
// extension's own logic reads (settings, commands, output, error messages)
// are real; everything else answers with an inert placeholder.
'use strict';

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  dispose() {
    if (this.fn) this.fn();
    this.fn = undefined;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d && typeof d.dispose === 'function' && d.dispose()));
  }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (fn) => {
      this.listeners.push(fn);
      return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== fn)));
    };
  }
  fire(e) {
    this.listeners.forEach((fn) => fn(e));
  }
  dispose() {
    this.listeners = [];
  }
}

/** A value that can be called, constructed, iterated and read from, and does nothing. */
function inert(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => `<${name}>`;
      if (prop === 'dispose') return () => {};
      return inert(`${name}.${String(prop)}`);
    },
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`),
  });
}

function withFallback(name, obj) {
  return new Proxy(obj, { get: (t, p) => (p in t ? t[p] : inert(`${name}.${String(p)}`)) });
}

function fileUri(p) {
  return { scheme: 'file', fsPath: p, path: p, toString: () => `file://${p}` };
}

/**
 * @param {{ settings: Record<string, unknown>, defaults: Record<string, unknown>, workspaceFolder: string }} opts
 *   `settings`: the `reportLs.*` values the user set (keys without the prefix).
 */
function createVscodeStub(opts) {
  const state = {
    output: [],
    errorMessages: [],
    commands: new Map(),
    configListeners: [],
  };
  const event = () => new Disposable();
  const output = {
    name: 'Report LS',
    append: (s) => state.output.push(String(s)),
    appendLine: (s) => state.output.push(`${s}\n`),
    show() {},
    hide() {},
    clear() {},
    replace() {},
    dispose() {},
  };
  const section = (name) => {
    if (name !== 'reportLs') {
      return { get: () => undefined, has: () => false, inspect: () => undefined, update: async () => {} };
    }
    return {
      get: (k) => (k in opts.settings ? opts.settings[k] : opts.defaults[k]),
      has: (k) => k in opts.settings || k in opts.defaults,
      inspect: (k) => ({ key: `reportLs.${k}`, defaultValue: opts.defaults[k], globalValue: opts.settings[k] }),
      update: async () => {},
    };
  };

  const vscode = withFallback('vscode', {
    Disposable,
    EventEmitter,
    Uri: { parse: (s) => fileUri(s.replace(/^file:\/\//, '')), file: fileUri },
    env: { language: 'zh-cn', appName: 'vscode-stub', machineId: 'stub' },
    version: '1.82.0',
    window: withFallback('window', {
      createOutputChannel: () => output,
      showErrorMessage: async (message) => {
        state.errorMessages.push(message);
        return undefined;
      },
      activeTextEditor: undefined,
      visibleTextEditors: [],
      onDidChangeActiveTextEditor: event,
      onDidChangeVisibleTextEditors: event,
    }),
    workspace: withFallback('workspace', {
      workspaceFolders: [{ uri: fileUri(opts.workspaceFolder), name: 'ws', index: 0 }],
      textDocuments: [],
      getConfiguration: (name) => section(name),
      onDidChangeConfiguration: (fn) => {
        state.configListeners.push(fn);
        return new Disposable(() => (state.configListeners = state.configListeners.filter((l) => l !== fn)));
      },
      onDidOpenTextDocument: event,
      onDidCloseTextDocument: event,
      onDidChangeTextDocument: event,
      onDidSaveTextDocument: event,
      onWillSaveTextDocument: event,
      onDidChangeWorkspaceFolders: event,
      onDidGrantWorkspaceTrust: event,
      createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose() {} }),
    }),
    commands: withFallback('commands', {
      registerCommand: (id, fn) => {
        state.commands.set(id, fn);
        return new Disposable(() => state.commands.delete(id));
      },
      executeCommand: async () => undefined,
    }),
  });

  /** Tells the extension that these `reportLs.*` keys changed. */
  function fireConfigChange(keys) {
    const affected = new Set(['reportLs', ...keys.map((k) => `reportLs.${k}`)]);
    state.configListeners.forEach((fn) => fn({ affectsConfiguration: (s) => affected.has(s) }));
  }

  return { vscode, state, fireConfigChange };
}

module.exports = { createVscodeStub };
