#!/usr/bin/env bash
# special.sh — the bad inputs that a .t file cannot hold: inputs too big to
# commit (generated here), special files, closed and broken output, another
# locale.  For each: the exact message and place, the exit code of
# docs/errors.md, "Exit codes of the command" (0 ok, 1 policy errors,
# 2 usage/IO/limit/output error), and a time bound where size could make it
# slow.  There are no includes to test: the language has none.
#
# usage: special.sh SHAREPOL_BINARY        (run by ctest as cli.special)
set -u
S=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/sharepol-special-XXXXXX")
trap 'rm -rf "$T"' EXIT
export NO_COLOR=1 LC_ALL=C
cd "$T" || exit 2
failures=0
checks=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Time limits are multiplied by SHAREPOL_TIME_FACTOR (sanitizer builds).
factor=${SHAREPOL_TIME_FACTOR:-1}

# run NAME SECONDS CMD... : runs CMD (stdin from $IN, default /dev/null) with
# a time limit; sets $code, $out (stdout file), $err (stderr file).
run() {
    local name=$1 limit=$(($2 * factor))
    shift 2
    checks=$((checks + 1))
    out="$T/$name.out"
    err="$T/$name.err"
    timeout "$limit" "$@" <"${IN:-/dev/null}" >"$out" 2>"$err"
    code=$?
    if [ "$code" -eq 124 ]; then
        fail "$name: did not finish within $limit s"
    fi
}

expect_code() {
    [ "$code" -eq "$2" ] || fail "$1: exit code $code, expected $2 ($(head -c 300 "$err"))"
}

# The first line of stderr, exactly.
expect_first_err() {
    local first
    first=$(head -n 1 "$err")
    [ "$first" = "$2" ] || fail "$1: stderr starts with
  '$first'
expected
  '$2'"
}

expect_out() {
    local got
    got=$(cat "$out")
    [ "$got" = "$2" ] || fail "$1: stdout is
$got
expected
$2"
}

# No line of stderr longer than $2 characters (snippets are cut).
expect_short_lines() {
    local longest
    longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$err")
    [ "$longest" -le "$2" ] || fail "$1: a line of $longest characters in the diagnostics"
}

repeat() { # repeat TEXT COUNT: TEXT COUNT times, no newline
    yes "$1" | head -n "$2" | tr -d '\n'
}

header='party a; party b; party c; category k;'

# ---- very long tokens ----------------------------------------------------------
{ printf 'party '; head -c 10485760 /dev/zero | tr '\0' 'n'; printf ';\n'; } >name.spol
run long-name 10 "$S" check name.spol
expect_code long-name 1
expect_first_err long-name "name.spol:1:7: error[name-too-long]: this name is 10485760 bytes long; names may have at most 255"
expect_short_lines long-name 200

{ printf 'party a "'; head -c 10485760 /dev/zero | tr '\0' 's'; printf '";\n'; } >string.spol
run long-string 10 "$S" check string.spol
expect_code long-string 1
expect_first_err long-string "string.spol:1:9: error[string-too-long]: this string is 10485760 bytes long; strings may have at most 65536"
expect_short_lines long-string 200

{ echo "$header"; printf 'allow k from a to b with consent of '; repeat 1234567890 100000
  printf ' of {a, b};\n'; } >number.spol
run long-number 10 "$S" check number.spol
expect_code long-number 1
expect_first_err long-number "number.spol:2:37: error[number-too-large]: number too large: integers have at most 9 digits"
expect_short_lines long-number 200

# ---- a very long line; the column is exact, the snippet cut ---------------------
{ printf '%s group g = ' "$header"; repeat 'a, ' 3000000; printf 'nobody;\n'; } >line.spol
run long-line 10 "$S" check line.spol
expect_code long-line 1
expect_first_err long-line "line.spol:1:9000050: error[undefined-name]: 'nobody' is not declared (expected a party or group)"
expect_short_lines long-line 200

