# a report file that cannot be written: exit 2, and no bundle on stdout
args: stix -q stix.spol --from cert --to partner --at 2025-06-01 --report no-such-dir/held.jsonl
stdin: stix-sightings.json
exit: 2
--- stdout
--- stderr
sharepol stix: cannot write no-such-dir/held.jsonl: No such file or directory
