"""test_decision_log.py — serve --decision-log: every decision answered
(single and in batches, not the error answers) has its line in the log,
with the revision it was decided on, the query, the answer as sent and the
client's token name, and `sharepol log verify` passes.  Then kill -9 under
load with --log-sync always: every decision a client received an answer
for is in the log, and the log verifies (a torn last line allowed)."""

import hashlib
import json
import signal
import subprocess
import threading
import time

from serve_helper import FACTOR, PACT, SHAREPOL, Server, check, revision, run

QUERY = {"category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"}


def verify(*files):
    return subprocess.run([SHAREPOL, "log", "verify", *files], capture_output=True, text=True,
                          timeout=60 * FACTOR)


def lines_of(path):
    with open(path, "rb") as f:
        return [json.loads(l) for l in f.read().split(b"\n") if l.strip().endswith(b"}")]


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    tokens = tmp.write("tokens", "misp %s\n" % hashlib.sha256(b"t0ken").hexdigest())
    log = tmp.join("decisions.log")
    auth = {"Authorization": "Bearer t0ken"}
    server = Server([policy], "--decision-log", log, "--token-file", tokens)
    try:
        q1 = dict(QUERY, id="one")
        status, _, a1 = server.request("POST", "/v1/decide", q1, auth)
        check(status == 200, "decide: %d %r" % (status, a1), server)
        status, _, a2 = server.request("POST", "/v1/decide", dict(QUERY, category="nope"), auth)
        check(status == 400, "a bad query: %d" % status, server)
        batch = [dict(QUERY, id=i) for i in range(5)] + [{"category": "nope"}]
        status, _, b = server.request("POST", "/v1/decide/batch", {"queries": batch}, auth)
        check(status == 200 and len(b["answers"]) == 6, "batch: %r" % b, server)
    finally:
        server.stop()
    entries = lines_of(log)
    check(len(entries) == 6, "6 decisions, %d lines:\n%r" % (len(entries), entries))
    check(all(e["revision"] == revision(PACT) and e["client"] == "misp" for e in entries),
          "revision or client: %r" % entries)
    check(entries[0]["query"] == q1 and entries[0]["answer"] == a1,
          "the first line: %r, answered %r" % (entries[0], a1))
    check([e["query"]["id"] for e in entries[1:]] == list(range(5)), "batch lines: %r" % entries)
    check([e["answer"] for e in entries[1:]] == b["answers"][:5], "batch answers in the log")
    out = verify(log)
    check(out.returncode == 0, "log verify: %s %s" % (out.stdout, out.stderr))

    # kill -9 under load: what a client got is in the log
    server = Server([policy], "--decision-log", log, "--log-sync", "always")
    received, stop, lock = [], threading.Event(), threading.Lock()

    def client(n):
        conn = server.connection()
        i = 0
        while not stop.is_set():
            i += 1
            q = dict(QUERY, id="c%d-%d" % (n, i))
            try:
                status, _, body = server.request("POST", "/v1/decide", q, conn=conn)
            except Exception:  # noqa: BLE001 — the server is killed under us
                return
            if status == 200:
                with lock:
                    received.append(q["id"])

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    time.sleep(1.0 * FACTOR)
    server.signal(signal.SIGKILL)
    server.proc.wait(timeout=10 * FACTOR)
    stop.set()
    for t in threads:
        t.join()
    ids = {e["query"].get("id") for e in lines_of(log)}
    missing = [r for r in received if r not in ids]
    check(len(received) > 10, "only %d answers before the kill" % len(received))
    check(not missing, "%d answered decisions missing from the log: %r" % (len(missing),
                                                                         missing[:5]))
    out = verify(log)
    check(out.returncode == 0, "log verify after kill -9: %s %s" % (out.stdout, out.stderr))


run(main)
