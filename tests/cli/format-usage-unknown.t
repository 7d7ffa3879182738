# --format: an unknown format is a usage error that lists the choices
args: check --format xml pact.spol
exit: 2
--- stdout
--- stderr
sharepol check: unknown format 'xml': use text, json or sarif
Try 'sharepol check --help'.
