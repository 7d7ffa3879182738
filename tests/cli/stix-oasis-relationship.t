# The OASIS indicator-to-campaign example: nothing signed, so without
# --originator all three are held back as unattributed (campaign and
# indicator have no mapping in this policy either, but unattributed is found
# after the type: the type is reported)
args: stix -q stix-oasis.spol --from cert --to partner --at 2025-06-01 --report /dev/stderr
stdin: ../stix/oasis/indicator-to-campaign-relationship.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--44af6c39-c09b-49c5-9de2-394224b04982", "objects": []}
--- stderr
{"id":"campaign--b549a58c-afd9-4847-85c3-5be13d56d3cc","type":"campaign","decision":"deny","rule":null,"residual":null,"reason":"unmapped type 'campaign'"}
{"id":"indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"unmapped type 'indicator'"}
{"id":"relationship--eca24e47-2259-4850-9705-fd1065c77236","type":"relationship","decision":"deny","rule":null,"residual":null,"reason":"unmapped type 'relationship'"}
