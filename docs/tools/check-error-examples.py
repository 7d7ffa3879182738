#!/usr/bin/env python3
"""check-error-examples.py — keeps the examples of docs/errors.md equal to
the test cases they are taken from.

    docs/tools/check-error-examples.py [--update] [docs/errors.md]

In errors.md, an example is written between two markers:

    <!-- case: missing-semicolon -->
    ...generated...
    <!-- /case -->

and shows tests/cases/NAME.spol and tests/cases/NAME.err verbatim (the .err
file is what `sharepol check NAME.spol` prints, run in tests/cases).  With
`<!-- case: NAME err-only -->` only the .err file is shown: for policies
whose bytes cannot be shown as text (NUL, control characters, invalid
UTF-8, bidirectional or invisible characters).  Without --update, exits 1
when an example differs from its files; with --update, rewrites them.

It also checks that every diagnostic code the library can emit (the first
string argument of sp_diag_error / sp_diag_warning in src/ and grammar/,
plus "note" and "too-many-errors") has a heading "### `code`" in errors.md.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = os.path.join(ROOT, "tests", "cases")


def block(title, text):
    if not text.endswith("\n"):
        text += "\n"
    return f"{title}\n\n```\n{text}```\n"


def render(name, err_only):
    out = []
    if not err_only:
        with open(os.path.join(CASES, name + ".spol"), encoding="utf-8") as f:
            out.append(block(f"[`tests/cases/{name}.spol`](../tests/cases/{name}.spol):", f.read()))
    with open(os.path.join(CASES, name + ".err"), encoding="utf-8") as f:
        out.append(block(f"`sharepol check {name}.spol` prints "
                         f"([`{name}.err`](../tests/cases/{name}.err)):", f.read()))
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    path = args[0] if args else os.path.join(ROOT, "docs", "errors.md")
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(r"(<!-- case: ([a-z0-9-]+)( err-only)? -->\n)(.*?)(<!-- /case -->)", re.S)
    bad = []

    def fix(m):
        want = "\n" + render(m.group(2), bool(m.group(3))) + "\n"
        if m.group(4) != want:
            bad.append(m.group(2))
        return m.group(1) + want + m.group(5)

    new = pattern.sub(fix, text)
    codes = {"note", "too-many-errors"}
    for d in ("src", "grammar"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, d)):
            for fn in names:
                if not fn.endswith((".c", ".h", ".l", ".y")):
                    continue
                src = open(os.path.join(dirpath, fn), encoding="utf-8").read()
                for m in re.finditer(r"sp_diag_(?:error|warning)\s*\(", src):
                    call = src[m.end():m.end() + 300]
                    args = call.split(",", 2)
                    if len(args) >= 2 and not call.startswith("sharepol_diagnostics *"):
                        codes.update(re.findall(r'"([a-z][a-z0-9-]*)"', args[1]))
    missing_codes = sorted(c for c in codes if f"### `{c}`" not in text)
    for c in missing_codes:
        print(f"{path}: no section for the diagnostic code {c}")
    n = len(pattern.findall(text))
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"{n} examples, {len(bad)} updated")
        return 1 if missing_codes else 0
    for b in bad:
        print(f"{path}: the example of {b} differs from tests/cases/{b}.*")
    print(f"{n} examples ({len(bad)} differ), {len(codes)} codes ({len(missing_codes)} without a section)")
    return 1 if bad or missing_codes else 0


if __name__ == "__main__":
    sys.exit(main())
