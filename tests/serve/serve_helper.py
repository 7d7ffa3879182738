"""serve_helper.py — what the tests of `sharepol serve` share: a real
server started on an ephemeral loopback port in a temporary folder of the
test's own, real clients (http.client, curl), the revision computed as
docs/serve.md defines it, and a bound on every wait.

Only the Python standard library is used.  Each test script takes the
sharepol binary as its first argument (ctest passes it) and exits non-zero
on the first failed check, after printing the server's log."""

import atexit
import hashlib
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

SHAREPOL = os.path.realpath(sys.argv[1]) if len(sys.argv) > 1 else None
# sanitizer builds are slower; every wait scales with this
FACTOR = float(os.environ.get("SHAREPOL_TIME_FACTOR", "1"))

# A small policy (tests/cli/pact.spol cut down): IPA may pass
# vulnerabilities to METI; to CAS only with the consent of MOD and METI.
PACT = """party MOD;
party SDF in MOD;
party METI;
party IPA;
party CAS;
group signatories = MOD, METI, IPA;
category attack-methods;
category threat-intel;
category vulnerabilities in threat-intel;
category research;
scope tlp-red;
agreement pact {
  parties signatories;
  signed 2024-12-27;
  term 1y renews 1y unless notice 1mo;
  rule art-2-2 "mutual sharing"
    allow attack-methods, threat-intel from signatories to signatories;
  rule art-3-2 "to CAS upon agreement of all three"
    allow * from signatories to CAS with consent of all of signatories;
}
"""


def revision(*texts):
    """The revision of a policy whose sources are these texts, in order:
    SHA-256 over each source's length (8 bytes, big-endian) and bytes."""
    h = hashlib.sha256()
    for t in texts:
        b = t.encode() if isinstance(t, str) else t
        h.update(len(b).to_bytes(8, "big"))
        h.update(b)
    return h.hexdigest()


def fail(message, server=None):
    print("FAIL: " + message, file=sys.stderr)
    if server is not None:
        print("--- server log\n" + server.log(), file=sys.stderr)
    sys.exit(1)


def check(condition, message, server=None):
    if not condition:
        fail(message, server)


class TempDir:
    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="sharepol-serve-")

    def write(self, name, text):
        path = os.path.join(self.path, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # write beside and rename, as a deploy does: a reader never sees half
        tmp = path + ".tmp~"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, path)
        return path

    def join(self, name):
        return os.path.join(self.path, name)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


# every server started, so that a failed check (sys.exit) leaves none running
_started = []


@atexit.register
def _kill_leftovers():
    for server in _started:
        server.kill()


class Server:
    """A running `sharepol serve FILES --listen 127.0.0.1:0 ARGS`."""

    def __init__(self, files, *args, tls=False, expect_start=True):
        self.tls = tls
        self.stderr = tempfile.TemporaryFile(mode="w+")
        cmd = [SHAREPOL, "serve", *files, "--listen", "127.0.0.1:0", *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        _started.append(self)
        self.port = None
        if not expect_start:
            return
        line = self._read_line(10 * FACTOR)
        if not line.startswith("listening on 127.0.0.1:"):
            self.proc.kill()
            fail("the server did not say where it listens: %r" % line, self)
        self.port = int(line.strip().rsplit(":", 1)[1])

    def _read_line(self, timeout):
        result = []
        t = threading.Thread(target=lambda: result.append(self.proc.stdout.readline()))
        t.daemon = True
        t.start()
        t.join(timeout)
        return result[0] if result else ""

    def log(self):
        self.stderr.seek(0)
        return self.stderr.read()

    def connection(self, timeout=10):
        if self.tls:
            import ssl
            ctx = ssl.create_default_context(cafile=self.tls)
            return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=timeout * FACTOR,
                                               context=ctx)
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout * FACTOR)

    def request(self, method, path, body=None, headers=None, conn=None):
        """Returns (status, headers, parsed JSON or text)."""
        own = conn is None
        conn = conn or self.connection()
        hdrs = dict(headers or {})
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            hdrs.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=body, headers=hdrs)
        resp = conn.getresponse()
        data = resp.read()
        if own:
            conn.close()
        ctype = resp.getheader("Content-Type", "")
        if ctype.startswith("application/json"):
            try:
                data = json.loads(data)
            except ValueError:
                fail("%s %s: a body that is not JSON: %r" % (method, path, data), self)
        else:
            data = data.decode("utf-8", "replace")
        return resp.status, resp, data

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self):
        """SIGTERM, and the exit code must be 0 within the bound."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=20 * FACTOR)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("the server did not stop on SIGTERM", self)
        check(code == 0, "the server exited %s after SIGTERM" % code, self)
        log = self.log()
        for line in log.splitlines():
            try:
                json.loads(line)
            except ValueError:
                fail("a log line that is not JSON: %r" % line, self)
        return log

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def read_response(sock):
    """Reads one HTTP response from a raw socket, to the end of its JSON body
    (or until the server closes), and closes the socket."""
    response = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        response += chunk
        if b"\r\n\r\n" in response and response.rstrip().endswith(b"}"):
            break
    sock.close()
    return response


def eval_answers(files, lines, at=None):
    """`sharepol eval FILES` on these lines: its answers, parsed."""
    cmd = [SHAREPOL, "eval", *files] + (["--at", at] if at else [])
    out = subprocess.run(cmd, input="".join(l + "\n" for l in lines), capture_output=True,
                         text=True, timeout=30 * FACTOR)
    if out.returncode != 0:
        fail("eval exited %d: %s" % (out.returncode, out.stderr))
    return [json.loads(l) for l in out.stdout.splitlines()]


def run(main):
    """Runs main(tmp) with a temporary folder removed afterwards."""
    if not SHAREPOL:
        print("usage: %s SHAREPOL_BINARY" % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    tmp = TempDir()
    try:
        main(tmp)
    finally:
        tmp.remove()
    print("ok")
