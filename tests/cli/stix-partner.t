# The mixed bundle for the partner: the TLP:GREEN indicator goes, with its
# creator's identity; TLP:RED malware is denied, so the relationship and the
# report that refer to it are held back too; the observable is unattributed,
# the custom type unmapped, and the TLP:AMBER indicator with a granular
# board-only marking held back whole
args: stix -q stix.spol --from cert --to partner --at 2025-06-01 --report /dev/stderr
stdin: stix-mixed.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
{"type": "identity", "spec_version": "2.1", "id": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z", "name": "CERT", "identity_class": "organization"},
{"type": "indicator",   "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
     "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
     "indicator_types": ["malicious-activity"], "name": "Green IP", "pattern": "[ipv4-addr:value = '10.0.0.1']", "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z",
     "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}
]}
--- stderr
{"id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","type":"malware","decision":"deny","rule":null,"residual":null,"reason":"no rule allows it"}
{"id":"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad","type":"relationship","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
{"id":"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3","type":"report","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
{"id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","type":"ipv4-addr","decision":"deny","rule":null,"residual":null,"reason":"unattributed: no created_by_ref, and no --originator given"}
{"id":"x-unknown-thing--a8a9b5d2-1a7b-4b53-8ea0-1f2f45e3c6a0","type":"x-unknown-thing","decision":"deny","rule":null,"residual":null,"reason":"unmapped type 'x-unknown-thing'"}
{"id":"indicator--c410e480-e42b-47d1-9476-85307c12bcbf","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"no rule allows it"}
