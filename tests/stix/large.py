#!/usr/bin/env python3
"""large.py — `sharepol stix` on bundles large enough to be read in parts.

    tests/stix/large.py SHAREPOL_BINARY

The gate parses a bundle of more than a few thousand objects in runs, one
thread a core (src/cli/stix_read.c).  On bundles of 12,000 objects, one a
line, this checks that references across the runs are followed, and that
bad input is reported as on a small bundle: the first fault in the order
of the bundle, a JSON error anywhere before any other fault, a second id
at the second object, the nesting jansson refuses on the whole text.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = os.path.join(HERE, "..", "cli", "stix.spol")
CERT = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"
GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
N = 12000


def uid(kind, i):
    return "%s--%08x-0000-4000-8000-%012x" % (kind, i, i)


def objects():
    """Indicators, TLP:RED one in a thousand, and relationships from each
    third object to an indicator far back (in another run, often)."""
    out, indicators = [], []
    for i in range(N):
        if i % 3 == 2:
            target = indicators[(i * 7919) % len(indicators)]
            out.append({"type": "relationship", "id": uid("relationship", i),
                        "created_by_ref": CERT, "relationship_type": "indicates",
                        "source_ref": target, "target_ref": target,
                        "object_marking_refs": [GREEN]})
        else:
            indicators.append(uid("indicator", i))
            out.append({"type": "indicator", "id": uid("indicator", i), "created_by_ref": CERT,
                        "pattern": "[ipv4-addr:value = '10.0.%d.%d']" % (i // 256, i % 256),
                        "object_marking_refs": [RED if i % 1000 == 0 else GREEN]})
    return out


def text(lines):
    return '{"type": "bundle", "objects": [\n' + ",\n".join(lines) + "\n]}\n"


def gate(bundle):
    return subprocess.run([sys.argv[1], "stix", "-q", POLICY, "--from", "cert", "--to",
                           "partner", "--at", "2025-06-01", "--report", "/dev/stderr"],
                          input=bundle, capture_output=True, text=True, timeout=120)


def main():
    objs = objects()
    lines = ["  " + json.dumps(o) for o in objs]
    failures = 0

    # references across the runs: a relationship to a TLP:RED indicator stays
    run = gate(text(lines))
    red = {o["id"] for o in objs if RED in o["object_marking_refs"]}
    held = red | {o["id"] for o in objs if o.get("source_ref") in red}
    got_held = {json.loads(line)["id"] for line in run.stderr.splitlines()}
    sent = [o["id"] for o in json.loads(run.stdout)["objects"]] if run.stdout else []
    want_sent = [o["id"] for o in objs if o["id"] not in held]
    if run.returncode != 1 or got_held != held or sent != want_sent:
        print(f"references: exit {run.returncode}, {len(got_held)} held back of {len(held)}, "
              f"{len(sent)} sent of {len(want_sent)}")
        failures += 1
    else:
        print(f"references: {len(held)} held back, {len(sent)} sent")

    def faulty(changes):
        copy = list(lines)
        for i, line in changes.items():
            copy[i] = line
        return text(copy)

    def line_of(i):
        return i + 2

    no_id = '  {"type": "malware", "name": "no id"}'
    not_json = '  {"type": "malware", "name": "not JSON",}'
    bad_marking = ('  {"type": "indicator", "id": "%s", "object_marking_refs": "%s"}'
                   % (uid("indicator", 11000), GREEN))
    dup = '  ' + json.dumps(dict(objs[20], pattern="[x:y = 'again']"))
    deep = lambda d: ('  {"type": "note", "id": "%s", "x": %s%s}'
                      % (uid("note", 1), "[" * (d - 1), "]" * (d - 1)))
    cases = [
        ("a fault in a later run", {9000: no_id},
         f"<stdin>:{line_of(9000)}:3: a malware object without a string \"id\""),
        ("not JSON after a fault", {9000: no_id, 11000: not_json},
         f"<stdin>:{line_of(11000)}:"),
        ("not JSON before a fault", {100: not_json, 9000: no_id},
         f"<stdin>:{line_of(100)}:"),
        ("a second id", {10500: dup},
         f"<stdin>:{line_of(10500)}:3: a second object with the id '{objs[20]['id']}'"),
        ("the first of two faults", {6000: no_id, 10500: dup},
         f"<stdin>:{line_of(6000)}:3: a malware object"),
        ("a marking that cannot be read, then a second id", {11000: bad_marking, 11500: dup},
         f"<stdin>:{line_of(11000)}:3: {uid('indicator', 11000)}'s \"object_marking_refs\" "
         "is not an array"),
        ("as deep as jansson reads", {9000: deep(2046)}, None),
        ("deeper than jansson reads", {9000: deep(2047)},
         "not JSON: maximum parsing depth reached"),
    ]
    for name, changes, want in cases:
        run = gate(faulty(changes))
        ok = (run.returncode != 2 and want is None) or \
             (run.returncode == 2 and want is not None and want in run.stderr and
              run.stdout == "" and run.stderr.count("\n") == 1)
        if want and "not JSON" not in want and "<stdin>" in want and want.endswith(":"):
            ok = ok and "not JSON" in run.stderr
        print(f"{name}: {'ok' if ok else 'FAILED'}")
        if not ok:
            print(f"  exit {run.returncode}, stderr: {run.stderr[:300]!r}, want {want!r}")
            failures += 1

    # "objects" spelled with an escape: jansson reads it, the scanner does not
    run = gate(text(lines).replace('"objects"', '"\\u006fbjects"', 1))
    if run.returncode != 2 or "cannot find the bytes" not in run.stderr:
        print(f"escaped key: exit {run.returncode}: {run.stderr[:200]!r}")
        failures += 1
    else:
        print("escaped key: refused")
    sys.exit(1 if failures else 0)


main()
