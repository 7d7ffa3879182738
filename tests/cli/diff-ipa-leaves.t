# sharepol diff on the seed policies: ipa-leaves (tests/diff/ipa-leaves changes one line)
args: diff -q ../../policies -- ../diff/ipa-leaves
exit: 1
--- stdout
allow -> deny: 92 classes, 8426768009 queries
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, sent by its originator, unmarked, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, sent by its originator, unmarked, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from IPA to MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to MOD scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator any other party, unmarked, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator any other party, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator any other party, an audience with the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF or METI, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. research from IPA to MOD originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF or METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from IPA to MOD originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)

needs consent -> deny: 64 classes, 8744264626 queries
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF or METI, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF or METI, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {} at 2024-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF or METI, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF or METI, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. research from IPA to MOD originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from IPA to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)

needs consent -> needs consent: 104 classes, 10923048750 queries
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: needs consent of METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: needs consent of METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and ASEAN (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and ASEAN (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: needs consent of METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: needs consent of METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator IPA at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: needs consent of MOD and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from MOD to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from SDF to CAS originator METI scope signatories-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)

260 classes of queries answered differently (28094081385 queries)
--- stderr
