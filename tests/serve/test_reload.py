"""test_reload.py — hot reload under load: 8 clients ask without pause
(single decisions and batches, each on its keep-alive connection) for a
few seconds while the policy is rewritten and reloaded again and again —
by SIGHUP, by POST /v1/reload and by --watch — once with a broken policy.
Not one request may fail, and every answer must be the one the revision it
names gives: policy A allows the transfer, policy B denies it.  The broken
policy is never served: its reload answers 422 with the diagnostics, the
old revision goes on, and the failure is counted in /metrics.  A request
whose headers came before a reload and its body after is answered on the
revision it began with.  Then no
policy at all: a service started with --watch on a broken policy answers
503 until the policy is fixed."""

import json
import signal
import socket
import threading
import time

from serve_helper import FACTOR, PACT, Server, check, read_response, revision, run

A = PACT
B = PACT.replace("allow attack-methods, threat-intel from signatories to signatories;",
                 "deny attack-methods, threat-intel from signatories to signatories;")
BROKEN = PACT.replace("rule art-2-2", "rule art-2-2 allow nonsense")
QUERY = {"category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"}
WANT = {revision(A): "allow", revision(B): "deny"}


def main(tmp):
    assert A != B and BROKEN != A
    policy = tmp.write("policy/pact.spol", A)
    server = Server([tmp.join("policy")], "--watch", "--threads", "4")
    stop = threading.Event()
    failures, seen, counts = [], set(), [0]
    lock = threading.Lock()

    def client(n):
        conn = server.connection()
        i = 0
        while not stop.is_set():
            i += 1
            try:
                if i % 5 == 0:
                    status, _, body = server.request("POST", "/v1/decide/batch",
                                                     {"queries": [QUERY] * 20}, conn=conn)
                    answers = body.get("answers", []) if status == 200 else []
                    ok = status == 200 and len(answers) == 20 and all(
                        a.get("decision") == WANT.get(body["revision"]) for a in answers)
                    rev = body.get("revision")
                else:
                    status, _, body = server.request("POST", "/v1/decide", QUERY, conn=conn)
                    rev = body.get("revision")
                    ok = status == 200 and body.get("decision") == WANT.get(rev)
            except Exception as e:  # noqa: BLE001 — every failure counts
                ok, status, body, rev = False, None, repr(e), None
                conn.close()
                conn = server.connection()
            with lock:
                counts[0] += 1
                seen.add(rev)
                if not ok:
                    failures.append("client %d: %r %r" % (n, status, body))
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    reloads = []
    try:
        time.sleep(0.3)
        for step in range(4):
            tmp.write("policy/pact.spol", B)
            server.signal(signal.SIGHUP)
            time.sleep(0.4)
            tmp.write("policy/pact.spol", A)
            status, _, body = server.request("POST", "/v1/reload")
            reloads.append((status, body))
            check(status == 200 and body["revision"] == revision(A),
                  "reload to A: %d %r" % (status, body), server)
            time.sleep(0.4)
            if step == 1:
                tmp.write("policy/pact.spol", BROKEN)
                status, _, body = server.request("POST", "/v1/reload")
                check(status == 422 and body["result"] == "failed" and
                      body["revision"] == revision(A) and "error" in body and
                      any(d["severity"] == "error" and d["line"] > 0 for d in body["diagnostics"]),
                      "reload of a broken policy: %d %r" % (status, body), server)
                time.sleep(0.4)
            tmp.write("policy/pact.spol", B)  # --watch alone reloads this one
            time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join()
    check(not failures, "%d of %d requests failed: %r" % (len(failures), counts[0], failures[:5]),
          server)
    check(seen == set(WANT), "revisions seen: %r" % seen, server)
    check(counts[0] > 100, "only %d requests in all" % counts[0], server)
    status, _, ready = server.request("GET", "/ready")
    check(ready["revision"] == revision(B), "--watch did not load B: %r" % ready, server)
    # a request begun before a reload is answered on the revision it began
    # with: its headers come on B, its body after the swap to A
    body = json.dumps(QUERY).encode()
    s = socket.create_connection(("127.0.0.1", server.port), timeout=10 * FACTOR)
    s.sendall(b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body))
    time.sleep(0.2 * FACTOR)
    tmp.write("policy/pact.spol", A)
    status, _, reloaded = server.request("POST", "/v1/reload")
    check(status == 200 and reloaded["revision"] == revision(A), "reload: %r" % reloaded, server)
    s.sendall(body)
    response = read_response(s)
    answer = json.loads(response.split(b"\r\n\r\n", 1)[1])
    check(answer["revision"] == revision(B) and answer["decision"] == "deny",
          "a request begun on B: %r" % answer, server)
    status, _, answer = server.request("POST", "/v1/decide", QUERY)
    check(answer["revision"] == revision(A) and answer["decision"] == "allow",
          "a request after the reload: %r" % answer, server)
    time.sleep(0.5)  # --watch's own reload of A, which changes nothing
    _, _, text = server.request("GET", "/metrics")
    check('sharepol_reloads_total{result="failed"} ' in text and
          'sharepol_reloads_total{result="failed"} 0' not in text, text)
    log = server.stop()
    check('"reason":"SIGHUP"' in log and '"reason":"watch"' in log and '"reason":"api"' in log and
          '"result":"failed"' in log, "the reloads are not all in the log:\n" + log)

    # started with --watch on a broken policy: up, not ready, 503 until fixed
    broken = tmp.write("later/pact.spol", BROKEN)
    server = Server([broken], "--watch")
    try:
        status, _, body = server.request("GET", "/ready")
        check(status == 503 and "error" in body, "/ready without a policy: %d %r" % (status, body))
        status, resp, body = server.request("POST", "/v1/decide", QUERY)
        check(status == 503 and "no policy" in body["error"], "decide without a policy: %r" % body)
        check(resp.getheader("Retry-After") == "1", "503 without Retry-After", server)
        status, _, body = server.request("GET", "/v1/policy")
        check(status == 503, "/v1/policy without a policy: %d" % status, server)
        status, _, body = server.request("GET", "/health")
        check(status == 200, "/health without a policy: %d" % status, server)
        tmp.write("later/pact.spol", A)
        deadline = time.monotonic() + 10 * FACTOR
        while time.monotonic() < deadline:
            status, _, body = server.request("GET", "/ready")
            if status == 200:
                break
            time.sleep(0.05)
        check(status == 200 and body["revision"] == revision(A), "never ready: %r" % body, server)
        status, _, body = server.request("POST", "/v1/decide", QUERY)
        check(status == 200 and body["decision"] == "allow", "decide once fixed: %r" % body)
    finally:
        server.stop()

    # without --watch, a broken policy at start is an error (exit 1)
    tmp.write("later/pact.spol", BROKEN)
    server = Server([broken], expect_start=False)
    code = server.proc.wait(timeout=10 * FACTOR)
    check(code == 1 and "error" in server.log(), "a broken start: exit %d" % code)


run(main)
