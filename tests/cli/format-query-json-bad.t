# query --format json: a query that names something undeclared gives its diagnostic (exit 2)
args: query --format json pact.spol -- vulnerabilities from IPAA to CAS
exit: 2
--- stdout
{
  "command": "query",
  "version": 1,
  "ok": false,
  "query": "vulnerabilities from IPAA to CAS",
  "diagnostics": [
    {
      "severity": "error",
      "code": "undefined-name",
      "message": "the policy declares no party named 'IPAA'",
      "location": {
        "file": "<query>",
        "line": 1,
        "column": 22,
        "endLine": 1,
        "endColumn": 26
      },
      "notes": [
        {
          "severity": "note",
          "code": "note",
          "message": "did you mean 'IPA'?",
          "location": {
            "file": "<query>",
            "line": 1,
            "column": 22,
            "endLine": 1,
            "endColumn": 26
          }
        }
      ]
    }
  ]
}
--- stderr
