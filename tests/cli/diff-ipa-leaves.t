# sharepol diff on the seed policies: ipa-leaves (tests/diff/ipa-leaves changes one line)
args: diff -q ../../policies -- ../diff/ipa-leaves
exit: 1
--- stdout
allow -> deny: 275 classes, 29617482584 queries
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (32040943 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience with the recipient, no purpose, from 2024-12-27 on (32040943 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (32040943 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience with the recipient, no purpose, from 2024-12-27 on (32040943 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA at 2024-12-27
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
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (64081886 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (192245658 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (128163772 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (256327544 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (128163772 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose, from 2024-12-27 on (29128130 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (87384390 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (288368487 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience with the recipient, no purpose, from 2024-12-27 on (288368487 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (288368487 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience with the recipient, no purpose, from 2024-12-27 on (288368487 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA at 2024-12-27
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose, from 2024-12-27 on (419445072 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (419445072 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (419445072 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from IPA to MOD scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to MOD scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2024-12-27 on (576736974 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (1730210922 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2024-12-27 on (1153473948 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2024-12-27 on (2306947896 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (1153473948 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to MOD originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {MOD} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to METI scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to METI scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose, from 2024-12-27 on (262153170 queries)
    e.g. attack-methods from IPA to METI originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (786459510 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to METI originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to METI originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (78645951 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {METI} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose, from 2024-12-27 on (235937853 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (235937853 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator MOD at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator SDF at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator METI at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from MOD to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from SDF to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA at 2024-12-27
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
  ~ research from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA scope recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, unmarked, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience with the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN scope {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (46605008 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to MOD originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from IPA to MOD originator METI scope {MOD} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to METI originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2024-12-27 on (8738439 queries)
    e.g. research from IPA to METI originator METI scope {METI} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to METI originator METI scope {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from IPA to METI originator METI scope recipient-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to METI originator METI scope recipient-only, {} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from IPA to IPA originator METI scope {IPA} at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked signatories-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to IPA originator METI scope signatories-only at 2024-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)

needs consent -> deny: 170 classes, 12012440812 queries
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {} at 2024-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (26215317 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {} at 2024-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF scope {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (2912813 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2024-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS scope {} at 2024-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from IPA to MOD originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to IPA originator METI scope {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to IPA originator METI scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from IPA to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)

needs consent -> needs consent: 199 classes, 26506598300 queries
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (233025040 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (233025040 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only, {} at 2024-12-27
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
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only, {} at 2024-12-27
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
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2024-12-27 on (122338146 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2024-12-27 on (81558764 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (122338146 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only, recipient-only at 2024-12-27
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
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of MOD and DHS (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of MOD and DHS (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (2097225360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (2097225360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only, {} at 2024-12-27
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only, {} at 2024-12-27
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2024-12-27 on (1101043314 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2024-12-27 on (734028876 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (1101043314 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only, recipient-only at 2024-12-27
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of MOD and DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of MOD and DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from MOD to CAS originator METI scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: needs consent of METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from SDF to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. research from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. research from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. research from METI to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2024-12-27 on (122338146 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2024-12-27 on (81558764 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (122338146 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. research from METI to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator DHS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator DHS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator DHS scope {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2-5)
    new: needs consent of MOD and DHS (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2-5)
    new: needs consent of MOD and DHS (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (34953756 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: needs consent of MOD (art-3-2-5)

644 classes of queries answered differently (68136521696 queries)
--- stderr
