# check --format json on a directory: its files in sorted order, warnings only, ok true, the counts
args: check --format json policy-dir
exit: 0
--- stdout
{
  "command": "check",
  "version": 1,
  "ok": true,
  "rules": 2,
  "agreements": 0,
  "errors": 0,
  "warnings": 3,
  "diagnostics": [
    {
      "severity": "warning",
      "code": "unused",
      "message": "party 'unused-10' is declared but never used",
      "location": {
        "file": "policy-dir/10-rules.spol",
        "line": 2,
        "column": 7,
        "endLine": 2,
        "endColumn": 16
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "unused",
      "message": "party 'unused-2' is declared but never used",
      "location": {
        "file": "policy-dir/2-parties.spol",
        "line": 4,
        "column": 7,
        "endLine": 4,
        "endColumn": 15
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "unused",
      "message": "party 'unused-3' is declared but never used",
      "location": {
        "file": "policy-dir/sub/3-more.spol",
        "line": 2,
        "column": 7,
        "endLine": 2,
        "endColumn": 15
      },
      "notes": []
    }
  ]
}
--- stderr
