# can an IPA vulnerability report marked for the signatories reach CAS?
args: flows -q ../../policies --category vulnerabilities --originator IPA --scope signatories-only --to CAS --at 2025-06-01
exit: 0
--- stdout
yes: IPA -> CAS (art-3-2; needs consent of MOD and METI)
--- stderr
