#!/usr/bin/env python3
"""seed.py — `sharepol diff` on the seed policies against the hand-written
changes of tests/diff/changes/ ("IPA leaves the signatories", "the term is
not renewed", "Art. 3(2) loses its consent clause"), on the day the
agreement starts (--at), and against a plain copy in another folder.

    tests/diff/seed.py SHAREPOL_BINARY

For each: the exit status, the summary the text output prints (a line per
change of decision and the total), and named transfers: each that must
change lies in exactly one class, with the old and new decision said, and
in the printed entry that holds that class; each that must not change lies
in none.  The full output of each pair is checked by examples.py.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pairs  # noqa: E402

binary = sys.argv[1]


def transfer(text, **more):
    """'CAT from A to B at D' with optional originator, scope, purpose."""
    words = text.split()
    q = {"category": words[0], "from": words[2], "to": words[4], "at": None,
         "originator": None, "scope": None, "purpose": None}
    if "at" in words:
        q["at"] = words[words.index("at") + 1]
    q.update(more)
    return q


# name: (the summary lines, [(transfer, old, new, words of its entry)],
#        [transfers that do not change])
CASES = {
    "ipa-leaves": (
        ["allow -> deny: 29617482584 queries, 275 classes, shown as 19 entries",
         "needs consent -> deny: 12012440812 queries, 170 classes, shown as 13 entries",
         "needs consent -> needs consent: 26506598300 queries, 199 classes, shown as 14 entries",
         "68136521696 queries answered differently: 644 classes, shown as 46 entries"],
        [(transfer("ics-vulnerabilities from IPA to MOD at 2025-06-01"), "allow", "deny",
          "from IPA to MOD, SDF or METI, originated by IPA"),
         # signatories changes, so the entry lists its parties rather than
         # naming a group that means two things
         (transfer("attack-methods from MOD to IPA at 2030-01-01"), "allow", "deny",
          "from MOD, SDF, METI or IPA to IPA, originated by the sender"),
         (transfer("ics-vulnerabilities from IPA to CAS at 2025-06-01"), "needs-consent", "deny",
          "from IPA to CAS or NCO, no purpose, from 2024-12-27 on"),
         (transfer("ics-vulnerabilities from MOD to CAS at 2025-06-01"), "needs-consent",
          "needs-consent", "from MOD to CAS or NCO")],
        [transfer("ics-vulnerabilities from MOD to METI at 2025-06-01"),
         transfer("ics-vulnerabilities from IPA to MOD at 2024-12-26")]),
    "no-renewal": (
        ["needs consent -> allow: 5789946624 queries, 162 classes, shown as 5 entries",
         "needs consent -> needs consent: 262120320 queries, 10 classes, shown as 1 entry",
         "allow -> deny: 68593975296 queries, 518 classes, shown as 34 entries",
         "needs consent -> deny: 43348876032 queries, 479 classes, shown as 30 entries",
         "117994918272 queries answered differently: 1169 classes, shown as 70 entries"],
        [(transfer("ics-vulnerabilities from MOD to METI at 2025-12-27"), "allow", "deny",
          "from 2025-12-27 on"),
         (transfer("threat-intel from IPA to MOD at 2040-01-01"), "allow", "deny",
          "threat-intel with its subcategories, recurrence-advice or prevention from any of "
          "signatories to MOD, SDF or IPA, originated by the sender"),
         (transfer("best-practices from METI to AUS at 2026-01-01", originator="SDF",
                   scope="recipient-only"),
          "needs-consent", "needs-consent",
          "best-practices from any of moc-participants to any of indo-pacific-partners"),
         (transfer("ics-vulnerabilities from METI to CAS at 2026-01-05"), "needs-consent", "deny",
          "from METI to CAS or NCO")],
        [transfer("ics-vulnerabilities from MOD to METI at 2025-12-26"),
         transfer("ics-vulnerabilities from MOD to METI at 2025-06-01")]),
    "art-3-2-no-consent": (
        ["needs consent -> allow: 30293255200 queries, 148 classes, shown as 9 entries",
         "needs consent -> needs consent: 6058651040 queries, 76 classes, shown as 9 entries",
         "36351906240 queries answered differently: 224 classes, shown as 18 entries"],
        [(transfer("ics-vulnerabilities from MOD to CAS at 2025-06-01"), "needs-consent", "allow",
          "from MOD to CAS or NCO, unmarked or with an audience that names the recipient"),
         (transfer("threat-intel from IPA to NCO at 2025-06-01"), "needs-consent", "allow",
          "from IPA to CAS or NCO")],
        [transfer("ics-vulnerabilities from MOD to CAS at 2024-12-26"),
         transfer("ics-vulnerabilities from MOD to METI at 2025-06-01"),
         transfer("ics-vulnerabilities from CAS to MOD at 2025-06-01")]),
}

AT_START = (
    ["allow -> needs consent: 1988 queries, 162 classes, shown as 5 entries",
     "needs consent -> needs consent: 90 queries, 10 classes, shown as 1 entry",
     "deny -> allow: 23552 queries, 518 classes, shown as 34 entries",
     "deny -> needs consent: 14884 queries, 479 classes, shown as 30 entries",
     "40514 queries answered differently: 1169 classes, shown as 70 entries"],
    [(transfer("ics-vulnerabilities from MOD to IPA"), "deny", "allow", "originated by the sender"),
     (transfer("ics-vulnerabilities from MOD to CAS"), "deny", "needs-consent",
      "from MOD to CAS or NCO")],
    [transfer("ics-vulnerabilities from CAS to MOD")])

fail = pairs.Failures()


def run(args):
    return pairs.run(binary, args)


def day(text):
    return datetime.date.fromisoformat(text)


def holds(c, q):
    """Does class c (as --format json prints it) hold the query q?"""
    orig = c["originator"]
    if q["originator"] is None:
        orig_ok = orig["mode"] in ("any", "sender")
    else:
        orig_ok = orig["mode"] == "any" or (orig["mode"] == "other" and q["originator"] in
                                            orig["parties"] and q["originator"] != q["from"])
    marking = "unmarked" if q["scope"] is None else {"scope": q["scope"]}
    in_days = (c["days"] is None or q["at"] is None or
               day(c["days"]["first"]) <= day(q["at"]) <= day(c["days"]["last"]))
    return (q["category"] in c["categories"] and q["from"] in c["from"] and q["to"] in c["to"]
            and orig_ok and marking in c["markings"] and q["purpose"] in c["purposes"]
            and in_days)


def check(what, args, case):
    summary, changing, unchanged = case
    code, out = run(["diff", "-q"] + args)
    if code != 1:
        fail(f"{what}: exit {code}, not 1")
    got = [line for line in out.split("\n") if line and not line.startswith(" ")]
    if got != summary:
        fail(f"{what}: the summary is\n  " + "\n  ".join(got) + "\nnot\n  " + "\n  ".join(summary))
    code, out = run(["diff", "-q", "--format", "json"] + args)
    doc = json.loads(out)
    for q, old, new, words in changing:
        found = [i for i, c in enumerate(doc["classes"]) if holds(c, q)]
        if len(found) != 1:
            fail(f"{what}: {q} lies in {len(found)} classes, not 1")
            continue
        c = doc["classes"][found[0]]
        if (c["old"]["decision"], c["new"]["decision"]) != (old, new):
            fail(f"{what}: {q} changes {c['old']['decision']} -> {c['new']['decision']}, "
                 f"not {old} -> {new}")
        entry = [e for e in doc["entries"] if found[0] in e["classes"]]
        if len(entry) != 1 or words not in entry[0]["description"]:
            fail(f"{what}: the entry of {q} does not say '{words}': "
                 + (entry[0]["description"] if entry else "no entry"))
    for q in unchanged:
        found = [i for i, c in enumerate(doc["classes"]) if holds(c, q)]
        if found:
            fail(f"{what}: {q} does not change, yet lies in classes {found}")


for name in pairs.names():
    if name not in CASES:
        fail(f"tests/diff/changes/{name}.change has no case in seed.py")
        continue
    with pairs.changed(name) as folder:
        check(name, [pairs.policies, "--", folder], CASES[name])
check("--at 2024-12-26 --at 2024-12-27", ["--at", "2024-12-26", "--at", "2024-12-27",
                                          pairs.policies], AT_START)
# a copy in another folder: unnamed rules compare by FILE:LINE without the
# folders, so nothing differs
with pairs.changed(None) as folder:
    code, out = run(["diff", "-q", pairs.policies, "--", folder])
    if (code, out) != (0, "no query is answered differently\n"):
        fail(f"a plain copy: exit {code}, {out!r}")
print(f"{len(CASES) + 2} diffs checked, {fail.count} failures")
sys.exit(1 if fail.count else 0)
