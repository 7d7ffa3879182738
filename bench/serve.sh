#!/usr/bin/env bash
# serve.sh — the figures of `sharepol serve` (bench/README.md, "The decision
# service"): wrk over loopback, keep-alive, in one run side by side with
# mhd_baseline (a libmicrohttpd handler answering a fixed 100-byte JSON body
# in the same threading set-up):
#
#   baseline   any request -> 100 bytes                     requests/s, p50, p99
#   decide     POST /v1/decide on the seed policies (policies/), four
#              queries in turn (allow, deny, needs consent)  requests/s, p50, p99
#   batch      POST /v1/decide/batch, 1,000 queries a request, on a policy of
#              1,000 parties made by bench/gen.c              decisions/s
#   log        decide with --decision-log --log-sync always  requests/s
#
# for each threading set-up in MODES ("epoll:2" = a pool of 2 threads on
# epoll; "poll:1" = one thread on poll).  Nothing here is a test: the
# numbers depend on the machine, and wrk shares its CPUs.
#
# usage: bench/serve.sh [BUILD_DIR]        (default: build)
# environment: DURATION (s, 10), CONNECTIONS (32), WRK_THREADS (1),
#              MODES ("epoll:2 poll:2 epoll:1"), BATCH_CONNECTIONS (2),
#              ROUNDS (2: baseline and decide alternate this many times)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-1}
MODES=${MODES:-"epoll:2 poll:2 epoll:1"}
BATCH_CONNECTIONS=${BATCH_CONNECTIONS:-2}
ROUNDS=${ROUNDS:-2}
for tool in wrk curl; do
    command -v $tool >/dev/null || { echo "serve.sh: needs $tool (scripts/deps.sh)" >&2; exit 2; }
done
for f in "$B/sharepol" "$B/bench/mhd_baseline" "$B/bench/bench"; do
    [ -x "$f" ] || { echo "serve.sh: no $f; build first (cmake --build $B)" >&2; exit 2; }
done
T=$(mktemp -d /tmp/sharepol-serve-bench-XXXXXX)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$T"
}
trap cleanup EXIT

# A policy of 1,000 parties and its queries, from the benchmark's generator.
"$B/bench/bench" --sizes 1000 --runs 1 --queries 20000 --dump "$T" >/dev/null
{
    printf '{"queries": ['
    head -n 1000 "$T/sharepol-bench-1000.jsonl" | paste -sd, -
    printf ']}'
} >"$T/batch.json"

cat >"$T/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
              + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %d %d %d %d\n",
           summary.requests / (summary.duration / 1e6),
           latency:percentile(50), latency:percentile(99), bad, summary.requests))
