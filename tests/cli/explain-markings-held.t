# explain: a tlp-red marking holds the item back though every audience has the recipient
args: explain --at 2025-06-01 markings.spol -- cti from BankCo to MSSP-1 originator NatCERT scope tlp-green, {BankCo, MSSP-1}, tlp-red
exit: 3
--- stdout
decision: needs consent
  by allow ask "anything wider needs the source" (markings.spol:21:1)
  still needs the consent of: NatCERT
query: cti from BankCo to MSSP-1 originator NatCERT scope tlp-green, {BankCo, MSSP-1}, tlp-red at 2025-06-01 consent BankCo
  (the sender's own consent is always given)
rules that apply, in source order:
  allow ask "anything wider needs the source" (markings.spol:21:1)
    consent of originator: still needs NatCERT
rules whose condition on the markings does not hold:
  allow free "every marking lets the recipient have it" (markings.spol:17:1)
    'to within scope' is true: MSSP-1 is in the audience of every marking that has one (1, 2)
    'marked tlp-red' is true: marking 3, tlp-red, is one of them
--- stderr
