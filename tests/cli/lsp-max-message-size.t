# --max-message-size takes a plain number of bytes
args: lsp --max-message-size 12k
exit: 2
--- stdout
--- stderr
sharepol lsp: --max-message-size needs a number of bytes, not '12k'
Try 'sharepol lsp --help'.
