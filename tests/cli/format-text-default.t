# --format text is the default output, byte for byte
args: test --format text -v broken-tests.spol
exit: 1
--- stdout
PASS  passes (broken-tests.spol:12)
    ok   broken-tests.spol:13:3: expect intel from MOD to METI => allow;
    ok   broken-tests.spol:14:3: expect intel from MOD to CAS => needs consent of METI;
FAIL  fails twice (broken-tests.spol:17)
    FAIL broken-tests.spol:18:3: expect intel from MOD to CAS => allow;
        expected: allow
        actual:   needs consent of METI, by rule cas (broken-tests.spol:9:1)
    ok   broken-tests.spol:19:3: expect intel from MOD to CAS => needs consent of MOD and METI;
    ok   broken-tests.spol:20:3: expect intel from METI to MOD => allow;
1 passed, 1 failed
--- stderr
