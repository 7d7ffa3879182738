# test --format json on a policy with errors: the diagnostics, no tests, exit 1
args: test --format json format-errors.spol
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
      "severity": "error",
      "code": "duplicate-name",
      "message": "'intel' is already declared",
      "location": {
        "file": "format-errors.spol",
        "line": 7,
        "column": 10,
        "endLine": 7,
        "endColumn": 15
      },
      "notes": [
        {
          "severity": "note",
          "code": "note",
          "message": "'intel' was first declared here, as a category",
          "location": {
            "file": "format-errors.spol",
            "line": 6,
            "column": 10,
            "endLine": 6,
            "endColumn": 15
          }
        }
      ]
    },
    {
      "severity": "error",
      "code": "undefined-name",
      "message": "'signatores' is not declared (expected a party or group)",
      "location": {
        "file": "format-errors.spol",
        "line": 8,
        "column": 34,
        "endLine": 8,
        "endColumn": 44
      },
      "notes": [
        {
          "severity": "note",
          "code": "note",
          "message": "did you mean 'signatories'?",
          "location": {
            "file": "format-errors.spol",
            "line": 5,
            "column": 7,
            "endLine": 5,
            "endColumn": 18
          }
        }
      ]
    }
  ]
}
--- stderr
