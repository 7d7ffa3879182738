# bad input, exit 2: an id that is not TYPE--UUID
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-bad-id.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:3:5: 'indicator--8e2e2d2b' is not a STIX id of type 'indicator' (TYPE--UUID)
