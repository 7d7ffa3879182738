# draft 2: rules that name the query's own parties are compared exactly;
# TLP:AMBER loses "and its clients" (tests/diff/tlp-amber-clients): an MSSP
# may no longer pass an amber item to its clients without the source
args: diff -q ../../examples/tlp -- ../diff/tlp-amber-clients
exit: 1
--- stdout
allow -> needs consent: 6 classes, 2792790016 queries
  ~ any category from MSSP-1 to BankCo, passed on from originator NatCERT, NatCERT-Ops, BankCo-SOC, MSSP-1 and 4 more, marked tlp-amber, no purpose, any day (662695936 queries)
    e.g. cti from MSSP-1 to BankCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-1 to BankCo-SOC, passed on from originator NatCERT, NatCERT-Ops, MSSP-1, MSSP-Lab and 3 more, marked tlp-amber, no purpose, any day (568025088 queries)
    e.g. cti from MSSP-1 to BankCo-SOC originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-1 to RetailCo, passed on from originator NatCERT, NatCERT-Ops, BankCo, BankCo-SOC and 4 more, marked tlp-amber, no purpose, any day (165673984 queries)
    e.g. cti from MSSP-1 to RetailCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-Lab to BankCo, passed on from originator NatCERT, NatCERT-Ops, BankCo-SOC, MSSP-1 and 4 more, marked tlp-amber, no purpose, any day (662695936 queries)
    e.g. cti from MSSP-Lab to BankCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-Lab to BankCo-SOC, passed on from originator NatCERT, NatCERT-Ops, MSSP-1, MSSP-Lab and 3 more, marked tlp-amber, no purpose, any day (568025088 queries)
    e.g. cti from MSSP-Lab to BankCo-SOC originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-Lab to RetailCo, passed on from originator NatCERT, NatCERT-Ops, BankCo, BankCo-SOC and 4 more, marked tlp-amber, no purpose, any day (165673984 queries)
    e.g. cti from MSSP-Lab to RetailCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)

6 classes of queries answered differently (2792790016 queries)
--- stderr
