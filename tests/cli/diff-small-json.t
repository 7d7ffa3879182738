# the same pair as JSON (docs/formats.md, "diff")
args: diff --format json ../diff/small-old.spol -- ../diff/small-new.spol
exit: 1
--- stdout
{
  "command": "diff",
  "version": 1,
  "ok": false,
  "old": [
    "../diff/small-old.spol"
  ],
  "new": [
    "../diff/small-new.spol"
  ],
  "onlyInOld": [],
  "onlyInNew": [
    {
      "kind": "party",
      "name": "Auditor"
    }
  ],
  "classes": [
    {
      "description": "report from HQ or Lab to Partner, no purpose, any day",
      "size": 53252352,
      "categories": [
        "report"
      ],
      "from": [
        "HQ",
        "Lab"
      ],
      "to": [
        "Partner"
      ],
      "originator": {
        "mode": "any",
        "parties": []
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      },
      "example": "report from HQ to Partner",
      "old": {
        "decision": "allow",
        "rule": {
          "name": "share",
          "kind": "allow",
          "label": null,
          "agreement": null,
          "location": {
            "file": "../diff/small-old.spol",
            "line": 9,
            "column": 1
          }
        },
        "residual": null
      },
      "new": {
        "decision": "deny",
        "rule": null,
        "residual": null
      }
    },
    {
      "description": "incident from HQ to Partner, no purpose, any day",
      "size": 26626176,
      "categories": [
        "incident"
      ],
      "from": [
        "HQ"
      ],
      "to": [
        "Partner"
      ],
      "originator": {
        "mode": "any",
        "parties": []
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      },
      "example": "incident from HQ to Partner",
      "old": {
        "decision": "allow",
        "rule": {
          "name": "share",
          "kind": "allow",
          "label": null,
          "agreement": null,
          "location": {
            "file": "../diff/small-old.spol",
            "line": 9,
            "column": 1
          }
        },
        "residual": null
      },
      "new": {
        "decision": "deny",
        "rule": null,
        "residual": null
      }
    },
    {
      "description": "incident from Lab to Partner, no purpose, any day",
      "size": 26626176,
      "categories": [
        "incident"
      ],
      "from": [
        "Lab"
      ],
      "to": [
        "Partner"
      ],
      "originator": {
        "mode": "any",
        "parties": []
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      },
      "example": "incident from Lab to Partner",
      "old": {
        "decision": "allow",
        "rule": {
          "name": "share",
          "kind": "allow",
          "label": null,
          "agreement": null,
          "location": {
            "file": "../diff/small-old.spol",
            "line": 9,
            "column": 1
          }
        },
        "residual": null
      },
      "new": {
        "decision": "deny",
        "rule": null,
        "residual": null
      }
    },
    {
      "description": "incident from Partner to HQ or Lab, any day",
      "size": 106504704,
      "categories": [
        "incident"
      ],
      "from": [
        "Partner"
      ],
      "to": [
        "HQ",
        "Lab"
      ],
      "originator": {
        "mode": "any",
        "parties": []
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null,
        "research"
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      },
      "example": "incident from Partner to HQ",
      "old": {
        "decision": "needs-consent",
        "rule": {
          "name": "back",
          "kind": "allow",
          "label": null,
          "agreement": null,
          "location": {
            "file": "../diff/small-old.spol",
            "line": 10,
            "column": 1
          }
        },
        "residual": "Lab"
      },
      "new": {
        "decision": "needs-consent",
        "rule": {
          "name": "incident-back",
          "kind": "allow",
          "label": null,
          "agreement": null,
          "location": {
            "file": "../diff/small-new.spol",
            "line": 11,
            "column": 1
          }
        },
        "residual": "Lab"
      }
    }
  ],
  "entries": [
    {
      "description": "any category from HQ or Lab to Partner, no purpose, any day",
      "size": 106504704,
      "classes": [
        0,
        1,
        2
      ],
      "categories": [
        "report",
        "incident"
      ],
      "from": [
        "HQ",
        "Lab"
      ],
      "to": [
        "Partner"
      ],
      "originator": {
        "sender": true,
        "others": [
          "HQ",
          "Lab",
          "Partner"
        ]
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      }
    },
    {
      "description": "incident from Partner to HQ or Lab, any day",
      "size": 106504704,
      "classes": [
        3
      ],
      "categories": [
        "incident"
      ],
      "from": [
        "Partner"
      ],
      "to": [
        "HQ",
        "Lab"
      ],
      "originator": {
        "sender": true,
        "others": [
          "HQ",
          "Lab",
          "Partner"
        ]
      },
      "markings": [
        "unmarked",
        "audience-with-recipient",
        "audience-without-recipient"
      ],
      "purposes": [
        null,
        "research"
      ],
      "days": {
        "first": "1900-01-01",
        "last": "9999-12-31"
      }
    }
  ],
  "diagnostics": [
    {
      "severity": "warning",
      "code": "unused",
      "message": "purpose 'research' is declared but never used",
      "location": {
        "file": "../diff/small-old.spol",
        "line": 7,
        "column": 9,
        "endLine": 7,
        "endColumn": 17
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "no-tests",
      "message": "the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says",
      "location": {
        "file": "../diff/small-old.spol"
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "unused",
      "message": "party 'Auditor' is declared but never used",
      "location": {
        "file": "../diff/small-new.spol",
        "line": 5,
        "column": 7,
        "endLine": 5,
        "endColumn": 14
      },
      "notes": []
    },
    {
      "severity": "warning",
      "code": "no-tests",
      "message": "the policy set has no test blocks; add 'test' blocks so that 'sharepol test' can check it says what the agreement says",
      "location": {
        "file": "../diff/small-new.spol"
      },
      "notes": []
    }
  ]
}
--- stderr
