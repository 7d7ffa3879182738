#!/usr/bin/env python3
"""bytes.py — `sharepol stix` passes objects through byte for byte.

    tests/stix/bytes.py SHAREPOL_BINARY

Gates the OASIS Poison Ivy and APT1 examples (oasis/) through pass-all.spol,
which lets every object go, and checks that the output is a bundle with the
same objects in the same order, each one's text a verbatim slice of the
input (its spacing and key order kept), and exit 0.
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
    sys.exit(1 if failures else 0)


main()
