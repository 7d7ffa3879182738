# a policy set without test blocks passes with a warning, but not with
# --require-tests, which a CI job uses so that an untested policy fails
args: test --require-tests ../cases/warn-no-tests.spol
exit: 1
--- stdout
0 passed, 0 failed
--- stderr
../cases/warn-no-tests.spol: warning[no-tests]: the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says
sharepol test: the policy set has no test blocks, and --require-tests asks for some
