"""test_eval_log.py — the decision log through the real binary: `sharepol
eval --decision-log` writes it, `sharepol log verify` checks it, and this
script re-computes every hash on its own from docs/decision-log.md (so the
writer and the verifier cannot agree on a mistake).

Covered: the format and the revision; eval's answers unchanged by the log;
error answers not logged; tampering (a changed answer, a deleted line, two
lines swapped, a changed seq, a changed prev, a line that is not JSON) each
found at its file:line; a torn tail reported and refused for appending;
reopening continues the chain; rotation continues it across files (and a
missing or misordered file is found); a crash between the rename and the new
file; a second writer refused; --expect-last; usage errors; kill -9 under
load with every answer received found in the log.

usage: test_eval_log.py SHAREPOL_BINARY      (run by ctest; temp dirs only)"""

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

SHAREPOL = os.path.realpath(sys.argv[1])
FACTOR = float(os.environ.get("SHAREPOL_TIME_FACTOR", "1"))
ZERO = "0" * 64

POLICY = """party MOD;
party METI;
party IPA;
party CAS;
group signatories = MOD, METI, IPA;
category threat-intel;
category vulnerabilities in threat-intel;
agreement pact {
  parties signatories;
  signed 2024-12-27;
  rule art-2-2 "mutual sharing"
    allow threat-intel from signatories to signatories;
  rule art-3-2 "to CAS upon agreement of all three"
    allow * from signatories to CAS with consent of all of signatories;
}
"""

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, flush=True)


def query(i, to="METI"):
    return json.dumps({"id": "q%d" % i, "category": "vulnerabilities",
                       "from": "IPA", "to": to, "at": "2025-06-01"},
                      separators=(",", ":"))


def run(args, stdin="", cwd=None, timeout=60):
    p = subprocess.run([SHAREPOL] + args, input=stdin, capture_output=True,
                       text=True, cwd=cwd, timeout=timeout * FACTOR)
    return p.returncode, p.stdout, p.stderr


def revision(*texts):
    h = hashlib.sha256()
    for t in texts:
        b = t.encode()
        h.update(len(b).to_bytes(8, "big"))
        h.update(b)
    return h.hexdigest()


def own_verify(paths):
    """The chain re-computed here.  @return the list of parsed lines."""
    prev, seq, lines = None, None, []
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        for raw in data.split(b"\n")[:-1]:
            m = re.fullmatch(rb'(\{.*),"hash":"([0-9a-f]{64})"\}', raw, re.S)
            assert m, raw
            obj = json.loads(raw)
            want = hashlib.sha256(bytes.fromhex(obj["prev"]) + m.group(1)).hexdigest()
            check(want == m.group(2).decode() == obj["hash"], "own hash of seq %s" % obj["seq"])
            if prev is not None:
                check(obj["prev"] == prev, "own link at seq %s" % obj["seq"])
                check(obj["seq"] == seq + 1, "own seq at seq %s" % obj["seq"])
            prev, seq = obj["hash"], obj["seq"]
            lines.append(obj)
    return lines


def verify(paths, *extra):
    return run(["log", "verify"] + list(extra) + list(paths))


def lines_of(path):
    with open(path, "rb") as f:
        return f.read().split(b"\n")[:-1]


def write_lines(path, lines, tail=b""):
    with open(path, "wb") as f:
        f.write(b"".join(l + b"\n" for l in lines) + tail)


