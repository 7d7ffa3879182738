# explain --format json: the decision, every rule that applies, and the reasoning as text
args: explain --format json --at 2025-06-01 pact.spol -- vulnerabilities from IPA to CAS consent MOD, METI
exit: 0
--- stdout
{
  "command": "explain",
  "version": 1,
  "ok": true,
  "query": "vulnerabilities from IPA to CAS consent MOD, METI",
  "decision": "allow",
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
  "residual": null,
  "applying": [
    {
      "name": "art-3-2",
      "kind": "allow",
      "label": "Art. 3(2): to the Cabinet Secretariat upon agreement of all three",
      "agreement": "pact",
      "location": {
        "file": "pact.spol",
        "line": 25,
        "column": 3
      }
    }
  ],
  "explanation": "decision: allow\n  by allow art-3-2 \"Art. 3(2): to the Cabinet Secretariat upon agreement of all three\" (pact.spol:25:3)\n  under agreement pact\nquery: vulnerabilities from IPA to CAS originator IPA at 2025-06-01 consent IPA, MOD, METI\n  (the sender's own consent is always given)\nrules that apply, in source order:\n  allow art-3-2 \"Art. 3(2): to the Cabinet Secretariat upon agreement of all three\" (pact.spol:25:3)\n    consent of all of signatories: given\n",
  "diagnostics": []
}
--- stderr
