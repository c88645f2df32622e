// Finding the `report-ls` binary.
//
// Pure logic apart from the default file check: this module must not import
// `vscode`. Everything platform-dependent (environment, platform, the file
// check) is passed in, so the tests can play Windows on Linux and back.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const SERVER_NAME = 'report-ls';

/** Arguments for the LSP mode; the bare binary would do as well. */
export const SERVER_ARGS: readonly string[] = ['serve'];

export type Platform = NodeJS.Platform;
export type Env = Readonly<Record<string, string | undefined>>;

export interface ResolveOptions {
  /** The `reportLs.server.path` setting; empty or whitespace means unset. */
  configured?: string | null;
  /** Base for a relative `configured` path and for `${workspaceFolder}`. */
  workspaceFolder?: string;
  /** The user's home directory, for `~` and `${userHome}`. */
  homedir?: string;
  /** The extension's install directory (holding `server/report-ls[.exe]`). */
  extensionPath: string;
  env: Env;
  platform: Platform;
  /** Whether `file` exists and can be run. Defaults to a real file check. */
  isExecutable?: (file: string) => boolean;
}

export type ServerSource = 'setting' | 'path' | 'bundled';

export type Resolution =
  | { ok: true; path: string; source: ServerSource; tried: string[] }
  | { ok: false; reason: string; tried: string[] };

function pathApi(platform: Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Reads an environment variable; on Windows names are case-insensitive (`Path`). */
export function getEnv(env: Env, name: string, platform: Platform): string | undefined {
  if (platform !== 'win32') {
    return env[name];
  }
  const wanted = name.toUpperCase();
  for (const key of Object.keys(env)) {
    if (key.toUpperCase() === wanted && env[key] !== undefined) {
      return env[key];
    }
  }
  return undefined;
}

/** Executable extensions to try on Windows, lower-cased, from PATHEXT. */
export function pathExtensions(env: Env, platform: Platform): string[] {
  if (platform !== 'win32') {
    return [''];
  }
  const raw = getEnv(env, 'PATHEXT', platform) || '.COM;.EXE;.BAT;.CMD';
  const exts = raw
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.startsWith('.'));
  return [...new Set(exts)];
}

/** The directories of PATH, in order, without empty or duplicate entries. */
export function pathDirectories(env: Env, platform: Platform): string[] {
  const raw = getEnv(env, 'PATH', platform);
  if (!raw) {
    return [];
  }
  const sep = platform === 'win32' ? ';' : ':';
  const dirs = raw
    .split(sep)
    .map((d) => (platform === 'win32' ? d.trim().replace(/^"(.*)"$/, '$1') : d))
    // An empty entry would mean the current directory: never run a binary from there.
    .filter((d) => d.length > 0);
  return [...new Set(dirs)];
}

/** Candidate file names for `name` in one directory. */
function candidates(dir: string, name: string, env: Env, platform: Platform): string[] {
  const p = pathApi(platform);
  const exts = pathExtensions(env, platform);
  const base = p.join(dir, name);
  if (platform === 'win32' && exts.includes(p.extname(name).toLowerCase())) {
    return [base];
  }
  return exts.map((ext) => base + ext);
}

/** Searches PATH (and PATHEXT on Windows) for `name`, like a shell would. */
export function findOnPath(
  name: string,
  env: Env,
  platform: Platform,
  isExecutable: (file: string) => boolean,
  tried: string[] = [],
): string | undefined {
  for (const dir of pathDirectories(env, platform)) {
    for (const file of candidates(dir, name, env, platform)) {
      tried.push(file);
      if (isExecutable(file)) {
        return file;
      }
    }
  }
  return undefined;
}

/** Expands `~`, `${userHome}` and `${workspaceFolder}` and makes the path absolute when it can. */
export function expandConfiguredPath(
  configured: string,
  platform: Platform,
  homedir?: string,
  workspaceFolder?: string,
): string {
  const p = pathApi(platform);
  let out = configured.trim();
  if (homedir) {
    out = out.replace(/\$\{userHome\}/g, homedir);
    if (out === '~') {
      out = homedir;
    } else if (out.startsWith('~/') || (platform === 'win32' && out.startsWith('~\\'))) {
      out = p.join(homedir, out.slice(2));
    }
  }
  if (workspaceFolder) {
    out = out.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
    if (!p.isAbsolute(out)) {
      out = p.resolve(workspaceFolder, out);
    }
  }
  return out;
}

/** The binary shipped inside the extension package, if any. */
export function bundledServerPath(extensionPath: string, platform: Platform): string {
  const p = pathApi(platform);
  return p.join(extensionPath, 'server', platform === 'win32' ? `${SERVER_NAME}.exe` : SERVER_NAME);
}

/** A file check that follows the platform's idea of "can be run". */
export function defaultIsExecutable(platform: Platform): (file: string) => boolean {
  return (file: string) => {
    try {
      if (!fs.statSync(file).isFile()) {
        return false;
      }
      if (platform !== 'win32') {
        fs.accessSync(file, fs.constants.X_OK);
      }
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * Finds the server: the `reportLs.server.path` setting if given (and then only
 * that: a wrong setting is an error, not a reason to run some other binary),
 * else `report-ls` on PATH, else the binary bundled with the extension.
 */
export function resolveServerPath(opts: ResolveOptions): Resolution {
  const { platform, env } = opts;
  const isExecutable = opts.isExecutable ?? defaultIsExecutable(platform);
  const tried: string[] = [];

  const configured = opts.configured?.trim();
  if (configured) {
    const expanded = expandConfiguredPath(configured, platform, opts.homedir, opts.workspaceFolder);
    const files = [expanded];
    // On Windows accept `C:\tools\report-ls` for `C:\tools\report-ls.exe`.
    if (platform === 'win32' && pathApi(platform).extname(expanded) === '') {
      files.push(...pathExtensions(env, platform).map((ext) => expanded + ext));
    }
    for (const file of files) {
      tried.push(file);
      if (isExecutable(file)) {
        return { ok: true, path: file, source: 'setting', tried };
      }
    }
    return {
      ok: false,
      reason: `reportLs.server.path is set to "${configured}", but no executable file is there`,
      tried,
    };
  }

  const onPath = findOnPath(SERVER_NAME, env, platform, isExecutable, tried);
  if (onPath !== undefined) {
    return { ok: true, path: onPath, source: 'path', tried };
  }

  const bundled = bundledServerPath(opts.extensionPath, platform);
  tried.push(bundled);
  if (isExecutable(bundled)) {
    return { ok: true, path: bundled, source: 'bundled', tried };
  }

  return {
    ok: false,
    reason: `could not find ${SERVER_NAME}: reportLs.server.path is not set, it is not on PATH, and no binary is bundled with the extension`,
    tried,
  };
}

export interface ServerCommand {
  command: string;
  args: string[];
  /** Batch files need a shell on Windows (Node refuses to spawn them directly). */
  shell: boolean;
}

/** How to spawn the resolved binary. */
export function serverCommand(file: string, platform: Platform): ServerCommand {
  const args = [...SERVER_ARGS];
  if (platform === 'win32' && /\.(cmd|bat)$/i.test(file)) {
    // With `shell: true` Node joins command and arguments with spaces for
    // cmd.exe, so a path with spaces must be quoted.
    return { command: /\s/.test(file) ? `"${file}"` : file, args, shell: true };
  }
  return { command: file, args, shell: false };
}
