# "objects" spelled with an escape: jansson reads it, the byte scanner does
# not find it, and the bundle is refused rather than misread
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-escaped-key.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>: cannot find the bytes of the bundle's objects (is "objects" spelled with escapes?)
