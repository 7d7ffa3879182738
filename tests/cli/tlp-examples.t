# the TLP 2.0 module and its example community (examples/tlp/) pass their
# own tests, every rule reached; docs/tlp.md
args: test --coverage ../../examples/tlp/
exit: 0
--- stdout
PASS  the source chooses its recipients, whatever the markings (../../examples/tlp/community.spol:32)
PASS  an item may always go back to its source (../../examples/tlp/community.spol:41)
PASS  TLP:CLEAR permits anyone (../../examples/tlp/community.spol:53)
PASS  TLP:GREEN permits the community (../../examples/tlp/community.spol:58)
PASS  TLP:AMBER permits the holder's organisation and its clients (../../examples/tlp/community.spol:67)
PASS  TLP:AMBER+STRICT permits the holder's organisation only (../../examples/tlp/community.spol:82)
PASS  TLP:RED permits nobody onward (../../examples/tlp/community.spol:90)
PASS  an explicit audience permits the parties in it, units included (../../examples/tlp/community.spol:98)
PASS  an unmarked item permits nobody: ask the source (../../examples/tlp/community.spol:109)
PASS  several markings: every one must permit (../../examples/tlp/community.spol:115)
PASS  the module never denies (../../examples/tlp/community.spol:136)
11 passed, 0 failed
coverage: 7 of 7 rules reached by a test
--- stderr
