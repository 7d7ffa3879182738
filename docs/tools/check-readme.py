#!/usr/bin/env python3
"""check-readme.py — checks that the README's examples work as shown.

    docs/tools/check-readme.py [--bin DIR]

- The policy of "A policy in brief" is in the canonical layout
  (`sharepol fmt --check`) and its tests pass (`sharepol test`).
- The program of "Linking the library" builds and runs with the commands
  shown after it, run with bash in a fresh directory that stands for the top
  of the source tree (holding the program, `gate.c`, and a link to
  `policies/`), with HOME set to another fresh directory, so that the
  install goes to a prefix the dynamic linker does not search; `build` in
  `cmake --install build` is replaced by DIR.

DIR (default: build-docs) is a build directory holding the `sharepol`
binary.  Exit status: 0 when every check passes, 1 otherwise.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def block_after(text, heading, info):
    """The first fenced block with this info string after the heading."""
    start = text.index(heading)
    m = re.compile(r"^```" + re.escape(info) + r"\n(.*?)^```\n", re.S | re.M).search(text, start)
    if not m:
        raise SystemExit(f"check-readme: no ```{info} block after '{heading}'")
    return m.group(1), m.end()


def run(args, **kw):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build-docs")
    opts = ap.parse_args()
    bindir = os.path.abspath(os.path.join(ROOT, opts.bin))
    sharepol = os.path.join(bindir, "sharepol")
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    failed = 0

    policy, _ = block_after(readme, "## A policy in brief", "")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "brief.spol")
        with open(path, "w", encoding="utf-8") as f:
            f.write(policy)
        for args in (["fmt", "--check"], ["test"]):
            r = run([sharepol] + args + [path])
            if r.returncode != 0:
                print(f"README.md, 'A policy in brief': sharepol {' '.join(args)} "
                      f"exits {r.returncode}:\n{r.stdout}", file=sys.stderr)
                failed = 1

    program, end = block_after(readme, "## Linking the library", "c")
    commands, _ = block_after(readme[end:], "", "sh")
    commands = commands.replace("cmake --install build ", f"cmake --install '{bindir}' ")
    with tempfile.TemporaryDirectory() as top, tempfile.TemporaryDirectory() as home:
        with open(os.path.join(top, "gate.c"), "w", encoding="utf-8") as f:
            f.write(program)
        os.symlink(os.path.join(ROOT, "policies"), os.path.join(top, "policies"))
        env = dict(os.environ, HOME=home)
        env.pop("LD_LIBRARY_PATH", None)
        env.pop("PKG_CONFIG_PATH", None)
        r = run(["bash", "-euo", "pipefail", "-c", commands], cwd=top, env=env)
        # the program answers 0 (allow) or 1; anything else is a failure
        if r.returncode not in (0, 1) or "error while loading" in r.stdout:
            print(f"README.md, 'Linking the library': the commands exit {r.returncode}:\n"
                  f"{r.stdout}", file=sys.stderr)
            failed = 1
        elif not r.stdout.strip().splitlines()[-1:] or \
                r.stdout.strip().splitlines()[-1] not in (
                    "allow: transfer", "not allowed (deny, needs consent or an error)"):
            print(f"README.md, 'Linking the library': unexpected output:\n{r.stdout}",
                  file=sys.stderr)
            failed = 1
    if not failed:
        print("README.md: the policy is formatted and tested; the program builds and runs")
    return failed


if __name__ == "__main__":
    sys.exit(main())
