# eval answers queries: a policy's warnings are counted in one line, not
# printed at each start (check shows them, --warnings prints them here)
args: eval policy-dir
exit: 0
--- stdout
--- stderr
sharepol: 3 warnings in the policy ('sharepol check' shows them; --warnings prints them here)
