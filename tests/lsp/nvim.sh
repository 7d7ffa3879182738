#!/bin/bash
# nvim.sh SHAREPOL — runs nvim.lua in a headless Neovim against a copy of
# fixtures/ (the test edits and formats buffers; nothing is written).
# Exit 77 (skipped) when nvim is not installed: scripts/deps.sh installs it.
set -u
sharepol=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim >/dev/null 2>&1; then
    echo "nvim.sh: SKIPPED: nvim (Debian's neovim) is not installed;" \
         "scripts/deps.sh installs it" >&2
    exit 77
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/sharepol-nvim.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cp "$here"/fixtures/*.spol "$dir"/
# -u NONE: no user configuration; -i NONE: no shada; -n: no swap files.
SHAREPOL="$sharepol" POLICY_DIR="$dir" \
    nvim --headless -u NONE -i NONE -n -c "luafile $here/nvim.lua" </dev/null
