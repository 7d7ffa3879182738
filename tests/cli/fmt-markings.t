# fmt lays out a marking list: one space after each comma, none inside braces
args: fmt markings-messy.spol
exit: 0
--- stdout
party A;
party B;
party C;
category cti;
scope tlp-amber;
scope x = A;
rule r
  allow cti from A to B when to within scope;
test "m" at 2025-06-01 {
  expect cti from A to B scope tlp-amber, {B, C}, x consent C => deny;
  expect cti from A to C scope {}, tlp-amber => deny;
}
--- stderr
