#!/usr/bin/env python3
"""example.py — the worked example of examples/stix/ does what its README says.

    tests/stix/example.py SHAREPOL_BINARY

Checks the example's policy (the TLP module of examples/tlp/ with the
community and mappings of examples/stix/): `sharepol check` with no
warning, `sharepol fmt --check`, `sharepol test`.  Then runs gate.sh, from
another directory, for each run of RUNS and compares the ids of the
outgoing bundle and the report on stderr with example/NAME.ids and
example/NAME.report (derived by hand from bundle.json: README.md tells how),
and the exit status; each outgoing object must equal the input object of its
id.  Last, gate.sh finds sharepol on PATH as well as through $SHAREPOL, and
says what to do when it finds neither.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(ROOT, "examples", "stix")
GATE = os.path.join(EXAMPLE, "gate.sh")
POLICY = [os.path.join(ROOT, "examples", "tlp", "tlp-2.0.spol"), EXAMPLE]

# (golden files' name, gate.sh arguments, exit status)
RUNS = [
    ("bankco", [], 1),
    ("bankco-consent-natcert", ["BankCo", "--consent", "NatCERT"], 1),
    ("payco-consent-natcert", ["PayCo", "--consent", "NatCERT"], 1),
]

FAILURES = []


def fail(what):
    FAILURES.append(what)
    print("FAIL: " + what, file=sys.stderr)


def run(args, env=None, cwd=None):
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, timeout=60)


def check_policy(binary):
    r = run([binary, "check"] + POLICY)
    if r.returncode != 0 or r.stderr or not r.stdout.endswith("0 warnings\n"):
        fail(f"sharepol check exits {r.returncode}: {r.stdout}{r.stderr}")
    r = run([binary, "fmt", "--check"] + POLICY)
    if r.returncode != 0:
        fail(f"sharepol fmt --check exits {r.returncode}: {r.stdout}{r.stderr}")
    r = run([binary, "test"] + POLICY)
    if r.returncode != 0 or " 0 failed" not in r.stdout:
        fail(f"sharepol test exits {r.returncode}: {r.stdout}{r.stderr}")


def read(name):
    with open(os.path.join(HERE, "example", name), encoding="utf-8") as f:
        return f.read()


def check_run(binary, name, args, status, inputs):
    env = dict(os.environ, SHAREPOL=binary)
    with tempfile.TemporaryDirectory() as elsewhere:
        r = run([GATE] + args, env=env, cwd=elsewhere)
    if r.returncode != status:
        fail(f"{name}: gate.sh exits {r.returncode}, not {status}: {r.stderr}")
    try:
        out = json.loads(r.stdout)
    except ValueError as e:
        fail(f"{name}: the outgoing bundle is not JSON: {e}")
        return
    ids = "".join(o["id"] + "\n" for o in out["objects"])
    if ids != read(name + ".ids"):
        fail(f"{name}: outgoing ids differ from example/{name}.ids:\n{ids}")
    if r.stderr != read(name + ".report"):
        fail(f"{name}: the report differs from example/{name}.report:\n{r.stderr}")
    for o in out["objects"]:
        if o != inputs.get(o["id"]):
            fail(f"{name}: {o['id']} is not the object of the input")


def check_finding(binary):
    """gate.sh through PATH, and without any sharepol."""
    bindir = os.path.dirname(os.path.abspath(binary))
    env = {k: v for k, v in os.environ.items() if k != "SHAREPOL"}
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    r = run([GATE], env=env, cwd="/")
    if r.returncode != 1 or r.stderr != read("bankco.report"):
        fail(f"gate.sh with sharepol on PATH exits {r.returncode}: {r.stderr}")
    env["SHAREPOL"] = os.path.join(bindir, "no-such-sharepol")
    r = run([GATE], env=env)
    want = f"gate.sh: cannot find '{env['SHAREPOL']}': put sharepol on PATH or set SHAREPOL\n"
    if r.returncode != 2 or r.stdout or r.stderr != want:
        fail(f"gate.sh without sharepol exits {r.returncode}: {r.stderr}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(os.path.join(EXAMPLE, "bundle.json"), encoding="utf-8") as f:
        inputs = {o["id"]: o for o in json.load(f)["objects"]}
    check_policy(binary)
    for name, args, status in RUNS:
        check_run(binary, name, args, status, inputs)
    check_finding(binary)
    if FAILURES:
        return 1
    print(f"examples/stix: policy checked, {len(RUNS)} runs of gate.sh as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
