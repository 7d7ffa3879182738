# explain names the party each reference stands for, and a relation's fact (or none)
args: explain relations.spol -- intel from MSSP-1 to HealthCo originator BankCo scope amber at 2025-06-01
exit: 1
--- stdout
decision: deny
  no rule allows this transfer (deny by default)
query: intel from MSSP-1 to HealthCo originator BankCo scope amber at 2025-06-01 consent MSSP-1
  (the sender's own consent is always given)
no rule applies to this transfer.
closest allow rules, and the first part of each that does not hold:
  allow back "back to the source" (relations.spol:20:1)
    recipient HealthCo is not in 'to originator'
    where originator is BankCo
  allow strict-audience (relations.spol:22:1)
    recipient HealthCo is not in 'to organisation of from'
    where organisation of from is MSSP-1
  allow amber-audience (relations.spol:24:1)
    recipient HealthCo is not in 'to organisation of from, clients of organisation of from'
    where organisation of from is MSSP-1; clients of organisation of from is clients of MSSP-1, which has no fact: nobody
--- stderr
