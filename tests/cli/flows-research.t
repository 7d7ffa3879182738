# Art. 2(2)(5): METI's research reaches the signatories directly, and the
# Cabinet Secretariat (and its NCO) under Art. 3(2) with MOD's and IPA's consent
args: flows -q ../../policies --category research --originator METI --at 2025-06-01
exit: 0
--- stdout
category research, originator METI, no scope, on 2025-06-01:
  MOD: METI -> MOD (art-2-2-5)
  SDF: METI -> SDF (art-2-2-5)
  IPA: METI -> IPA (art-2-2-5)
  CAS: METI -> CAS (art-3-2-5; needs consent of MOD and IPA)
  NCO: METI -> NCO (art-3-2-5; needs consent of MOD and IPA)
not reachable: ASEAN, AUS, IND, CI-OPERATORS, DEFENSE-INDUSTRY, DHS, CISA
--- stderr
