# 21 allow rules that each need another party: more than 2^20 sets of
# consents to try in one class, so diff stops rather than guess
args: diff -q ../diff/consent-limit-old.spol -- ../diff/consent-limit-new.spol
exit: 2
--- stdout
--- stderr
sharepol diff: a limit of diff was exceeded: a class whose consents would need more than 2^20 sets of parties tried, rules that tell more than 12 kinds of scope apart, or more than 1,000,000 classes that differ (docs/diff.md)
