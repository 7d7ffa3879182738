#!/usr/bin/env python3
"""taxii.py — the walk-through of docs/taxii.md works against a TAXII server.

    tests/stix/taxii.py SHAREPOL_BINARY

Serves examples/stix/bundle.json as a TAXII 2.1 collection on a loopback
port, ten objects a page (whatever `limit` asks), behind basic
authentication and the TAXII media type, with `next` tokens that need URL
encoding; and takes posts to a partner's collection.  Then runs the
commands of docs/taxii.md as the page shows them, in a scratch directory:
the fetch loop, the wrapping of the pages (`jq -s`), the gate and the
envelope of section 7, and the post.  The partner must receive exactly the
objects that go to BankCo (example/bankco.ids), each page must have been
asked for once, with its token.  Exit 77 (skipped) without curl or jq.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOC = os.path.join(ROOT, "docs", "taxii.md")
TAXII = "application/taxii+json;version=2.1"
AUTH = "Basic " + base64.b64encode(b"finisac:s3cret").decode()
PAGE = 10
# tokens with characters a query string must escape
TOKEN = "page {}&of=collection+/"

with open(os.path.join(ROOT, "examples", "stix", "bundle.json"), encoding="utf-8") as f:
    OBJECTS = json.load(f)["objects"]


class Taxii(BaseHTTPRequestHandler):
    gets = []      # (page, query) of each GET
    posts = []     # the body of each POST

    def log_message(self, *args):
        pass

    def answer(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", TAXII)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def refused(self):
        if self.headers.get("Authorization") != AUTH:
            self.answer(401, {"title": "unauthorized"})
            return True
        if self.headers.get("Accept") != TAXII:
            self.answer(406, {"title": "not acceptable"})
            return True
        return False

    def do_GET(self):
        url = urlparse(self.path)
        if self.refused():
            return
        if url.path != "/api1/collections/c65c4b17-72e5-47bb-b1f1-14d4d9905cc8/objects/":
            self.answer(404, {"title": "no such collection"})
            return
        query = parse_qs(url.query)
        page = 0
        if "next" in query:
            page = [TOKEN.format(p) for p in range(len(OBJECTS))].index(query["next"][0])
        Taxii.gets.append((page, query))
        chunk = OBJECTS[page * PAGE:(page + 1) * PAGE]
        body = {"more": (page + 1) * PAGE < len(OBJECTS), "objects": chunk}
        if body["more"]:
            body["next"] = TOKEN.format(page + 1)
        self.answer(200, body)

    def do_POST(self):
        if self.refused():
            return
        if self.headers.get("Content-Type") != TAXII or \
                self.path != "/sharing/collections/604d9b75-229a-4c5c-acfe-00443bda9295/objects/":
            self.answer(415, {"title": "unsupported"})
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Taxii.posts.append(body)
        n = len(body["objects"])
        self.answer(202, {"id": "2d086da7-4bdc-4f91-900e-d77486753710", "status": "complete",
                          "total_count": n, "success_count": n, "failure_count": 0,
                          "pending_count": 0})


def doc_commands():
    """The doc's sh blocks, and its console commands, in order."""
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    sh = re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M)
    console = []
    for block in re.findall(r"^```console\n(.*?)^```", text, re.S | re.M):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            if line.startswith("$ "):
                cmd = [line[2:]]
                while cmd[-1].endswith("\\"):
                    i += 1
                    cmd.append(lines[i])
                console.append("\n".join(cmd))
    return sh, console


def main():
    binary = os.path.abspath(sys.argv[1])
    missing = [tool for tool in ("curl", "jq") if not shutil.which(tool)]
    if missing:
        print(f"taxii.py: skipped: no {' or '.join(missing)}")
        return 77
    server = ThreadingHTTPServer(("127.0.0.1", 0), Taxii)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sh, console = doc_commands()
    fetch = [b for b in sh if "taxii.natcert.example" in b]
    post = [b for b in sh if "taxii.bankco.example" in b]
    wrap = [c for c in console if c.startswith("jq -s")]
    gate = [c for c in console if "case $status" in c]
    failures = 0
    if not (len(fetch) == len(post) == len(wrap) == len(gate) == 1):
        print("taxii.py: docs/taxii.md no longer has the fetch, wrap, gate and post it expects",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        os.symlink(os.path.join(ROOT, "examples"), os.path.join(work, "examples"))
        env = dict(os.environ, TAXII_USER="finisac", TAXII_PASSWORD="s3cret",
                   BANKCO_USER="finisac", BANKCO_PASSWORD="s3cret")
        env["PATH"] = os.path.dirname(binary) + os.pathsep + env["PATH"]
        steps = [
            fetch[0].replace("https://taxii.natcert.example", base),
            wrap[0].replace("/tmp/", work + "/"),
            gate[0].replace("/tmp/", work + "/"),
            post[0].replace("https://taxii.bankco.example", base),
        ]
        for step in steps:
            r = subprocess.run(["bash", "-e", "-c", step], cwd=work, env=env,
                               capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or r.stderr:
                print(f"taxii.py: exit {r.returncode}: {step}\n{r.stderr}", file=sys.stderr)
                failures += 1
        pages = [p for p, _ in Taxii.gets]
        if pages != [0, 1, 2] or any(q.get("limit") != ["500"] for _, q in Taxii.gets):
            print(f"taxii.py: pages asked for: {Taxii.gets}", file=sys.stderr)
            failures += 1
        with open(os.path.join(HERE, "example", "bankco.ids"), encoding="utf-8") as f:
            want = f.read().split()
        got = [o["id"] for o in Taxii.posts[0]["objects"]] if len(Taxii.posts) == 1 else None
        if got != want:
            print(f"taxii.py: posted {got}", file=sys.stderr)
            failures += 1
        try:
            with open(os.path.join(work, "posted.json"), encoding="utf-8") as f:
                status = json.load(f)
        except (OSError, ValueError):
            status = {}
        if status.get("success_count") != len(want):
            print(f"taxii.py: posted.json is not the status of the post: {status}",
                  file=sys.stderr)
            failures += 1
    server.shutdown()
    if failures:
        return 1
    print(f"docs/taxii.md: {len(pages)} pages fetched, {len(got)} objects posted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
