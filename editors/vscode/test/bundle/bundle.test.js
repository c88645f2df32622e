// The packaged extension runs its bundled server: packages a .vsix for this
// machine with scripts/package-bundled.mjs, opens it as the zip it is,
// checks it holds the binary and names its platform, extracts the binary and
// starts it: it must answer `initialize` as report-ls.
//
// The binary comes from REPORT_LS_BINARY, else the repository's release
// build (target/release/report-ls). Without one the test is skipped, unless
// CI is set (then it fails): `.ci/run` builds it first.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');
// vsce's own zip reader (a dependency of @vscode/vsce).
const yauzl = require('yauzl');

const { hostTarget } = require('../../scripts/target.cjs');

const root = path.resolve(__dirname, '..', '..');
const exe = process.platform === 'win32' ? 'report-ls.exe' : 'report-ls';
const binary = process.env.REPORT_LS_BINARY || path.join(root, '..', '..', 'target', 'release', exe);

/** Every entry of a zip file: name -> contents. */
function readZip(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Sends `initialize` over stdio; resolves with the response. */
function initialize(server) {
  return new Promise((resolve, reject) => {
    const child = spawn(server, ['serve'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = Buffer.alloc(0);
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('no answer to initialize within 20 s'));
    }, 20000);
    child.on('error', reject);
    // Writes after the server has gone (the exit below) are not this test's concern.
    child.stdin.on('error', () => {});
    const send = (m) => {
      const body = JSON.stringify(m);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let answer;
    // Reads every whole message; `exit` goes only after shutdown's answer,
    // as the protocol asks of a client (sent earlier, it may overtake it).
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
        if (buffer.length < header + 4 + length) return;
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        if (message.id === 1 && answer === undefined) {
          clearTimeout(timer);
          answer = message;
          child.on('exit', (code) => resolve({ message: answer, code }));
          send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
        } else if (message.id === 2) {
          send({ jsonrpc: '2.0', method: 'exit' });
        }
      }
    });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

test('the packaged extension carries a server that answers initialize', async (t) => {
  if (!fs.existsSync(binary)) {
    assert.ok(!process.env.CI, `CI must build ${binary} first (cargo build --release -p report-ls)`);
    t.skip(`no binary at ${binary}`);
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'report-ls-vsix-'));
  try {
    const printed = execFileSync(
      process.execPath,
      [path.join(root, 'scripts', 'package-bundled.mjs'), '--binary', binary, '--out', out],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const vsix = printed.trim().split('\n').pop();
    assert.ok(fs.existsSync(vsix), vsix);
    assert.ok(!fs.existsSync(path.join(root, 'server')), 'the copy is removed after packaging');

    const entries = await readZip(vsix);
    const manifest = entries.get('extension.vsixmanifest').toString();
    assert.match(manifest, new RegExp(`TargetPlatform="${hostTarget()}"`));
    assert.ok(entries.has('extension/dist/extension.js'), [...entries.keys()].join(', '));
    const bundled = entries.get(`extension/server/${exe}`);
    assert.ok(bundled, `server/${exe} in ${[...entries.keys()].join(', ')}`);
    assert.equal(bundled.length, fs.statSync(binary).size);

    const extracted = path.join(out, exe);
    fs.writeFileSync(extracted, bundled, { mode: 0o755 });
    const { message, code } = await initialize(extracted);
    assert.equal(message.id, 1);
    assert.equal(message.result.serverInfo.name, 'report-ls');
    assert.equal(code, 0, 'exit after shutdown is 0');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
