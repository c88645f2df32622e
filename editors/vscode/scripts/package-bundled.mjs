// Packages the extension with a report-ls binary inside, for one platform:
//   node scripts/package-bundled.mjs [--binary PATH] [--target TARGET] [--out DIR]
// --binary defaults to the repository's release build (target/release/report-ls),
// --target to this machine's (linux-x64, darwin-arm64, win32-x64 …), --out to
// this folder. The binary goes to server/report-ls (server/report-ls.exe for
// win32 targets), where the extension looks when report-ls is not on PATH and
// reportLs.server.path is not set; it is removed again afterwards. Prints the
// path of the .vsix.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import targets from './target.cjs';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const target = option('--target', targets.hostTarget());
const windows = target.startsWith('win32');
const exe = windows ? 'report-ls.exe' : 'report-ls';
const binary = path.resolve(option('--binary', path.join(here, '..', '..', 'target', 'release', exe)));
const outDir = path.resolve(option('--out', here));
if (!fs.statSync(binary, { throwIfNoEntry: false })?.isFile()) {
  console.error(`no report-ls binary at ${binary}: build it with \`cargo build --release -p report-ls\``);
  process.exit(2);
}

const serverDir = path.join(here, 'server');
const bundled = path.join(serverDir, exe);
fs.mkdirSync(serverDir, { recursive: true });
fs.copyFileSync(binary, bundled);
fs.chmodSync(bundled, 0o755);
const version = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).version;
const vsix = path.join(outDir, `report-ls-${target}-${version}.vsix`);
try {
  const vsce = path.join(here, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
  execFileSync(vsce, ['package', '--no-dependencies', '--target', target, '--out', vsix], {
    cwd: here,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
} finally {
  fs.rmSync(serverDir, { recursive: true, force: true });
}
console.log(vsix);
