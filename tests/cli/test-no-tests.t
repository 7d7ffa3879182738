# without --require-tests a set without test blocks passes, with the warning
args: test ../cases/warn-no-tests.spol
exit: 0
--- stdout
0 passed, 0 failed
--- stderr
../cases/warn-no-tests.spol: warning[no-tests]: the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says
