-- Configuration of the report-ls language server for Neovim 0.11+.
--
-- Neovim finds this file on 'runtimepath' as `lsp/report_ls.lua` and merges
-- it under whatever you pass to `vim.lsp.config('report_ls', {...})`.
-- `plugin/report_ls.lua` enables it; see `:help report-ls`.

--- The LSP locale from Neovim's message language (`:language messages`):
--- "zh_CN.UTF-8" -> "zh-cn". Nil for the C/POSIX locale.
---@return string?
local function message_locale()
  local lang = vim.v.lang or ''
  lang = lang:gsub('[.@].*$', '')
  if lang == '' or lang == 'C' or lang == 'POSIX' then
    return nil
  end
  return (lang:gsub('_', '-'):lower())
end

---@type vim.lsp.Config
return {
  cmd = { 'report-ls' },
  filetypes = { 'text', 'markdown' },
  root_markers = { '.report-ls.toml', '.git' },
  -- The server reads the section `reportLs`, with the same keys as
  -- .report-ls.toml: locale, debounce, rules, glossary, files.include,
  -- files.exclude, terms.known, inlayHints.markers, inlayHints.figures. An
  -- empty dict rather than `{}`, because Neovim sends an empty Lua table as
  -- a JSON array.
  settings = { reportLs = vim.empty_dict() },
  -- The commands of the code lenses run in Neovim (lua/report_ls/commands.lua).
  commands = require('report_ls.commands'),
  before_init = function(params, config)
    -- The server reads the same object at initialize as in
    -- workspace/didChangeConfiguration, unless init_options says otherwise.
    if params.initializationOptions == nil then
      local settings = config.settings or {}
      params.initializationOptions = settings.reportLs or vim.empty_dict()
    end
    -- Neovim does not send a locale; the server picks the message language
    -- from it when `reportLs.locale` is unset.
    if params.locale == nil then
      params.locale = message_locale()
    end
    -- Diagnostics: see on_init. Tell the server this client takes pushes
    -- only, so that a server choosing by capabilities keeps pushing.
    if params.capabilities and params.capabilities.textDocument then
      params.capabilities = vim.deepcopy(params.capabilities)
      params.capabilities.textDocument.diagnostic = nil
    end
  end,
  on_init = function(client)
    -- The server pushes diagnostics (debounced, and again when another
    -- report or .report-ls.toml changes) and also answers
    -- textDocument/diagnostic. Neovim (0.10+) pulls from any server offering
    -- it and keeps pulled and pushed diagnostics in separate namespaces, so
    -- every diagnostic would show twice. Use the pushes only.
    client.server_capabilities.diagnosticProvider = nil
  end,
}
