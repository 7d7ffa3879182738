# bad input, exit 2: two objects with one id
args: stix -q stix.spol --from cert --to partner --at 2025-06-01
stdin: stix-duplicate-id.json
exit: 2
--- stdout
--- stderr
sharepol stix: <stdin>:3:3: a second object with the id 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'
