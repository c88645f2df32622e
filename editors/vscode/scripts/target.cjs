// VS Code's name for a platform (`vsce package --target`): linux-x64,
// darwin-arm64, win32-x64 …
'use strict';

function hostTarget(platform = process.platform, arch = process.arch) {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win32', alpine: 'alpine' }[platform];
  const cpu = { x64: 'x64', arm64: 'arm64', arm: 'armhf' }[arch];
  if (!os || !cpu) {
    throw new Error(`no VS Code target for ${platform}-${arch}`);
  }
  return `${os}-${cpu}`;
}

module.exports = { hostTarget };
