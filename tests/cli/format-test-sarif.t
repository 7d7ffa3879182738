# test --format sarif: a failed expectation is an error at the expectation, with the deciding rule and the block as related locations; an unreached rule a warning
args: test --format sarif --coverage broken-tests.spol
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
              "id": "test-failed",
              "shortDescription": {
                "text": "An expectation of a test block that does not hold, or that cannot be decided (sharepol test)."
              },
              "help": {
                "text": "An expectation of a test block that does not hold, or that cannot be decided (sharepol test). See docs/errors.md, section 'test-failed'."
              }
            },
            {
              "id": "not-reached",
              "shortDescription": {
                "text": "A rule that no expectation of any test block reaches (sharepol test --coverage)."
              },
              "help": {
                "text": "A rule that no expectation of any test block reaches (sharepol test --coverage). See docs/errors.md, section 'not-reached'."
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
          "ruleId": "test-failed",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "test \"fails twice\": expected allow, but the policy answers needs consent of METI (rule cas)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "broken-tests.spol"
                },
                "region": {
                  "startLine": 18,
                  "startColumn": 3,
                  "endLine": 18,
                  "endColumn": 41
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "broken-tests.spol"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 1
                }
              },
              "message": {
                "text": "the deciding rule cas"
              },
              "id": 0
            },
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "broken-tests.spol"
                },
                "region": {
                  "startLine": 17,
                  "startColumn": 1
                }
              },
              "message": {
                "text": "the test block"
              },
              "id": 1
            }
          ]
        },
        {
          "ruleId": "not-reached",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "rule unreached is not reached by any test"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "broken-tests.spol"
                },
                "region": {
                  "startLine": 10,
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
