# a directory with no .spol file is an error, as for check, test and eval
args: fmt no-spol-dir
exit: 2
--- stdout
--- stderr
sharepol fmt: no .spol file below no-spol-dir
