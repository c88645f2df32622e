import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';

import {
  bundledServerPath,
  defaultIsExecutable,
  expandConfiguredPath,
  findOnPath,
  getEnv,
  pathDirectories,
  pathExtensions,
  resolveServerPath,
  serverCommand,
} from '../src/serverPath';

/** A fake file system: the set of executable files. */
function exe(...files: string[]): (file: string) => boolean {
  const set = new Set(files);
  return (file) => set.has(file);
}

describe('resolveServerPath on Linux/macOS', () => {
  const base = {
    extensionPath: '/ext',
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux' as const,
    homedir: '/home/u',
    workspaceFolder: '/work/reports',
  };

  test('the setting wins over PATH and the bundled binary', () => {
    const r = resolveServerPath({
      ...base,
      configured: '/opt/report-ls/bin/report-ls',
      isExecutable: exe('/opt/report-ls/bin/report-ls', '/usr/bin/report-ls', '/ext/server/report-ls'),
    });
    assert.deepEqual(r, {
      ok: true,
      path: '/opt/report-ls/bin/report-ls',
      source: 'setting',
      tried: ['/opt/report-ls/bin/report-ls'],
    });
  });

  test('a setting that points nowhere is an error, without falling back', () => {
    const r = resolveServerPath({
      ...base,
      configured: '/nope/report-ls',
      isExecutable: exe('/usr/bin/report-ls', '/ext/server/report-ls'),
    });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /reportLs\.server\.path is set to "\/nope\/report-ls"/);
    assert.deepEqual(r.tried, ['/nope/report-ls']);
  });

  test('an empty or blank setting counts as unset', () => {
    for (const configured of ['', '   ', null, undefined]) {
      const r = resolveServerPath({ ...base, configured, isExecutable: exe('/usr/bin/report-ls') });
      assert.equal(r.ok && r.source, 'path', `configured=${JSON.stringify(configured)}`);
    }
  });

  test('~, ${userHome}, ${workspaceFolder} and relative paths in the setting', () => {
    const cases: Array<[string, string]> = [
      ['~/bin/report-ls', '/home/u/bin/report-ls'],
      ['${userHome}/bin/report-ls', '/home/u/bin/report-ls'],
      ['${workspaceFolder}/tools/report-ls', '/work/reports/tools/report-ls'],
      ['tools/report-ls', '/work/reports/tools/report-ls'],
      ['../target/debug/report-ls', '/work/target/debug/report-ls'],
      ['  /abs/report-ls  ', '/abs/report-ls'],
    ];
    for (const [configured, expected] of cases) {
      const r = resolveServerPath({ ...base, configured, isExecutable: exe(expected) });
      assert.deepEqual(r.ok && [r.path, r.source], [expected, 'setting'], configured);
    }
  });

  test('PATH is searched in order and the first executable wins', () => {
    const r = resolveServerPath({
      ...base,
      isExecutable: exe('/usr/bin/report-ls', '/ext/server/report-ls'),
    });
    assert.deepEqual(r, {
      ok: true,
      path: '/usr/bin/report-ls',
      source: 'path',
      tried: ['/usr/local/bin/report-ls', '/usr/bin/report-ls'],
    });
  });

  test('empty PATH entries (the current directory) are never searched', () => {
    const tried: string[] = [];
    const found = findOnPath('report-ls', { PATH: ':/a::/b:' }, 'linux', exe('report-ls', '/b/report-ls'), tried);
    assert.equal(found, '/b/report-ls');
    assert.deepEqual(tried, ['/a/report-ls', '/b/report-ls']);
  });

  test('falls back to the binary bundled in the extension', () => {
    const r = resolveServerPath({ ...base, isExecutable: exe('/ext/server/report-ls') });
    assert.deepEqual(r.ok && [r.path, r.source], ['/ext/server/report-ls', 'bundled']);
  });

  test('reports every place it looked when nothing is found', () => {
    const r = resolveServerPath({ ...base, isExecutable: exe() });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /not on PATH/);
    assert.deepEqual(r.tried, ['/usr/local/bin/report-ls', '/usr/bin/report-ls', '/ext/server/report-ls']);
  });

  test('no PATH at all', () => {
    const r = resolveServerPath({ ...base, env: {}, isExecutable: exe('/ext/server/report-ls') });
    assert.deepEqual(r.tried, ['/ext/server/report-ls']);
  });

  test('PATH is case-sensitive off Windows', () => {
    assert.equal(getEnv({ Path: '/x' }, 'PATH', 'linux'), undefined);
    assert.deepEqual(pathDirectories({ Path: '/x' }, 'darwin'), []);
  });
});

