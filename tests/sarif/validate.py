#!/usr/bin/env python3
"""validate.py — the SARIF that `sharepol check|test --format sarif` writes,
validated against the official SARIF 2.1.0 JSON schema (this folder, see
README.md), then checked for what the schema cannot say: every result's rule
is described, places are where the JSON report puts them.

usage: validate.py SHAREPOL_BINARY
Exits 77 (ctest: skipped) when Python's jsonschema is missing: install
Debian's python3-jsonschema (scripts/deps.sh does).
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: cannot validate SARIF", file=sys.stderr)
    sys.exit(77)

HERE = Path(__file__).resolve().parent
CLI = HERE.parent / "cli"
ROOT = HERE.parent.parent
SCHEMA = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def run(binary, args, cwd):
    p = subprocess.run([binary] + args, cwd=cwd, capture_output=True)
    if p.stderr:
        raise AssertionError(f"{args}: unexpected stderr: {p.stderr.decode()}")
    return p.returncode, json.loads(p.stdout)


def check(binary, args, cwd, want_exit, want_results):
    code, sarif = run(binary, args, cwd)
    errors = sorted(VALIDATOR.iter_errors(sarif), key=lambda e: list(e.path))
    for e in errors:
        print(f"{args}: {'/'.join(map(str, e.path))}: {e.message}")
    assert not errors, f"{args}: not valid SARIF 2.1.0"
    assert code == want_exit, f"{args}: exit {code}, expected {want_exit}"
    # The JSON report of the same command: the SARIF says the same.
    json_args = ["json" if a == "sarif" else a for a in args]
    json_code, report = run(binary, json_args, cwd)
    assert json_code == code, f"{args}: json exits {json_code}, sarif {code}"
    (run_,) = sarif["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["invocations"][0]["exitCode"] == code
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert len(results) == want_results, f"{args}: {len(results)} results, expected {want_results}"
    assert len({r["id"] for r in rules}) == len(rules), f"{args}: a rule twice"
    for r in results:
        rule = rules[r["ruleIndex"]]
        assert rule["id"] == r["ruleId"], f"{args}: ruleIndex does not point at {r['ruleId']}"
        assert rule["shortDescription"]["text"].endswith("."), rule
    # Each diagnostic of the report is the result in the same place.
    for d, r in zip(report["diagnostics"], results):
        assert r["ruleId"] == d["code"] and r["message"]["text"] == d["message"], (d, r)
        loc = d["location"]
        if loc and "line" in loc:
            region = r["locations"][0]["physicalLocation"]["region"]
            assert (region["startLine"], region["startColumn"]) == (loc["line"], loc["column"])
        assert len(r.get("relatedLocations", [])) == len(d["notes"]), (d, r)
    return sarif


def main():
    binary = os.path.abspath(sys.argv[1])
    check(binary, ["check", "--format", "sarif", "format-errors.spol"], CLI, 1, 2)
    check(binary, ["check", "--format", "sarif", "--at", "2026-03-01", "format-warnings.spol"],
          CLI, 0, 3)
    check(binary, ["check", "--format", "sarif", "no-such-file.spol"], CLI, 2, 1)
    check(binary, ["check", "--format", "sarif", "policies"], ROOT, 0, 0)
    check(binary, ["test", "--format", "sarif", "format-errors.spol"], CLI, 1, 2)
    sarif = check(binary, ["test", "--format", "sarif", "--coverage", "broken-tests.spol"],
                  CLI, 1, 2)
    failed = sarif["runs"][0]["results"][0]
    assert failed["ruleId"] == "test-failed" and failed["level"] == "error", failed
    region = failed["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (18, 3), region
    # An absolute path with a space and a Japanese name: a file: URI.
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a b 防衛.spol"
        path.write_bytes((CLI / "format-warnings.spol").read_bytes())
        sarif = check(binary, ["check", "--format", "sarif", str(path)], tmp, 0, 2)
        uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"]["uri"]
        assert uri.startswith("file:///") and uri.endswith("/a%20b%20%E9%98%B2%E8%A1%9B.spol"), uri
    # A file name that is not UTF-8: each bad byte is U+FFFD, in the JSON
    # and (percent-encoded) in the URI; both documents stay valid.
    with tempfile.TemporaryDirectory() as tmp:
        name = b"bad-\xff.spol"
        with open(os.path.join(tmp.encode(), name), "wb") as f:
            f.write((CLI / "format-warnings.spol").read_bytes())
        p = subprocess.run([binary, "check", "--format", "json", name], cwd=tmp,
                           capture_output=True)
        report = json.loads(p.stdout.decode("utf-8"))
        assert report["diagnostics"][0]["location"]["file"] == "bad-\ufffd.spol", report
        sarif = check(binary, ["check", "--format", "sarif", "bad-\udcff.spol"], tmp, 0, 2)
        uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"]["uri"]
        assert uri == "bad-%EF%BF%BD.spol", uri

    # Every broken policy of tests/cases: valid, and each region ends after
    # it starts.
    cases = sorted((HERE.parent / "cases").glob("*.spol"))
    for case in cases:
        code, sarif = run(binary, ["check", "--format", "sarif", case.name], case.parent)
        errors = list(VALIDATOR.iter_errors(sarif))
        assert not errors, f"{case.name}: not valid SARIF 2.1.0: {errors[0].message}"
        for r in sarif["runs"][0]["results"]:
            for loc in r.get("locations", []) + r.get("relatedLocations", []):
                region = loc.get("physicalLocation", {}).get("region")
                if region and "endLine" in region:
                    start = (region["startLine"], region["startColumn"])
                    end = (region["endLine"], region["endColumn"])
                    assert end > start, f"{case.name}: region {region} is empty"
    print(f"SARIF valid against the SARIF 2.1.0 schema: {8 + len(cases)} logs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
