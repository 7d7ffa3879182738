# a file reached twice (a directory named twice, a file inside it, another
# spelling of the same path) is read once, where first reached, so its
# declarations are not reported as duplicates of themselves
args: check -q policy-dir ./policy-dir/ policy-dir/10-rules.spol policy-dir/sub/../2-parties.spol
exit: 0
--- stdout
ok: 2 rules, 0 agreements, 0 warnings
--- stderr
