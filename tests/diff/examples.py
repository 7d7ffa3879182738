#!/usr/bin/env python3
"""examples.py — every example `sharepol diff` prints, run through `sharepol
query`, gives exactly the answers diff printed for it, and the entries the
text output prints hold exactly the classes (docs/diff.md).

    tests/diff/examples.py SHAREPOL_BINARY

For each change of tests/diff/changes/ (applied to a copy of policies/,
pairs.py), for a plain copy, for the small and words pairs and for the seed
policies on two days with --at, runs `sharepol diff --format json`, then for
each class `sharepol query --format json` on the old and on the new version
with the class's example, and compares decision, rule and residual. Then the
entries: each class lies in exactly one, its classes have the same answers
and example consents, each class's values lie within the entry's, and the
entry's size, counted from its values, is the sum of its classes' sizes; so
the entry is exactly the union of its classes.
"""
import concurrent.futures
import datetime
import json
import os
import shutil
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import pairs  # noqa: E402

binary = sys.argv[1]
fail = pairs.Failures()


def run(args):
    code, out = pairs.run(binary, args)
    return code, json.loads(out)


def answer(doc):
    rule = doc["rule"]["name"] if doc["rule"] else None
    return doc["decision"], rule, doc["residual"]


def days(d):
    if d is None:
        return 1
    first = datetime.date.fromisoformat(d["first"])
    return (datetime.date.fromisoformat(d["last"]) - first).days + 1


def marking_key(m):
    return json.dumps(m, sort_keys=True)


def n_markings(markings):
    """The sets of markings a list of marking values stands for: a set of
    several (a dict with "groups") says its count, any other value is one."""
    return sum(m.get("count", 1) if isinstance(m, dict) else 1 for m in markings)


def consents(example):
    return example.split(" consent ")[1] if " consent " in example else ""


def check_entries(what, doc):
    """The entries of doc against its classes (see the header)."""
    classes = doc["classes"]
    seen = [0] * len(classes)
    # the number of parties both versions declare, from a class that holds
    # every originator ("any"): its size over its other values
    parties = None
    for c in classes:
        if c["originator"]["mode"] == "any":
            rest = (len(c["categories"]) * days(c["days"]) * len(c["from"]) * len(c["to"])
                    * n_markings(c["markings"]) * len(c["purposes"]))
            parties = c["size"] // rest
    for e in doc["entries"]:
        first = classes[e["classes"][0]]
        total = 0
        for i in e["classes"]:
            seen[i] += 1
            c = classes[i]
            total += c["size"]
            if (answer(c["old"]), answer(c["new"]), consents(c["example"])) != \
                    (answer(first["old"]), answer(first["new"]), consents(first["example"])):
                fail(f"{what}: entry '{e['description']}' mixes answers (class {i})")
            inside = (set(c["categories"]) <= set(e["categories"])
                      and set(c["from"]) <= set(e["from"]) and set(c["to"]) <= set(e["to"])
                      and {marking_key(m) for m in c["markings"]}
                      <= {marking_key(m) for m in e["markings"]}
                      and set(c["purposes"]) <= set(e["purposes"]))
            o = c["originator"]
            if o["mode"] in ("any", "sender") and not e["originator"]["sender"]:
                inside = False
            if o["mode"] == "any" and len(e["originator"]["others"]) != parties:
                inside = False
            if o["mode"] == "other" and not set(o["parties"]) <= set(e["originator"]["others"]):
                inside = False
            if e["days"] and (c["days"]["first"] < e["days"]["first"]
                              or c["days"]["last"] > e["days"]["last"]):
                inside = False
            if not inside:
                fail(f"{what}: class {i} is not inside entry '{e['description']}'")
        o = e["originator"]
        pairs_count = sum(int(o["sender"]) + len(set(o["others"]) - {f}) for f in e["from"])
        size = (len(e["categories"]) * days(e["days"]) * pairs_count * len(e["to"])
                * n_markings(e["markings"]) * len(e["purposes"]))
        if size != total or e["size"] != total:
            fail(f"{what}: entry '{e['description']}' counts {size} queries and says "
                 f"{e['size']}; its classes hold {total}")
    if seen != [1] * len(classes):
        fail(f"{what}: classes not in exactly one entry: "
             f"{[i for i, n in enumerate(seen) if n != 1]}")


def query(job):
    """One example on one side: None when the answers agree, else why."""
    what, path, example, at, want = job
    _, q = run(["query", "-q", "--format", "json"] + at + [path, "--", example])
    got = answer(q)
    return None if got == want else f"{what}: {path}: {example}: query says {got}, diff said {want}"


jobs = []


def check(what, args, old, new, days_at):
    code, doc = run(["diff", "--format", "json"] + args)
    if code != (1 if doc["classes"] or doc["onlyInOld"] or doc["onlyInNew"] else 0):
        fail(f"{what}: exit {code} does not match its report")
    check_entries(what, doc)
    for c in doc["classes"]:
        for side, path in (("old", old), ("new", new)):
            at = ["--at", days_at[0] if side == "old" else days_at[1]] if days_at else []
            jobs.append((what, path, c["example"], at, answer(c[side])))


def run_queries():
    """Thousands of examples, each a process of its own: as many at once as
    there are processors.  @return how many were checked."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for why in pool.map(query, jobs):
            if why:
                fail(why)
    n = len(jobs)
    jobs.clear()
    return n


checked = 0
for name in pairs.names() + [None]:
    with pairs.changed(name) as folder:
        check(name or "a plain copy", ["-q", pairs.policies, "--", folder], pairs.policies,
              folder, None)
        checked += run_queries()
# several markings on one item, a party that moves in the tree (an audience
# of one version only), and the small pairs
for pair in ("small", "words", "markings", "moved"):
    old, new = (os.path.join(here, f"{pair}-{side}.spol") for side in ("old", "new"))
    check(f"the {pair} pair", ["-q", old, "--", new], old, new, None)
# draft 2 (relations, party references): examples/tlp with TLP:AMBER
# without "and its clients"
tlp = os.path.join(pairs.root, "examples", "tlp")
amber = os.path.join(here, "tlp-amber-clients")
# its policy files must stay examples/tlp's with tlp-amber-clients.change applied
# (the CLI test diff-references.t names it), or it would drift
with tempfile.TemporaryDirectory(prefix="sharepol-diff-") as tmp:
    fresh = os.path.join(tmp, "tlp")
    shutil.copytree(tlp, fresh)
    try:
        pairs.apply("tlp-amber-clients", fresh, os.path.join(here, "tlp-amber-clients.change"),
                    "examples/tlp")
    except pairs.ChangeError as e:
        fail(str(e))
    spol = [set(n for n in os.listdir(f) if n.endswith(".spol")) for f in (fresh, amber)]
    for name in sorted(spol[0] | spol[1]):
        texts = []
        for folder in (fresh, amber):
            path = os.path.join(folder, name)
            texts.append(open(path, encoding="utf-8").read() if os.path.exists(path) else None)
        if texts[0] != texts[1]:
            fail(f"tests/diff/tlp-amber-clients/{name} is not examples/tlp/{name} with "
                 f"tlp-amber-clients.change applied: copy it again and apply the change")
check("tlp-amber-clients", ["-q", tlp, "--", amber], tlp, amber, None)
check("--at", ["-q", "--at", "2024-12-26", "--at", "2024-12-27", pairs.policies],
      pairs.policies, pairs.policies, ("2024-12-26", "2024-12-27"))
checked += run_queries()
print(f"{checked} examples checked, {fail.count} failures")
sys.exit(1 if fail.count or not checked else 0)
