-- A real-client test of report-ls: headless Neovim with editors/nvim on the
-- runtimepath opens the fixture report and drives the server through
-- Neovim's own LSP client (hover, definition, references, diagnostics,
-- inlay hints, completion, code lenses).
--
-- Run by server/report-ls/tests/nvim.rs, roughly:
--
--   nvim --headless --clean -u NONE -n --cmd 'set rtp^=editors/nvim' \
--     -c 'luafile tests/nvim/lsp_test.lua'
--
-- with these environment variables:
--
--   REPORT_LS_BIN         the report-ls binary
--   REPORT_LS_FIXTURE     the report to open (a copy in a temporary folder)
--   REPORT_LS_ROOT        that folder, which holds a .report-ls.toml
--   REPORT_LS_TIMEOUT_MS  how long to wait for any one answer (default 10000)
--   REPORT_LS_ENCODING    optional: offer the server only this position
--                         encoding ('utf-16', 'utf-8'); else Neovim's default
--
-- Prints one line per check to stdout ("ok ..." / "FAIL ..."), then exits
-- with `qall!` (status 0) when every check passed and `cquit 1` otherwise,
-- after printing :messages and the tail of the LSP log.

local BIN = os.getenv('REPORT_LS_BIN')
local FIXTURE = os.getenv('REPORT_LS_FIXTURE')
local ROOT = os.getenv('REPORT_LS_ROOT')
local TIMEOUT = tonumber(os.getenv('REPORT_LS_TIMEOUT_MS') or '') or 10000
local ENCODING = os.getenv('REPORT_LS_ENCODING')
if ENCODING == '' then
  ENCODING = nil
end

