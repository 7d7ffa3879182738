# fmt prints the canonical layout; comments stay, blank lines collapse
args: fmt messy.spol
exit: 0
--- stdout
party MOD "防衛省";
party SDF in MOD;  # units
party METI;
group g = MOD, METI;
category c;
rule r "a rule"
  allow c
    from g to g with consent of (MOD or METI) and originator when not onward;

test "t" at 2025-01-01 {
  expect c from MOD to METI => allow;
}
--- stderr
