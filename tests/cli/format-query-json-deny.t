# query --format json: a default deny has no rule (exit 1)
args: query --format json --at 2025-06-01 pact.spol -- vulnerabilities from CAS to IPA
exit: 1
--- stdout
{
  "command": "query",
  "version": 1,
  "ok": true,
  "query": "vulnerabilities from CAS to IPA",
  "decision": "deny",
  "rule": null,
  "residual": null,
  "diagnostics": []
}
--- stderr
