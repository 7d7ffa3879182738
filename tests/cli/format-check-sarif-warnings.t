# check --format sarif: warnings and --at's warning; exit 0 as in text
args: check --format sarif --at 2026-03-01 format-warnings.spol
exit: 0
--- stdout
{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "sharepol",
          "version": "0.1.0",
          "rules": [
            {
              "id": "unused",
              "shortDescription": {
                "text": "A party, group, category, purpose or scope that nothing uses."
              },
              "help": {
                "text": "A party, group, category, purpose or scope that nothing uses. See docs/errors.md, section 'unused'."
              }
            },
            {
              "id": "overridden",
              "shortDescription": {
                "text": "An allow rule that never allows anything, because a deny rule without a condition, in force whenever the allow is, covers all its categories, senders and recipients (a deny always wins)."
              },
              "help": {
                "text": "An allow rule that never allows anything, because a deny rule without a condition, in force whenever the allow is, covers all its categories, senders and recipients (a deny always wins). See docs/errors.md, section 'overridden'."
              }
            },
            {
              "id": "not-in-force",
              "shortDescription": {
                "text": "An agreement not in force on the date of sharepol check --at DATE: it ended before that day or starts after it (the first message above)."
              },
              "help": {
                "text": "An agreement not in force on the date of sharepol check --at DATE: it ended before that day or starts after it (the first message above). See docs/errors.md, section 'not-in-force'."
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": true,
          "exitCode": 0
        }
      ],
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "unused",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "party 'IPA' is declared but never used"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-warnings.spol"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 7,
                  "endLine": 5,
                  "endColumn": 10
                }
              }
            }
          ]
        },
        {
          "ruleId": "overridden",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "this allow rule never allows anything: deny rule stop applies to every transfer it covers, and a deny always wins"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-warnings.spol"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 1,
                  "endLine": 9,
                  "endColumn": 51
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-warnings.spol"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 1,
                  "endLine": 11,
                  "endColumn": 38
                }
              },
              "message": {
                "text": "the deny rule stop"
              },
              "id": 0
            }
          ]
        },
        {
          "ruleId": "not-in-force",
          "ruleIndex": 2,
          "level": "warning",
          "message": {
            "text": "agreement pact ended after 2025-12-31, so on 2026-03-01 its rules do not apply"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-warnings.spol"
                },
                "region": {
                  "startLine": 13,
                  "startColumn": 1
                }
              }
            }
          ]
        }
      ]
    }
  ]
}
--- stderr