# ---- huge and endless files -------------------------------------------------------
truncate -s 1G huge.spol
start=$(date +%s%N)
run huge-file 10 "$S" check huge.spol
expect_code huge-file 2
expect_first_err huge-file "huge.spol: error[limit]: this file is larger than the limit of 16777216 bytes"
[ $(( ($(date +%s%N) - start) / 1000000 )) -lt $((1000 * factor)) ] || fail "huge-file: too slow"
rm -f huge.spol
head -c 20000000 /dev/zero | tr '\0' ' ' >big.spol
run fmt-too-big 10 "$S" fmt big.spol
expect_code fmt-too-big 2
expect_first_err fmt-too-big "big.spol: error[limit]: this file is larger than the limit of 16777216 bytes"
rm -f big.spol
run zero-device 10 "$S" check /dev/zero
expect_code zero-device 2
expect_first_err zero-device "/dev/zero: error[limit]: this file is larger than the limit of 16777216 bytes"
mkfifo endless.spol
(yes '# a comment that never ends' >endless.spol 2>/dev/null &)
run endless-fifo 10 "$S" check endless.spol
expect_code endless-fifo 2
expect_first_err endless-fifo "endless.spol: error[limit]: this file is larger than the limit of 16777216 bytes"
rm -f endless.spol

# ---- many items -------------------------------------------------------------------
{ echo "$header"; printf 'allow k from a to b with consent of all of {a'
  for i in $(seq 1 100000); do printf ', p%d' "$i"; done; printf '};\n'
  for i in $(seq 1 100000); do printf 'party p%d;\n' "$i"; done; } >consents.spol
run many-consents 20 "$S" query --at 2025-01-01 consents.spol -- k from a to b consent p1, p2
expect_code many-consents 3
{ echo 'party p; category k;'; for i in $(seq 1 500000); do printf 'group g%d = p;\n' "$i"; done
  echo 'allow k from g1 to g500000;'; } >groups.spol
run many-groups 20 "$S" query --at 2025-01-01 -q groups.spol -- k from p to p
expect_code many-groups 0

# ---- deep nesting, long chains and lists -----------------------------------
{ echo "$header"; printf 'allow k from a to b with consent of '; repeat '(' 100000; printf a
  repeat ')' 100000; printf ';\n'; } >parens.spol
run deep-parens 10 "$S" check parens.spol
expect_code deep-parens 1
expect_first_err deep-parens "parens.spol:2:293: error[too-deep]: parentheses nested more than 256 deep"
{ echo "$header"; printf 'allow k from a to b when '; repeat 'not ' 100000; printf 'onward;\n'; } >nots.spol
run deep-nots 10 "$S" check nots.spol
expect_code deep-nots 1
expect_first_err deep-nots "nots.spol:2:1050: error[too-deep]: more than 256 'not' in a row"
{ echo "$header"; printf 'allow k from a to b with consent of c'; repeat ' or c' 1000000; printf ';\n'; } >or.spol
run or-chain 20 "$S" query --at 2025-01-01 -q or.spol -- k from a to b
expect_code or-chain 3
expect_out or-chain "decision: needs consent
rule: or.spol:2 (or.spol:2:1)
residual: c"
{ echo 'party a; party b; category k;'; printf 'group g = a'; repeat ', b' 1000000; printf ';\n'
  echo 'allow k from g to g;'; } >list.spol
run long-list 20 "$S" query --at 2025-01-01 -q list.spol -- k from a to b
expect_code long-list 0

# ---- an error cascade stops -------------------------------------------------------
# one stray token early in a 10,000-rule file: one error, not a cascade
{ echo "$header"; echo ')'; for i in $(seq 1 10000); do echo 'allow k from a to b;'; done; } >cascade.spol
run cascade 10 "$S" check cascade.spol
expect_code cascade 1
expect_first_err cascade "cascade.spol:2:1: error[syntax]: unexpected ')', expected a declaration, an agreement, a rule or a test"
[ "$(grep -c ': error\[' "$err")" -eq 1 ] || fail "cascade: $(grep -c ': error\[' "$err") errors, expected 1"
# a thousand errors: the first 100, then a note
{ echo "$header"; for i in $(seq 1 1000); do echo "allow k from a to u$i;"; done; } >many-errors.spol
run many-errors 10 "$S" check many-errors.spol
expect_code many-errors 1
[ "$(grep -c ': error\[' "$err")" -eq 100 ] || fail "many-errors: $(grep -c ': error\[' "$err") errors, expected 100"
grep -q '^sharepol: note\[too-many-errors\]: too many errors (100), stopping$' "$err" || fail "many-errors: no 'too many errors' note"

