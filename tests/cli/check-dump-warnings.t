# check --dump prints the warnings on stderr and the rule graph, not the
# "ok:" summary, on stdout
args: check --dump policy-dir
exit: 0
--- stdout
rule graph: 5 parties, 0 groups, 1 category, 0 purposes, 0 scopes, 0 agreements, 2 rules

parties, in tree order: tree range, organisation, groups
  unused-10 #0 "warned about first": [0, 1), organisation
  METI #1: [1, 2), organisation
  IPA #2: [2, 3), organisation
  unused-2 #3 "warned about second": [3, 4), organisation
  unused-3 #4 "warned about third": [4, 5), organisation

categories, with their ancestors (themselves included)
  intel #0: intel

rules, in source order
  rule #0 first at policy-dir/10-rules.spol:3:1
    allow intel
    in force always
    from {METI}
    to {IPA}
  rule #1 second at policy-dir/2-parties.spol:6:1
    allow intel
    in force always
    from {METI}
    to {IPA}

rule index: per key, per category, its rules in source order, each
with a filter of its other side (`by root`: tested by organisation)
  key from org METI: 1 category in 2 slots
    intel
      first [to in IPA by root]
      second [to in IPA by root]
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
