-- :checkhealth report_ls

local M = {}

function M.check()
  local health = vim.health
  health.start('report-ls')

  if vim.fn.has('nvim-0.11') ~= 1 then
    health.error('Neovim 0.11 or newer is needed for vim.lsp.config; on 0.10 use nvim-lspconfig (:help report-ls-lspconfig)')
    return
  end
  health.ok('Neovim ' .. tostring(vim.version()))

  if vim.g.report_ls_disable then
    health.info('vim.g.report_ls_disable is set: the plugin does not enable the server')
  elseif vim.lsp.is_enabled then -- Neovim 0.11.1+
    if vim.lsp.is_enabled('report_ls') then
      health.ok('report_ls is enabled')
    else
      health.warn("report_ls is not enabled: call vim.lsp.enable('report_ls')")
    end
  end

  local config = vim.lsp.config.report_ls
  if not config then
    health.error('no configuration named report_ls: is editors/nvim on the runtimepath?')
    return
  end
  local cmd = config.cmd
  if type(cmd) ~= 'table' or not cmd[1] then
    health.info('cmd is a function; cannot check the binary')
    return
  end
  if vim.fn.executable(cmd[1]) ~= 1 then
    health.error(('%s not found or not executable'):format(cmd[1]), {
      'Install report-ls on your PATH (cargo install --path server/report-ls)',
      "or set the path: vim.lsp.config('report_ls', { cmd = { '/path/to/report-ls' } })",
    })
    return
  end
  local ok, result = pcall(function()
    return vim.system({ cmd[1], '--version' }, { text = true }):wait(3000)
  end)
  if ok and result.code == 0 then
    health.ok(('%s: %s'):format(vim.fn.exepath(cmd[1]), vim.trim(result.stdout or '')))
  else
    health.ok(('%s is executable'):format(vim.fn.exepath(cmd[1])))
  end
end

return M
