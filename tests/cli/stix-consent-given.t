# the same bundle with the SOC's consent: everything that refers goes, exit 0
args: stix -q stix.spol --from cert --to outsider --at 2025-06-01 --consent soc,cert --report /dev/stderr
stdin: stix-clear.json
exit: 0
--- stdout
{"type": "bundle", "id": "bundle--0c1b4f4e-7c1e-4c4e-9a55-3b0f8d1d2e01", "objects": [
{"type":"identity","spec_version":"2.1","id":"identity--81cade27-7df8-4730-836b-62d880e6d9d3","created":"2016-04-06T20:03:00.000Z","modified":"2016-04-06T20:03:00.000Z","name":"CERT SOC"},
{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487","created":"2022-10-01T00:00:00.000Z","name":"TLP:CLEAR","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"clear"}}},
{"type":"campaign","spec_version":"2.1","id":"campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created_by_ref":"identity--81cade27-7df8-4730-836b-62d880e6d9d3","created":"2016-04-06T20:03:00.000Z","modified":"2016-04-06T20:03:00.000Z","name":"Clear campaign","object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]}
]}
--- stderr
