# flows --to with --from: a chain that goes back to the source first
args: flows relations.spol --category intel --originator Other --from BankCo-SOC --scope amber-strict --to MSSP-1 --at 2025-06-01
exit: 0
--- stdout
yes: BankCo-SOC -> Other (back) -> MSSP-1 (own)
--- stderr
