# the seed policies' tests all pass, and together they reach every rule
args: test -q --coverage ../../policies
exit: 0
--- stdout
PASS  協力分野: METI and DHS share in the four areas (../../policies/meti-dhs-moc-2023.spol:90)
PASS  The memorandum stays between its participants (../../policies/meti-dhs-moc-2023.spol:100)
PASS  Best practices with the Indo-Pacific partners (../../policies/meti-dhs-moc-2023.spol:108)
PASS  Another participant's best practices need its consent (../../policies/meti-dhs-moc-2023.spol:116)
PASS  In force from signing, with no end (../../policies/meti-dhs-moc-2023.spol:125)
PASS  Across the two agreements: control-system vulnerabilities (../../policies/meti-dhs-moc-2023.spol:132)
PASS  Art. 2(2) ⑴–⑷: the signatories share with one another (../../policies/mod-meti-ipa-2024.spol:122)
PASS  Art. 2(2) ⑸: research only from what METI holds (../../policies/mod-meti-ipa-2024.spol:135)
PASS  Art. 3(1): a scope with an audience (../../policies/mod-meti-ipa-2024.spol:143)
PASS  Art. 3(1): a scope without audience (../../policies/mod-meti-ipa-2024.spol:153)
PASS  Art. 3(1): an explicit audience (../../policies/mod-meti-ipa-2024.spol:160)
PASS  Art. 3(2): to the Cabinet Secretariat upon agreement of all three (../../policies/mod-meti-ipa-2024.spol:168)
PASS  Art. 4: one year from signing, renewed a year at a time (../../policies/mod-meti-ipa-2024.spol:180)
PASS  Outside the agreement: a deny by default (../../policies/mod-meti-ipa-2024.spol:191)
14 passed, 0 failed
coverage: 9 of 9 rules reached by a test
--- stderr