def test_fresh_log(d, pol):
    log = os.path.join(d, "fresh.log")
    # plain lines (eval's fast way) and others (an escape, spaces: the
    # jansson way) are logged alike
    stream = "\n".join([query(1), query(2, "CAS"), '{"id":"bad", "category":',
                        '{"id":"q4","category":"nope","from":"IPA","to":"METI"}', "",
                        query(5) + "\r",
                        '{ "id": "q6", "category": "vulnerabilities", "from": "\\u0049PA", '
                        '"to": "METI", "at": "2025-06-01" }']) + "\n"
    rc, out, err = run(["eval", "--decision-log", log, pol], stream)
    check(rc == 0, "eval with a log exits 0: %s" % err)
    rc2, out2, _ = run(["eval", pol], stream)
    check(out == out2, "the answers are the same with and without the log")
    answers = [json.loads(l) for l in out.splitlines()]
    check(len(answers) == 6, "six answers")
    lines = own_verify([log])
    check([l["seq"] for l in lines] == [1, 2, 3, 4], "error answers are not logged: %r" % lines)
    raw = lines_of(log)[3]
    check(b'"query":{ "id": "q6", "category": "vulnerabilities", "from": "\\u0049PA", ' in raw,
          "a query is logged as given: %r" % raw)
    check(lines[3]["answer"] == answers[5], "the jansson way's answer logged")
    check(lines[0]["prev"] == ZERO, "a new chain starts from zeros")
    check(all(l["revision"] == revision(POLICY) for l in lines), "the revision")
    check(lines[0]["query"] == json.loads(query(1)), "the query as given")
    check(lines[0]["answer"] == answers[0], "the answer as given")
    check(lines[1]["answer"] == answers[1] and lines[2]["answer"] == answers[4],
          "answers in order")
    check("client" not in lines[0], "eval names no client")
    check(list(lines[0].keys()) == ["seq", "time", "revision", "default_at", "query", "answer",
                                    "prev", "hash"], "the keys in their order")
    today = time.strftime("%Y-%m-%d", time.gmtime())
    check(lines[0]["default_at"] == today, "eval's default date: %r" % lines[0])
    check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", lines[0]["time"]) is not None,
          "the time is RFC 3339 UTC with microseconds")
    rc, out, err = verify([log])
    check(rc == 0 and out.startswith("intact: 4 decisions (seq 1 to 4) in 1 file, from the "
                                     "start of a chain\nlast hash: " + lines[-1]["hash"]),
          "verify of a fresh log: %d %r %r" % (rc, out, err))

    # Reopening continues the chain.
    rc, _, err = run(["eval", "--at", "2025-07-01", "--log-sync", "never", "--decision-log",
                      log, pol], query(6) + "\n" + query(7) + "\n")
    check(rc == 0, "eval again: %s" % err)
    lines = own_verify([log])
    check([l["seq"] for l in lines] == [1, 2, 3, 4, 5, 6], "reopened: seqs go on")
    check(lines[5]["default_at"] == "2025-07-01", "eval --at is the default date logged")
    rc, out, _ = verify([log])
    check(rc == 0 and "seq 1 to 6" in out, "reopened log verifies: %r" % out)
    rc, out, _ = verify([log], "--expect-last", lines[-1]["hash"])
    check(rc == 0, "--expect-last with the last hash")
    rc, out, _ = verify([log], "--expect-last", lines[-2]["hash"])
    check(rc == 1 and "not with the expected" in out, "--expect-last finds a cut end: %r" % out)
    return log


def tamper(d, log, name, edit, want_line, want_text):
    lines = lines_of(log)
    bad = os.path.join(d, name + ".log")
    write_lines(bad, edit(lines))
    rc, out, err = verify([bad])
    check(rc == 1, "%s: exit 1, got %d (%r %r)" % (name, rc, out, err))
    check(out.startswith("%s:%d: broken: " % (bad, want_line)) and want_text in out,
          "%s: found at line %d: %r" % (name, want_line, out))
    check("the %d lines before it are intact" % (want_line - 1) in out or
          (want_line == 2 and "the line before it is intact (seq 1)" in out) or
          (want_line == 1 and "no line before it is intact" in out),
          "%s: says what is intact: %r" % (name, out))


