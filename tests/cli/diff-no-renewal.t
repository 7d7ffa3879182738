# sharepol diff on the seed policies: no-renewal (tests/diff/no-renewal changes one line)
args: diff -q ../../policies -- ../diff/no-renewal
exit: 1
--- stdout
needs consent -> allow: 162 classes, 5789946624 queries
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (14562240 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from METI to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from METI to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from METI to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from METI to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to DHS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator METI scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (174746880 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from METI to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from METI to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from METI to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from METI to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to DHS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator METI scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. best-practices from DHS to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. best-practices from DHS to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to DHS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope signatories-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of METI (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (moc-cooperation)
    new: allow (moc-cooperation)

needs consent -> needs consent: 10 classes, 262120320 queries
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope {} at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope signatories-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope recipient-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (26212032 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope {} at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope signatories-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope recipient-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (52424064 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of SDF and MOD (moc-best-practices)
    new: needs consent of SDF (moc-best-practices)

allow -> deny: 518 classes, 68593975296 queries
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (232995840 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from MOD to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from MOD to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (32036928 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (96110784 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from MOD to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (32036928 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (96110784 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (174746880 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (232995840 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from SDF to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from SDF to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (32036928 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (96110784 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from SDF to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (32036928 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (96110784 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (64073856 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (192221568 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (256295424 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (128147712 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose, from 2025-12-27 on (29124480 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (87373440 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from MOD to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (1572721920 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (2096962560 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from MOD to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from MOD to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from MOD to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (288332352 queries)
    e.g. attack-methods from MOD to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (864997056 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from MOD to METI originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from MOD to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from MOD to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from MOD to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (288332352 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (864997056 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from MOD to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from SDF to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (1572721920 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (2096962560 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from SDF to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from SDF to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from SDF to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (288332352 queries)
    e.g. attack-methods from SDF to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (864997056 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from SDF to METI originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from SDF to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from SDF to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from SDF to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (288332352 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (864997056 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from SDF to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, unmarked, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to MOD originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, unmarked, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, an audience with the recipient, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, an audience without the recipient, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked recipient-only, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (183484224 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to METI originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose, from 2025-12-27 on (419392512 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose, from 2025-12-27 on (419392512 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (419392512 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from IPA to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose, from 2025-12-27 on (576664704 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (1729994112 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose, from 2025-12-27 on (2306658816 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (1153329408 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to MOD originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to METI scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose, from 2025-12-27 on (262120320 queries)
    e.g. attack-methods from IPA to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (786360960 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to METI originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to METI originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {METI} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to IPA at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose, from 2025-12-27 on (235908288 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (707724864 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to IPA originator MOD at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to IPA originator SDF at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from IPA to IPA originator METI at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (78636096 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from MOD to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to METI, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from MOD to METI originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from MOD to METI originator METI scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to METI, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to METI originator METI scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to METI, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to METI originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to METI originator METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from MOD to IPA originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from MOD to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from SDF to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to METI, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from SDF to METI originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from SDF to METI originator METI scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to METI, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to METI originator METI scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to METI, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to METI originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to METI originator METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from SDF to IPA originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from SDF to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. research from METI to MOD originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to MOD originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to METI originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (20387136 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator SDF scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to METI originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to METI originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, unmarked, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience with the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (46599168 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to MOD originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from IPA to MOD originator METI scope {MOD} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from IPA to METI originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from IPA to METI originator METI scope {METI} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to METI originator METI scope {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to METI originator METI scope recipient-only at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to METI originator METI scope recipient-only, {} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from IPA to IPA originator METI at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose, from 2025-12-27 on (8737344 queries)
    e.g. research from IPA to IPA originator METI scope {IPA} at 2025-12-27
    old: allow (art-2-2-5)
    new: deny (no rule allows this transfer)

needs consent -> deny: 479 classes, 43348876032 queries
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (58248960 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (232995840 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (116497920 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (232995840 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2025-12-27 on (122322816 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2025-12-27 on (81548544 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (122322816 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (524240640 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (2096962560 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (1048481280 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (2096962560 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator IPA at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (1887266304 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (1887266304 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to MOD originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to METI originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (26212032 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2025-12-27 on (1100905344 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2025-12-27 on (733936896 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (366968448 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (1100905344 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator SDF at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (157272192 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator DHS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (314544384 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (314544384 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose, from 2025-12-27 on (471816576 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (1887266304 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose, from 2025-12-27 on (943633152 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (1887266304 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator SDF at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (52424064 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (104848128 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (209696256 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to CAS originator METI at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from MOD to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from MOD to CAS originator METI scope {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from SDF to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from SDF to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to MOD originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA scope {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA scope signatories-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator IPA scope recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to METI originator IPA scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of IPA (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to METI originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF scope {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (2912448 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only, {} at 2025-12-27
    old: needs consent of MOD (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS scope {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of DHS (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to CAS originator ASEAN at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to CAS originator ASEAN scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to CAS originator ASEAN scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose, from 2025-12-27 on (122322816 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose, from 2025-12-27 on (81548544 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (40774272 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (122322816 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator MOD at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator MOD scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator MOD scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator SDF at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator SDF scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator SDF scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator IPA at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator IPA scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator IPA scope {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator IPA scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator IPA scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from METI to CAS originator IPA scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (17474688 queries)
    e.g. research from METI to CAS originator IPA scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator DHS at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator DHS scope {CAS} at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator DHS scope {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose, from 2025-12-27 on (34949376 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and IPA and DHS (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose, from 2025-12-27 on (34949376 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only, recipient-only at 2025-12-27
    old: needs consent of MOD and IPA (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to MOD originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to IPA originator METI scope {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of METI (art-2-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to CAS originator METI at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose, from 2025-12-27 on (5824896 queries)
    e.g. research from IPA to CAS originator METI scope {CAS} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from IPA to CAS originator METI scope {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose, from 2025-12-27 on (11649792 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose, from 2025-12-27 on (23299584 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only, {} at 2025-12-27
    old: needs consent of MOD and METI (art-3-2-5)
    new: deny (no rule allows this transfer)

1169 classes of queries answered differently (117994918272 queries)
--- stderr
