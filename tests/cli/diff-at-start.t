# one policy on two days: the day the MOD-METI-IPA agreement starts
args: diff -q --at 2024-12-26 --at 2024-12-27 ../../policies
exit: 1
--- stdout
allow -> needs consent: 162 classes, 1988 queries
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked recipient-only, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator MOD scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked recipient-only, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator SDF scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked recipient-only, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (10 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (5 queries)
    e.g. moc-areas from METI to METI originator IPA scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (20 queries)
    e.g. moc-areas from METI to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (20 queries)
    e.g. moc-areas from METI to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (20 queries)
    e.g. moc-areas from METI to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (40 queries)
    e.g. moc-areas from METI to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator METI scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to DHS originator METI scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator METI scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (40 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ moc-areas, operational-cooperation, ics-security, indo-pacific-capacity and 1 more from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (60 queries)
    e.g. moc-areas from DHS to DHS originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. best-practices from METI to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator MOD scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked recipient-only, no purpose (2 queries)
    e.g. best-practices from METI to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator SDF scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. best-practices from METI to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. best-practices from METI to METI originator IPA scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. best-practices from METI to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. best-practices from METI to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. best-practices from METI to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. best-practices from METI to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. best-practices from METI to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. best-practices from METI to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. best-practices from METI to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. best-practices from METI to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. best-practices from METI to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator MOD scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator SDF scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator METI scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to DHS originator METI scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator METI scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator IPA scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. best-practices from DHS to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. best-practices from DHS to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ best-practices from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. best-practices from DHS to DHS originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator MOD scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator SDF scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to METI originator IPA scope signatories-only, recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from METI to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to METI originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator MOD scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator SDF scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of MOD (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator METI, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator METI scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of METI (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope signatories-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope recipient-only, {}
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)
  ~ ics-vulnerabilities from DHS or CISA to DHS or CISA, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. ics-vulnerabilities from DHS to DHS originator IPA scope signatories-only, recipient-only
    old: allow (moc-cooperation)
    new: needs consent of IPA (moc-cooperation)

needs consent -> needs consent: 10 classes, 90 queries
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, an audience without the recipient, no purpose (3 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope {}
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only, no purpose (9 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope signatories-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only, no purpose (6 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope recipient-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (3 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope recipient-only, {}
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from METI to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (9 queries)
    e.g. best-practices from METI to ASEAN originator SDF scope signatories-only, recipient-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, an audience without the recipient, no purpose (6 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope {}
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only, no purpose (18 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope signatories-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only, no purpose (12 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope recipient-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (6 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope recipient-only, {}
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)
  ~ best-practices from DHS or CISA to ASEAN, AUS or IND, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (18 queries)
    e.g. best-practices from DHS to ASEAN originator SDF scope signatories-only, recipient-only
    old: needs consent of SDF (moc-best-practices)
    new: needs consent of SDF and MOD (moc-best-practices)

deny -> allow: 518 classes, 23552 queries
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose (60 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose (80 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from MOD to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from MOD to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (11 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (33 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (44 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from MOD to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from MOD to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from MOD to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (11 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (33 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (44 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from MOD to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose (60 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose (80 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (40 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from SDF to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from SDF to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (11 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (33 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (44 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from SDF to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from SDF to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from SDF to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (11 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (33 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (44 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (22 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from SDF to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, unmarked, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience with the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from METI to MOD originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience with the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose (16 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose (16 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (16 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to IPA originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (22 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (66 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (44 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (88 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (44 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose (10 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose (30 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose (40 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from IPA to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to METI originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to METI originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose (9 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. ics-vulnerabilities from IPA to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from MOD to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose (540 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose (720 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from MOD to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from MOD to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from MOD to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from MOD to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from MOD to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (99 queries)
    e.g. attack-methods from MOD to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (297 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (396 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from MOD to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, unmarked, no purpose (9 queries)
    e.g. attack-methods from MOD to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from MOD to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from MOD to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from MOD to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (99 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (297 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (396 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from MOD to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, unmarked, no purpose (9 queries)
    e.g. attack-methods from MOD to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from SDF to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked signatories-only or an audience with the recipient, no purpose (540 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only, no purpose (720 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (360 queries)
    e.g. attack-methods from SDF to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from SDF to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from SDF to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from SDF to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from SDF to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (99 queries)
    e.g. attack-methods from SDF to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (297 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (396 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from SDF to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, unmarked, no purpose (9 queries)
    e.g. attack-methods from SDF to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from SDF to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from SDF to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from SDF to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (99 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (297 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (396 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (198 queries)
    e.g. attack-methods from SDF to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, unmarked, no purpose (9 queries)
    e.g. attack-methods from SDF to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose (36 queries)
    e.g. attack-methods from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, unmarked, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience with the recipient, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only, no purpose (324 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only with an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only, no purpose (324 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked recipient-only with an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (324 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 6 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from METI to MOD originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose (72 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from METI to MOD originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, unmarked, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, an audience with the recipient, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, an audience without the recipient, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only, no purpose (126 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only with an audience without the recipient, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked recipient-only, no purpose (126 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked recipient-only with an audience without the recipient, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (126 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator ASEAN, AUS, IND, METI and 4 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (63 queries)
    e.g. attack-methods from METI to METI originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only, no purpose (36 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to METI originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, unmarked, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience with the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only, no purpose (144 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only with an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only, no purpose (144 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked recipient-only with an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (144 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator ASEAN, AUS, IND, METI and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from METI to IPA originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, unmarked, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose (36 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from IPA to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, unmarked, no purpose (198 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked signatories-only or an audience with the recipient, no purpose (594 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, an audience without the recipient, no purpose (396 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only, no purpose (792 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 8 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (396 queries)
    e.g. attack-methods from IPA to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (54 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, unmarked, no purpose (90 queries)
    e.g. attack-methods from IPA to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked signatories-only or an audience with the recipient, no purpose (270 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, an audience without the recipient, no purpose (180 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only, no purpose (360 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator ASEAN, AUS, IND, METI and 7 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (180 queries)
    e.g. attack-methods from IPA to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to METI originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to METI originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, unmarked, no purpose (81 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked signatories-only or an audience with the recipient, no purpose (243 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only, no purpose (324 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator ASEAN, AUS, IND, IPA and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (162 queries)
    e.g. attack-methods from IPA to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to IPA originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to IPA originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, unmarked, no purpose (9 queries)
    e.g. attack-methods from IPA to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (27 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2)
  ~ research from MOD to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from MOD to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. research from MOD to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to METI, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from MOD to METI originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from MOD to METI originator METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to METI, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from MOD to METI originator METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to METI, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from MOD to METI originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from MOD to METI originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from MOD to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from MOD to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from MOD to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from SDF to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. research from SDF to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to METI, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from SDF to METI originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from SDF to METI originator METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to METI, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from SDF to METI originator METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to METI, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from SDF to METI originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from SDF to METI originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from SDF to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from SDF to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from SDF to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, unmarked, no purpose (2 queries)
    e.g. research from METI to MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to MOD scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only, no purpose (4 queries)
    e.g. research from METI to MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, unmarked, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, an audience with the recipient, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, an audience without the recipient, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only, no purpose (36 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked recipient-only, no purpose (36 queries)
    e.g. research from METI to MOD originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator ASEAN, AUS, IND, MOD and 5 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. research from METI to MOD originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only, no purpose (4 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, unmarked, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only, no purpose (8 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only, no purpose (8 queries)
    e.g. research from METI to MOD originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (8 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, unmarked, no purpose (1 query)
    e.g. research from METI to METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to METI scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to METI scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose (14 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only with an audience without the recipient, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose (14 queries)
    e.g. research from METI to METI originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (14 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (7 queries)
    e.g. research from METI to METI originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, unmarked, no purpose (1 query)
    e.g. research from METI to METI originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to METI originator MOD scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to METI originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, unmarked, no purpose (1 query)
    e.g. research from METI to METI originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to METI originator SDF scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to METI originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, unmarked, no purpose (1 query)
    e.g. research from METI to METI originator IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to METI originator IPA scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to METI originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, unmarked, no purpose (2 queries)
    e.g. research from METI to METI originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator DHS scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only, no purpose (4 queries)
    e.g. research from METI to METI originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to METI originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, unmarked, no purpose (1 query)
    e.g. research from METI to IPA
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to IPA scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, sent by its originator, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, unmarked, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience with the recipient, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, an audience without the recipient, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only, no purpose (16 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only with an audience without the recipient, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only, no purpose (16 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked recipient-only with an audience without the recipient, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (16 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator ASEAN, AUS, IND, IPA and 4 more, marked signatories-only and recipient-only with an audience without the recipient, no purpose (8 queries)
    e.g. research from METI to IPA originator ASEAN scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, unmarked, no purpose (1 query)
    e.g. research from METI to IPA originator MOD
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator MOD scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, unmarked, no purpose (1 query)
    e.g. research from METI to IPA originator SDF
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, an audience with the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator SDF scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only, no purpose (2 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, unmarked, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only, no purpose (4 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to MOD or SDF, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from IPA to MOD originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (6 queries)
    e.g. research from IPA to MOD originator METI scope {MOD}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to METI, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from IPA to METI originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to METI, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from IPA to METI originator METI scope {METI}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to METI, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from IPA to METI originator METI scope {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from IPA to METI originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to METI, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from IPA to METI originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to IPA, passed on from originator METI, unmarked, no purpose (1 query)
    e.g. research from IPA to IPA originator METI
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)
  ~ research from IPA to IPA, passed on from originator METI, marked signatories-only or an audience with the recipient, no purpose (3 queries)
    e.g. research from IPA to IPA originator METI scope {IPA}
    old: deny (no rule allows this transfer)
    new: allow (art-2-2-5)

deny -> needs consent: 479 classes, 14884 queries
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from MOD to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (20 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (80 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (40 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (80 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from MOD to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from SDF to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (18 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from SDF to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to MOD originator IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ ics-vulnerabilities from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to MOD originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. ics-vulnerabilities from METI to IPA originator SDF scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ ics-vulnerabilities from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to IPA originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose (14 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose (14 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose (14 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose (42 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose (28 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose (14 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (42 queries)
    e.g. ics-vulnerabilities from METI to CAS originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. ics-vulnerabilities from METI to CAS originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose (12 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2)
  ~ ics-vulnerabilities from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. ics-vulnerabilities from METI to CAS originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to METI originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose (18 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose (18 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose (36 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ ics-vulnerabilities from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. ics-vulnerabilities from IPA to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from MOD to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from MOD to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from MOD to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (180 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (180 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (720 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (360 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (720 queries)
    e.g. attack-methods from MOD to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from MOD to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from MOD to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from MOD to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from MOD to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from SDF to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from SDF to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from SDF to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, unmarked, no purpose (162 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, an audience with the recipient, no purpose (162 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked signatories-only or an audience without the recipient, no purpose (648 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only, no purpose (324 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator ASEAN, AUS, IND, SDF and 6 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (648 queries)
    e.g. attack-methods from SDF to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from SDF to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from SDF to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to MOD originator IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to MOD originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator SDF scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to METI originator IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to METI, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to METI originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (9 queries)
    e.g. attack-methods from METI to IPA originator SDF scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to IPA originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose (54 queries)
    e.g. attack-methods from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (54 queries)
    e.g. attack-methods from METI to CAS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose (126 queries)
    e.g. attack-methods from METI to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose (126 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose (126 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose (378 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose (252 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose (126 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (378 queries)
    e.g. attack-methods from METI to CAS originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator SDF
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from METI to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (54 queries)
    e.g. attack-methods from METI to CAS originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator DHS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose (108 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from METI to CAS originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (108 queries)
    e.g. attack-methods from METI to CAS originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (72 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (36 queries)
    e.g. attack-methods from IPA to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to METI originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from IPA to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from IPA to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, unmarked, no purpose (162 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, an audience with the recipient, no purpose (162 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked signatories-only or an audience without the recipient, no purpose (648 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only, no purpose (324 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 5 more, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (648 queries)
    e.g. attack-methods from IPA to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator SDF
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (18 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (36 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ attack-methods, threat-intel, latest-threats, tech-trends and 5 more from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (72 queries)
    e.g. attack-methods from IPA to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2)
  ~ research from MOD to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from MOD to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from MOD to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from MOD to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from MOD to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from MOD to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from MOD to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. research from MOD to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from MOD to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. research from MOD to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI and IPA (art-3-2-5)
  ~ research from SDF to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from SDF to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from SDF to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from SDF to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from SDF to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from SDF to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from SDF to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. research from SDF to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from SDF to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. research from SDF to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI and IPA (art-3-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to MOD originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to MOD originator IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to MOD or SDF, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to MOD originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to METI originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator SDF scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to METI originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator SDF scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator IPA scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to METI originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator IPA, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to METI originator IPA scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of IPA (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to METI, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to METI originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator MOD scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to IPA originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator MOD, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator MOD scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator SDF scope signatories-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only, no purpose (2 queries)
    e.g. research from METI to IPA originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator SDF, marked signatories-only and recipient-only with an audience without the recipient, no purpose (1 query)
    e.g. research from METI to IPA originator SDF scope signatories-only, recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to IPA, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to IPA originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of DHS (art-2-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, unmarked, no purpose (2 queries)
    e.g. research from METI to CAS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to CAS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only, no purpose (6 queries)
    e.g. research from METI to CAS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to CAS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, sent by its originator, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. research from METI to CAS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, unmarked, no purpose (14 queries)
    e.g. research from METI to CAS originator ASEAN
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience with the recipient, no purpose (14 queries)
    e.g. research from METI to CAS originator ASEAN scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, an audience without the recipient, no purpose (14 queries)
    e.g. research from METI to CAS originator ASEAN scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only, no purpose (42 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only, no purpose (28 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked recipient-only with an audience without the recipient, no purpose (14 queries)
    e.g. research from METI to CAS originator ASEAN scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator ASEAN, AUS, IND, CAS and 3 more, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (42 queries)
    e.g. research from METI to CAS originator ASEAN scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, unmarked, no purpose (2 queries)
    e.g. research from METI to CAS originator MOD
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator MOD scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator MOD scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only, no purpose (6 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator MOD scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator MOD, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. research from METI to CAS originator MOD scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, unmarked, no purpose (2 queries)
    e.g. research from METI to CAS originator SDF
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator SDF scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator SDF scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only, no purpose (6 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator SDF scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator SDF, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. research from METI to CAS originator SDF scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, unmarked, no purpose (2 queries)
    e.g. research from METI to CAS originator IPA
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, an audience with the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator IPA scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator IPA scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked signatories-only, no purpose (6 queries)
    e.g. research from METI to CAS originator IPA scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked recipient-only, no purpose (4 queries)
    e.g. research from METI to CAS originator IPA scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from METI to CAS originator IPA scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator IPA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (6 queries)
    e.g. research from METI to CAS originator IPA scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, unmarked, no purpose (4 queries)
    e.g. research from METI to CAS originator DHS
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience with the recipient, no purpose (4 queries)
    e.g. research from METI to CAS originator DHS scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to CAS originator DHS scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only, no purpose (12 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only, no purpose (8 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from METI to CAS originator DHS scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA and DHS (art-3-2-5)
  ~ research from METI to CAS or NCO, passed on from originator DHS or CISA, marked signatories-only and recipient-only or marked signatories-only and recipient-only with an audience with the recipient (3 sets of markings), no purpose (12 queries)
    e.g. research from METI to CAS originator DHS scope signatories-only, recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and IPA (art-3-2-5)
  ~ research from IPA to MOD or SDF, passed on from originator METI, an audience without the recipient, no purpose (4 queries)
    e.g. research from IPA to MOD originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only, no purpose (8 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to MOD or SDF, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (4 queries)
    e.g. research from IPA to MOD originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to IPA, passed on from originator METI, an audience without the recipient, no purpose (2 queries)
    e.g. research from IPA to IPA originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to IPA, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only with an audience without the recipient, no purpose (2 queries)
    e.g. research from IPA to IPA originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of METI (art-2-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, unmarked, no purpose (2 queries)
    e.g. research from IPA to CAS originator METI
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, an audience with the recipient, no purpose (2 queries)
    e.g. research from IPA to CAS originator METI scope {CAS}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked signatories-only or an audience without the recipient, no purpose (8 queries)
    e.g. research from IPA to CAS originator METI scope {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only, no purpose (4 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)
  ~ research from IPA to CAS or NCO, passed on from originator METI, marked recipient-only with an audience without the recipient or marked signatories-only and recipient-only (4 sets of markings), no purpose (8 queries)
    e.g. research from IPA to CAS originator METI scope recipient-only, {}
    old: deny (no rule allows this transfer)
    new: needs consent of MOD and METI (art-3-2-5)

1169 classes of queries answered differently (40514 queries)
--- stderr
