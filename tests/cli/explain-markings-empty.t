# explain: an empty audience is a marking that no recipient is in
args: explain --at 2025-06-01 markings.spol -- cti from BankCo to HealthCo scope {}, tlp-amber
exit: 0
--- stdout
decision: allow
  by allow source "the source may always send its own item" (markings.spol:19:1)
query: cti from BankCo to HealthCo originator BankCo scope {}, tlp-amber at 2025-06-01 consent BankCo
  (the sender's own consent is always given)
rules that apply, in source order:
  allow source "the source may always send its own item" (markings.spol:19:1)
rules whose condition on the markings does not hold:
  allow free "every marking lets the recipient have it" (markings.spol:17:1)
    'to within scope' is false: HealthCo is not in the audience of marking 1, {}
    'marked tlp-red' is false: no marking is one of these scopes
--- stderr
