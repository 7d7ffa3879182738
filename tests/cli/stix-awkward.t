# The bytes of each object are found whatever the bundle looks like around
# them: a member before "objects" that holds an "objects" of its own and a
# string with `"objects": [`, no whitespace, tabs, a comma on its own line,
# brackets and escaped quotes inside strings, deep nesting, a member after
# the array; each object comes out exactly as it came
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-awkward.json
exit: 0
--- stdout
{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
{"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","name":"brackets ]}[{ and \"quotes\" and \\ and \u00e9 and é","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
{"type":"indicator","id":"indicator--c410e480-e42b-47d1-9476-85307c12bcbf","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","pattern":"[x:y = '}']","nested":{"deep":[[[{"k":[]}]]]},"object_marking_refs":[]}
]}
--- stderr
