# check on a directory reads every .spol file below it in sorted path order
# ("10-rules.spol" before "2-parties.spol" before "sub/3-more.spol") and
# skips other files; the warnings come out in that order
args: check policy-dir
exit: 0
--- stdout
ok: 2 rules, 0 agreements, 3 warnings
--- stderr
policy-dir/10-rules.spol:2:7: warning[unused]: party 'unused-10' is declared but never used
    2 | party unused-10 "warned about first";
      |       ^~~~~~~~~
policy-dir/2-parties.spol:4:7: warning[unused]: party 'unused-2' is declared but never used
    4 | party unused-2 "warned about second";
      |       ^~~~~~~~
policy-dir/sub/3-more.spol:2:7: warning[unused]: party 'unused-3' is declared but never used
    2 | party unused-3 "warned about third";
      |       ^~~~~~~~
