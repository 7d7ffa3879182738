# check --format json: warnings (one with a note), --at's not-in-force warning, the counts
args: check --format json --at 2026-03-01 format-warnings.spol
exit: 0
--- stdout
{
  "command": "check",
  "version": 1,
  "ok": true,
  "rules": 4,
  "agreements": 1,
  "errors": 0,
  "warnings": 3,
  "diagnostics": [
    {
      "severity": "warning",
      "code": "unused",
      "message": "party 'IPA' is declared but never used",
      "location": {
        "file": "format-warnings.spol",
        "line": 5,
        "column": 7,
        "endLine": 5,
        "endColumn": 10
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "overridden",
      "message": "this allow rule never allows anything: deny rule stop applies to every transfer it covers, and a deny always wins",
      "location": {
        "file": "format-warnings.spol",
        "line": 9,
        "column": 1,
        "endLine": 9,
        "endColumn": 51
      },
      "notes": [
        {
          "severity": "note",
          "code": "note",
          "message": "the deny rule stop",
          "location": {
            "file": "format-warnings.spol",
            "line": 11,
            "column": 1,
            "endLine": 11,
            "endColumn": 38
          }
        }
      ]
    },
    {
      "severity": "warning",
      "code": "not-in-force",
      "message": "agreement pact ended after 2025-12-31, so on 2026-03-01 its rules do not apply",
      "location": {
        "file": "format-warnings.spol",
        "line": 13,
        "column": 1
      },
      "notes": []
    }
  ]
}
--- stderr
