#!/usr/bin/env node
// A stand-in for `report-ls serve` in the smoke test: a minimal LSP server
// that appends every message it receives to the file named by
// REPORT_LS_SMOKE_LOG (one JSON object per line) and asks the client for its
// configuration once initialized.
'use strict';
const fs = require('node:fs');

const logFile = process.env.REPORT_LS_SMOKE_LOG;
const log = (o) => fs.appendFileSync(logFile, JSON.stringify(o) + '\n');
log({ argv: process.argv.slice(2) });

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

let buf = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const sep = buf.indexOf('\r\n\r\n');
    if (sep < 0) return;
    const len = Number(/Content-Length: *(\d+)/i.exec(buf.subarray(0, sep).toString('ascii'))[1]);
    if (buf.length < sep + 4 + len) return;
    const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
    buf = buf.subarray(sep + 4 + len);
    if (msg.method !== undefined) {
      log({ method: msg.method, params: msg.params });
    }
    switch (msg.method) {
      case 'initialize':
        send({ id: msg.id, result: { capabilities: { textDocumentSync: 1 }, serverInfo: { name: 'fake-report-ls' } } });
        break;
      case 'initialized':
        send({
          id: 'cfg',
          method: 'workspace/configuration',
          params: { items: [{ section: 'reportLs' }, { section: 'reportLs.files' }, { section: 'editor.tabSize' }] },
        });
        break;
      case 'shutdown':
        send({ id: msg.id, result: null });
        break;
      case 'exit':
        process.exit(0);
        break;
      case undefined:
        if (msg.id === 'cfg') log({ configurationResponse: msg.result });
        break;
    }
  }
});
