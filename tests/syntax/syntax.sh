#!/bin/bash
# syntax.sh — the Vim syntax of contrib/vim in a real, headless Vim: opens
# sample.spol with contrib/vim first on the runtime path (so ftdetect must
# set the filetype) and checks the syntax group of each place of expect.tsv
# (check.vim).  usage: syntax.sh VIM
set -u
vim=$1
# vim-tiny (Debian's default vi) has neither syntax nor scripts: skip (77).
if ! "$vim" --version 2>/dev/null | grep -q '+syntax' ||
    ! "$vim" --version 2>/dev/null | grep -q '+eval'; then
    echo "syntax.sh: $vim has no +syntax and +eval (install vim-nox or vim)" >&2
    exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
SHAREPOL_SYNTAX_OUT=$out "$vim" -u NONE -i NONE -N -n -es \
    --cmd "set rtp^=$here/../../contrib/vim" -c 'filetype on' -c 'syntax on' \
    -c "edit $here/sample.spol" -S "$here/check.vim" </dev/null
status=$?
cat "$out"
if [ $status -ne 0 ] || [ ! -s "$out" ]; then
    echo "syntax.sh: Vim's highlighting differs from expect.tsv (vim exit $status)" >&2
    exit 1
fi
