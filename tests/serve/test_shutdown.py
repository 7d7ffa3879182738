"""test_shutdown.py — SIGTERM is graceful: the service stops accepting at
once, a request already begun (its body still coming) is finished and
answered, and the process exits 0 with a "stopped" log line.  Also: the
service listens on IPv6 when told ([::1]:0), and a port in use is an error
at start (exit 2) that names the address."""

import json
import signal
import socket
import subprocess
import time

from serve_helper import FACTOR, PACT, SHAREPOL, Server, check, read_response, run

QUERY = json.dumps({"category": "vulnerabilities", "from": "IPA", "to": "METI",
                    "at": "2025-06-01"}).encode()


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    server = Server([policy], "--timeout", "20")
    s = socket.create_connection(("127.0.0.1", server.port), timeout=10 * FACTOR)
    s.sendall(b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: %d\r\n\r\n" % len(QUERY) + QUERY[:10])
    time.sleep(0.3 * FACTOR)  # the headers are read: the request is in flight
    server.signal(signal.SIGTERM)
    time.sleep(0.3 * FACTOR)
    try:
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
        refused = False
    except OSError:
        refused = True
    check(refused, "a new connection was accepted after SIGTERM", server)
    s.sendall(QUERY[10:])
    response = read_response(s)
    check(response.startswith(b"HTTP/1.1 200") and b'"decision":"allow"' in response,
          "the request in flight: %r" % response, server)
    code = server.proc.wait(timeout=20 * FACTOR)
    check(code == 0, "exit %d after SIGTERM" % code, server)
    log = server.log()
    check('"signal":"SIGTERM"' in log and '"event":"stopped"' in log, "log:\n" + log)

    # IPv6 loopback
    v6 = subprocess.Popen([SHAREPOL, "serve", policy, "--listen", "[::1]:0"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = v6.stdout.readline()
        check(line.startswith("listening on [::1]:"), "IPv6: %r" % line)
        port = int(line.rsplit(":", 1)[1])
        c = socket.create_connection(("::1", port), timeout=10 * FACTOR)
        c.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(c.recv(100).startswith(b"HTTP/1.1 200"), "IPv6 /health")
        c.close()
        # the same port again: in use
        out = subprocess.run([SHAREPOL, "serve", policy, "--listen", "[::1]:%d" % port],
                             capture_output=True, text=True, timeout=10 * FACTOR)
        check(out.returncode == 2 and "cannot listen on ::1:%d" % port in out.stderr,
              "a port in use: %d %r" % (out.returncode, out.stderr))
    finally:
        v6.send_signal(signal.SIGTERM)
        check(v6.wait(timeout=20 * FACTOR) == 0, "IPv6 server exit")


run(main)
