-- Enables the report-ls language server (configured in lsp/report_ls.lua) for
-- text and Markdown buffers. Opt out with `vim.g.report_ls_disable = true`
-- before this runs (in init.lua, or in lazy.nvim's `init`).

if vim.g.loaded_report_ls then
  return
end
vim.g.loaded_report_ls = true

if vim.g.report_ls_disable then
  return
end

-- vim.lsp.config / vim.lsp.enable are new in Neovim 0.11. On 0.10 use
-- nvim-lspconfig instead (see :help report-ls-lspconfig).
if vim.fn.has('nvim-0.11') ~= 1 then
  return
end

vim.lsp.enable('report_ls')
