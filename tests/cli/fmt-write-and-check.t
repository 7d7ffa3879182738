# -w and --check contradict each other: a usage error, not the last one winning
args: fmt -w --check messy.spol
exit: 2
--- stdout
--- stderr
sharepol fmt: -w and --check cannot be combined: choose one
Try 'sharepol fmt --help'.
