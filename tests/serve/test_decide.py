"""test_decide.py — /v1/decide answers exactly what `sharepol eval`
answers, plus the revision, over one keep-alive connection; a bad query
gets 400 with its error; /health, /ready and /v1/policy say what is
served; SIGTERM stops the service cleanly."""

import json

from serve_helper import PACT, Server, check, eval_answers, revision, run

QUERIES = [
    '{"id": "q1", "category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"}',
    '{"id": 2, "category": "vulnerabilities", "from": "IPA", "to": "CAS", "at": "2025-06-01"}',
    '{"category": "vulnerabilities", "from": "IPA", "to": "CAS", "at": "2025-06-01", '
    '"consents": ["MOD", "METI"]}',
    '{"category": "research", "from": "IPA", "to": "MOD", "at": "2025-06-01"}',
    '{"category": "threat-intel", "from": "SDF", "to": "IPA", "originator": "SDF", '
    '"scope": "tlp-red", "at": "2025-06-01"}',
    '{"category": "threat-intel", "from": "SDF", "to": "IPA", "scope": ["IPA", "METI"], '
    '"at": "2025-06-01"}',
    '{"category": "research", "from": "IPA", "to": "MOD", "at": "2023-01-01"}',
    '{"id": "\\u00e9t\\u00e9", "category": "threat-intel", "from": "MOD", "to": "METI", "at": "2025-06-01"}',
]
BAD = [
    '{"id": "b1", "category": "nope", "from": "IPA", "to": "CAS"}',
    '{"id": "b2", "category": "research", "from": "signatories", "to": "CAS"}',
    '{"category": "research", "from": "IPA"}',
    '{"category": "research", "from": "IPA", "to": "CAS", "colour": "red"}',
    '{"category": "research", "from": "IPA", "to": "CAS", "at": "2025-02-30"}',
    '[1, 2]',
]


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    server = Server([policy])
    try:
        rev = revision(PACT)
        expected = eval_answers([policy], QUERIES + BAD)
        conn = server.connection()
        for i, line in enumerate(QUERIES + BAD):
            status, resp, answer = server.request(
                "POST", "/v1/decide", line, {"Content-Type": "application/json"}, conn=conn)
            want = dict(expected[i])
            want.pop("line", None)
            want["revision"] = rev
            if i < len(QUERIES):
                check(status == 200, "query %d: status %d %r" % (i, status, answer), server)
            else:
                check(status == 400, "bad query %d: status %d" % (i, status), server)
            check(answer == want, "query %d: %r, eval says %r" % (i, answer, want), server)
            check(list(answer) == list(want), "query %d: keys in another order" % i, server)
        conn.close()

        status, _, body = server.request("GET", "/health")
        check(status == 200 and body == {"status": "ok"}, "/health: %d %r" % (status, body))
        status, _, body = server.request("GET", "/ready")
        check(status == 200 and body["revision"] == rev, "/ready: %d %r" % (status, body))
        status, _, body = server.request("GET", "/v1/policy")
        check(status == 200 and body["revision"] == rev, "/v1/policy: %r" % body, server)
        check(body["files"] == [{"name": policy, "bytes": len(PACT.encode())}],
              "/v1/policy files: %r" % body["files"], server)
        check(body["counts"]["parties"] == 5 and body["counts"]["rules"] == 2,
              "/v1/policy counts: %r" % body["counts"], server)
        check(body["compiled_at"].endswith("Z"), "compiled_at: %r" % body["compiled_at"])
        # the body of a decision may be sent without a Content-Type
        status, _, body = server.request("POST", "/v1/decide", QUERIES[0].encode())
        check(status == 200 and body["decision"] == "allow", "no Content-Type: %r" % body)
    finally:
        log = server.stop()
    check('"event":"listening"' in log and '"event":"stopped"' in log,
          "the log has no start or stop line:\n" + log)


run(main)
