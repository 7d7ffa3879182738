"""pairs.py — the changed copies of the seed policies that the diff tests
and bench/diff.c compare policies/ against, made when a test runs from
policies/ and a small change file (tests/diff/README.md), so that they
cannot drift from the policies they copy.

    with pairs.changed("ipa-leaves") as folder: ...   # policies/ changed
    with pairs.changed(None) as folder: ...           # policies/ copied

A change whose lines are no longer in policies/ fails loudly (ChangeError),
so a change to the seed policies that the change file does not foresee is
caught the first time the tests run.
"""
import contextlib
import os
import shutil
import subprocess
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
policies = os.path.join(root, "policies")
changes = os.path.join(here, "changes")


class ChangeError(Exception):
    pass


def names():
    """The changes, by name (the change files without .change)."""
    return sorted(f[:-len(".change")] for f in os.listdir(changes) if f.endswith(".change"))


def read_change(name, path=None):
    """[(file, [old lines], [new lines])] of changes/NAME.change (or of the
    change file at path)."""
    path = path or os.path.join(changes, name + ".change")
    hunks = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f.read().split("\n"), 1):
            if line.startswith("#") or not line:
                continue
            if line.startswith("file: "):
                hunks.append((line[len("file: "):], [], []))
            elif line[:2] in ("- ", "+ ") and hunks:
                hunks[-1][1 if line[0] == "-" else 2].append(line[2:])
            else:
                raise ChangeError(f"{path}:{number}: expected '# ', 'file: ', '- ' or '+ '")
    if not hunks or any(not old for _, old, _ in hunks):
        raise ChangeError(f"{path}: each 'file:' needs the lines it replaces ('- ')")
    return hunks


def apply(name, folder, path=None, base="policies"):
    """Applies changes/NAME.change (or the change file at path) to the copy
    of base (policies/) in folder."""
    for file, old, new in read_change(name, path):
        path = os.path.join(folder, file)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        starts = [i for i in range(len(lines) - len(old) + 1) if lines[i:i + len(old)] == old]
        if len(starts) != 1:
            raise ChangeError(
                f"{name}.change: the lines it replaces occur {len(starts)} times in "
                f"{base}/{file}, not once: {base}/ changed, update "
                f"{path or 'tests/diff/changes/' + name + '.change'} to match")
        lines[starts[0]:starts[0] + len(old)] = new
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


@contextlib.contextmanager
def changed(name):
    """A temporary copy of policies/ with changes/NAME.change applied (or
    none, for None), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="sharepol-diff-") as tmp:
        folder = os.path.join(tmp, name or "same")
        shutil.copytree(policies, folder)
        if name:
            apply(name, folder)
        yield folder


def run(binary, args):
    """(exit status, stdout) of the binary with args."""
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    return p.returncode, p.stdout


class Failures:
    """Prints each failure of a test script and counts them."""

    def __init__(self):
        self.count = 0

    def __call__(self, message):
        self.count += 1
        print(message)
