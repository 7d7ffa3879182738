# bad input, exit 2: a JSON object that is not a bundle
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-not-bundle.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:1:1: not a STIX bundle: its "type" is not "bundle"