# ---- a cycle of 100,000 groups ----------------------------------------------------
{ echo 'party p;'; for i in $(seq 0 99999); do printf 'group g%d = g%d;\n' "$i" $(( (i + 1) % 100000 )); done; } >cycle.spol
run long-cycle 10 "$S" check cycle.spol
expect_code long-cycle 1
expect_first_err long-cycle "cycle.spol:2:7: error[cycle]: the groups form a cycle: 'g0' contains 'g1' contains 'g2' contains 'g3' contains 'g4' contains 'g5' contains 'g6' contains 'g7' contains 'g8' contains 'g9' contains ... contains 'g0'"
[ "$(grep -c ': error\[' "$err")" -eq 1 ] || fail "long-cycle: more than one error"

# ---- any to any over many parties; doubled groups ---------------------------
{ for i in $(seq 1 100000); do printf 'party p%d;\n' "$i"; done
  echo 'category k; allow * from * to *;'; } >any.spol
run any-to-any 20 "$S" query --at 2025-01-01 -q any.spol -- k from p1 to p100000
expect_code any-to-any 0
{ echo 'party a; party b; category k; group l0 = a, b;'
  for i in $(seq 1 63); do printf 'group l%d = l%d, l%d;\n' "$i" $((i - 1)) $((i - 1)); done
  echo 'allow k from l63 to l63 with consent of all of l63;'; } >laughs.spol
start=$(date +%s%N)
run laughs 10 "$S" query --at 2025-01-01 -q laughs.spol -- k from a to b
expect_code laughs 3
expect_out laughs "decision: needs consent
rule: laughs.spol:65 (laughs.spol:65:1)
residual: b"
[ $(( ($(date +%s%N) - start) / 1000000 )) -lt $((1000 * factor)) ] || fail "laughs: too slow"

# ---- special paths ------------------------------------------------------------------
mkdir empty-dir
run empty-dir 10 "$S" check empty-dir
expect_code empty-dir 2
expect_first_err empty-dir "empty-dir: error[io]: no .spol file below this directory"
mkdir fifo-dir
echo "$header" >fifo-dir/a.spol
mkfifo fifo-dir/b.spol
run fifo-in-dir 10 "$S" check fifo-dir
expect_code fifo-in-dir 2
expect_first_err fifo-in-dir "fifo-dir/b.spol: error[io]: not a regular file, so it is not read: a directory's .spol files must be regular files"
# /proc/self/mem of the reading process fails with EIO at offset 0
run unreadable 10 "$S" check /proc/self/mem
expect_code unreadable 2
expect_first_err unreadable "/proc/self/mem: error[io]: cannot read this file: Input/output error"
run missing 10 "$S" check no-such.spol
expect_code missing 2
expect_first_err missing "no-such.spol: error[io]: cannot read this file: No such file or directory"
if [ "$(id -u)" -ne 0 ]; then # root reads anything
    echo "$header" >secret.spol
    chmod 000 secret.spol
    run no-permission 10 "$S" check secret.spol
    expect_code no-permission 2
    expect_first_err no-permission "secret.spol: error[io]: cannot read this file: Permission denied"
fi

