# query --format json: needs consent, with the deciding rule and the residual (exit 3)
args: query --format json --at 2025-06-01 pact.spol -- vulnerabilities from IPA to CAS consent MOD
exit: 3
--- stdout
{
  "command": "query",
  "version": 1,
  "ok": true,
  "query": "vulnerabilities from IPA to CAS consent MOD",
  "decision": "needs-consent",
  "rule": {
    "name": "art-3-2",
    "kind": "allow",
    "label": "Art. 3(2): to the Cabinet Secretariat upon agreement of all three",
    "agreement": "pact",
    "location": {
      "file": "pact.spol",
      "line": 25,
      "column": 3
    }
  },
  "residual": "METI",
  "diagnostics": []
}
--- stderr
