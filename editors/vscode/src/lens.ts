// The client commands the server's code lenses carry, and the pure parts
// of running them. `extension.ts` registers the commands.

/**
 * On a note: `[uri, position, locations]` in LSP JSON, the places that use
 * the note; shown with VS Code's references peek.
 */
export const SHOW_REFERENCES = 'reportLs.showReferences';

/**
 * On a slogan nothing explains: `[uri, range]` in LSP JSON; runs the quick
 * fix the server offers there for the `term-undefined` finding.
 */
export const ADD_NOTE = 'reportLs.addNote';

/** The code of the finding whose quick fix adds a note. */
export const TERM_UNDEFINED = 'term-undefined';

/** The little of a code action this module reads. */
export interface ActionLike {
  kind?: { value: string } | string;
  diagnostics?: { code?: unknown }[];
}

function codeOf(code: unknown): unknown {
  return typeof code === 'object' && code !== null && 'value' in code ? (code as { value: unknown }).value : code;
}

/** The quick fix among `actions` that answers a `term-undefined` finding. */
export function pickAddNote<T extends ActionLike>(actions: readonly T[]): T | undefined {
  return actions.find((a) => {
    const kind = typeof a.kind === 'string' ? a.kind : a.kind?.value;
    const quickfix = kind === undefined || kind === 'quickfix' || kind.startsWith('quickfix.');
    return quickfix && (a.diagnostics ?? []).some((d) => codeOf(d.code) === TERM_UNDEFINED);
  });
}
