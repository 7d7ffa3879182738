# check --format json: each error with its notes inside, 1-based places with an exclusive end; nothing on stderr; exit 1 as in text
args: check --format json format-errors.spol
exit: 1
--- stdout
{
  "command": "check",
  "version": 1,
  "ok": false,
  "errors": 2,
  "warnings": 0,
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
