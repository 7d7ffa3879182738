# lsp --help prints the usage on stdout and exits 0
args: lsp --help
exit: 0
--- stdout
usage: sharepol lsp [--stdio] [--max-message-size BYTES]

Serve the Language Server Protocol (3.17) on stdin and stdout, for editors:
diagnostics as you type (the compiler's own, with their codes and notes),
hover, go to definition, find references, completion of names and
keywords, document symbols and formatting (the layout of 'sharepol fmt').
The .spol files of a document's folder are checked together as one
policy set, open documents as the editor holds them.  docs/editors.md
shows how to set it up in Neovim and VS Code.

options:
  --stdio                   talk on stdin and stdout (the default and the
                            only transport; accepted for editors that pass it)
  --max-message-size BYTES  refuse messages longer than this (default 64 MiB)
  -h, --help                show this help

exit codes: 0 after shutdown and exit, 1 on exit without shutdown or when
            the input ends first, 2 usage
--- stderr
