# The OASIS interop-objectmarking-test.json is one campaign, not a bundle
args: stix -q stix-oasis.spol --from cert --to partner --at 2025-06-01
stdin: ../stix/oasis/interop-objectmarking-test.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:1:1: not a STIX bundle: its "type" is not "bundle"