# ---- JSON lines that are too deep, too long, too many --------------------------
cp "$HERE/pact.spol" .
q='{"category":"vulnerabilities","from":"IPA","to":"CAS"'
{ printf '%s,"x":' "$q"; repeat '[' 100000; printf '\n%s}\n' "$q"; } >deep.jsonl
IN=deep.jsonl run json-deep 10 "$S" eval --at 2025-06-01 pact.spol
expect_code json-deep 0
expect_out json-deep '{"error":"not valid JSON: maximum parsing depth reached near '"'"'['"'"' (column 2106)","line":1}
{"decision":"needs-consent","rule":"art-3-2","location":"pact.spol:25:3","residual":"MOD and METI"}'
# 100 MB on one line, through a pipe: answered with an error, the next line
# still answered, memory bounded (max RSS in KB from /usr/bin/time when present)
big_line() { printf '%s,"x":"' "$q"; head -c 104857600 /dev/zero | tr '\0' x; printf '"}\n%s}\n' "$q"; }
checks=$((checks + 1))
big_line | timeout $((30 * factor)) "$S" eval --at 2025-06-01 pact.spol >json-big.out 2>json-big.err
code=$?
out=json-big.out
err=json-big.err
expect_code json-big 0
expect_out json-big '{"error":"line longer than 1 MiB","line":1}
{"decision":"needs-consent","rule":"art-3-2","location":"pact.spol:25:3","residual":"MOD and METI"}'
if [ -x /usr/bin/time ] && [ "$factor" -eq 1 ]; then # sanitizers take more
    rss=$(big_line | /usr/bin/time -f %M "$S" eval --at 2025-06-01 pact.spol 2>&1 >/dev/null | tail -n 1)
    [ "$rss" -lt 65536 ] || fail "json-big: $rss KB of memory for a 100 MB line"
fi
{ printf '%s,"consents":["MOD"' "$q"; repeat ',"METI"' 100000; printf ']}\n'
  printf '%s,"consents":["MOD"' "$q"; repeat ',"METI"' 4095; printf ']}\n'; } >consents.jsonl
IN=consents.jsonl run json-consents 10 "$S" eval --at 2025-06-01 pact.spol
expect_code json-consents 0
expect_out json-consents '{"error":"\"consents\" lists more than 4096 parties","line":1}
{"decision":"allow","rule":"art-3-2","location":"pact.spol:25:3"}'

# ---- output that cannot be written is an error, never a success ----------------------
echo "$q}" >one.jsonl
checks=$((checks + 1))
"$S" eval --at 2025-06-01 pact.spol <one.jsonl >&- 2>closed.err
code=$?
err=closed.err
expect_code stdout-closed 2
expect_first_err stdout-closed "sharepol: cannot write the output: Bad file descriptor"
for cmd in "eval --at 2025-06-01 pact.spol" "query pact.spol -- vulnerabilities from IPA to CAS" \
           "check pact.spol" "fmt pact.spol" "graph pact.spol" "test pact.spol"; do
    checks=$((checks + 1))
    # shellcheck disable=SC2086
    "$S" $cmd <one.jsonl >/dev/full 2>full.err
    code=$?
    err=full.err
    expect_code "disk-full ($cmd)" 2
    expect_first_err "disk-full ($cmd)" "sharepol: cannot write the output: No space left on device"
done
checks=$((checks + 1))
yes "$q}" | head -n 200000 >many.jsonl
"$S" eval --at 2025-06-01 pact.spol <many.jsonl 2>epipe.err | head -c 10 >/dev/null
code=${PIPESTATUS[0]}
err=epipe.err
expect_code broken-pipe 2
expect_first_err broken-pipe "sharepol: cannot write the output: Broken pipe"
# endless input: the reader of the answers goes away, so eval stops reading
checks=$((checks + 1))
yes "$q}" | timeout $((20 * factor)) "$S" eval --at 2025-06-01 pact.spol 2>epipe-endless.err |
    head -n 1 >/dev/null
code=${PIPESTATUS[1]}
err=epipe-endless.err
[ "$code" -ne 124 ] || fail "broken-pipe-endless: eval went on reading after its reader left"
expect_code broken-pipe-endless 2
expect_first_err broken-pipe-endless "sharepol: cannot write the output: Broken pipe"

# ---- another locale gives the same bytes ----------------------------------------------
locale_dir=""
if ! LC_ALL=tr_TR.UTF-8 locale 2>&1 | grep -q 'Cannot set\|cannot change'; then
    tr_env=(env LC_ALL=tr_TR.UTF-8)
