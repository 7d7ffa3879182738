# `2 of {MOD, METI, IPA} and MOD` with IPA given needs MOD alone, not
# `1 of {MOD, METI} and MOD`
args: query --at 2025-06-01 panel.spol -- notes from X to CAS consent IPA
exit: 3
--- stdout
decision: needs consent
rule: quorum (panel.spol:9:1) "two of the signatories, MOD among them"
residual: MOD
--- stderr
