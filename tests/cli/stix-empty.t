# a bundle with no objects gives a bundle with no objects, exit 0
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-empty.json
exit: 0
--- stdout
{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": []}
--- stderr
