# a misspelt name is a usage error that names the declared one it is closest to
args: flows -q ../../policies --category research --originator Meti --at 2025-06-01
exit: 2
--- stdout
--- stderr
sharepol flows: the policy declares no party 'Meti'; did you mean 'METI'?
Try 'sharepol flows --help'.
