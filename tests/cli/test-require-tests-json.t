# --require-tests holds in every format: the JSON report says not ok, exit 1
args: test --require-tests --format json ../cases/warn-no-tests.spol
exit: 1
--- stdout
{
  "command": "test",
  "version": 1,
  "ok": false,
  "passed": 0,
  "failed": 0,
  "tests": [],
  "diagnostics": [
    {
      "severity": "warning",
      "code": "no-tests",
      "message": "the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says",
      "location": {
        "file": "../cases/warn-no-tests.spol"
      },
      "notes": []
    }
  ]
}
--- stderr
