# a policy whose rules name the query's own parties is refused, not
# compared inexactly: diff does not follow party references yet
args: diff -q ../../docs/examples/amber.spol -- ../../docs/examples/amber.spol
exit: 2
--- stdout
--- stderr
sharepol diff: a limit of diff was exceeded: a class whose consents would need more than 2^20 sets of parties tried, or a rule that names the query's own parties (such as 'to organisation of from'), which diff does not compare yet (docs/diff.md)
