# the TLP 2.0 module compiles without a warning with a second community,
# which declares `community` as a group of groups
args: check ../../examples/tlp/tlp-2.0.spol ../tlp/other-community.spol
exit: 0
--- stdout
ok: 7 rules, 0 agreements, 0 warnings
--- stderr