def test_tampering(d, log):
    def changed_answer(ls):
        ls = list(ls)
        ls[2] = ls[2].replace(b'"decision":"allow"', b'"decision":"deny"')
        assert ls[2] != lines_of(log)[2]
        return ls

    def deleted(ls):
        return ls[:1] + ls[2:]

    def swapped(ls):
        return [ls[0], ls[2], ls[1]] + ls[3:]

    def changed_seq(ls):
        ls = list(ls)
        ls[3] = ls[3].replace(b'{"seq":4,', b'{"seq":40,')
        return ls

    def changed_prev(ls):
        ls = list(ls)
        obj = json.loads(ls[1])
        ls[1] = ls[1].replace(obj["prev"].encode(), b"1" * 64)
        return ls

    def not_json(ls):
        return ls[:4] + [b"hello"] + ls[4:]

    tamper(d, log, "changed-answer", changed_answer, 3, "changed after it was written")
    tamper(d, log, "deleted-line", deleted, 2, "sequence number 3 where 2 was expected")
    tamper(d, log, "swapped-lines", swapped, 2, "sequence number 3 where 2 was expected")
    tamper(d, log, "changed-seq", changed_seq, 4, "sequence number 40 where 4 was expected")
    tamper(d, log, "changed-prev", changed_prev, 2, "is not the hash of the line before")
    tamper(d, log, "not-json", not_json, 5, "not a decision log line")

    # A torn tail: reported, not a break; appending to it is refused.
    torn = os.path.join(d, "torn.log")
    ls = lines_of(log)
    write_lines(torn, ls, ls[-1][:50])
    rc, out, _ = verify([torn])
    size = sum(len(l) + 1 for l in ls)
    check(rc == 0 and out.startswith("%s:%d: torn last line" % (torn, len(ls) + 1)) and
          ("truncate -s %d " % size) in out and "intact: %d decisions" % len(ls) in out,
          "torn tail reported: %d %r" % (rc, out))
    rc, _, err = run(["eval", "--decision-log", torn, os.path.join(d, "p.spol")],
                     query(9) + "\n")
    check(rc == 2 and "torn" in err and "log verify" in err,
          "appending to a torn log is refused: %r" % err)


def test_rotation(d, pol):
    rd = os.path.join(d, "rot")
    os.mkdir(rd)
    log = os.path.join(rd, "decisions.log")
    stream = "".join(query(i) + "\n" for i in range(1, 101))
    rc, out, err = run(["eval", "--decision-log", log, "--log-rotate-size", "2K", pol], stream)
    check(rc == 0, "eval with rotation: %s" % err)
    rc, out2, err = run(["eval", "--decision-log", log, "--log-rotate-size", "2K", pol], stream)
    check(rc == 0, "eval with rotation, again: %s" % err)
    rotated = sorted(f for f in os.listdir(rd) if f != "decisions.log")
    check(len(rotated) >= 3 and all(re.fullmatch(r"decisions\.log\.\d{20}", f) for f in rotated),
          "rotated files named by their first seq: %r" % rotated)
    paths = [os.path.join(rd, f) for f in rotated] + [log]
    lines = own_verify(paths)
    check([l["seq"] for l in lines] == list(range(1, 201)), "every decision, in order")
    for f in rotated:
        first = json.loads(lines_of(os.path.join(rd, f))[0])
        check(first["seq"] == int(f.split(".")[-1]), "%s starts with its seq" % f)
    rc, out, err = verify(paths)
    check(rc == 0 and "intact: 200 decisions (seq 1 to 200) in %d files" % len(paths) in out,
          "verify across rotated files: %r %r" % (out, err))
    # A file left out, or the files out of order, break the chain.
    rc, out, _ = verify(paths[:1] + paths[2:])
    check(rc == 1 and out.startswith(paths[2] + ":1: broken: sequence number"),
          "a missing rotated file is found: %r" % out)
    rc, out, _ = verify([paths[1], paths[0]] + paths[2:])
    check(rc == 1 and out.startswith(paths[0] + ":1: broken"), "misordered files: %r" % out)
    # Verifying from a later file says where it starts.
    rc, out, _ = verify(paths[1:])
    check(rc == 0 and "continuing a chain from " + lines[0]["hash"][:0] in out and
          "from the start" not in out, "a later start is named: %r" % out)

    # A crash between moving the full file aside and the new file: the chain
    # goes on from the newest rotated file.
    rc, _, err = run(["eval", "--decision-log", log, pol], query(400) + "\n")
    check(rc == 0, "eval without rotation: %s" % err)
    os.rename(log, log + ".%020d" % json.loads(lines_of(log)[0])["seq"])
    rc, _, err = run(["eval", "--decision-log", log, pol], query(500) + "\n")
    check(rc == 0, "eval after a crash mid-rotation: %s" % err)
    rotated = sorted(f for f in os.listdir(rd) if f != "decisions.log")
    paths = [os.path.join(rd, f) for f in rotated] + [log]
    rc, out, _ = verify(paths)
    check(rc == 0 and "seq 1 to 202" in out, "the chain continued: %r" % out)


