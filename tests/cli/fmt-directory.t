# fmt on a directory prints every .spol file below it in sorted path order,
# each under a "==> FILE <==" line as head(1) writes it, a blank line between
args: fmt policy-dir
exit: 0
--- stdout
==> policy-dir/10-rules.spol <==
# read first: its rule comes first in source order
party unused-10 "warned about first";
rule first
  allow intel from METI to IPA;
test "the first file's rule decides" at 2025-06-01 {
  expect intel from METI to IPA => allow;
}

==> policy-dir/2-parties.spol <==
# read second: "10-rules.spol" sorts before "2-parties.spol"
party METI;
party IPA;
party unused-2 "warned about second";
category intel;
rule second
  allow intel from METI to IPA;

==> policy-dir/sub/3-more.spol <==
# below the directory: "sub/" sorts after "2-parties.spol"
party unused-3 "warned about third";
--- stderr
