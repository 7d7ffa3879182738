# the TLP 2.0 module and its example community compile without a warning
args: check ../../examples/tlp/
exit: 0
--- stdout
ok: 7 rules, 0 agreements, 0 warnings
--- stderr
