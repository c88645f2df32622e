// Which documents the client hands to the server.
//
// Pure logic: no `vscode` import. The server decides by content (a title line
// with 政府工作报告, 各位代表, a notes section) or by `files.include`, so the
// client attaches to every plain-text and Markdown buffer, saved or not.

/** VS Code language ids the extension activates for (`onLanguage:<id>`). */
export const LANGUAGE_IDS = ['plaintext', 'markdown'] as const;

/**
 * URI schemes the server can work with: files on disk, and new unsaved
 * buffers (a report pasted into an untitled editor is checked too). Other
 * schemes (git diffs, output panes, virtual file systems) are left alone.
 */
export const SCHEMES = ['file', 'untitled'] as const;

/** Structurally a `vscode.DocumentFilter` / LSP `TextDocumentFilter`. */
export interface DocumentFilter {
  readonly language: string;
  readonly scheme: string;
}

export const documentSelector: readonly DocumentFilter[] = LANGUAGE_IDS.flatMap((language) =>
  SCHEMES.map((scheme) => ({ language, scheme })),
);

/** Whether a document with this language id and URI scheme goes to the server. */
export function isSelected(languageId: string, scheme: string): boolean {
  return documentSelector.some((f) => f.language === languageId && f.scheme === scheme);
}
