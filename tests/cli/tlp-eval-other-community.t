# the TLP 2.0 module read with a second community of its own parties
# (tests/tlp/other-community.spol): for an item with originator O held by F
# going to T, allow when F is O, when T is O or a unit of O, or when every
# marking permits T; else needs consent of O, and allow with it; never deny
args: eval ../../examples/tlp/tlp-2.0.spol ../tlp/other-community.spol
stdin: ../tlp/other-community.jsonl
exit: 0
--- stdout
{"id":"source-red","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"source-unmarked","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"source-empty-audience","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"source-unit-is-onward","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"GridCo"}
{"id":"back-red","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"back-to-unit","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"back-unmarked","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"clear","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"green-member","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"green-client-not-member","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"green-outsider","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"green-outsider-consent","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-own-unit","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-client","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-client-outside-isac","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-member-not-client","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"amber-unit-fact-not-read","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"amber-holder-not-source","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"SecureOps"}
{"id":"strict-own","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"strict-client","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"strict-client-consent","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"red-own-unit","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"red-unit-consent-not-source","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"red-consent","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"audience-unit","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"audience-outside","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"GridCo"}
{"id":"audience-scope-key","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"unmarked-key-absent","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"unmarked-empty-list","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"EnergyISAC"}
{"id":"unmarked-consent","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-and-audience","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"amber-and-audience-narrower","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"PowerGen"}
{"id":"green-and-strict-own","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"green-and-strict-member","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"GridCo"}
{"id":"clear-and-red","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"GridCo"}
{"id":"two-audiences","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
{"id":"two-audiences-one-excludes","decision":"needs-consent","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1","residual":"PowerGen"}
{"id":"all-lifted-by-one-consent","decision":"allow","rule":"tlp-share","location":"../../examples/tlp/tlp-2.0.spol:26:1"}
--- stderr
