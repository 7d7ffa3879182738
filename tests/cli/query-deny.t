# a query no rule allows: exit 1, rule "none"
args: query pact.spol -- research from IPA to MOD at 2025-06-01
exit: 1
--- stdout
decision: deny
rule: none (no rule allows this transfer)
--- stderr
