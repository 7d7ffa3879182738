# the dump is text: asking for it in JSON is a usage error, not a silent choice
args: check --dump --format json ../cases/warn-no-tests.spol
exit: 2
--- stdout
--- stderr
sharepol check: --dump prints text: it cannot be combined with --format
Try 'sharepol check --help'.
