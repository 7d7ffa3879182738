# --coverage names the rules no expectation reaches
args: test -q --coverage broken-tests.spol
exit: 1
--- stdout
PASS  passes (broken-tests.spol:12)
FAIL  fails twice (broken-tests.spol:17)
    FAIL broken-tests.spol:18:3: expect intel from MOD to CAS => allow;
        expected: allow
        actual:   needs consent of METI, by rule cas (broken-tests.spol:9:1)
1 passed, 1 failed
coverage: 2 of 3 rules reached by a test
--- stderr
broken-tests.spol:10:1: warning[not-reached]: rule unreached is not reached by any test
