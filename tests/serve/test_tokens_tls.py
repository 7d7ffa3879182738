"""test_tokens_tls.py — --token-file: /v1 answers only a request with a
bearer token whose SHA-256 the file holds (401 with a JSON error
otherwise), /health, /ready and /metrics stay open; a token file with a
token in clear instead of a hash is refused at start.  --tls-cert and
--tls-key: HTTPS with a throw-away certificate made by openssl, asked by
Python's ssl and by curl."""

import hashlib
import json
import os
import subprocess

from serve_helper import FACTOR, PACT, Server, check, fail, run

QUERY = {"category": "vulnerabilities", "from": "IPA", "to": "METI", "at": "2025-06-01"}


def sha(token):
    return hashlib.sha256(token.encode()).hexdigest()


def main(tmp):
    policy = tmp.write("pact.spol", PACT)
    tokens = tmp.write("tokens", "# the MISP bridge\nmisp %s\nsoar   %s  # the playbooks\n\n"
                       % (sha("s3cret-misp"), sha("s3cret-soar").upper()))
    server = Server([policy], "--token-file", tokens)
    try:
        status, resp, body = server.request("POST", "/v1/decide", QUERY)
        check(status == 401 and "bearer token" in body["error"], "no token: %d %r" % (status, body))
        check(resp.getheader("WWW-Authenticate", "").startswith("Bearer"), "no WWW-Authenticate")
        for header in ("Bearer wrong", "Bearer s3cret-mis", "Bearer s3cret-misp2", "Basic abc",
                       "Bearer", "Bearer %s" % sha("s3cret-misp")):
            status, _, body = server.request("POST", "/v1/decide", QUERY,
                                             {"Authorization": header})
            check(status == 401 and "error" in body, "%r: %d %r" % (header, status, body), server)
        for token in ("s3cret-misp", "s3cret-soar"):
            status, _, body = server.request("POST", "/v1/decide", QUERY,
                                             {"Authorization": "Bearer " + token})
            check(status == 200 and body["decision"] == "allow", "%s: %d %r" % (token, status, body))
        status, _, body = server.request("GET", "/v1/policy", None,
                                         {"Authorization": "bearer s3cret-soar"})
        check(status == 200, "/v1/policy with a token: %d" % status, server)
        status, _, body = server.request("POST", "/v1/reload")
        check(status == 401, "/v1/reload without a token: %d" % status, server)
        for path in ("/health", "/ready", "/metrics"):
            status, _, _ = server.request("GET", path)
            check(status == 200, "%s without a token: %d" % (path, status), server)
    finally:
        server.stop()

    # a token file that holds a token, not its hash, is refused at start
    bad = tmp.write("bad-tokens", "misp s3cret-misp\n")
    server = Server([policy], "--token-file", bad, expect_start=False)
    code = server.proc.wait(timeout=10 * FACTOR)
    check(code == 2 and "never tokens" in server.log() and ":1:" in server.log(),
          "a token in clear: exit %d, %r" % (code, server.log()))

    # HTTPS with a throw-away certificate
    cert, key = tmp.join("cert.pem"), tmp.join("key.pem")
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                           "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                           "-addext", "subjectAltName=IP:127.0.0.1"],
                          capture_output=True, timeout=60)
    if made.returncode != 0:
        fail("openssl could not make a certificate: %r" % made.stderr)
    server = Server([policy], "--tls-cert", cert, "--tls-key", key, tls=cert)
    try:
        conn = server.connection()
        for _ in range(3):  # keep-alive over TLS
            status, _, body = server.request("POST", "/v1/decide", QUERY, conn=conn)
            check(status == 200 and body["decision"] == "allow", "https: %d %r" % (status, body))
        conn.close()
        out = subprocess.run(["curl", "-sS", "--cacert", cert, "-H",
                              "Content-Type: application/json", "-d", json.dumps(QUERY),
                              "https://127.0.0.1:%d/v1/decide" % server.port],
                             capture_output=True, text=True, timeout=30 * FACTOR)
        check(out.returncode == 0 and json.loads(out.stdout)["decision"] == "allow",
              "curl over https: %r %r" % (out.stdout, out.stderr), server)
        # plain HTTP to the HTTPS port gets no answer, and the service goes on
        out = subprocess.run(["curl", "-sS", "-m", "5", "http://127.0.0.1:%d/health" % server.port],
                             capture_output=True, text=True, timeout=30 * FACTOR)
        check(out.returncode != 0, "plain HTTP answered on the HTTPS port: %r" % out.stdout)
        status, _, _ = server.request("GET", "/health")
        check(status == 200, "https after a plain request: %d" % status, server)
    finally:
        server.stop()
    # --tls-cert without --tls-key is a usage error
    out = subprocess.run([server.proc.args[0], "serve", policy, "--tls-cert", cert],
                         capture_output=True, text=True, timeout=10 * FACTOR)
    check(out.returncode == 2 and "--tls-key" in out.stderr, "--tls-cert alone: %r" % out.stderr)
    check(os.path.exists(cert), "the certificate is gone")


run(main)
