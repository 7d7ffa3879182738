#!/usr/bin/env python3
"""bytes.py — `sharepol stix` passes objects through byte for byte.

    tests/stix/bytes.py SHAREPOL_BINARY

Gates the OASIS Poison Ivy and APT1 examples (oasis/) through pass-all.spol,
which lets every object go, and checks that the output is a bundle with the
same objects in the same order, each one's text a verbatim slice of the
input (its spacing and key order kept), and exit 0.  Then gates a chain of
20,000 reports, each containing the next, the last a TLP:RED malware:
every one is held back and reported, in well under the time a pass per
link would take.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def object_texts(out):
    """The raw text of each object of our output bundle: one a run of lines
    from a line starting with '{' to the line before the next such line."""
    body = out.split("\"objects\": [\n", 1)[1].rsplit("\n]}", 1)[0]
    texts, current = [], []
    for line in body.split("\n"):
        if line.startswith("{") and current:
            texts.append("\n".join(current).rstrip(","))
            current = []
        current.append(line)
    if current:
        texts.append("\n".join(current))
    return texts


def main():
    binary = sys.argv[1]
    failures = 0
    for name in ("poisonivy.json", "apt1.json"):
        src = open(os.path.join(HERE, "oasis", name), encoding="utf-8").read()
        run = subprocess.run([binary, "stix", "-q", os.path.join(HERE, "pass-all.spol"),
                              "--from", "cert", "--to", "partner", "--originator", "fireeye",
                              "--at", "2025-06-01"],
                             input=src, capture_output=True, text=True)
        problems = []
        if run.returncode != 0:
            problems.append(f"exit {run.returncode}: {run.stderr}")
        else:
            got, want = json.loads(run.stdout), json.loads(src)
            if got["objects"] != want["objects"]:
                problems.append("the objects differ from the input's")
            texts = object_texts(run.stdout)
            if len(texts) != len(want["objects"]):
                problems.append(f"{len(texts)} object texts for {len(want['objects'])} objects")
            problems += [f"object {i} is not a slice of the input"
                         for i, t in enumerate(texts) if t not in src]
        for p in problems:
            print(f"{name}: {p}")
        failures += len(problems)
        if not problems:
            print(f"{name}: {len(json.loads(src)['objects'])} objects, byte for byte")
    failures += chain(binary)
    sys.exit(1 if failures else 0)


def chain(binary, n=20000):
    creator = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"
    red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
    ids = ["report--%08x-0000-4000-8000-000000000000" % i for i in range(n)]
    malware = "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"
    objects = [{"type": "report", "id": ids[i], "created_by_ref": creator,
                "object_refs": [ids[i + 1] if i + 1 < n else malware]} for i in range(n)]
    objects.append({"type": "malware", "id": malware, "created_by_ref": creator,
                    "object_marking_refs": [red]})
    policy = os.path.join(HERE, "..", "cli", "stix.spol")
    run = subprocess.run([binary, "stix", "-q", policy, "--from", "cert", "--to", "cert",
                          "--at", "2025-06-01", "--report", "/dev/stderr"],
                         input=json.dumps({"type": "bundle", "objects": objects}),
                         capture_output=True, text=True, timeout=60)
    held = run.stderr.count("\n")
    if run.returncode != 1 or json.loads(run.stdout)["objects"] or held != n + 1:
        print(f"chain: exit {run.returncode}, {held} held back of {n + 1}")
        return 1
    print(f"chain of {n} reports: all held back")
    return 0


main()