-- What the fixture report must produce (see tests/nvim/*.txt).
local NOTE_TERM = '两河三岸'
local NOTE_TEXT = '青石河、柳溪河及其沿岸地带'
local EXPECTED_CODES = { 'note-missing', 'note-unused', 'term-undefined', 'unpaired-quote' }

local failures = 0
local passes = 0

local function out(line)
  io.stdout:write(line, '\n')
  io.stdout:flush()
end

--- Records one check; `detail` (any value) is printed on failure.
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

--- Waits for `cond` to return a truthy value; returns that value or nil.
local function wait_for(cond)
  local value
  vim.wait(TIMEOUT, function()
    value = cond()
    return value ~= nil and value ~= false
  end, 10)
  return value or nil
end

--- The first line of the buffer that contains `needle` (plain text) at or
--- after line `from`: the 1-based line number and the 0-based byte column.
local function find(buf, needle, from)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for lnum = from or 1, #lines do
    local col = lines[lnum]:find(needle, 1, true)
    if col then
      return lnum, col - 1
    end
  end
  error(('fixture: %q not found'):format(needle))
end

--- Puts the cursor `chars` characters into `needle` as found by find().
local function put_cursor(buf, needle, chars, from)
  local lnum, col = find(buf, needle, from)
  local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
  local byte = vim.str_byteindex(line:sub(col + 1), 'utf-32', chars or 0, false)
  vim.api.nvim_win_set_cursor(0, { lnum, col + byte })
  return lnum, col
end

local function floating_windows()
  local wins = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      table.insert(wins, win)
    end
  end
  return wins
end

local function close_floats()
  for _, win in ipairs(floating_windows()) do
    pcall(vim.api.nvim_win_close, win, true)
  end
end

--- Calls vim.lsp.buf.hover() and returns the text of the float it opens.
local function hover_text()
  close_floats()
  vim.lsp.buf.hover()
  local win = wait_for(function()
    return floating_windows()[1]
  end)
  if not win then
    return nil
  end
  local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
  close_floats()
  return table.concat(lines, '\n')
end

local function sorted(list)
  local copy = vim.deepcopy(list)
  table.sort(copy)
  return copy
end

--- When the diagnostics of a buffer last changed (DiagnosticChanged).
local changed_at = {}

--- The sorted codes of a buffer's diagnostics.
local function codes_of(buf)
  return sorted(vim.tbl_map(function(d)
    return tostring(d.code)
  end, vim.diagnostic.get(buf)))
end

--- Waits until the buffer's diagnostic codes are `expected` and have not
--- changed for QUIET_MS (a second source of diagnostics, such as pulls on
--- top of pushes, would show up as duplicates), or the timeout passes.
--- Returns the codes then.
local QUIET_MS = 300
local function settled_codes(buf, expected)
  local codes
  wait_for(function()
    codes = codes_of(buf)
    vim.uv.update_time()
    local quiet = (vim.uv.now() - (changed_at[buf] or 0)) >= QUIET_MS
    return quiet and vim.deep_equal(codes, expected)
  end)
  return codes
end

--- The diagnostic namespaces a buffer's diagnostics are in.
local function namespaces_of(buf)
  local names = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    names[vim.diagnostic.get_namespace(d.namespace).name] = true
  end
  return vim.tbl_keys(names)
end

--- Inlay hints, completion and code lenses through Neovim's own client
--- (issue 11). Runs after the edits above: notes 1..3 exist.
local function editing_aids(buf, client, first_use)
  local encoding = client.offset_encoding
  local function character(lnum, byte)
    local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
    return vim.str_utfindex(line, encoding, byte, false)
  end

  -- Inlay hints: after each marker its note's term.
  vim.lsp.inlay_hint.enable(true, { bufnr = buf })
  local _, m_col = find(buf, '［1］', first_use)
  -- Neovim keeps hints with byte columns, converted from the encoding.
  local want_col = m_col + #'［1］'
  local hint = wait_for(function()
    for _, h in ipairs(vim.lsp.inlay_hint.get({ bufnr = buf })) do
      local label = h.inlay_hint.label
      if type(label) == 'table' then
        label = table.concat(vim.tbl_map(function(part)
          return part.value
        end, label))
      end
      if label == NOTE_TERM then
        return h.inlay_hint
      end
    end
  end)
  check('an inlay hint “' .. NOTE_TERM .. '” follows the marker ［1］', hint ~= nil, vim.lsp.inlay_hint.get({ bufnr = buf }))
  check(
    '... right after it (line and byte column, sent in ' .. encoding .. ')',
    hint ~= nil and hint.position.line == first_use - 1 and hint.position.character == want_col,
    { hint = hint, expected = { line = first_use - 1, character = want_col } }
  )

  -- Completion right after a typed ［: the notes, the term's note first.
  local c_lnum, c_col = find(buf, '继续做好“' .. NOTE_TERM .. '”')
  local at = c_col + #('继续做好“' .. NOTE_TERM .. '”')
  vim.api.nvim_buf_set_text(buf, c_lnum - 1, at, c_lnum - 1, at, { '［' })
  vim.api.nvim_win_set_cursor(0, { c_lnum, at + #'［' })
  local params = vim.lsp.util.make_position_params(0, encoding)
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, TIMEOUT) or {}
  local result = (answers[client.id] or {}).result or {}
  local items = result.items or result
  local labels = vim.tbl_map(function(item)
    return item.label
  end, items)
  check('completion after ［ offers the notes 1, 2, 3, note 1 first', vim.deep_equal(labels, { '1', '2', '3' }), {
    labels = labels,
  })
  local edit = items[1] and items[1].textEdit
  check(
    '... inserting 1］ right after the ［',
    edit ~= nil and edit.newText == '1］' and edit.range.start.character == character(c_lnum, at + #'［'),
    edit
  )
  vim.api.nvim_buf_set_text(buf, c_lnum - 1, at, c_lnum - 1, at + #'［', { '' })

  -- Code lens on note 1: its uses, into the quickfix list by the plugin's
  -- client command.
  vim.lsp.codelens.refresh({ bufnr = buf })
  local note_lnum = find(buf, '1.“' .. NOTE_TERM)
  local lens = wait_for(function()
    for _, l in ipairs(vim.lsp.codelens.get(buf)) do
      if l.range.start.line == note_lnum - 1 and l.command then
        return l
      end
    end
  end)
  check(
    'a code lens on note 1 counts its three uses',
    lens ~= nil and lens.command.title:match('^3 ') ~= nil and lens.command.command == 'reportLs.showReferences',
    vim.lsp.codelens.get(buf)
  )
  if lens then
    vim.fn.setqflist({}, 'r', { items = {} })
    client:exec_cmd(lens.command, { bufnr = buf })
    local listed = vim.fn.getqflist()
    check('running it lists the three uses in the quickfix list', #listed == 3, listed)
    vim.cmd('cclose')
  end
end

local function main()
  assert(BIN and FIXTURE and ROOT, 'set REPORT_LS_BIN, REPORT_LS_FIXTURE and REPORT_LS_ROOT')
  out(('Neovim %s, report-ls %s, encoding offered: %s'):format(tostring(vim.version()), BIN, ENCODING or 'default'))

  -- -u NONE skips filetype detection and plugins: turn on the first, load
  -- the repository's plugin file as Neovim would at startup.
  vim.lsp.log.set_level('debug')
  vim.cmd('filetype on')
  vim.cmd('runtime! plugin/report_ls.lua')
  check('plugin/report_ls.lua ran from editors/nvim', vim.g.loaded_report_ls == true, {
    runtimepath = vim.o.runtimepath,
  })
  check('the plugin enabled report_ls', vim.lsp.is_enabled('report_ls'))

  -- The test's settings, merged over editors/nvim/lsp/report_ls.lua.
  local settings = {
    cmd = { BIN },
    settings = { reportLs = { debounce = 0 } },
  }
  if ENCODING then
    -- Columns in Chinese text differ between encodings; a client that only
    -- speaks one must still land on the right characters. (Capabilities
    -- given to vim.lsp.config are merged into the defaults index by index,
    -- so the list is replaced on the way out, after the plugin's own hook.)
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
  local config = vim.lsp.config.report_ls or {}
  check(
    'lsp/report_ls.lua supplies filetypes, root markers, before_init, on_init',
    vim.tbl_contains(config.filetypes or {}, 'text')
      and vim.deep_equal(config.root_markers, { '.report-ls.toml', '.git' })
      and type(config.before_init) == 'function'
      and type(config.on_init) == 'function',
    config
  )

  local attached
  vim.api.nvim_create_autocmd('LspAttach', {
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data.client_id)
      if client and client.name == 'report_ls' then
        attached = client
      end
    end,
  })

  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    callback = function(args)
      vim.uv.update_time()
      changed_at[args.buf] = vim.uv.now()
    end,
  })

  vim.cmd.edit(vim.fn.fnameescape(FIXTURE))
  local buf = vim.api.nvim_get_current_buf()
  check("the fixture's filetype is text", vim.bo[buf].filetype == 'text', vim.bo[buf].filetype)

  local client = wait_for(function()
    return attached
  end)
  if not check('the client attached within ' .. TIMEOUT .. ' ms', client ~= nil) then
    return
  end
  check('the client is initialized', client.initialized == true)
  local real = function(path)
    return path and vim.fs.normalize(vim.uv.fs_realpath(path) or path)
  end
  check('root_dir is the folder with .report-ls.toml', real(client.root_dir) == real(ROOT), {
    root_dir = client.root_dir,
    expected = ROOT,
  })
  out('     position encoding: ' .. tostring(client.offset_encoding))
  if ENCODING then
    check('the server chose the only encoding offered, ' .. ENCODING, client.offset_encoding == ENCODING)
  end

  -- Diagnostics: wait for the first push, then for the expected set (a
  -- server may publish in steps), and report what arrived.
  local first = wait_for(function()
    local diagnostics = vim.diagnostic.get(buf)
    return #diagnostics > 0 and diagnostics or nil
  end)
  if not check('diagnostics arrived within ' .. TIMEOUT .. ' ms', first ~= nil) then
    return
  end
  local codes = settled_codes(buf, EXPECTED_CODES)
  check(
    'vim.diagnostic.get() holds ' .. table.concat(EXPECTED_CODES, ', ') .. ', each once',
    vim.deep_equal(codes, EXPECTED_CODES),
    { got = codes, namespaces = namespaces_of(buf) }
  )
  check('the diagnostics come from one source (not pushed and pulled)', #namespaces_of(buf) == 1, namespaces_of(buf))
  local missing = vim.tbl_filter(function(d)
    return d.code == 'note-missing'
  end, vim.diagnostic.get(buf))[1]
  local m_lnum, m_col = find(buf, '［3］')
  check(
    'note-missing sits on the marker ［3］ (line and byte column)',
    missing ~= nil and missing.lnum == m_lnum - 1 and missing.col == m_col,
    { diagnostic = missing, expected = { lnum = m_lnum - 1, col = m_col } }
  )

  local note_lnum, note_col = find(buf, '1.“' .. NOTE_TERM .. '”：')
  note_col = note_col + #'1.'
  local first_use = find(buf, '“' .. NOTE_TERM .. '”［1］')
  local second_use = find(buf, '“' .. NOTE_TERM .. '”', first_use + 1)
  assert(second_use < note_lnum, 'fixture: the second use comes before the notes')

  -- Hover on a term (its second use, which has no marker).
  put_cursor(buf, NOTE_TERM, 2, second_use)
  local text = hover_text()
  check('hover on the term “' .. NOTE_TERM .. '” shows its note', text and text:find(NOTE_TEXT, 1, true) ~= nil, {
    hover = text,
  })

  -- Hover on a marker.
  put_cursor(buf, '［1］', 1, first_use)
  text = hover_text()
  check('hover on the marker ［1］ shows its note', text and text:find(NOTE_TEXT, 1, true) ~= nil, {
    hover = text,
  })

  -- Definition from the marker: the cursor moves to the note.
  put_cursor(buf, '［1］', 1, first_use)
  vim.lsp.buf.definition()
  local cursor = wait_for(function()
    local pos = vim.api.nvim_win_get_cursor(0)
    return pos[1] ~= first_use and pos or nil
  end)
  check(
    "vim.lsp.buf.definition() on ［1］ moves the cursor to the note's line",
    cursor ~= nil and cursor[1] == note_lnum and vim.api.nvim_get_current_buf() == buf,
    { cursor = cursor or vim.api.nvim_win_get_cursor(0), note = { note_lnum, note_col } }
  )
  check(
    "... and to the note's term (byte column)",
    cursor ~= nil and cursor[2] == note_col,
    { cursor = cursor, note = { note_lnum, note_col } }
  )

  -- References on the note: its marker and both uses of its term.
  put_cursor(buf, NOTE_TERM, 1, note_lnum)
  local items
  vim.lsp.buf.references(nil, {
    on_list = function(list)
      items = list.items
    end,
  })
  wait_for(function()
    return items
  end)
  if not check('vim.lsp.buf.references() answered', items ~= nil) then
    return
  end
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local found = { term1 = false, marker = false, term2 = false }
  local stray = {}
  for _, item in ipairs(items) do
    local at = (lines[item.lnum] or ''):sub(item.col)
    local is_term = vim.startswith(at, NOTE_TERM) or vim.startswith(at, '“' .. NOTE_TERM)
    local same_file = real(item.filename) == real(FIXTURE)
    if same_file and item.lnum == first_use and is_term then
      found.term1 = true
    elseif same_file and item.lnum == first_use and vim.startswith(at, '［1］') then
      found.marker = true
    elseif same_file and item.lnum == second_use and is_term then
      found.term2 = true
    elseif not (same_file and item.lnum == note_lnum and is_term) then
      table.insert(stray, item)
    end
  end
  local shown = vim.tbl_map(function(item)
    return ('%d:%d'):format(item.lnum, item.col)
  end, items)
  out('     references (line:byte column): ' .. table.concat(shown, ', '))
  check('references on note 1 list the marker ［1］', found.marker, shown)
  check('references on note 1 list the first use of its term', found.term1, shown)
  check('references on note 1 list the second use of its term', found.term2, shown)
  check('references on note 1 list nothing else', #stray == 0, { stray = stray })

  -- Edits reach the server (incremental sync in the middle of Chinese text):
  -- close the open quote, add the missing note 3.
  local q_lnum, q_col = find(buf, '“青石驿站')
  vim.api.nvim_buf_set_text(buf, q_lnum - 1, q_col + #'“青石驿站', q_lnum - 1, q_col + #'“青石驿站', { '”' })
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { '3.“一村一品”：每个村培育一至两个主导产业。' })
  local after = { 'note-unused', 'term-undefined' }
  codes = settled_codes(buf, after)
  check('after the edits vim.diagnostic.get() holds ' .. table.concat(after, ', '), vim.deep_equal(codes, after), {
    got = codes,
    text = vim.api.nvim_buf_get_lines(buf, 0, -1, false),
  })

  editing_aids(buf, client, first_use)
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
  out('--- :messages')
  out(vim.api.nvim_exec2('messages', { output = true }).output)
  local log = vim.lsp.log.get_filename()
  local file = io.open(log, 'r')
  if file then
    local all = vim.split(file:read('*a'), '\n')
    file:close()
    out(('--- %s (last 60 lines, cut at 1500 bytes)'):format(log))
    for i = math.max(1, #all - 60), #all do
      out(all[i]:sub(1, 1500))
    end
  end
  vim.cmd('cquit 1')
end
