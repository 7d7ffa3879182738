# sharepol diff on the seed policies: no-renewal (tests/diff/no-renewal changes one line)
args: diff -q ../../policies -- ../diff/no-renewal
exit: 1
--- stdout
allow -> deny: 58 classes, 19149345600 queries
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (279595008 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (279595008 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from METI to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (279595008 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (2516355072 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (2516355072 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from METI to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (2516355072 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, unmarked, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (2516355072 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from MOD to MOD originator METI scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from SDF to MOD originator METI scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD, SDF, METI or IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from IPA to MOD originator METI scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)

needs consent -> deny: 174 classes, 26445027840 queries
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD, SDF or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator IPA at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from METI to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD, SDF, METI or IPA, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (1258177536 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and ASEAN (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD, SDF, METI or IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to CAS originator METI scope signatories-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)

needs consent -> allow: 8 classes, 838785024 queries
  ~ ics-vulnerabilities from METI to METI, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from METI to METI originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from METI to METI originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator any other party, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from METI to DHS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (69898752 queries)
    e.g. ics-vulnerabilities from METI to DHS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (69898752 queries)
    e.g. ics-vulnerabilities from DHS to METI originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator any other party, an audience without the recipient, no purpose, from 2025-12-27 on (69898752 queries)
    e.g. ics-vulnerabilities from DHS to METI originator ASEAN scope {} at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator any other party, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (279595008 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator any other party, marked recipient-only, no purpose, from 2025-12-27 on (139797504 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of ASEAN (moc-cooperation)
    new: allow (moc-cooperation)

240 classes of queries answered differently (46433158464 queries)
--- stderr
