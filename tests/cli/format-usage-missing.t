# --format without its value is a usage error
args: test broken-tests.spol --format
exit: 2
--- stdout
--- stderr
sharepol test: --format needs a value: text, json or sarif
Try 'sharepol test --help'.
