" check.vim — run by syntax.sh in headless Vim on sample.spol: each line of
" expect.tsv names a place and the syntax group Vim must give it.  Writes
" the failures to $SHAREPOL_SYNTAX_OUT and exits with an error when any.
let s:failures = []
let s:checked = 0
for s:row in readfile(expand('<sfile>:p:h') . '/expect.tsv')
  if s:row =~# '^#' || s:row ==# ''
    continue
  endif
  let [s:line, s:needle, s:group; s:rest] = split(s:row, "\t", 1)
  let s:col = stridx(getline(s:line), s:needle) + 1
  if s:col == 0
    call add(s:failures, 'line ' . s:line . ': no ' . s:needle)
    continue
  endif
  let s:got = synIDattr(synID(s:line, s:col, 1), 'name')
  let s:want = s:group ==# '-' ? '' : s:group
  if s:got !=# s:want
    call add(s:failures, 'line ' . s:line . ' ' . s:needle . ': ' . s:got . ', expected ' . s:want)
  endif
  let s:checked += 1
endfor
if &filetype !=# 'sharepol'
  call add(s:failures, 'filetype is "' . &filetype . '", not sharepol: ftdetect not used')
endif
call add(s:failures, s:checked . ' places checked')
call writefile(s:failures, $SHAREPOL_SYNTAX_OUT)
if len(s:failures) > 1
  cquit
endif
qall!
