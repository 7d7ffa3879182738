# nothing under the 2024 agreement reaches DHS: exit 1
args: flows -q ../../policies --category vulnerabilities --originator IPA --to DHS --at 2025-06-01
exit: 1
--- stdout
no: IPA cannot reach DHS on 2025-06-01
--- stderr
