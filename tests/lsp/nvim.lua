-- nvim.lua — `sharepol lsp` driven by a real editor: Neovim's own LSP
-- client (0.7 and later), headless.  Run by nvim.sh, which sets SHAREPOL
-- (the binary) and POLICY_DIR (a copy of fixtures/).  It opens the broken
-- rules.spol, waits for the diagnostics and checks their range in the
-- buffer's byte columns (the client converts from UTF-16, so a wrong
-- count over the Japanese text shows), hovers a group, jumps to a
-- definition in the other file of the set, fixes the error by editing the
-- buffer (incremental changes), formats, and stops the server.
-- Any failure quits with exit code 1 and says what failed.

local sharepol = os.getenv("SHAREPOL")
local dir = os.getenv("POLICY_DIR")
local TIMEOUT = 10000

local function check(cond, what, ...)
  if not cond then
    error(string.format(what, ...), 2)
  end
end

-- The 0-based row and byte column of the nth match of a plain string in
-- the current buffer.
local function find(text, nth)
  nth = nth or 1
  for row, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local from = 1
    while true do
      local col = line:find(text, from, true)
      if not col then break end
      nth = nth - 1
      if nth == 0 then return row - 1, col - 1 end
      from = col + 1
    end
  end
  error("not in the buffer: " .. text)
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/rules.spol"))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = "sharepol", cmd = { sharepol, "lsp" }, root_dir = dir })
  check(id, "the client did not start")
  vim.lsp.buf_attach_client(buf, id)

  -- 1. Diagnostics, with the right range after Japanese text.
  check(vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) > 0 end, 20),
        "no diagnostics within %d ms", TIMEOUT)
  local diags = vim.diagnostic.get(buf)
  check(#diags == 1, "expected 1 diagnostic, got %d", #diags)
  local d = diags[1]
  local row, col = find("signatoriez")
  check(d.lnum == row and d.col == col, "diagnostic at %d:%d, expected %d:%d",
        d.lnum, d.col, row, col)
  check(d.end_lnum == row and d.end_col == col + #"signatoriez",
        "diagnostic ends at %d:%d, expected %d:%d", d.end_lnum, d.end_col, row,
        col + #"signatoriez")
  check(d.severity == vim.diagnostic.severity.ERROR, "not an error")
  check(d.message:find("'signatoriez' is not declared", 1, true), "message: %s", d.message)
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  check(code == "undefined-name", "code: %s", tostring(code))

  -- 2. Hover on the group: its members.
  row, col = find("signatories", 2)
  vim.api.nvim_win_set_cursor(0, { row + 1, col })
  local results = vim.lsp.buf_request_sync(buf, "textDocument/hover",
                                           vim.lsp.util.make_position_params(), TIMEOUT)
  check(results and results[id] and results[id].result, "no hover result")
  local value = results[id].result.contents.value
  check(value:find("Members: MOD, METI, IPA", 1, true), "hover: %s", value)
  check(value:find("署名者", 1, true), "hover without the label: %s", value)

  -- 3. Go to definition: IPA is declared in parties.spol, not open yet.
  row, col = find("IPA", 2)
  vim.api.nvim_win_set_cursor(0, { row + 1, col })
  vim.lsp.buf.definition()
  check(vim.wait(TIMEOUT, function()
    return vim.api.nvim_buf_get_name(0):match("parties%.spol$") ~= nil
  end, 20), "definition did not jump to parties.spol")
  local cursor = vim.api.nvim_win_get_cursor(0)
  local want_row, want_col = find("IPA")
  check(cursor[1] == want_row + 1 and cursor[2] == want_col,
        "definition at %d:%d, expected %d:%d", cursor[1], cursor[2], want_row + 1, want_col)
  vim.cmd("buffer " .. buf)

  -- 4. Fix the name in the buffer: the diagnostics go away.
  row, col = find("signatoriez")
  vim.api.nvim_buf_set_text(buf, row, col + 10, row, col + 11, { "s" })
  check(vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) == 0 end, 20),
        "the diagnostic stayed after the fix")

  -- 5. Format: the buffer becomes what `sharepol fmt` prints.
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  -- `sharepol fmt` reads files: the buffer goes through a temporary one.
  local tmp = vim.fn.tempname() .. ".spol"
  vim.fn.writefile(vim.split(text, "\n", { plain = true }), tmp, "b")
  local expected = vim.fn.system({ sharepol, "fmt", tmp })
  os.remove(tmp)
  check(vim.v.shell_error == 0, "sharepol fmt failed: %s", expected)
  check(expected ~= text, "the fixture is already formatted: the test would prove nothing")
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = TIMEOUT })
  else
    vim.lsp.buf.formatting_sync(nil, TIMEOUT)
  end
  local formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  check(formatted == expected, "formatted buffer:\n%s\nexpected:\n%s", formatted, expected)

  -- 6. Stop the server: it must exit.
  vim.lsp.stop_client(id)
  check(vim.wait(TIMEOUT, function() return vim.lsp.get_client_by_id(id) == nil end, 20),
        "the server did not stop")
end

local ok, err = pcall(run)
if ok then
  io.stdout:write("nvim.lua: diagnostics, hover, definition, change, formatting: ok\n")
  vim.cmd("qall!")
else
  io.stderr:write("nvim.lua: FAIL: " .. tostring(err) .. "\n")
  vim.cmd("cquit 1")
end
