# --at warns about agreements not in force on that date
args: check --at 2022-01-01 ../../policies
exit: 0
--- stdout
ok: 15 rules, 2 agreements, 2 warnings
--- stderr
../../policies/meti-dhs-moc-2023.spol:82:1: warning[not-in-force]: agreement meti-dhs-moc-2023 starts on 2023-01-06, so on 2022-01-01 its rules do not apply
../../policies/mod-meti-ipa-2024.spol:84:1: warning[not-in-force]: agreement mod-meti-ipa-2024 starts on 2024-12-27, so on 2022-01-01 its rules do not apply
