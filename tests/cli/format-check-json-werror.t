# check --format json --Werror: warnings make it fail (ok false, exit 1)
args: check --format=json --Werror format-warnings.spol
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
      "severity": "error",
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
    }
  ]
}
--- stderr
