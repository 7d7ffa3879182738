# the agreement renews on 2025-12-27 (no notice is recorded): nothing changes
args: diff -q --at 2025-12-26 --at 2025-12-27 ../../policies
exit: 0
--- stdout
no query is answered differently
--- stderr
