// Settings -> server configuration object.
//
// Pure logic: this module must not import `vscode`, so that `npm test` can run
// it under plain Node. `extension.ts` adapts `vscode.WorkspaceConfiguration`
// to the `SettingsReader` below.

/** The configuration section shared by VS Code settings and the LSP payloads. */
export const SECTION = 'reportLs';

/**
 * Keys that the server understands, dotted as in `.report-ls.toml`
 * (`files.include` is `[files] include = ...`). Must equal
 * `editors/server-settings.json`; the tests check it, and the Rust side checks
 * its own list against the same file.
 */
export const SERVER_SETTING_KEYS = [
  'locale',
  'debounce',
  'rules',
  'glossary',
  'files.include',
  'files.exclude',
  'files.max-size-mb',
  'terms.known',
  'inlayHints.markers',
  'inlayHints.figures',
] as const;

export type ServerSettingKey = (typeof SERVER_SETTING_KEYS)[number];

/** Settings that only the extension reads; they are never sent to the server. */
export const CLIENT_SETTING_KEYS = ['server.path', 'trace.server'] as const;

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The value of `reportLs.locale` that means "let the editor's language decide". */
export const LOCALE_AUTO = 'auto';

/** The object the server receives (initializationOptions and didChangeConfiguration). */
export interface ServerConfig {
  locale?: Locale;
  debounce?: number;
  rules?: Record<string, Severity>;
  glossary?: Record<string, string>;
  files?: { include?: string[]; exclude?: string[]; 'max-size-mb'?: number };
  terms?: { known?: string[] };
  inlayHints?: { markers?: boolean; figures?: boolean };
}

/** One setting as read from the editor. */
export interface SettingValue {
  /** The effective value (user, workspace and folder values merged over the default). */
  value: unknown;
  /**
   * Whether the user set it anywhere (user, workspace or folder settings).
   * Settings left at their default are not sent, so that `.report-ls.toml`
   * and the server's own defaults stay in charge of them.
   */
  isSet: boolean;
}

export type SettingsReader = (key: ServerSettingKey) => SettingValue;

export interface Conversion {
  config: ServerConfig;
  /** Human-readable notes about values that were dropped as malformed. */
  problems: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(key: string, v: unknown, problems: string[]): string[] | undefined {
  if (!Array.isArray(v)) {
    problems.push(`${SECTION}.${key}: expected an array of strings, ignored`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of v) {
    if (typeof item === 'string') {
      out.push(item);
    } else {
      problems.push(`${SECTION}.${key}: ignored a non-string entry ${JSON.stringify(item)}`);
    }
  }
  return out;
}

function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/**
 * Builds the server configuration from the editor's settings. Only settings
 * the user has set are included; malformed values are dropped and reported in
 * `problems` rather than sent to the server.
 */
export function toServerConfig(read: SettingsReader): Conversion {
  const config: ServerConfig = {};
  const problems: string[] = [];

  for (const key of SERVER_SETTING_KEYS) {
    const { value, isSet } = read(key);
    if (!isSet || value === undefined || value === null) {
      continue;
    }
    switch (key) {
      case 'locale': {
        if (value === LOCALE_AUTO || value === '') {
          break;
        }
        if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) {
          config.locale = value as Locale;
        } else {
          problems.push(`${SECTION}.locale: expected "auto", "zh" or "en", got ${JSON.stringify(value)}, ignored`);
        }
        break;
      }
      case 'debounce': {
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
          config.debounce = Math.round(value);
        } else {
          problems.push(`${SECTION}.debounce: expected a non-negative number of milliseconds, got ${JSON.stringify(value)}, ignored`);
        }
        break;
      }
      case 'rules': {
        if (!isPlainObject(value)) {
          problems.push(`${SECTION}.rules: expected an object mapping rule codes to severities, ignored`);
          break;
        }
        const rules: Record<string, Severity> = {};
        for (const [code, severity] of Object.entries(value)) {
          if (isSeverity(severity)) {
            // Unknown codes pass through: a newer server may know them, and
            // the server is the one to warn about a typo.
            rules[code] = severity;
          } else {
            problems.push(
              `${SECTION}.rules: "${code}" has severity ${JSON.stringify(severity)}; expected one of ${SEVERITIES.join(', ')}, ignored`,
            );
          }
        }
        config.rules = rules;
        break;
      }
      case 'glossary': {
        if (!isPlainObject(value)) {
          problems.push(`${SECTION}.glossary: expected an object mapping terms to definitions, ignored`);
          break;
        }
        const glossary: Record<string, string> = {};
        for (const [term, definition] of Object.entries(value)) {
          if (typeof definition === 'string') {
            glossary[term] = definition;
          } else {
            problems.push(`${SECTION}.glossary: the definition of "${term}" is not a string, ignored`);
          }
        }
        config.glossary = glossary;
        break;
      }
      case 'files.include':
      case 'files.exclude': {
        const globs = stringArray(key, value, problems);
        if (globs !== undefined) {
          config.files ??= {};
          config.files[key === 'files.include' ? 'include' : 'exclude'] = globs;
        }
        break;
      }
      case 'files.max-size-mb': {
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
          config.files ??= {};
          config.files['max-size-mb'] = Math.round(value);
        } else {
          problems.push(`${SECTION}.files.max-size-mb: expected a non-negative number of megabytes, got ${JSON.stringify(value)}, ignored`);
        }
        break;
      }
      case 'terms.known': {
        const known = stringArray(key, value, problems);
        if (known !== undefined) {
          config.terms = { known };
        }
        break;
      }
      case 'inlayHints.markers':
      case 'inlayHints.figures': {
        if (typeof value === 'boolean') {
          config.inlayHints ??= {};
          config.inlayHints[key === 'inlayHints.markers' ? 'markers' : 'figures'] = value;
        } else {
          problems.push(`${SECTION}.${key}: expected true or false, got ${JSON.stringify(value)}, ignored`);
        }
        break;
      }
      default: {
        const unreachable: never = key;
        throw new Error(`unhandled setting ${String(unreachable)}`);
      }
    }
  }
  return { config, problems };
}

/**
 * The value for a `workspace/configuration` item whose section is `section`:
 * the whole object for `reportLs`, a nested value for `reportLs.files` etc.,
 * `undefined` when the section is not ours (the caller then asks VS Code).
 */
export function configForSection(config: ServerConfig, section: string | undefined | null): unknown {
  if (section === SECTION) {
    return config;
  }
  if (typeof section !== 'string' || !section.startsWith(`${SECTION}.`)) {
    return undefined;
  }
  let current: unknown = config;
  for (const part of section.slice(SECTION.length + 1).split('.')) {
    current = isPlainObject(current) ? current[part] : undefined;
  }
  return current ?? null;
}
