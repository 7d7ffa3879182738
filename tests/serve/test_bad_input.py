"""test_bad_input.py — what a client sends cannot crash, hang or slow the
service for others: malformed JSON, a wrong content type, bodies over
--max-body (declared, and chunked without a size), a batch of 1,000,000
queries, a batch over --max-batch, unknown paths and methods, garbage
instead of HTTP, JSON nested a hundred thousand deep, and a slow client
sending a byte every half second, cut off by --timeout — while another
client keeps getting its answers at once."""

import json
import socket
import threading
import time

from serve_helper import FACTOR, PACT, Server, check, run

QUERY = {"category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"}


def raw(server, data, read=True, timeout=10):
    """Sends bytes on a fresh socket; returns what came back until close."""
    s = socket.create_connection(("127.0.0.1", server.port), timeout=timeout * FACTOR)
    got = b""
    try:
        try:
            s.sendall(data)
        except OSError:
            pass  # the server may answer and close before it has read it all
        while read:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except OSError:
        pass
    finally:
        s.close()
    return got


def status_of(response):
    line = response.split(b"\r\n", 1)[0]
    parts = line.split(b" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def json_body(response):
    return json.loads(response.split(b"\r\n\r\n", 1)[1])


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    server = Server([policy], "--timeout", "2", "--max-batch", "10000")
    stop = threading.Event()
    slowest = [0.0]
    failures = []

    def steady_client():
        # another client, on its own keep-alive connection, all along
        conn = server.connection()
        while not stop.is_set():
            start = time.monotonic()
            try:
                status, _, body = server.request("POST", "/v1/decide", QUERY, conn=conn)
            except Exception as e:  # noqa: BLE001 — any failure is the test's
                failures.append(repr(e))
                conn = server.connection()
                continue
            slowest[0] = max(slowest[0], time.monotonic() - start)
            if status != 200 or body.get("decision") != "allow":
                failures.append("%d %r" % (status, body))
            time.sleep(0.01)
        conn.close()

    # made before the other client starts: building it holds Python's lock
    huge = b'{"queries": [' + b",".join([json.dumps(QUERY).encode()] * 1000000) + b"]}"
    steady = threading.Thread(target=steady_client)
    steady.start()
    try:
        # malformed JSON, and JSON of the wrong shape
        for body, what in ((b'{"category": ', "not valid JSON"),
                           (b'{"category": "a", "category": "b"}', "not valid JSON"),
                           (b"\xff\xfe{}", "not valid JSON"),
                           (b'{"a": "\x00"}', "not valid JSON"),
                           (b"[" * 100000 + b"]" * 100000, "not valid JSON"),
                           (b"", "not valid JSON"),
                           (b'"just a string"', "not valid JSON"),
                           (b"{}", '"category" is required')):
            status, _, answer = server.request("POST", "/v1/decide", body,
                                               {"Content-Type": "application/json"})
            check(status == 400 and what in answer["error"],
                  "body %r: %d %r" % (body[:40], status, answer), server)
        # a wrong content type
        status, _, answer = server.request("POST", "/v1/decide", json.dumps(QUERY),
                                           {"Content-Type": "text/plain"})
        check(status == 415 and "application/json" in answer["error"],
              "text/plain: %d %r" % (status, answer), server)
        status, _, answer = server.request("POST", "/v1/decide", json.dumps(QUERY),
                                           {"Content-Type": "application/json; charset=utf-8"})
        check(status == 200, "a charset parameter: %d %r" % (status, answer), server)
        # unknown paths and methods
        for method, path, want in (("GET", "/", 404), ("GET", "/v2/decide", 404),
                                   ("POST", "/v1/decide/", 404), ("GET", "/v1/decide", 405),
                                   ("DELETE", "/v1/policy", 405), ("PUT", "/v1/reload", 405),
                                   ("POST", "/health", 405)):
            status, resp, answer = server.request(method, path)
            check(status == want and "error" in answer,
                  "%s %s: %d %r" % (method, path, status, answer), server)
            if want == 405:
                check(resp.getheader("Allow") in ("GET", "POST"), "405 without Allow", server)
        # a body over --max-body, declared: refused from the headers alone
        response = raw(server, b"POST /v1/decide/batch HTTP/1.1\r\nHost: x\r\n"
                       b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                       % len(huge) + huge)
        check(status_of(response) == 413, "1,000,000 queries: %r" % response[:200], server)
        check("4194304" in json_body(response)["error"], "413 names the limit: %r" % response)
        # over --max-body without a declared size (chunked): read to the
        # limit, the rest thrown away, then 413
        chunk = b"x" * 65536
        body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(80)) + b"0\r\n\r\n"
        response = raw(server, b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                       b"Transfer-Encoding: chunked\r\n\r\n" + body)
        check(status_of(response) == 413, "chunked over the limit: %r" % response[:200], server)
        # a batch over --max-batch that fits the body limit
        status, _, answer = server.request("POST", "/v1/decide/batch",
                                           {"queries": [QUERY] * 10001})
        check(status == 413 and "10001" in answer["error"] and "10000" in answer["error"],
              "10,001 queries: %d %r" % (status, answer), server)
        # garbage instead of HTTP
        raw(server, b"\x16\x03\x01 this is not HTTP\r\n\r\n")
        raw(server, b"GET /health HTTP/1.1\r\n" + b"X-Long: " + b"a" * 200000 + b"\r\n\r\n")
        raw(server, b"POST /v1/decide HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
        # a slow client: a byte every half second, cut off by --timeout 2
        s = socket.create_connection(("127.0.0.1", server.port), timeout=10 * FACTOR)
        s.sendall(b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 200\r\n\r\n")
        start = time.monotonic()
        closed = None
        for i in range(200):
            try:
                s.sendall(b" ")
                s.settimeout(0.5)
                if s.recv(1024) == b"":
                    closed = time.monotonic() - start
                    break
            except socket.timeout:
                continue
            except OSError:
                closed = time.monotonic() - start
                break
        s.close()
        check(closed is not None and closed < 2 + 3 * FACTOR,
              "the slow client was not cut off (%r s)" % closed, server)
    finally:
        stop.set()
        steady.join()
    check(not failures, "the other client failed: %r" % failures[:5], server)
    check(slowest[0] < 1.0 * FACTOR, "the other client waited %.2f s" % slowest[0], server)
    status, _, answer = server.request("POST", "/v1/decide", QUERY)
    check(status == 200, "after it all: %d %r" % (status, answer), server)
    log = server.stop()
    check('"event":"timeout"' in log, "the cut-off is not in the log:\n" + log)


run(main)
