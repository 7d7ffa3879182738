# test blocks whose queries carry several markings
args: test markings.spol
exit: 0
--- stdout
PASS  the most restrictive marking wins (markings.spol:24)
1 passed, 0 failed
--- stderr
