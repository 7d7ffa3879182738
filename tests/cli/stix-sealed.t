# An identity marked TLP:RED itself is not a query of its own (it has no
# category), so it is never sent, and the indicator it created stays with it
# rather than go out pointing at a withheld identity; the CERT's indicator
# and identity go
args: stix -q stix.spol --from cert --to partner --at 2025-06-01 --report /dev/stderr
stdin: stix-sealed.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--7b1c2d3e-4f50-4a61-8b72-9c83d4e5f607", "objects": [
{"type": "identity", "spec_version": "2.1", "id": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "name": "CERT"},
{"type": "indicator", "spec_version": "2.1", "id": "indicator--c410e480-e42b-47d1-9476-85307c12bcbf", "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}
]}
--- stderr
{"id":"identity--81cade27-7df8-4730-836b-62d880e6d9d3","type":"identity","decision":"deny","rule":null,"residual":null,"reason":"an identity or marking definition with markings of its own is not sent"}
{"id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back identity--81cade27-7df8-4730-836b-62d880e6d9d3"}
