# the seed policies are already in the canonical layout
args: fmt --check ../../policies
exit: 0
--- stdout
--- stderr
