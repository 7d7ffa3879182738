"""test_batch.py — /v1/decide/batch answers a batch of good and bad
queries mixed exactly as `sharepol eval` answers the same lines, each bad
query an error in its place; a batch over --max-batch gets 413 with the
limit; a body that is not a batch gets 400.  /v1/explain gives the
structured explanation; /metrics counts what was answered."""

import json

from serve_helper import PACT, Server, check, eval_answers, revision, run

GOOD = [
    {"id": "a", "category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"},
    {"id": "b", "category": "vulnerabilities", "from": "IPA", "to": "CAS", "at": "2025-06-01"},
    {"category": "research", "from": "IPA", "to": "MOD", "at": "2025-06-01"},
    {"category": "threat-intel", "from": "SDF", "to": "IPA", "at": "2025-06-01",
     "consents": ["MOD"]},
]
BAD = [
    {"id": "x", "category": "nope", "from": "IPA", "to": "CAS"},
    {"category": "research", "from": "signatories", "to": "CAS"},
    "not an object",
    {"category": "research", "to": "CAS"},
]


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    server = Server([policy], "--max-batch", "10")
    try:
        rev = revision(PACT)
        mixed = [GOOD[0], BAD[0], GOOD[1], BAD[1], GOOD[2], BAD[2], GOOD[3], BAD[3]]
        lines = [json.dumps(q) for q in mixed]
        expected = eval_answers([policy], lines)
        for e in expected:
            e.pop("line", None)
        # a JSON value that is not an object: eval's reader takes only
        # objects as lines (so a string is not valid JSON to it), a batch
        # holds any value
        check("not valid JSON" in expected[5]["error"], "eval on a string: %r" % expected[5])
        expected[5] = {"error": "a query must be a JSON object"}
        status, _, body = server.request("POST", "/v1/decide/batch", {"queries": mixed})
        check(status == 200, "batch: %d %r" % (status, body), server)
        check(body == {"revision": rev, "answers": expected},
              "batch: %r\neval: %r" % (body, expected), server)
        check(list(body) == ["revision", "answers"], "batch keys: %r" % list(body))

        # the plain way (most queries) and the jansson way (here forced by a
        # \u escape in the category, or a space in a key's spelling) give
        # the same bytes; and a body the plain reader cannot cut up (an
        # escaped "queries") goes the jansson way whole
        plain = json.dumps({"queries": GOOD})
        general = plain.replace('"vulnerabilities"', '"vuln\\u0065rabilities"')
        assert general != plain
        _, _, a = server.request("POST", "/v1/decide/batch", plain,
                                 {"Content-Type": "application/json"})
        _, _, b = server.request("POST", "/v1/decide/batch", general,
                                 {"Content-Type": "application/json"})
        _, _, c = server.request("POST", "/v1/decide/batch",
                                 plain.replace('"queries"', '"\\u0071ueries"'),
                                 {"Content-Type": "application/json"})
        check(a == b == c and len(a["answers"]) == 4, "plain %r\ngeneral %r\n%r" % (a, b, c))
        for broken in ('{"queries": [{"category": "x"} x]}', '{"queries": [1,]}',
                       '{"queries": [{"category": "vulnerabilities", "from": "IPA", "to": "METI"}, {]}',
                       '{"queries": []} []', '{"queries": [], "queries": []}',
                       '{"queries": ["\xff"]}'):
            status, _, body = server.request("POST", "/v1/decide/batch", broken.encode("latin-1"),
                                             {"Content-Type": "application/json"})
            check(status == 400 and "error" in body, "broken batch %r: %d %r" % (broken, status, body))

        status, _, body = server.request("POST", "/v1/decide/batch", {"queries": []})
        check(status == 200 and body["answers"] == [], "empty batch: %d %r" % (status, body))

        status, _, body = server.request("POST", "/v1/decide/batch", {"queries": GOOD * 3})
        check(status == 413 and "at most 10" in body["error"] and "12" in body["error"],
              "over --max-batch: %d %r" % (status, body), server)
        for bad in ([GOOD[0]], {"query": [GOOD[0]]}, {"queries": GOOD[0]},
                    {"queries": [], "more": 1}):
            status, _, body = server.request("POST", "/v1/decide/batch", bad)
            check(status == 400 and "queries" in body["error"],
                  "not a batch %r: %d %r" % (bad, status, body), server)

        # explain: the structured explanation
        status, _, body = server.request("POST", "/v1/explain", GOOD[1])
        check(status == 200, "explain: %d %r" % (status, body), server)
        check(body["id"] == "b" and body["decision"] == "needs-consent" and
              body["residual"] == "MOD and METI" and body["revision"] == rev,
              "explain: %r" % body, server)
        check(body["rule"]["name"] == "art-3-2" and body["rule"]["kind"] == "allow" and
              body["rule"]["location"] == policy + ":18:3" and body["rule"]["agreement"] == "pact",
              "explain rule: %r" % body["rule"], server)
        check([r["name"] for r in body["applied"]] == ["art-3-2"], "applied: %r" % body["applied"])
        check(any("consent" in l for l in body["reasoning"]), "reasoning: %r" % body["reasoning"])
        status, _, body = server.request("POST", "/v1/explain", GOOD[2])
        check(status == 200 and body["decision"] == "deny" and body["rule"] is None and
              body["residual"] is None and body["applied"] == [],
              "explain a default deny: %r" % body, server)
        check(any("closest" in l for l in body["reasoning"]), "deny reasoning: %r" % body)
        status, _, body = server.request("POST", "/v1/explain", BAD[0])
        check(status == 400 and body["id"] == "x" and "nope" in body["error"],
              "explain a bad query: %d %r" % (status, body), server)

        # the metrics saw all that: the first batch's two allows, a deny, a
        # needs-consent and four errors, three times GOOD (two allows, a deny,
        # a needs-consent) (explain is not counted as a decision), one 413,
        # six broken batches and five other 400s
        status, resp, text = server.request("GET", "/metrics")
        check(status == 200 and resp.getheader("Content-Type").startswith("text/plain"),
              "metrics: %d" % status)
        metrics = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, value = line.rsplit(" ", 1)
                metrics[name] = float(value)
        check(metrics['sharepol_decisions_total{decision="allow"}'] == 2 + 6, text)
        check(metrics['sharepol_decisions_total{decision="deny"}'] == 1 + 3, text)
        check(metrics['sharepol_decisions_total{decision="needs-consent"}'] == 1 + 3, text)
        check(metrics["sharepol_query_errors_total"] == 4, text)
        check(metrics['sharepol_http_requests_total{code="413"}'] == 1, text)
        check(metrics['sharepol_http_requests_total{code="400"}'] == 5 + 6, text)
        check(metrics['sharepol_http_request_duration_seconds_bucket{le="+Inf"}'] ==
              metrics["sharepol_http_request_duration_seconds_count"] >= 10, text)
        check(metrics['sharepol_policy_revision{revision="%s"}' % rev] == 1, text)
        check(metrics['sharepol_reloads_total{result="ok"}'] == 1, text)
        check(metrics['sharepol_reloads_total{result="failed"}'] == 0, text)
    finally:
        server.stop()


run(main)
