-- A real-client test of report-ls's editing aids: headless Neovim with
-- editors/nvim on the runtimepath opens the fixture report, applies the
-- quick fix that adds the missing note 3 (vim.lsp.buf.code_action), renames
-- a term from a body use (vim.lsp.buf.rename, with prepareRename), and
-- sees a rename off a term refused with the server's words.
--
-- Run by server/report-ls/tests/nvim.rs with the same environment as
-- lsp_test.lua (REPORT_LS_BIN, REPORT_LS_FIXTURE, REPORT_LS_ROOT,
-- REPORT_LS_TIMEOUT_MS, REPORT_LS_ENCODING). Prints "ok ..." / "FAIL ..."
-- per check and exits 0 only when every check passed.

local BIN = os.getenv('REPORT_LS_BIN')
local FIXTURE = os.getenv('REPORT_LS_FIXTURE')
local TIMEOUT = tonumber(os.getenv('REPORT_LS_TIMEOUT_MS') or '') or 10000
local ENCODING = os.getenv('REPORT_LS_ENCODING')
if ENCODING == '' then
  ENCODING = nil
end

local failures = 0
local passes = 0

local function out(line)
  io.stdout:write(line, '\n')
  io.stdout:flush()
end

local function check(name, ok, detail)
  if ok then
    passes = passes + 1
    out('ok   ' .. name)
  else
    failures = failures + 1
    local text = detail == nil and '' or (type(detail) == 'string' and detail or vim.inspect(detail))
    out('FAIL ' .. name .. (text ~= '' and (': ' .. text) or ''))
  end
  return ok
end

local function wait_for(cond)
  local value
  vim.wait(TIMEOUT, function()
    value = cond()
    return value ~= nil and value ~= false
  end, 10)
  return value or nil
end

--- The first line at or after `from` holding `needle`: 1-based line, 0-based byte column.
local function find(buf, needle, from)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for lnum = from or 1, #lines do
    local col = lines[lnum]:find(needle, 1, true)
    if col then
      return lnum, col - 1
    end
  end
  return nil
end

local function put_cursor(buf, needle, chars, from)
  local lnum, col = find(buf, needle, from)
  assert(lnum, ('fixture: %q not found'):format(needle))
  local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
  local byte = vim.str_byteindex(line:sub(col + 1), 'utf-32', chars or 0, false)
  vim.api.nvim_win_set_cursor(0, { lnum, col + byte })
  return lnum, col
end

local function text_of(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

local function has_code(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then
      return true
    end
  end
  return false
end

local function main()
  out(('Neovim %s, encoding offered: %s'):format(tostring(vim.version()), ENCODING or 'default'))
  vim.cmd('filetype on')
  vim.cmd('runtime! plugin/report_ls.lua')
  local settings = { cmd = { BIN }, settings = { reportLs = { debounce = 0 } } }
  if ENCODING then
    local plugin_before_init = vim.lsp.config.report_ls.before_init
    settings.before_init = function(params, config)
      if plugin_before_init then
        plugin_before_init(params, config)
      end
      params.capabilities = vim.deepcopy(params.capabilities)
      params.capabilities.general.positionEncodings = { ENCODING }
    end
  end
  vim.lsp.config('report_ls', settings)

  -- What vim.notify shows (a refused rename).
  local notes = {}
  vim.notify = function(msg)
    table.insert(notes, msg)
  end

  vim.cmd.edit(vim.fn.fnameescape(FIXTURE))
  local buf = vim.api.nvim_get_current_buf()
  local client = wait_for(function()
    return vim.lsp.get_clients({ bufnr = buf, name = 'report_ls' })[1]
  end)
  if not check('the client attached', client ~= nil) then
    return
  end
  check('the server offers code actions and rename', client.server_capabilities.codeActionProvider ~= nil
    and client.server_capabilities.renameProvider ~= nil, client.server_capabilities)
  local arrived = wait_for(function()
    return has_code(buf, 'note-missing')
  end)
  if not check('note-missing arrived', arrived) then
    return
  end

  -- The quick fix on the marker ［3］ adds note 3 with its quoted term.
  put_cursor(buf, '［3］', 1)
  vim.lsp.buf.code_action({
    -- Neovim sends the diagnostics of the cursor's line itself.
    context = { only = { 'quickfix' } },
    filter = function(action)
      return action.title:find('第 3 条', 1, true) ~= nil
    end,
    apply = true,
  })
  local added = wait_for(function()
    return find(buf, '3.“一村一品”：（待补充解释）')
  end)
  check(
    'the code action added note 3 to the notes section',
    added ~= nil and added > find(buf, '2.“四好农村路”'),
    { text = text_of(buf), messages = notes }
  )
  local gone = wait_for(function()
    return vim.diagnostic.get(buf)[1] ~= nil and not has_code(buf, 'note-missing')
  end)
  check('note-missing is gone after the fix', gone, vim.diagnostic.get(buf))

  -- Rename the term from its second use in the body.
  local second = find(buf, '“两河三岸”后续')
  put_cursor(buf, '两河三岸', 1, second)
  vim.lsp.buf.rename('两河四岸')
  local renamed = wait_for(function()
    return find(buf, '1.“两河四岸”：')
  end)
  check('rename changed the note', renamed ~= nil, text_of(buf))
  check('rename changed both uses in the body, quotes kept', find(buf, '“两河四岸”［1］整治') ~= nil
    and find(buf, '“两河四岸”后续管护') ~= nil and find(buf, '两河三岸') == nil, text_of(buf))

  -- Off a term: refused, with the server's words.
  put_cursor(buf, '完成护岸', 1)
  vim.lsp.buf.rename('别的')
  local refused = wait_for(function()
    for _, msg in ipairs(notes) do
      if msg:find('光标不在术语上', 1, true) then
        return msg
      end
    end
  end)
  check('a rename off a term is refused with a clear message', refused ~= nil, notes)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  check('the test script ran to the end', false, err)
end
if failures == 0 then
  out(('PASS: %d checks'):format(passes))
  vim.cmd('qall!')
else
  out(('FAILED: %d of %d checks'):format(failures, failures + passes))
  out(vim.api.nvim_exec2('messages', { output = true }).output)
  vim.cmd('cquit 1')
end
