// The server's semantic token legend and how VS Code colours it.
//
// Pure data: no `vscode` import, so `npm test` checks it under plain Node
// against editors/semantic-tokens.json (which the server's own test checks
// too) and against package.json's `semanticTokenScopes`.

/** Token types, in the server's legend order; all standard LSP types. */
export const TOKEN_TYPES = ['variable', 'macro', 'decorator', 'enumMember', 'number'] as const;

/**
 * Token modifiers, in legend order: `declaration` and `defaultLibrary` are
 * standard; `defined` and `undefined` are the server's own and declared in
 * package.json `semanticTokenModifiers`.
 */
export const TOKEN_MODIFIERS = ['declaration', 'defined', 'undefined', 'defaultLibrary'] as const;

/** Modifiers VS Code does not know: package.json must declare them. */
export const CUSTOM_MODIFIERS = ['defined', 'undefined'] as const;

/** What each token type stands for in a report. */
export const TOKEN_MEANING: Record<(typeof TOKEN_TYPES)[number], string> = {
  variable: 'a term explained by a note or the glossary (超时默许制)',
  macro: 'a numeric slogan (“六个一”, 三区三线)',
  decorator: 'a body marker (⑩, ［3］)',
  enumMember: "a note's number in the notes section (3.)",
  number: 'a figure (439.23亿元)',
};

/**
 * Selector (`type` or `type.modifier`) → TextMate scopes, the first a theme
 * colours wins. The report-specific first scope lets a theme or the user's
 * `editor.tokenColorCustomizations` target report-ls alone; the later ones
 * are scopes every theme colours.
 */
export const SEMANTIC_TOKEN_SCOPES: Record<string, string[]> = {
  variable: ['entity.name.type.report-term', 'entity.name.type'],
  'variable.declaration': ['entity.name.section.report-note', 'markup.heading', 'entity.name.type'],
  macro: ['constant.other.report-slogan', 'support.constant', 'constant.other'],
  'macro.declaration': ['entity.name.section.report-note', 'markup.heading', 'support.constant'],
  'macro.undefined': ['invalid.deprecated.report-slogan', 'invalid.deprecated', 'markup.italic'],
  decorator: ['string.other.link.report-marker', 'markup.underline.link', 'entity.name.function.decorator'],
  'decorator.undefined': ['invalid.illegal.report-marker', 'invalid.illegal', 'invalid'],
  enumMember: ['markup.list.numbered.report-note', 'keyword.other.report-note', 'constant.numeric'],
  number: ['constant.numeric.report-figure', 'constant.numeric'],
};

/** Decodes a token's modifier bits into names (for tests and logs). */
export function modifierNames(bits: number): string[] {
  return TOKEN_MODIFIERS.filter((_, i) => (bits & (1 << i)) !== 0);
}
