# sharepol diff on the seed policies: art-3-2-no-consent (tests/diff/art-3-2-no-consent changes one line)
args: diff -q ../../policies -- ../diff/art-3-2-no-consent
exit: 1
--- stdout
needs consent -> allow: 148 classes, 30293255200 queries
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (58256260 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (233025040 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (116512520 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (233025040 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2024-12-27 on (122338146 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2024-12-27 on (81558764 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (40779382 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (122338146 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (34953756 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (524306340 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (2097225360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (1048612680 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (2097225360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator IPA at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2024-12-27 on (1101043314 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2024-12-27 on (734028876 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (367014438 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (1101043314 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {CAS} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (314583804 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2024-12-27 on (471875706 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2024-12-27 on (943751412 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (1887502824 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator SDF at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: allow (art-3-2)

needs consent -> needs consent: 76 classes, 6058651040 queries
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
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
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
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (5825626 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (17476878 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of DHS (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of DHS (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (11651252 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (23302504 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
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
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (52430634 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2024-12-27 on (157291902 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only, recipient-only at 2024-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: needs consent of IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: needs consent of DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of MOD (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2024-12-27 on (104861268 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2024-12-27 on (209722536 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only, {} at 2024-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: needs consent of METI (art-3-2)

224 classes of queries answered differently (36351906240 queries)
--- stderr
