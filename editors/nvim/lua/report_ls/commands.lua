-- Client-side commands of the report-ls code lenses (see `:help
-- report-ls-codelens`). Neovim runs a lens's command from
-- `vim.lsp.codelens.run()`; lsp/report_ls.lua puts these in the client's
-- `commands`, so they run here instead of going back to the server.

local M = {}

--- The lens on a note: `arguments = { uri, position, locations }`; the
--- places that use the note, in the quickfix list.
---@param command lsp.Command
---@param ctx table
M['reportLs.showReferences'] = function(command, ctx)
  local args = command.arguments or {}
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  local encoding = client and client.offset_encoding or 'utf-16'
  local items = vim.lsp.util.locations_to_items(args[3] or {}, encoding)
  vim.fn.setqflist({}, ' ', { title = command.title or 'report-ls', items = items })
  if #items > 0 then
    vim.cmd('botright copen')
  end
end

--- The lens on a slogan nothing explains: `arguments = { uri, range }`;
--- applies the server's quick fix for its `term-undefined` finding.
---@param command lsp.Command
---@param ctx table
M['reportLs.addNote'] = function(command, ctx)
  local args = command.arguments or {}
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  local bufnr = args[1] and vim.uri_to_bufnr(args[1]) or ctx.bufnr
  local range = args[2]
  if not client or not range or not vim.api.nvim_buf_is_loaded(bufnr) then
    return
  end
  local function at(position)
    local line = vim.api.nvim_buf_get_lines(bufnr, position.line, position.line + 1, false)[1] or ''
    local col = vim.str_byteindex(line, client.offset_encoding, position.character, false)
    return { position.line + 1, col }
  end
  vim.api.nvim_buf_call(bufnr, function()
    vim.lsp.buf.code_action({
      apply = true,
      range = { start = at(range.start), ['end'] = at(range['end']) },
      filter = function(action)
        local quickfix = action.kind == nil or action.kind == 'quickfix' or vim.startswith(action.kind, 'quickfix.')
        return quickfix
          and vim.iter(action.diagnostics or {}):any(function(d)
            return d.code == 'term-undefined'
          end)
      end,
    })
  end)
end

return M
