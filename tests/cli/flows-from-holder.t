# flows --from: the item already held by BankCo-SOC; 'organisation of from' is
# read for each holder along the way
args: flows relations.spol --category intel --originator Other --from BankCo-SOC --scope amber --at 2025-06-01
exit: 0
--- stdout
category intel, originator Other, held by BankCo-SOC, scope amber, on 2025-06-01:
  BankCo: BankCo-SOC -> BankCo (amber-audience)
  MSSP-1: BankCo-SOC -> MSSP-1 (amber-audience)
  MSSP-Lab: BankCo-SOC -> MSSP-Lab (amber-audience)
  HealthCo: BankCo-SOC -> HealthCo (amber-audience)
  Other: BankCo-SOC -> Other (back)
--- stderr
