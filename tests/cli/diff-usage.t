# one --at without a second version is a usage error
args: diff --at 2025-01-01 ../../policies
exit: 2
--- stdout
--- stderr
sharepol diff: give two versions, OLD... -- NEW..., or one policy with two --at dates
Try 'sharepol diff --help'.
