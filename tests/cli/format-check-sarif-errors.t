# check --format sarif: SARIF 2.1.0, errors with notes as related locations, rules from the codes of docs/errors.md
args: check --format sarif format-errors.spol
exit: 1
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
              "id": "duplicate-name",
              "shortDescription": {
                "text": "A name declared twice."
              },
              "help": {
                "text": "A name declared twice. See docs/errors.md, section 'duplicate-name'."
              }
            },
            {
              "id": "undefined-name",
              "shortDescription": {
                "text": "A name that no file of the set declares, with the kind that was expected and, when one is close, \"did you mean\"."
              },
              "help": {
                "text": "A name that no file of the set declares, with the kind that was expected and, when one is close, \"did you mean\". See docs/errors.md, section 'undefined-name'."
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": true,
          "exitCode": 1
        }
      ],
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "duplicate-name",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "'intel' is already declared"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-errors.spol"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 10,
                  "endLine": 7,
                  "endColumn": 15
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-errors.spol"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 10,
                  "endLine": 6,
                  "endColumn": 15
                }
              },
              "message": {
                "text": "'intel' was first declared here, as a category"
              },
              "id": 0
            }
          ]
        },
        {
          "ruleId": "undefined-name",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "'signatores' is not declared (expected a party or group)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-errors.spol"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 34,
                  "endLine": 8,
                  "endColumn": 44
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "format-errors.spol"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 7,
                  "endLine": 5,
                  "endColumn": 18
                }
              },
              "message": {
                "text": "did you mean 'signatories'?"
              },
              "id": 0
            }
          ]
        }
      ]
    }
  ]
}
--- stderr
