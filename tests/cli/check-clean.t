# check on a clean policy: exit 0, the "ok:" summary on stdout, nothing on stderr
args: check pact.spol
exit: 0
--- stdout
ok: 3 rules, 1 agreement, 0 warnings
--- stderr
