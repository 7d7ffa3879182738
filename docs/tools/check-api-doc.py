#!/usr/bin/env python3
"""check-api-doc.py — is every public name of include/sharepol.h in docs/api.md?

    docs/tools/check-api-doc.py [HEADER] [API_MD]

Every function declared with SHAREPOL_API must have a reference entry: a
heading of docs/api.md that names it as `name()`.  Every other public name
(types, macros, enum constants: whatever starts with sharepol_ or SHAREPOL_)
must appear in docs/api.md at least once, in backquotes or a code block.
Exit status 0 when nothing is missing.
"""
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
header = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "include", "sharepol.h")
doc = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "docs", "api.md")

h = open(header, encoding="utf-8").read()
# strip comments, then join declarations so that multi-line ones are seen whole
code = re.sub(r"/\*.*?\*/", " ", h, flags=re.S)
code = re.sub(r"\\\n", " ", code)
functions = sorted(set(re.findall(r"SHAREPOL_API\b[^;(]*?\b(sharepol_[a-z0-9_]+)\s*\(", code, re.S)))
names = set(re.findall(r"\b((?:sharepol|SHAREPOL)_[A-Za-z0-9_]+)\b", code))
others = sorted(names - set(functions))

d = open(doc, encoding="utf-8").read()
headings = "\n".join(l for l in d.split("\n") if l.startswith("#"))
missing = []
for f in functions:
    if not re.search(r"`" + re.escape(f) + r"\(\)`", headings):
        missing.append(f"function {f}: no heading names `{f}()`")
for n in others:
    if not re.search(r"\b" + re.escape(n) + r"\b", d):
        missing.append(f"{n}: not mentioned")
for m in missing:
    print(m)
print(f"{len(functions)} functions, {len(others)} other public names; {len(missing)} missing")
sys.exit(1 if missing else 0)
