# Identities and marking definitions that refer to one another.  A carrier
# marked itself (the informant's identity, a statement marked TLP:GREEN) is
# never sent; neither is one that refers to a carrier that is not sent (the
# SOC's identity created by a desk created by the informant, two steps; a
# statement created by the informant), and everything that refers to those
# stays: through created_by_ref, object_marking_refs, a granular marking, and
# a report's object_refs.  A statement that goes takes its creator's
# identity along (the secretariat), so nothing sent points at an identity or
# marking definition left behind
args: stix -q stix-carriers.spol --from cert --to partner --at 2025-06-01 --report /dev/stderr
stdin: stix-carriers.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--0c6f5e2a-8d47-4b1e-9a53-7e2f4c1d8b90", "objects": [
{"type": "identity", "spec_version": "2.1", "id": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "name": "CERT"},
{"type": "identity", "spec_version": "2.1", "id": "identity--a4bbf151-4fef-4498-82c2-123a422e6e13", "name": "the partnership's secretariat"},
{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "created": "2022-10-01T00:00:00.000Z", "name": "TLP:GREEN", "extensions": {"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {"extension_type": "property-extension", "tlp_2_0": "green"}}},
{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--28989b8e-f09b-4fec-92c9-52f1f949e2cd", "created_by_ref": "identity--a4bbf151-4fef-4498-82c2-123a422e6e13", "definition_type": "statement", "definition": {"statement": "For the partnership, from its secretariat"}},
{"type": "indicator", "spec_version": "2.1", "id": "indicator--314b5f02-9a9f-4941-807f-a600f148d307", "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "marking-definition--28989b8e-f09b-4fec-92c9-52f1f949e2cd"]}
]}
--- stderr
{"id":"identity--81cade27-7df8-4730-836b-62d880e6d9d3","type":"identity","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back identity--ac66e38b-da0a-4421-a6ac-a1386e4a886f"}
{"id":"identity--ac66e38b-da0a-4421-a6ac-a1386e4a886f","type":"identity","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back identity--68a9b4eb-1a91-424d-a838-9fef38c2d84c"}
{"id":"identity--68a9b4eb-1a91-424d-a838-9fef38c2d84c","type":"identity","decision":"deny","rule":null,"residual":null,"reason":"an identity or marking definition with markings of its own is not sent"}
{"id":"marking-definition--8c98db4a-93cd-483e-96d8-2d5fccb69f15","type":"marking-definition","decision":"deny","rule":null,"residual":null,"reason":"an identity or marking definition with markings of its own is not sent"}
{"id":"marking-definition--c160f2a0-809b-4cc3-81b3-6a3ab8a39abc","type":"marking-definition","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back identity--68a9b4eb-1a91-424d-a838-9fef38c2d84c"}
{"id":"indicator--2d0e6082-02f7-4b37-b84a-e8a147dd83dc","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back identity--81cade27-7df8-4730-836b-62d880e6d9d3"}
{"id":"indicator--97baf4e7-c2ba-447e-9b75-c43085c18878","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back marking-definition--8c98db4a-93cd-483e-96d8-2d5fccb69f15"}
{"id":"indicator--09928551-c815-45c5-a436-b7facbc7e9db","type":"indicator","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back marking-definition--c160f2a0-809b-4cc3-81b3-6a3ab8a39abc"}
{"id":"report--16082d06-a467-4230-ad89-ea3004ce2e56","type":"report","decision":"deny","rule":null,"residual":null,"reason":"refers to held-back indicator--2d0e6082-02f7-4b37-b84a-e8a147dd83dc"}
