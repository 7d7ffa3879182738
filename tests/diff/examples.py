#!/usr/bin/env python3
"""examples.py — every example `sharepol diff` prints, run through `sharepol
query`, gives exactly the answers diff printed for it (docs/diff.md).

    tests/diff/examples.py SHAREPOL_BINARY

For each changed copy of the seed policies under tests/diff/ (tlp-*: of
examples/tlp, a draft 2 policy; and for the seed policies on two days with
--at), runs `sharepol diff --format json`,
then for each class `sharepol query --format json` on the old and on the new
version with the class's example, and compares decision, rule and residual.
"""
import concurrent.futures
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
binary = sys.argv[1]
policies = os.path.join(root, "policies")


def run(args):
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    return p.returncode, json.loads(p.stdout)


def answer(doc):
    rule = doc["rule"]["name"] if doc["rule"] else None
    return doc["decision"], rule, doc["residual"]


failures = 0
checked = 0
tlp = os.path.join(root, "examples", "tlp")
# tests/diff/tlp-*: changed copies of examples/tlp (draft 2: relations,
# party references, several markings); the others, of the seed policies
cases = [(["-q", base, "--", os.path.join(here, d)], base, os.path.join(here, d), None)
         for d in sorted(os.listdir(here)) if os.path.isdir(os.path.join(here, d))
         for base in [tlp if d.startswith("tlp-") else policies]]
# several markings on one item: examples that carry a list of markings;
# and a party that moves in the tree: an audience of one version only
for pair in ("markings", "moved"):
    old, new = (os.path.join(here, f"{pair}-{v}.spol") for v in ("old", "new"))
    cases.append((["-q", old, "--", new], old, new, None))
cases.append((["-q", "--at", "2024-12-26", "--at", "2024-12-27", policies], policies, policies,
              ("2024-12-26", "2024-12-27")))


def check(job):
    """One example on one side: None when the answers agree, else why."""
    path, query, at, want = job
    _, q = run(["query", "-q", "--format", "json"] + at + [path, "--", query])
    got = answer(q)
    return None if got == want else f"{path}: {query}: query says {got}, diff said {want}"


jobs = []
for args, old, new, days in cases:
    code, doc = run(["diff", "--format", "json"] + args)
    if code != (1 if doc["classes"] or doc["onlyInOld"] or doc["onlyInNew"] else 0):
        print(f"diff {args}: exit {code} does not match its report")
        failures += 1
    for c in doc["classes"]:
        for side, path in (("old", old), ("new", new)):
            at = ["--at", days[0] if side == "old" else days[1]] if days else []
            want = (c[side]["decision"], c[side]["rule"]["name"] if c[side]["rule"] else None,
                    c[side]["residual"])
            jobs.append((path, c["example"], at, want))
# thousands of examples, each a process of its own: as many at once as
# there are processors
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
    for why in pool.map(check, jobs):
        checked += 1
        if why:
            failures += 1
            print(why)
print(f"{checked} examples checked, {failures} failures")
sys.exit(1 if failures or not checked else 0)
