# research that IPA holds goes nowhere: (5) is limited to what METI holds
args: flows -q ../../policies --category research --originator IPA --at 2025-06-01
exit: 0
--- stdout
category research, originator IPA, no scope, on 2025-06-01:
  (no party can receive it)
not reachable: ASEAN, AUS, IND, MOD, SDF, METI, CAS, NCO, CI-OPERATORS, DEFENSE-INDUSTRY, DHS, CISA
--- stderr
