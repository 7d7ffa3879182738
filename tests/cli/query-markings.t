# a QUERY with a marking list: the audience {BankCo, MSSP-1} leaves HealthCo out
args: query --at 2025-06-01 markings.spol -- cti from BankCo to HealthCo originator NatCERT scope tlp-green, {BankCo, MSSP-1}
exit: 3
--- stdout
decision: needs consent
rule: ask (markings.spol:21:1) "anything wider needs the source"
residual: NatCERT
--- stderr