def test_usage(d, pol):
    log = os.path.join(d, "u.log")
    for args, text in [
        (["eval", "--log-sync", "sometimes", "--decision-log", log, pol], "'always' or 'never'"),
        (["eval", pol, "--decision-log"], "--decision-log needs a value"),
        (["eval", "--log-rotate-size", "12X", "--decision-log", log, pol], "number of bytes"),
        (["eval", "--log-sync", "never", pol], "need --decision-log"),
        (["eval", "--decision-log", d, pol], "Is a directory"),
        (["eval", "--decision-log", os.path.join(d, "no", "such", "x.log"), pol],
         "cannot open"),
        (["log", "verify"], "no log files given"),
        (["log", "verify", "--expect-last", "abc", log], "64 lowercase hex"),
        (["log", "frobnicate"], "unknown subcommand"),
        (["log", "verify", os.path.join(d, "missing.log")], "cannot open"),
    ]:
        rc, out, err = run(args, "")
        check(rc == 2 and text in err, "%r: exit 2 with %r, got %d %r" % (args, text, rc, err))
    not_a_log = os.path.join(d, "notes.txt")
    with open(not_a_log, "w") as f:
        f.write("these are my notes\n")
    rc, _, err = run(["eval", "--decision-log", not_a_log, pol], query(1) + "\n")
    check(rc == 2 and "does not check out" in err, "a file that is not a log: %r" % err)
    rc, out, _ = run(["log", "verify", "--help"])
    check(rc == 0 and out.startswith("usage: sharepol log verify"), "log verify --help")
    rc, out, _ = run(["eval", "--help"])
    check(rc == 0 and "--decision-log FILE" in out, "eval --help names the log options")


def test_second_writer(d, pol):
    log = os.path.join(d, "locked.log")
    first = subprocess.Popen([SHAREPOL, "eval", "-q", "--decision-log", log, pol],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first.stdin.write(query(1) + "\n")
    first.stdin.flush()
    first.stdout.readline()  # the first eval has the log open
    rc, _, err = run(["eval", "--decision-log", log, pol], query(2) + "\n")
    check(rc == 2 and "another process is logging to it" in err, "second writer: %r" % err)
    first.stdin.close()
    check(first.wait(timeout=30 * FACTOR) == 0, "the first eval ends well")
    first.stdout.close()


def test_kill(d, pol):
    """kill -9 under load: every answer read is in the log; verify passes."""
    log = os.path.join(d, "killed.log")
    p = subprocess.Popen([SHAREPOL, "eval", "-q", "--decision-log", log, pol],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    received = []
    stop = threading.Event()

    def writer():
        i = 0
        try:
            while not stop.is_set():
                p.stdin.write("".join(query(i + k) + "\n" for k in range(50)))
                p.stdin.flush()
                i += 50
        except (BrokenPipeError, OSError, ValueError):
            pass

    def reader():
        for line in p.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: not an answer received
            received.append(json.loads(line)["id"])

    tw = threading.Thread(target=writer)
    tr = threading.Thread(target=reader)
    tw.start()
    tr.start()
    deadline = time.time() + 20 * FACTOR
    while len(received) < 2000 and time.time() < deadline:
        time.sleep(0.01)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    stop.set()
    tr.join()
    tw.join()
    check(len(received) >= 2000, "answers before the kill: %d" % len(received))
    rc, out, err = verify([log])
    check(rc == 0, "verify after kill -9: %d %r %r" % (rc, out, err))
    logged = set()
    for raw in lines_of(log):
        logged.add(json.loads(raw)["query"]["id"])
    missing = [i for i in received if i not in logged]
    check(not missing, "every answer received is in the log; missing: %r" % missing[:5])


def main():
    d = tempfile.mkdtemp(prefix="sharepol-log-")
    try:
        pol = os.path.join(d, "p.spol")
        with open(pol, "w") as f:
            f.write(POLICY)
        log = test_fresh_log(d, pol)
        test_tampering(d, log)
        test_rotation(d, pol)
        test_usage(d, pol)
        test_second_writer(d, pol)
        test_kill(d, pol)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    print("%s" % ("ok" if failures == 0 else "%d failures" % failures))
    sys.exit(1 if failures else 0)


main()
