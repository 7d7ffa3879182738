# explain names each marking and the one that made a condition false
args: explain --at 2025-06-01 markings.spol -- cti from BankCo to HealthCo originator NatCERT scope tlp-green, {BankCo, MSSP-1}
exit: 3
--- stdout
decision: needs consent
  by allow ask "anything wider needs the source" (markings.spol:21:1)
  still needs the consent of: NatCERT
query: cti from BankCo to HealthCo originator NatCERT scope tlp-green, {BankCo, MSSP-1} at 2025-06-01 consent BankCo
  (the sender's own consent is always given)
rules that apply, in source order:
  allow ask "anything wider needs the source" (markings.spol:21:1)
    consent of originator: still needs NatCERT
rules whose condition on the markings does not hold:
  allow free "every marking lets the recipient have it" (markings.spol:17:1)
    'to within scope' is false: HealthCo is not in the audience of marking 2, {BankCo, MSSP-1}
    'marked tlp-red' is false: no marking is one of these scopes
--- stderr
