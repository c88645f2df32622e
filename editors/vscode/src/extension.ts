// VS Code glue for report-ls. The decisions live in vscode-free modules
// (serverPath, config, selector) that the unit tests cover; this file only
// wires them to the editor and to vscode-languageclient.

import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  type Executable,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type Location as LspLocation,
  type Position as LspPosition,
  type Range as LspRange,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';

import { type ServerConfig, type SettingsReader, SECTION, configForSection, toServerConfig } from './config';
import { ADD_NOTE, SHOW_REFERENCES, pickAddNote } from './lens';
import { documentSelector } from './selector';
import { resolveServerPath, serverCommand } from './serverPath';

const CLIENT_ID = SECTION; // vscode-languageclient reads `${CLIENT_ID}.trace.server`.
const CLIENT_NAME = 'Report LS';
/** The server's command (workspace/executeCommand) that renumbers a document's notes. */
const RENUMBER_COMMAND = 'reportLs.renumberNotes';

/** Reads one scope of the `reportLs` settings for `toServerConfig`. */
function settingsReader(scope?: vscode.Uri): SettingsReader {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  return (key) => {
    const info = cfg.inspect(key);
    const isSet =
      info !== undefined &&
      (info.globalValue !== undefined || info.workspaceValue !== undefined || info.workspaceFolderValue !== undefined);
    return { value: cfg.get(key), isSet };
  };
}

function firstFileWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
}

