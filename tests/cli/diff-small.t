# a small pair: a party only in the new version, a rule that gains a
# condition, a renamed rule
args: diff ../diff/small-old.spol -- ../diff/small-new.spol
exit: 1
--- stdout
+ party Auditor: only in NEW

allow -> deny: 106504704 queries, 3 classes, shown as 1 entry
  ~ any category from HQ or Lab to Partner, no purpose, any day (106504704 queries, 3 classes)
    e.g. report from HQ to Partner
    old: allow (share)
    new: deny (no rule allows this transfer)

needs consent -> needs consent: 106504704 queries, 1 class
  ~ incident from Partner to HQ or Lab, any day (106504704 queries)
    e.g. incident from Partner to HQ
    old: needs consent of Lab (back)
    new: needs consent of Lab (incident-back)

213009408 queries answered differently: 4 classes, shown as 2 entries; names declared by one version only are listed first
--- stderr
../diff/small-old.spol:7:9: warning[unused]: purpose 'research' is declared but never used
    7 | purpose research;
      |         ^~~~~~~~
../diff/small-old.spol: warning[no-tests]: the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says
../diff/small-new.spol:5:7: warning[unused]: party 'Auditor' is declared but never used
    5 | party Auditor;
      |       ^~~~~~~
../diff/small-new.spol: warning[no-tests]: the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says
