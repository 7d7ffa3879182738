# object_marking_refs written as a string, not a list: the gate cannot read
# the marking, so the bundle is refused rather than the object taken as
# unmarked
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-marking-string.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:2:3: indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f's "object_marking_refs" is not an array
