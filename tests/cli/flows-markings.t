# flows with several markings, given as repeated --scope and as one list
args: flows -q markings.spol --category cti --originator NatCERT --at 2025-06-01 --scope tlp-green --scope '{BankCo, MSSP-1}, tlp-amber'
exit: 0
--- stdout
category cti, originator NatCERT, scope tlp-green, {BankCo, MSSP-1}, tlp-amber, on 2025-06-01:
  BankCo: NatCERT -> BankCo (free)
  BankCo-SOC: NatCERT -> BankCo-SOC (free)
  MSSP-1: NatCERT -> MSSP-1 (free)
  HealthCo: NatCERT -> HealthCo (source)
--- stderr
