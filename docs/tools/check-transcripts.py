#!/usr/bin/env python3
"""check-transcripts.py — runs the command transcripts of the documentation
and compares what they print with what the documentation shows.

    docs/tools/check-transcripts.py [--update] [--bin DIR] FILE.md...

A transcript is a fenced block whose info string is `console`:

    ```console
    $ sharepol query docs/tutorial/ -- research from IPA to MOD at 2025-06-01
    decision: deny
    rule: none (no rule allows this transfer)
    ```

Each line starting with `$ ` is a command (a line ending in a backslash
continues on the next line); the lines up to the next command are what it
prints, stdout and stderr together, as a terminal shows them.  Commands run
with bash from the top of the source tree, one after the other, under a
pseudo-terminal (so output interleaves as it does for a reader), with
NO_COLOR=1, with DIR (default: build-docs) first in PATH so that
`sharepol` is the binary under test, and with BUILD=DIR (a build
directory, for commands such as `cmake --install "$BUILD"`).  The exit code is not shown in a
transcript: write `; echo "exit $?"` in the command where it matters.

Transcripts write their scratch files to /tmp, as a reader would.  Each run
of this checker gives them a fresh directory of its own there instead, so
that two runs at once, or the files an earlier run left, cannot meet: the
name /tmp in a command means that directory, and the directory is shown as
/tmp again in what the command prints.  It is removed at the end.

With --update the expected text is rewritten from what the commands print;
review the diff before committing.  Exit status: 0 when every transcript
matches, 1 otherwise.
"""
import argparse
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile

COMMANDS = [0]  # how many commands were run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# /tmp as a name of its own (not /tmpfoo), with or without a path after it.
TMP = re.compile(r"/tmp(?![\w.-])")


def run(command, bindir, scratch):
    command = TMP.sub(lambda m: scratch, command)
    env = dict(os.environ)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    env["NO_COLOR"] = "1"
    env["TZ"] = "UTC"
    env["LC_ALL"] = "C.UTF-8"
    env["COLUMNS"] = "80"
    env["BUILD"] = bindir
    master, slave = pty.openpty()
    proc = subprocess.Popen(["bash", "-c", command], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    out = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    proc.wait()
    text = out.decode("utf-8", "replace").replace("\r\n", "\n")
    return text.replace(scratch, "/tmp")


def blocks(lines):
    """Yields (start, end, indent) of the content of console blocks."""
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)```console\s*$", lines[i])
        if m:
            j = i + 1
            while j < len(lines) and not re.match(r"^\s*```\s*$", lines[j]):
                j += 1
            yield i + 1, j, m.group(1)
            i = j
        i += 1


def check_file(path, bindir, scratch, update):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    failures = 0
    out_lines = []
    pos = 0
    for start, end, indent in list(blocks(lines)):
        out_lines.extend(lines[pos:start])
        body = [l[len(indent):] if l.startswith(indent) else l for l in lines[start:end]]
        block_out = []
        k = 0
        while k < len(body):
            if not body[k].startswith("$ "):
                # text before the first command: keep it
                block_out.append(body[k])
                k += 1
                continue
            cmd_lines = [body[k]]
            while cmd_lines[-1].endswith("\\") and k + 1 < len(body):
                k += 1
                cmd_lines.append(body[k])
            k += 1
            expected = []
            while k < len(body) and not body[k].startswith("$ "):
                expected.append(body[k])
                k += 1
            command = "\n".join(cmd_lines)[2:]
            COMMANDS[0] += 1
            actual = run(command, bindir, scratch)
            actual_lines = actual.split("\n")
            if actual_lines and actual_lines[-1] == "":
                actual_lines.pop()
            block_out.extend(cmd_lines)
            if actual_lines != expected:
                failures += 1
                line_no = start + 1
                print(f"{path}:{line_no}: transcript differs for: {command}")
                for line in expected:
                    if line not in actual_lines:
                        print(f"  - {line}")
                for line in actual_lines:
                    if line not in expected:
                        print(f"  + {line}")
            block_out.extend(actual_lines if update else expected)
        out_lines.extend(indent + l if l else l for l in block_out)
        pos = end
    out_lines.extend(lines[pos:])
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines))
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build-docs"))
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    bindir = os.path.abspath(args.bin)
    failures = 0
    scratch = tempfile.mkdtemp(prefix="sharepol-docs-")
    try:
        for f in args.files:
            failures += check_file(f, bindir, scratch, args.update)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures and not args.update:
        print(f"{failures} transcript(s) differ")
        return 1
    print(f"{COMMANDS[0]} commands run; " +
          ("every transcript matches" if not failures else f"{failures} transcript(s) updated"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
