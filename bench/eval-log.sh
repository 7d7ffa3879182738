#!/usr/bin/env bash
# eval-log.sh — what the decision log costs `sharepol eval` (bench/README.md,
# "The decision log"): lines per second through pipes on the benchmark's
# policy of PARTIES parties and its queries, without a log, with
# --decision-log --log-sync never and with --log-sync always (the default),
# each the time for every line less the time for none (starting and
# compiling); the median of RUNS runs.  Also the lines per fsync that eval's
# batching gave.  Nothing here is a test: the figures depend on the machine.
#
# usage: bench/eval-log.sh [BUILD_DIR]            (default: build)
# environment: PARTIES (1000), QUERIES (200000), RUNS (5)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}
PARTIES=${PARTIES:-1000}
QUERIES=${QUERIES:-200000}
RUNS=${RUNS:-5}
for f in "$B/sharepol" "$B/bench/bench"; do
    [ -x "$f" ] || { echo "eval-log.sh: no $f; build first (cmake --build $B)" >&2; exit 2; }
done
T=$(mktemp -d /tmp/sharepol-eval-log-XXXXXX)
trap 'rm -rf "$T"' EXIT

"$B/bench/bench" --sizes "$PARTIES" --runs 1 --queries "$QUERIES" --dump "$T" >/dev/null
POLICY="$T/sharepol-bench-$PARTIES.spol"
LINES="$T/sharepol-bench-$PARTIES.jsonl"
n=$(wc -l <"$LINES")

# seconds for one run of eval over the file given, with the options given
run() {
    local input=$1
    shift
    rm -f "$T"/d.log*
    local t0 t1
    t0=$(date +%s.%N)
    "$B/sharepol" eval -q --at 2025-06-01 "$@" "$POLICY" <"$input" >/dev/null
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "eval over $n lines, $PARTIES parties, median of $RUNS runs (start-up subtracted)"
printf '%-34s %12s %14s\n' "" "lines/s" "vs no log"
base=""
for mode in none never always; do
    opts=()
    [ "$mode" = none ] || opts=(--decision-log "$T/d.log" --log-sync "$mode")
    empty=$(for _ in $(seq "$RUNS"); do run /dev/null "${opts[@]}"; done | median)
    full=$(for _ in $(seq "$RUNS"); do run "$LINES" "${opts[@]}"; done | median)
    rate=$(echo "$n / ($full - $empty)" | bc -l)
    [ -n "$base" ] || base=$rate
    label="no log"
    [ "$mode" = none ] || label="--decision-log --log-sync $mode"
    printf '%-34s %12.0f %13.0f%%\n' "$label" "$rate" "$(echo "100 * $rate / $base" | bc -l)"
done

# How many lines each commit (one fdatasync with always) carried: eval
# commits before it waits for input and every 1 MiB of answers.
rm -f "$T"/d.log*
strace -f -e trace=fdatasync -o "$T/strace" \
    "$B/sharepol" eval -q --at 2025-06-01 --decision-log "$T/d.log" "$POLICY" <"$LINES" \
    >/dev/null 2>&1 && syncs=$(grep -c fdatasync "$T/strace") &&
    echo "always: $syncs fdatasync calls for $n lines ($((n / (syncs > 0 ? syncs : 1))) lines each)" ||
    echo "(strace not available: lines per fsync not counted)"
echo "log size: $(stat -c %s "$T/d.log") bytes for $n lines"