end
LUA
cat >"$T/decide.lua" <<'LUA'
local bodies = {
  '{"category": "vulnerabilities", "from": "IPA", "to": "CAS", "originator": "IPA", "at": "2025-06-01", "consents": ["MOD"]}',
  '{"category": "best-practices", "from": "METI", "to": "ASEAN", "at": "2025-06-01"}',
  '{"category": "operational-cooperation", "from": "METI", "to": "IPA", "at": "2025-06-01"}',
  '{"category": "best-practices", "from": "METI", "to": "ASEAN", "originator": "DHS", "at": "2025-06-01"}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
LUA
cat "$T/report.lua" >>"$T/decide.lua"
{
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/json"'
    echo "local f = io.open(\"$T/batch.json\"); wrk.body = f:read(\"*a\"); f:close()"
    cat "$T/report.lua"
} >"$T/batch.lua"

# start NAME COMMAND...: runs it, reads "listening on HOST:PORT", sets PORT.
start() {
    local name=$1; shift
    "$@" >"$T/$name.out" 2>"$T/$name.err" &
    PIDS+=($!)
    for _ in $(seq 100); do
        grep -qE '^listening on .*:[0-9]+$' "$T/$name.out" 2>/dev/null && break
        sleep 0.1
    done
    PORT=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$T/$name.out")
    [ -n "$PORT" ] || { echo "serve.sh: $name did not start:" >&2; cat "$T/$name.err" >&2; exit 1; }
}
stop() {
    kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
    unset 'PIDS[-1]'
}
# cpu_ticks PID: the process's user + system time, in clock ticks.
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
# measure LABEL SCRIPT CONNECTIONS [PER_REQUEST]: one wrk run, one table line.
measure() {
    local label=$1 script=$2 conns=$3 per=${4:-1}
    local out cpu0 cpu1
    cpu0=$(cpu_ticks "${PIDS[-1]}")
    out=$(wrk -t"$WRK_THREADS" -c"$conns" -d"${DURATION}s" --latency -s "$script" \
              "http://127.0.0.1:$PORT/v1/decide${5:-}" | grep '^RESULT')
    cpu1=$(cpu_ticks "${PIDS[-1]}")
    read -r _ rps p50 p99 bad total <<<"$out"
    # the server's own CPU time a request: steadier than requests/s on a
    # machine shared with others
    LAST_CPU=$(awk -v t=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" -v n="$total" \
                   'BEGIN { printf "%.1f", n ? t / hz / n * 1e6 : 0 }')
    printf '%-40s %8s req/s %10s decisions/s  p50 %s ms  p99 %s ms  CPU %s us/req  %s\n' \
        "$label" "$rps" "$((rps * per))" "$(awk -v t="$p50" 'BEGIN { printf "%.2f", t / 1000 }')" \
        "$(awk -v t="$p99" 'BEGIN { printf "%.2f", t / 1000 }')" "$LAST_CPU" \
        "$([ "$bad" -eq 0 ] && echo ok || echo "$bad of $total FAILED")"
    LAST_RPS=$rps
}

echo "sharepol serve bench: $(nproc) CPUs, wrk -t$WRK_THREADS, ${DURATION} s a run, $(date -u +%F)"
for mode in $MODES; do
    poll=${mode%%:*} threads=${mode##*:}
    echo "== $poll, $threads thread(s)"
    # baseline and service alternate, ROUNDS times, so that a noisy
    # neighbour weighs on both alike
    for _ in $(seq "$ROUNDS"); do
        start baseline "$B/bench/mhd_baseline" 0 "$threads" "$poll"
        measure "baseline (100-byte body), c=$CONNECTIONS" "$T/decide.lua" "$CONNECTIONS"
        base=$LAST_RPS base_cpu=$LAST_CPU
        stop
        start serve "$B/sharepol" serve policies/ --listen 127.0.0.1:0 --threads "$threads" \
            --poll "$poll" -q
        curl -sf -H 'Content-Type: application/json' \
            -d '{"category": "best-practices", "from": "METI", "to": "ASEAN"}' \
            "http://127.0.0.1:$PORT/v1/decide" >/dev/null
        measure "decide, seed policies, c=$CONNECTIONS" "$T/decide.lua" "$CONNECTIONS"
        echo "   decide / baseline: $((100 * LAST_RPS / base))% of the requests/s;" \
             "$(awk -v b="$base_cpu" -v d="$LAST_CPU" 'BEGIN { printf "%.0f", d ? 100 * b / d : 0 }')%" \
             "by the CPU time a request"
        stop
    done
    start serve "$B/sharepol" serve "$T/sharepol-bench-1000.spol" --listen 127.0.0.1:0 \
        --threads "$threads" --poll "$poll" -q
    measure "batch of 1,000, 1,000 parties, c=$BATCH_CONNECTIONS" "$T/batch.lua" "$BATCH_CONNECTIONS" 1000 /batch
    stop
done
mode=${MODES%% *}
poll=${mode%%:*} threads=${mode##*:}
echo "== the decision log, $poll, $CONNECTIONS connections (on $(df -T "$T" | awk 'NR==2 {print $2}'))"
start serve "$B/sharepol" serve policies/ --listen 127.0.0.1:0 --poll "$poll" -q
measure "decide, no log" "$T/decide.lua" "$CONNECTIONS"
nolog=$LAST_RPS
stop
start serve "$B/sharepol" serve policies/ --listen 127.0.0.1:0 --poll "$poll" -q \
    --decision-log "$T/decisions.log" --log-sync always
measure "decide, --log-sync always" "$T/decide.lua" "$CONNECTIONS"
echo "   with the log / without: $((100 * LAST_RPS / nolog))%"
stop
"$B/sharepol" log verify -q "$T/decisions.log" || echo "serve.sh: the log does not verify!" >&2
# what the log costs without waiting for the disk: --log-sync never, and
# always on tmpfs (where fsync costs nothing) (bench/README.md, "The
# decision log")
for variant in "never $T" "always /dev/shm"; do
    sync=${variant%% *} dir=${variant#* }
    [ -d "$dir" ] || continue
    log="$dir/sharepol-bench-$$.log"
    start serve "$B/sharepol" serve policies/ --listen 127.0.0.1:0 --poll "$poll" -q \
        --decision-log "$log" --log-sync "$sync"
    measure "decide, --log-sync $sync on $(df -T "$dir" | awk 'NR==2 {print $2}')" \
        "$T/decide.lua" "$CONNECTIONS"
    echo "   with the log / without: $((100 * LAST_RPS / nolog))%"
    stop
    "$B/sharepol" log verify -q "$log" || echo "serve.sh: the log does not verify!" >&2
    rm -f "$log"*
done
