"""lspclient.py — a small Language Server Protocol client for the tests of
`sharepol lsp`: starts the server, frames messages (or sends raw bytes),
and reads the server's messages on a thread so that a test can wait for a
response or a notification with a timeout instead of hanging."""

import json
import queue
import subprocess
import threading

TIMEOUT = 10.0


class Client:
    def __init__(self, sharepol, *args):
        self.proc = subprocess.Popen([sharepol, "lsp", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.pending = []          # messages read but not yet asked for
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            self._read_messages()
        except (ValueError, OSError):
            self.inbox.put(None)  # the pipe was closed under us (close())

    def _read_messages(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.rstrip(b"\r\n")
                if not line:
                    break
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers[b"content-length"]))
            self.inbox.put(json.loads(body))

    # ---- sending --------------------------------------------------------

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        m = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)

    def request(self, method, params=None):
        """Sends a request and returns its response (the whole message)."""
        rid = self.next_id
        self.next_id += 1
        m = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)
        return self.wait(lambda msg: msg.get("id") == rid and "method" not in msg)

    # ---- receiving ------------------------------------------------------

    def wait(self, match, timeout=TIMEOUT):
        for i, msg in enumerate(self.pending):
            if match(msg):
                return self.pending.pop(i)
        while True:
            try:
                msg = self.inbox.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError("no matching message within %.0f s; pending: %r"
                                     % (timeout, self.pending[-5:]))
            if msg is None:
                self.inbox.put(None)
                raise AssertionError("the server closed its output; pending: %r"
                                     % self.pending[-5:])
            if match(msg):
                return msg
            self.pending.append(msg)

    def response(self, rid=None):
        return self.wait(lambda m: "method" not in m and (rid is None or m.get("id") == rid))

    def diagnostics(self, uri):
        msg = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri)
        return msg["params"]["diagnostics"]

    def log_message(self):
        return self.wait(lambda m: m.get("method") == "window/logMessage")["params"]

    def nothing_more(self, timeout=0.5):
        """Asserts that the server sends nothing (for notifications it must
        not answer): a ping request must be the next thing answered."""
        r = self.request("$/sharepol-test-ping")
        assert r["error"]["code"] == -32601, r
        extra = [m for m in self.pending if "method" not in m]
        assert not extra, "unexpected responses: %r" % extra

    # ---- lifecycle -------------------------------------------------------

    def initialize(self, encodings=None, markdown=True):
        caps = {"textDocument": {"hover": {"contentFormat":
                                           ["markdown", "plaintext"] if markdown
                                           else ["plaintext"]}}}
        if encodings is not None:
            caps["general"] = {"positionEncodings": encodings}
        r = self.request("initialize", {"processId": None, "rootUri": None,
                                        "capabilities": caps})
        self.notify("initialized", {})
        return r["result"]

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "sharepol", "version": version, "text": text}})

    def finish(self, shutdown=True):
        if shutdown:
            assert self.request("shutdown")["result"] is None
        self.notify("exit")
        try:
            code = self.proc.wait(timeout=TIMEOUT)
        finally:
            self.close()
        return code

    def close(self):
        """Kills the server if it still runs, and closes the pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass  # stdin's last flush to a dead server
