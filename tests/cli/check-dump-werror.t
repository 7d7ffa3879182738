# check --dump --Werror: a warning stops the dump
args: check --dump --Werror policy-dir
exit: 1
--- stdout
--- stderr
policy-dir/10-rules.spol:2:7: error[unused]: party 'unused-10' is declared but never used
    2 | party unused-10 "warned about first";
      |       ^~~~~~~~~
policy-dir/2-parties.spol:4:7: error[unused]: party 'unused-2' is declared but never used
    4 | party unused-2 "warned about second";
      |       ^~~~~~~~
policy-dir/sub/3-more.spol:2:7: error[unused]: party 'unused-3' is declared but never used
    2 | party unused-3 "warned about third";
      |       ^~~~~~~~
sharepol: 3 errors; the policy was not compiled
