#!/usr/bin/env python3
"""textmate.py — the TextMate grammar of contrib/textmate applied to
sample.spol by a small TextMate tokenizer (the rules editors follow: at each
place the pattern that matches earliest wins, the first listed on a tie; a
begin/end rule's end is tried before its inner patterns), then checked
against expect.tsv: the scope of each place's first character.

Python's re reads the grammar's regexes as Oniguruma would: they use only
classes, groups, alternation and look-around of fixed width.

usage: textmate.py [GRAMMAR]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GRAMMAR = Path(sys.argv[1]) if len(sys.argv) > 1 else \
    HERE.parent.parent / "contrib/textmate/sharepol.tmLanguage.json"


def flatten(patterns, repository):
    """The concrete rules of a pattern list, includes resolved."""
    rules = []
    for p in patterns:
        if "include" in p:
            rules += flatten([repository[p["include"][1:]]], repository)
        elif "match" in p or "begin" in p:
            rules.append(p)
        else:
            rules += flatten(p.get("patterns", []), repository)
    return rules


def paint(scopes, m, rule):
    """The scopes of a match (its name, then its captures) on its characters."""
    for i in range(m.start(), m.end()):
        if "name" in rule:
            scopes[i].append(rule["name"])
    for group, capture in rule.get("captures", {}).items():
        g = int(group)
        if m.group(g) is not None:
            for i in range(m.start(g), m.end(g)):
                scopes[i].append(capture["name"])


def earliest(line, pos, rules):
    best = None
    for rule in rules:
        m = re.compile(rule.get("match", rule.get("begin"))).search(line, pos)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, rule)
    return best


def tokenize(line, top):
    """One line (no rule spans lines in this grammar): a list of scopes a
    character."""
    scopes = [[] for _ in line]
    pos, inside = 0, None
    while pos <= len(line):
        if inside:
            rule, begin_end = inside
            end = re.compile(rule["end"]).search(line, pos)
            inner = earliest(line, pos, rule.get("patterns", []))
            if inner and (not end or inner[0].start() < end.start()):
                m, r = inner
                paint(scopes, m, r)
                pos = max(m.end(), pos + 1)
                continue
            stop = end.end() if end else len(line)
            for i in range(begin_end, stop):
                scopes[i].insert(0, rule["name"])
            inside, pos = None, stop
            if not end:
                break
            continue
        found = earliest(line, pos, top)
        if not found:
            break
        m, rule = found
        if "begin" in rule:
            inside = (rule, m.start())
            pos = m.end()
        else:
            paint(scopes, m, rule)
            pos = max(m.end(), m.start() + 1)
    return scopes


def main():
    grammar = json.loads(GRAMMAR.read_text(encoding="utf-8"))
    assert grammar["scopeName"] == "source.sharepol" and "spol" in grammar["fileTypes"]
    top = flatten(grammar["patterns"], grammar["repository"])
    for rule in top:  # every regex compiles
        for key in ("match", "begin", "end"):
            if key in rule:
                re.compile(rule[key])
    lines = (HERE / "sample.spol").read_text(encoding="utf-8").split("\n")
    failures, checked = [], 0
    for row in (HERE / "expect.tsv").read_text(encoding="utf-8").split("\n"):
        if not row or row.startswith("#"):
            continue
        number, needle, _vim, scope = row.split("\t")
        line = lines[int(number) - 1]
        col = line.find(needle)
        if col < 0:
            failures.append(f"line {number}: no {needle}")
            continue
        got = tokenize(line, top)[col]
        want = [] if scope == "-" else [scope]
        if got[-1:] != want:
            failures.append(f"line {number} {needle}: {got}, expected {want}")
        checked += 1
    for f in failures:
        print(f)
    print(f"{checked} places checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
