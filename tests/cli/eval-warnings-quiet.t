# eval -q reports no warning at all, not even how many
args: eval -q policy-dir
exit: 0
--- stdout
--- stderr
