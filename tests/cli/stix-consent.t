# A TLP:CLEAR campaign of the SOC may go to an outsider with the SOC's
# consent: exit 3, held back with its residual; with the consent given it
# goes, with the identity and the marking definition it refers to (not the
# TLP:RED definition, which nothing sent refers to)
args: stix -q stix.spol --from cert --to outsider --at 2025-06-01 --report /dev/stderr
stdin: stix-clear.json
exit: 3
--- stdout
{"type": "bundle", "id": "bundle--0c1b4f4e-7c1e-4c4e-9a55-3b0f8d1d2e01", "objects": []}
--- stderr
{"id":"campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","type":"campaign","decision":"needs-consent","rule":"ask","residual":"soc","reason":"needs consent of soc"}
