# bad input, exit 2: an object without an id, at its line
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-no-id.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:3:3: a malware object without a string "id"
