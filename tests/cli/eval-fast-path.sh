#!/usr/bin/env bash
# eval-fast-path.sh — `sharepol eval` answers a plain line (known keys once,
# strings without escapes) without building JSON trees, and every other line
# through jansson.  Both ways must give the same bytes: each query here is
# asked twice, once plain and once with one letter of its category written
# as a \u escape, which sends it the general way; the two outputs must be
# identical.  The queries cover every key, every kind of id, each decision
# with its residual, scopes and audiences, purposes, dates and consents.
#
# usage: eval-fast-path.sh SHAREPOL_BINARY        (run by ctest)
set -u
S=$(realpath "$1")
T=$(mktemp -d "${TMPDIR:-/tmp}/sharepol-fast-XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2

cat >fast.spol <<'EOF'
party MOD;
party SDF in MOD;
party METI;
party IPA;
party CAS;
party DHS;
group signatories = MOD, METI, IPA;
category intel;
category vulnerabilities in intel;
category malware in intel;
category research;
purpose defence;
purpose incident-response in defence;
scope tlp-red;
scope signatories-only = signatories;

agreement pact {
  parties signatories;
  effective 2024-04-01;
  term 1y renews 1y unless notice 3mo;
}

rule share-intel allow intel from signatories to signatories;
rule via-cas allow intel from signatories to CAS with consent of originator and 2 of signatories;
rule studies allow research from * to * with consent of any of {MOD, METI} or DHS;
rule red deny * from * to * when marked tlp-red and to outside scope;
rule scoped deny intel from * to * when to outside scope;
rule purpose-only allow malware from IPA to DHS when purpose in defence;
rule late deny vulnerabilities from * to DHS when since 2030-01-01;
require consent of MOD for vulnerabilities from signatories to * except signatories;
test "pact" { expect intel from MOD to METI at 2025-01-01 => allow; }
EOF

parties=(MOD SDF METI IPA CAS DHS)
categories=(intel vulnerabilities malware research)
extras=(
    ''
    ',"scope":"tlp-red"'
    ',"scope":"signatories-only"'
    ',"scope":["METI","CAS"]'
    ',"scope":[]'
    ',"purpose":"incident-response"'
    ',"originator":"MOD","consents":["METI","IPA"]'
    ',"consents":["DHS"],"at":"2031-02-03"'
    ',"at":"2023-01-01","scope":null'
    ',"consents":["MOD","METI"],"purpose":"defence","originator":"IPA"'
)
ids=('"id":"q%d",' '"id":%d,' '"id":null,' '')

n=0
for c in "${categories[@]}"; do
    for f in "${parties[@]}"; do
        for t in "${parties[@]}"; do
            for e in "${extras[@]}"; do
                # shellcheck disable=SC2059
                id=$(printf "${ids[n % 4]}" "$n")
                plain="{${id}\"category\":\"$c\",\"from\":\"$f\",\"to\":\"$t\"$e}"
                # the same query with the category's first letter escaped
                first=$(printf '%04x' "'${c:0:1}")
                escaped="{${id}\"category\":\"\\u$first${c:1}\",\"from\":\"$f\",\"to\":\"$t\"$e}"
                echo "$plain" >>plain.jsonl
                echo "$escaped" >>escaped.jsonl
                n=$((n + 1))
            done
        done
    done
done

"$S" eval --at 2025-06-01 fast.spol <plain.jsonl >plain.out 2>plain.err || {
    echo "FAIL: eval of the plain lines exited $?: $(head -c 300 plain.err)" >&2
    exit 1
}
"$S" eval --at 2025-06-01 fast.spol <escaped.jsonl >escaped.out 2>escaped.err || {
    echo "FAIL: eval of the escaped lines exited $?: $(head -c 300 escaped.err)" >&2
    exit 1
}
lines=$(wc -l <plain.out)
if [ "$lines" -ne "$n" ]; then
    echo "FAIL: $n queries, $lines answers" >&2
    exit 1
fi
# every decision occurs, so the comparison covers each kind of answer
for d in allow deny needs-consent; do
    grep -q "\"decision\":\"$d\"" plain.out || { echo "FAIL: no $d among the answers" >&2; exit 1; }
done
if grep -q '"error"' plain.out; then
    echo "FAIL: a query was refused: $(grep -m1 '"error"' plain.out)" >&2
    exit 1
fi
if ! diff plain.out escaped.out >diff.txt; then
    echo "FAIL: the plain and the general way answer differently:" >&2
    head -n 20 diff.txt >&2
    exit 1
fi
# A path that answers must escape (a quote) or may not write plainly (not
# ASCII): the plain way declines each line before writing, even after the
# same rule has answered lines in full.
mkdir 'odd "dir"'
cp fast.spol 'odd "dir"/pølicy.spol'
"$S" eval --at 2025-06-01 'odd "dir"/pølicy.spol' <plain.jsonl >odd-plain.out 2>odd.err || {
    echo "FAIL: eval under an odd path exited $?: $(head -c 300 odd.err)" >&2
    exit 1
}
"$S" eval --at 2025-06-01 'odd "dir"/pølicy.spol' <escaped.jsonl >odd-escaped.out 2>>odd.err
grep -q 'odd \\"dir\\"/p\\u00F8licy.spol:' odd-plain.out || {
    echo "FAIL: the odd path is not written escaped: $(head -n 1 odd-plain.out)" >&2
    exit 1
}
if ! diff odd-plain.out odd-escaped.out >diff.txt; then
    echo "FAIL: under an odd path the two ways answer differently:" >&2
    head -n 20 diff.txt >&2
    exit 1
fi
echo "ok: $n queries answered the same both ways, under two paths"