class ReportLs implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Start/stop/restart run one at a time, in the order they were asked for. */
  private queue: Promise<void> = Promise.resolve();
  private lastProblems = '';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  dispose(): void {
    void this.stop();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((err: unknown) => {
      this.log(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    });
    this.queue = run;
    return run;
  }

  private log(line: string): void {
    this.output.appendLine(`[client] ${line}`);
  }

  /** The server configuration for a scope (the workspace when `scope` is undefined). */
  private serverConfig(scope?: vscode.Uri): ServerConfig {
    const { config, problems } = toServerConfig(settingsReader(scope));
    const joined = problems.join('\n');
    if (joined !== this.lastProblems) {
      this.lastProblems = joined;
      for (const p of problems) {
        this.log(`settings: ${p}`);
      }
    }
    return config;
  }

  private async doStart(): Promise<void> {
    const folder = firstFileWorkspaceFolder();
    const resolution = resolveServerPath({
      configured: vscode.workspace.getConfiguration(SECTION).get<string | null>('server.path'),
      workspaceFolder: folder?.uri.fsPath,
      homedir: os.homedir(),
      extensionPath: this.context.extensionPath,
      env: process.env,
      platform: process.platform,
    });

    if (!resolution.ok) {
      this.log(`${resolution.reason}. Looked at:`);
      for (const file of resolution.tried) {
        this.log(`  ${file}`);
      }
      void this.offerHelp(`Report LS: ${resolution.reason}.`);
      return;
    }
    this.log(`using ${resolution.path} (from ${resolution.source})`);

    const cmd = serverCommand(resolution.path, process.platform);
    const executable: Executable = {
      command: cmd.command,
      args: cmd.args,
      // No `transport`: vscode-languageclient would append `--stdio`. Plain
      // stdio is what `report-ls serve` speaks.
      options: { shell: cmd.shell, cwd: folder?.uri.fsPath },
    };
    const serverOptions: ServerOptions = { run: executable, debug: executable };

    const clientOptions: LanguageClientOptions = {
      documentSelector: [...documentSelector],
      outputChannel: this.output,
      // Evaluated at every (re)start, so a restart picks up edited settings.
      initializationOptions: () => this.serverConfig(),
      synchronize: {
        // Sends workspace/didChangeConfiguration whenever a reportLs.* setting
        // changes (the middleware below decides what is sent), so settings
        // apply without a restart.
        configurationSection: SECTION,
        // The server may reload the project file when it changes.
        fileEvents: vscode.workspace.createFileSystemWatcher('**/.report-ls.toml'),
      },
      middleware: {
        workspace: {
          // Push model: the same object as initializationOptions, never the
          // client-only keys (server.path, trace.server) and never defaults.
          didChangeConfiguration: async () => {
            const client = this.client;
            if (client === undefined) {
              return;
            }
            await client.sendNotification(DidChangeConfigurationNotification.type, {
              settings: { [SECTION]: this.serverConfig() },
            });
          },
          // Pull model (workspace/configuration), per folder when the server
          // gives a scopeUri. Sections that are not ours go to VS Code.
          configuration: async (params, token, next) => {
            const fallback = await next(params, token);
            const base: unknown[] = Array.isArray(fallback) ? fallback : params.items.map(() => null);
            return params.items.map((item, i) => {
              const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
              const ours =
                item.section === SECTION || item.section?.startsWith(`${SECTION}.`)
                  ? configForSection(this.serverConfig(scope), item.section)
                  : undefined;
              return ours === undefined ? base[i] : ours;
            });
          },
        },
      },
      // Semantic highlighting needs nothing here: vscode-languageclient
      // asks for tokens (full and range) since the server advertises them,
      // and package.json maps the legend (src/semantic.ts) to theme scopes.
    };

    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.log('server running');
      } else if (e.newState === State.Stopped && this.client === client) {
        this.log('server stopped');
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      this.client = undefined;
      const message = err instanceof Error ? err.message : String(err);
      this.log(`could not start ${resolution.path}: ${message}`);
      void this.offerHelp(`Report LS: could not start ${resolution.path}: ${message}`);
      await client.dispose().catch(() => undefined);
    }
  }

  /** The code lens command on a note: VS Code's references peek. */
  async showReferences(uri: string, position: LspPosition, locations: LspLocation[]): Promise<void> {
    const client = this.client;
    if (client === undefined) {
      return;
    }
    const c = client.protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      c.asUri(uri),
      c.asPosition(position),
      locations.map((l) => c.asLocation(l)),
    );
  }

  /** The code lens command on an undefined slogan: its quick fix. */
  async addNote(uri: string, range: LspRange): Promise<void> {
    const client = this.client;
    if (client === undefined) {
      return;
    }
    const c = client.protocol2CodeConverter;
    const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      c.asUri(uri),
      c.asRange(range),
      vscode.CodeActionKind.QuickFix.value,
    );
    const actions = (found ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
    const action = pickAddNote(actions);
    if (action === undefined) {
      void vscode.window.showInformationMessage('Report LS: no quick fix adds a note here.');
      return;
    }
    if (action.edit !== undefined) {
      await vscode.workspace.applyEdit(action.edit);
    }
    if (action.command !== undefined) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      await client.dispose(2000);
    } catch (err) {
      this.log(`stopping the server: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Renumbers the notes of the active report: the server's
   * `reportLs.renumberNotes` command, which sends the edit back with
   * workspace/applyEdit (one undo step). A refusal comes back in words.
   */
  async renumberNotes(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client;
    if (editor === undefined || client === undefined) {
      return;
    }
    try {
      await client.sendRequest(ExecuteCommandRequest.type, {
        command: RENUMBER_COMMAND,
        arguments: [editor.document.uri.toString()],
      });
    } catch (err) {
      void vscode.window.showWarningMessage(`Report LS: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async offerHelp(message: string): Promise<void> {
    const openSettings = 'Open Settings';
    const showOutput = 'Show Output';
    const choice = await vscode.window.showErrorMessage(message, openSettings, showOutput);
    if (choice === openSettings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.server.path`);
    } else if (choice === showOutput) {
      this.output.show(true);
    }
  }
}

let extension: ReportLs | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  const reportLs = new ReportLs(context, output);
  extension = reportLs;

  context.subscriptions.push(
    output,
    reportLs,
    vscode.commands.registerCommand('reportLs.restartServer', () => reportLs.restart()),
    vscode.commands.registerCommand('reportLs.showOutput', () => output.show(true)),
    // Not named like the server's command: vscode-languageclient registers
    // that one itself, without knowing which document to renumber.
    vscode.commands.registerCommand('reportLs.renumberActiveNotes', () => reportLs.renumberNotes()),
    // Run by the server's code lenses (see src/lens.ts).
    vscode.commands.registerCommand(SHOW_REFERENCES, (uri: string, position: LspPosition, locations: LspLocation[]) =>
      reportLs.showReferences(uri, position, locations),
    ),
    vscode.commands.registerCommand(ADD_NOTE, (uri: string, range: LspRange) => reportLs.addNote(uri, range)),
    // Everything else reaches the running server through didChangeConfiguration;
    // only a different binary needs a new process.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.server.path`)) {
        void reportLs.restart();
      }
    }),
    // reportLs.server.path is a restricted setting: its workspace value counts
    // only once the workspace is trusted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const info = vscode.workspace.getConfiguration(SECTION).inspect('server.path');
      if (info?.workspaceValue !== undefined || info?.workspaceFolderValue !== undefined) {
        void reportLs.restart();
      }
    }),
  );

  await reportLs.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
