# --check lists the files that are not formatted and exits 1
args: fmt --check messy.spol
exit: 1
--- stdout
messy.spol
--- stderr
