# a policy against a copy of itself in another folder: unnamed rules compare
# by FILE:LINE without the folders, so nothing differs
args: diff -q ../../policies -- ../diff/same
exit: 0
--- stdout
no query is answered differently
--- stderr
