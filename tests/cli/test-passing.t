# the seed policies' tests all pass, and together they reach every rule
args: test -q --coverage ../../policies
exit: 0
--- stdout
PASS  協力分野: METI and DHS share in the four areas (../../policies/meti-dhs-moc-2023.spol:134)
PASS  The memorandum stays between its participants (../../policies/meti-dhs-moc-2023.spol:144)
PASS  Participants (reading): the departments and their components, so CISA but not IPA (../../policies/meti-dhs-moc-2023.spol:152)
PASS  Best practices with the Indo-Pacific partners (../../policies/meti-dhs-moc-2023.spol:160)
PASS  Another participant's best practices need its consent (../../policies/meti-dhs-moc-2023.spol:167)
PASS  In force from signing, with no end (../../policies/meti-dhs-moc-2023.spol:176)
PASS  Markings (reading): a participant honours the audience the other named (../../policies/meti-dhs-moc-2023.spol:183)
PASS  Across the two agreements: control-system vulnerabilities (../../policies/meti-dhs-moc-2023.spol:195)
PASS  2024 Art. 3(1) binds an item whatever it is filed under (../../policies/meti-dhs-moc-2023.spol:206)
PASS  Art. 2(2) ⑴–⑷: the signatories share with one another (../../policies/mod-meti-ipa-2024.spol:207)
PASS  Art. 2(2) ⑸ (reading): research that METI holds, whatever its source (../../policies/mod-meti-ipa-2024.spol:221)
PASS  Art. 3(1): a scope with an audience (../../policies/mod-meti-ipa-2024.spol:231)
PASS  Art. 3(1): a scope without audience (../../policies/mod-meti-ipa-2024.spol:241)
PASS  Art. 3(1): an explicit audience (../../policies/mod-meti-ipa-2024.spol:251)
PASS  Art. 3(1) (reading): an item given back to its provider is not shared beyond its scope (../../policies/mod-meti-ipa-2024.spol:260)
PASS  SDF (reading): a unit of 甲's ministry, not 甲 (../../policies/mod-meti-ipa-2024.spol:270)
PASS  Art. 3(2): to the Cabinet Secretariat upon agreement of all three (../../policies/mod-meti-ipa-2024.spol:283)
PASS  Art. 3(2) (reading): 共有された情報 is the information, whoever holds it (../../policies/mod-meti-ipa-2024.spol:293)
PASS  Art. 4: one year from signing, renewed a year at a time (../../policies/mod-meti-ipa-2024.spol:302)
PASS  Outside the agreement: a deny by default (../../policies/mod-meti-ipa-2024.spol:313)
20 passed, 0 failed
coverage: 15 of 15 rules reached by a test
--- stderr
