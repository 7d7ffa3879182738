# test --format json: every block and expectation, a failing one with what it expected and what the policy answers, and --coverage
args: test --format json --coverage broken-tests.spol
exit: 1
--- stdout
{
  "command": "test",
  "version": 1,
  "ok": false,
  "passed": 1,
  "failed": 1,
  "coverage": {
    "rules": 3,
    "reached": 2,
    "unreached": [
      {
        "name": "unreached",
        "kind": "deny",
        "label": null,
        "agreement": null,
        "location": {
          "file": "broken-tests.spol",
          "line": 10,
          "column": 1
        }
      }
    ]
  },
  "tests": [
    {
      "label": "passes",
      "location": {
        "file": "broken-tests.spol",
        "line": 12,
        "column": 1
      },
      "passed": true,
      "expectations": [
        {
          "text": "expect intel from MOD to METI => allow;",
          "location": {
            "file": "broken-tests.spol",
            "line": 13,
            "column": 3,
            "endLine": 13,
            "endColumn": 42
          },
          "passed": true,
          "expected": {
            "decision": "allow",
            "residual": null
          },
          "actual": {
            "decision": "allow",
            "residual": null,
            "rule": {
              "name": "share",
              "kind": "allow",
              "label": null,
              "agreement": null,
              "location": {
                "file": "broken-tests.spol",
                "line": 8,
                "column": 1
              }
            }
          },
          "error": null
        },
        {
          "text": "expect intel from MOD to CAS => needs consent of METI;",
          "location": {
            "file": "broken-tests.spol",
            "line": 14,
            "column": 3,
            "endLine": 14,
            "endColumn": 57
          },
          "passed": true,
          "expected": {
            "decision": "needs-consent",
            "residual": "METI"
          },
          "actual": {
            "decision": "needs-consent",
            "residual": "METI",
            "rule": {
              "name": "cas",
              "kind": "allow",
              "label": null,
              "agreement": null,
              "location": {
                "file": "broken-tests.spol",
                "line": 9,
                "column": 1
              }
            }
          },
          "error": null
        }
      ]
    },
    {
      "label": "fails twice",
      "location": {
        "file": "broken-tests.spol",
        "line": 17,
        "column": 1
      },
      "passed": false,
      "expectations": [
        {
          "text": "expect intel from MOD to CAS => allow;",
          "location": {
            "file": "broken-tests.spol",
            "line": 18,
            "column": 3,
            "endLine": 18,
            "endColumn": 41
          },
          "passed": false,
          "expected": {
            "decision": "allow",
            "residual": null
          },
          "actual": {
            "decision": "needs-consent",
            "residual": "METI",
            "rule": {
              "name": "cas",
              "kind": "allow",
              "label": null,
              "agreement": null,
              "location": {
                "file": "broken-tests.spol",
                "line": 9,
                "column": 1
              }
            }
          },
          "error": null
        },
        {
          "text": "expect intel from MOD to CAS => needs consent of MOD and METI;",
          "location": {
            "file": "broken-tests.spol",
            "line": 19,
            "column": 3,
            "endLine": 19,
            "endColumn": 65
          },
          "passed": true,
          "expected": {
            "decision": "needs-consent",
            "residual": "MOD and METI"
          },
          "actual": {
            "decision": "needs-consent",
            "residual": "METI",
            "rule": {
              "name": "cas",
              "kind": "allow",
              "label": null,
              "agreement": null,
              "location": {
                "file": "broken-tests.spol",
                "line": 9,
                "column": 1
              }
            }
          },
          "error": null
        },
        {
          "text": "expect intel from METI to MOD => allow;",
          "location": {
            "file": "broken-tests.spol",
            "line": 20,
            "column": 3,
            "endLine": 20,
            "endColumn": 42
          },
          "passed": true,
          "expected": {
            "decision": "allow",
            "residual": null
          },
          "actual": {
            "decision": "allow",
            "residual": null,
            "rule": {
              "name": "share",
              "kind": "allow",
              "label": null,
              "agreement": null,
              "location": {
                "file": "broken-tests.spol",
                "line": 8,
                "column": 1
              }
            }
          },
          "error": null
        }
      ]
    }
  ],
  "diagnostics": []
}
--- stderr