elif command -v localedef >/dev/null && mkdir -p "$T/locales" && localedef -i tr_TR -f UTF-8 "$T/locales/tr_TR.UTF-8" >/dev/null 2>&1; then
    locale_dir="$T/locales"
    # glibc keeps LOCPATH's list until exit (glibc-locpath.supp)
    tr_env=(env LOCPATH="$locale_dir" LC_ALL=tr_TR.UTF-8
            LSAN_OPTIONS="suppressions=$HERE/glibc-locpath.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}")
else
    tr_env=()
    echo "special.sh: no Turkish locale here; the locale check is skipped" >&2
fi
if [ ${#tr_env[@]} -gt 0 ]; then
    cp "$HERE/messy.spol" "$HERE/eval-stream.jsonl" .
    printf 'party I; party i; party \xc4\xb0stanbul "\xc4\xb1 I"; category k;\nallow k from I to i;\n' >turkish.spol
    for cmd in "check pact.spol messy.spol turkish.spol" "fmt messy.spol" "fmt turkish.spol" \
               "query --at 2025-06-01 turkish.spol -- k from I to i" \
               "explain --at 2025-06-01 turkish.spol -- k from i to I" \
               "eval --at 2025-06-01 pact.spol" "graph pact.spol"; do
        checks=$((checks + 1))
        # shellcheck disable=SC2086
        "$S" $cmd <eval-stream.jsonl >c.out 2>c.err
        c_code=$?
        # shellcheck disable=SC2086
        "${tr_env[@]}" "$S" $cmd <eval-stream.jsonl >tr.out 2>tr.err
        tr_code=$?
        if [ $c_code -ne $tr_code ] || ! cmp -s c.out tr.out || ! cmp -s c.err tr.err; then
            fail "locale ($cmd): tr_TR.UTF-8 differs from C"
        fi
    done
fi

# ---- names of files, labels and comments cannot inject -----------------------------
evil=$'evil\n\e[31mname.spol'
printf 'party a "A \\u{1b}]0;title\\u{7}"; party b; category k;\nrule r "red \\u{1b}[31m\\nline \\u{202e}" allow k from a to b;\ntest "t\\u{1b}[2J" { expect k from a to b => deny; }\n' >"$evil"
run inject-query 10 "$S" query --at 2025-06-01 -q "$evil" -- k from a to b
expect_code inject-query 0
expect_out inject-query 'decision: allow
rule: r (evil\n\x1b[31mname.spol:2:1) "red \x1b[31m\nline \u{202e}"'
run inject-explain 10 "$S" explain --at 2025-06-01 -q "$evil" -- k from a to b
expect_code inject-explain 0
grep -q $'\e' "$out" && fail "inject-explain: a raw escape in the output"
run inject-test 10 "$S" test -q "$evil"
expect_code inject-test 1
expect_out inject-test 'FAIL  t\x1b[2J (evil\n\x1b[31mname.spol:3)
    FAIL evil\n\x1b[31mname.spol:3:21: expect k from a to b => deny;
        expected: deny
        actual:   allow, by rule r (evil\n\x1b[31mname.spol:2:1)
0 passed, 1 failed'
echo '{"id":"\u001b[31m\n","category":"k","from":"a","to":"b"}' >evil.jsonl
IN=evil.jsonl run inject-eval 10 "$S" eval --at 2025-06-01 -q "$evil"
expect_code inject-eval 0
expect_out inject-eval '{"id":"\u001B[31m\n","decision":"allow","rule":"r","location":"evil\n\u001B[31mname.spol:2:1"}'
bad=$'bad\e[1m.spol'
printf 'party a; category k;\nallow k from a to b;\n' >"$bad"
run inject-check 10 "$S" check "$bad"
expect_code inject-check 1
expect_first_err inject-check "bad\x1b[1m.spol:2:19: error[undefined-name]: 'b' is not declared (expected a party or group)"

echo "special.sh: $checks checks, $failures failed" >&2
[ "$failures" -eq 0 ]
