# a recipient in the clients of the sender's organisation, for TLP:AMBER
args: query relations.spol -- intel from BankCo-SOC to MSSP-Lab originator Other scope amber at 2025-06-01
exit: 0
--- stdout
decision: allow
rule: amber-audience (relations.spol:24:1)
--- stderr
