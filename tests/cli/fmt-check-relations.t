# a formatted policy with relations passes fmt --check
args: fmt --check relations.spol
exit: 0
--- stdout
--- stderr