describe('resolveServerPath on Windows', () => {
  const base = {
    extensionPath: 'C:\\Users\\u\\.vscode\\extensions\\report-ls.report-ls-0.1.0',
    platform: 'win32' as const,
    homedir: 'C:\\Users\\u',
  };

  test('PATHEXT extensions are tried in order, in each PATH directory', () => {
    const tried: string[] = [];
    const found = findOnPath(
      'report-ls',
      { Path: 'C:\\bin;D:\\tools', PATHEXT: '.COM;.EXE;.BAT;.CMD' },
      'win32',
      exe('D:\\tools\\report-ls.exe', 'D:\\tools\\report-ls.cmd'),
      tried,
    );
    assert.equal(found, 'D:\\tools\\report-ls.exe');
    assert.deepEqual(tried, [
      'C:\\bin\\report-ls.com',
      'C:\\bin\\report-ls.exe',
      'C:\\bin\\report-ls.bat',
      'C:\\bin\\report-ls.cmd',
      'D:\\tools\\report-ls.com',
      'D:\\tools\\report-ls.exe',
    ]);
  });

  test('the PATH variable name is case-insensitive, quoted entries are unquoted', () => {
    const env = { pAtH: '"C:\\Program Files\\report-ls";;C:\\Windows', PathExt: '.EXE' };
    assert.deepEqual(pathDirectories(env, 'win32'), ['C:\\Program Files\\report-ls', 'C:\\Windows']);
    const r = resolveServerPath({ ...base, env, isExecutable: exe('C:\\Program Files\\report-ls\\report-ls.exe') });
    assert.deepEqual(r.ok && [r.path, r.source], ['C:\\Program Files\\report-ls\\report-ls.exe', 'path']);
  });

  test('without PATHEXT the usual extensions are used', () => {
    assert.deepEqual(pathExtensions({}, 'win32'), ['.com', '.exe', '.bat', '.cmd']);
    assert.deepEqual(pathExtensions({ PATHEXT: '.EXE;.exe;;CMD;.Cmd' }, 'win32'), ['.exe', '.cmd']);
    assert.deepEqual(pathExtensions({ PATHEXT: '.EXE' }, 'linux'), ['']);
  });

  test('bundled binary is server\\report-ls.exe', () => {
    assert.equal(
      bundledServerPath(base.extensionPath, 'win32'),
      'C:\\Users\\u\\.vscode\\extensions\\report-ls.report-ls-0.1.0\\server\\report-ls.exe',
    );
    const r = resolveServerPath({ ...base, env: { PATH: 'C:\\bin' }, isExecutable: exe(bundledServerPath(base.extensionPath, 'win32')) });
    assert.equal(r.ok && r.source, 'bundled');
  });

  test('a configured path without extension finds the .exe', () => {
    const r = resolveServerPath({
      ...base,
      env: { PATHEXT: '.COM;.EXE' },
      configured: 'C:\\tools\\report-ls',
      isExecutable: exe('C:\\tools\\report-ls.exe'),
    });
    assert.deepEqual(r, {
      ok: true,
      path: 'C:\\tools\\report-ls.exe',
      source: 'setting',
      tried: ['C:\\tools\\report-ls', 'C:\\tools\\report-ls.com', 'C:\\tools\\report-ls.exe'],
    });
  });

  test('~\\ and relative paths in the setting', () => {
    assert.equal(expandConfiguredPath('~\\bin\\report-ls.exe', 'win32', 'C:\\Users\\u'), 'C:\\Users\\u\\bin\\report-ls.exe');
    assert.equal(
      expandConfiguredPath('target\\release\\report-ls.exe', 'win32', undefined, 'D:\\reports'),
      'D:\\reports\\target\\release\\report-ls.exe',
    );
  });
});

describe('serverCommand', () => {
  test('runs the binary directly with `serve`', () => {
    assert.deepEqual(serverCommand('/usr/bin/report-ls', 'linux'), {
      command: '/usr/bin/report-ls',
      args: ['serve'],
      shell: false,
    });
    assert.deepEqual(serverCommand('C:\\bin\\report-ls.exe', 'win32').shell, false);
  });

  test('batch files on Windows go through the shell, quoted when needed', () => {
    assert.deepEqual(serverCommand('C:\\Program Files\\rl\\report-ls.CMD', 'win32'), {
      command: '"C:\\Program Files\\rl\\report-ls.CMD"',
      args: ['serve'],
      shell: true,
    });
    assert.deepEqual(serverCommand('C:\\rl\\report-ls.bat', 'win32').command, 'C:\\rl\\report-ls.bat');
    // A file named .cmd elsewhere is just a file.
    assert.equal(serverCommand('/x/report-ls.cmd', 'linux').shell, false);
  });
});

describe('defaultIsExecutable (real files)', { skip: process.platform === 'win32' }, () => {
  test('needs a regular file with the execute bit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-ls-test-'));
    try {
      const file = path.join(dir, 'report-ls');
      fs.writeFileSync(file, '#!/bin/sh\n');
      const check = defaultIsExecutable('linux');
      fs.chmodSync(file, 0o644);
      assert.equal(check(file), false);
      fs.chmodSync(file, 0o755);
      assert.equal(check(file), true);
      assert.equal(check(dir), false, 'a directory is not a server');
      assert.equal(check(path.join(dir, 'missing')), false);

      const r = resolveServerPath({
        extensionPath: path.join(dir, 'ext'),
        env: { PATH: `${path.join(dir, 'empty')}:${dir}` },
        platform: 'linux',
      });
      assert.deepEqual(r.ok && [r.path, r.source], [file, 'path']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
