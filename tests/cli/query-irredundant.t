# the residual names only parties some minimal set of consents holds:
# with METI given, `MOD or MOD and IPA or CAS` is printed as `MOD or CAS`
args: query --at 2025-06-01 panel.spol -- notes from Y to X consent METI
exit: 3
--- stdout
decision: needs consent
rule: panel (panel.spol:7:1) "MOD with a ministry, or the Cabinet"
residual: MOD or CAS
--- stderr
