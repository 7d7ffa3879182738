# bad input, exit 2: not JSON: jansson's message, where
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-bad-json.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:2:81: not JSON: string or '}' expected near ','
