# explain names the TLP rule behind a needed consent: with TLP:AMBER and an
# audience the source named, the audience permits HealthCo but TLP:AMBER
# does not (HealthCo is no client of MSSP-1), so NatCERT must consent
args: explain ../../examples/tlp/ -- cti from MSSP-1 to HealthCo originator NatCERT scope tlp-amber, {HealthCo} at 2026-01-01
exit: 3
--- stdout
decision: needs consent
  by allow tlp-share "TLP 2.0: information may be shared as its markings permit" (../../examples/tlp/tlp-2.0.spol:26:1)
  still needs the consent of: NatCERT
query: cti from MSSP-1 to HealthCo originator NatCERT scope tlp-amber, {HealthCo} at 2026-01-01 consent MSSP-1
  (the sender's own consent is always given)
rules that apply, in source order:
  allow tlp-share "TLP 2.0: information may be shared as its markings permit" (../../examples/tlp/tlp-2.0.spol:26:1)
  require tlp-amber-limit "TLP:AMBER: within the holder's organisation and its clients" (../../examples/tlp/tlp-2.0.spol:37:1)
    consent of originator: still needs NatCERT
    'marked tlp-amber' is true: marking 1, tlp-amber, is one of them
rules whose condition on the markings does not hold:
  require tlp-unmarked-limit "an unmarked item: ask the source" (../../examples/tlp/tlp-2.0.spol:29:1)
    'unmarked' is false: the item carries 2 markings
  require tlp-red-limit "TLP:RED: not onward" (../../examples/tlp/tlp-2.0.spol:31:1)
    'marked tlp-red' is false: no marking is one of these scopes
  require tlp-amber-strict-limit "TLP:AMBER+STRICT: within the holder's organisation" (../../examples/tlp/tlp-2.0.spol:42:1)
    'marked tlp-amber-strict' is false: no marking is one of these scopes
  require tlp-audience-limit "an explicit audience: only the parties it names" (../../examples/tlp/tlp-2.0.spol:46:1)
    'to outside scope' is false: HealthCo is in the audience of every marking that has one (2)
--- stderr
