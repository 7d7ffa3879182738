# fmt on several files prints each under its name, in the order given
args: fmt policy-dir/sub/3-more.spol dup-dir/b.spol
exit: 0
--- stdout
==> policy-dir/sub/3-more.spol <==
# below the directory: "sub/" sorts after "2-parties.spol"
party unused-3 "warned about third";

==> dup-dir/b.spol <==
# read second: "a/c.spol" sorts before "b.spol"
party research "研究者";
--- stderr
