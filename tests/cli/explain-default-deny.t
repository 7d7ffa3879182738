# explain a deny by default: the closest allow rules, each with the first
# part of it that does not hold
args: explain pact.spol -- research from IPA to MOD at 2025-06-01
exit: 1
--- stdout
decision: deny
  no rule allows this transfer (deny by default)
query: research from IPA to MOD originator IPA at 2025-06-01 consent IPA
  (the sender's own consent is always given)
no rule applies to this transfer.
closest allow rules, and the first part of each that does not hold:
  allow art-3-2 "Art. 3(2): to the Cabinet Secretariat upon agreement of all three" (pact.spol:25:3)
    recipient MOD is not in 'to CAS'
  allow art-2-2-5 "Art. 2(2)(5): research only from METI" (pact.spol:23:3)
    sender IPA is not in 'from METI'
  allow art-2-2 "Art. 2(2): mutual sharing" (pact.spol:21:3)
    category research is not in 'attack-methods, threat-intel'
--- stderr
