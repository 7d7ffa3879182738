# a query that is allowed: exit 0, the deciding rule with its place and label
args: query pact.spol -- vulnerabilities from IPA to METI at 2025-06-01
exit: 0
--- stdout
decision: allow
rule: art-2-2 (pact.spol:21:3) "Art. 2(2): mutual sharing"
--- stderr
