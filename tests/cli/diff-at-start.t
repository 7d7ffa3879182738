# one policy on two days: the day the MOD-METI-IPA agreement starts
args: diff -q --at 2024-12-26 --at 2024-12-27 ../../policies
exit: 1
--- stdout
deny -> allow: 58 classes, 6575 queries
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (48 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (96 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (48 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (96 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, unmarked, no purpose (3 queries)
    e.g. ics-vulnerabilities from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, marked recipient-only, no purpose (3 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, an audience without the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, unmarked, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (72 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (48 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (96 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from MOD to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (432 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (864 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from SDF to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (432 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (864 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (36 queries)
    e.g. attack-methods from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (432 queries)
    e.g. attack-methods from METI to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (864 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from IPA to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose (432 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose (864 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose (4 queries)
    e.g. research from MOD to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. research from MOD to MOD originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose (4 queries)
    e.g. research from SDF to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. research from SDF to MOD originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose (4 queries)
    e.g. research from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. research from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose (4 queries)
    e.g. research from IPA to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (8 queries)
    e.g. research from IPA to MOD originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)

deny -> needs consent: 174 classes, 9080 queries
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (48 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (48 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (48 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (48 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (18 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (18 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, marked recipient-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, an audience without the recipient, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (20 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and ASEAN (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (48 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (48 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (20 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (432 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (432 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (180 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (180 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (432 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (432 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (162 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (324 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (162 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (162 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (432 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (432 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from METI to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (180 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (180 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose (432 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose (432 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of ASEAN (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (180 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and ASEAN (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (180 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from MOD to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. research from MOD to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from SDF to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. research from SDF to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. research from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from IPA to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (4 queries)
    e.g. research from IPA to CAS originator METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (2 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)

allow -> needs consent: 8 classes, 288 queries
  ~ ics-vulnerabilities from METI to METI, passed on from originator any other party, marked recipient-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from METI to METI originator ASEAN scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator any other party, an audience without the recipient, no purpose (12 queries)
    e.g. ics-vulnerabilities from METI to METI originator ASEAN scope {}
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator any other party, marked signatories-only or an audience without the recipient, no purpose (48 queries)
    e.g. ics-vulnerabilities from METI to DHS originator ASEAN scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator any other party, marked recipient-only, no purpose (24 queries)
    e.g. ics-vulnerabilities from METI to DHS originator ASEAN scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator any other party, marked recipient-only, no purpose (24 queries)
    e.g. ics-vulnerabilities from DHS to METI originator ASEAN scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator any other party, an audience without the recipient, no purpose (24 queries)
    e.g. ics-vulnerabilities from DHS to METI originator ASEAN scope {}
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator any other party, marked signatories-only or an audience without the recipient, no purpose (96 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator ASEAN scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator any other party, marked recipient-only, no purpose (48 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator ASEAN scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of ASEAN (moc-cooperation)

240 classes of queries answered differently (15943 queries)
--- stderr
