# Sightings across the line: the sighting of the TLP:GREEN indicator goes,
# with the SOC's identity where it was sighted (the CERT's identity is not
# in the bundle); the sighting of the TLP:RED malware stays, and so does the
# report that contains that sighting (a reference two steps away)
args: stix -q stix.spol --from cert --to partner --at 2025-06-01 --report /dev/stderr
stdin: stix-sightings.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--9a2b3c4d-1111-4222-8333-944455556666", "objects": [
{"type": "identity", "spec_version": "2.1", "id": "identity--81cade27-7df8-4730-836b-62d880e6d9d3", "name": "CERT SOC"},
{"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
{"type": "sighting", "spec_version": "2.1", "id": "sighting--ee20065d-2555-424f-ad9e-0f8428623c75", "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "sighting_of_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "where_sighted_refs": ["identity--81cade27-7df8-4730-836b-62d880e6d9d3"], "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}
]}
--- stderr
{"id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","type":"malware","decision":"deny","rule":null,"residual":null,"reason":"no rule allows it"}
{"id":"sighting--a1b2c3d4-2555-424f-ad9e-0f8428623c75","type":"sighting","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
{"id":"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3","type":"report","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back sighting--a1b2c3d4-2555-424f-ad9e-0f8428623c75"}
