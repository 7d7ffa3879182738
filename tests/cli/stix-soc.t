# For the CERT's own SOC, with the CERT as the source of unattributed
# objects: TLP:AMBER with the board-only granular marking goes (the SOC is in
# the CERT), and so does the observable; TLP:RED still stays
args: stix -q stix.spol --from cert --to soc --originator cert --at 2025-06-01 --report /dev/stderr
stdin: stix-mixed.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
{"type": "identity", "spec_version": "2.1", "id": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z", "name": "CERT", "identity_class": "organization"},
{"type": "indicator",   "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
     "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
     "indicator_types": ["malicious-activity"], "name": "Green IP", "pattern": "[ipv4-addr:value = '10.0.0.1']", "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z",
     "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
{"type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "value": "10.0.0.1"},
{"type": "indicator", "spec_version": "2.1", "id": "indicator--c410e480-e42b-47d1-9476-85307c12bcbf", "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
     "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z", "name": "Board eyes", "pattern": "[domain-name:value = 'x.example']", "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z",
     "object_marking_refs": ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"],
     "granular_markings": [{"marking_ref": "marking-definition--3b1f5c40-ba52-4aa6-a7a2-2c1e5a0b3e55", "selectors": ["name"]}]}
]}
--- stderr
{"id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","type":"malware","decision":"deny","rule":null,"residual":null,"reason":"no rule allows it"}
{"id":"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad","type":"relationship","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
{"id":"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3","type":"report","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
{"id":"x-unknown-thing--a8a9b5d2-1a7b-4b53-8ea0-1f2f45e3c6a0","type":"x-unknown-thing","decision":"deny","rule":null,"residual":null,"reason":"unmapped type 'x-unknown-thing'"}
