# draft 2: rules that name the query's own parties are compared exactly;
# TLP:AMBER loses "and its clients" (tests/diff/tlp-amber-clients): an MSSP
# may no longer pass an amber item to its clients without the source
args: diff -q ../../examples/tlp -- ../diff/tlp-amber-clients
exit: 1
--- stdout
allow -> needs consent: 2792790016 queries, 6 classes, shown as 3 entries
  ~ any category from MSSP-1 or MSSP-Lab to BankCo, originated by any party but BankCo (not the sender), marked tlp-amber, marked tlp-amber with an audience that names the recipient, marked incident-42 and tlp-amber, marked incident-42 and tlp-amber with an audience that names the recipient, marked one or more of tlp-clear, tlp-green and tlp-amber, marked one or more of tlp-clear, tlp-green and tlp-amber with an audience that names the recipient, marked incident-42 and one or more of tlp-clear, tlp-green and tlp-amber or marked incident-42 and one or more of tlp-clear, tlp-green and tlp-amber with an audience that names the recipient, no purpose, any day (1325391872 queries, 2 classes)
    e.g. cti from MSSP-1 to BankCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-1 or MSSP-Lab to BankCo-SOC, originated by any party but BankCo and BankCo-SOC (not the sender), marked tlp-amber, marked tlp-amber with an audience that names the recipient, marked incident-42 and tlp-amber, marked incident-42 and tlp-amber with an audience that names the recipient, marked one or more of tlp-clear, tlp-green and tlp-amber, marked one or more of tlp-clear, tlp-green and tlp-amber with an audience that names the recipient, marked incident-42 and one or more of tlp-clear, tlp-green and tlp-amber or marked incident-42 and one or more of tlp-clear, tlp-green and tlp-amber with an audience that names the recipient, no purpose, any day (1136050176 queries, 2 classes)
    e.g. cti from MSSP-1 to BankCo-SOC originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)
  ~ any category from MSSP-1 or MSSP-Lab to RetailCo, originated by any party but RetailCo (not the sender), marked tlp-amber, marked tlp-amber with an audience that names the recipient, marked tlp-clear and tlp-amber or marked tlp-clear and tlp-amber with an audience that names the recipient, no purpose, any day (331347968 queries, 2 classes)
    e.g. cti from MSSP-1 to RetailCo originator NatCERT scope tlp-amber
    old: allow (tlp-share)
    new: needs consent of NatCERT (tlp-share)

2792790016 queries answered differently: 6 classes, shown as 3 entries
--- stderr
