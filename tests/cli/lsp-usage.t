# An unknown option is a usage error (exit 2).
args: lsp --bogus
exit: 2
--- stdout
--- stderr
sharepol lsp: unknown option or missing value '--bogus'
Try 'sharepol lsp --help'.
