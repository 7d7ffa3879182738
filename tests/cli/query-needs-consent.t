# a query that needs consent: exit 3, and the residual without the consent given
args: query --at 2025-06-01 pact.spol -- vulnerabilities from IPA to CAS consent MOD
exit: 3
--- stdout
decision: needs consent
rule: art-3-2 (pact.spol:25:3) "Art. 3(2): to the Cabinet Secretariat upon agreement of all three"
residual: METI
--- stderr
