#!/bin/sh
# install_test.sh BUILD_DIR SOURCE_DIR [static] — installs libsharepol into a
# temporary prefix, builds examples/transfer-gate.c against it with
# pkg-config and with find_package, runs both, and checks that the gate
# reloads its policy on SIGHUP and keeps the old one when the new is broken.
# With `static`, BUILD_DIR is not used: the library alone is first built
# static-only (SHAREPOL_BUILD_SHARED=OFF) from SOURCE_DIR in the temporary
# directory, and the gate must link it statically through sharepol::sharepol.
set -eu
build=$1
src=$2
mode=${3:-}
work=$(mktemp -d)
trap 'kill "$gate" 2>/dev/null || true; rm -rf "$work"' EXIT
gate=

if [ "$mode" = static ]; then
    build=$work/build
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHAREPOL_BUILD_SHARED=OFF \
        -DSHAREPOL_BUILD_CLI=OFF -DSHAREPOL_BUILD_TESTS=OFF -DSHAREPOL_BUILD_BENCH=OFF >/dev/null
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
fi
cmake --install "$build" --prefix "$work/prefix" >/dev/null
if [ "$mode" = static ] && find "$work/prefix" -name 'libsharepol.so*' | grep -q .; then
    echo "a static-only build installed a shared library" >&2
    exit 1
fi
pc=$(find "$work/prefix" -name sharepol.pc | head -n 1)
libdir=$(dirname "$(dirname "$pc")")
export PKG_CONFIG_PATH="$(dirname "$pc")"

cat > "$work/queries" <<'Q'
vulnerabilities from IPA to CAS at 2025-06-01
vulnerabilities from IPA to CAS consent MOD, METI at 2025-06-01
research from IPA to MOD at 2025-06-01
nothing from IPA to MOD
Q
cat > "$work/expected" <<'A'
needs-consent art-3-2 MOD and METI
allow art-3-2
deny -
error a name that the policy does not declare
A

# 1. pkg-config
cc -Wall -Wextra -Werror "$src/examples/transfer-gate.c" \
    $(pkg-config --cflags --libs sharepol) -Wl,-rpath,"$libdir" -o "$work/gate-pc"
"$work/gate-pc" "$src/policies" < "$work/queries" > "$work/out-pc"
diff -u "$work/expected" "$work/out-pc"

# 2. find_package
cmake -S "$src/examples" -B "$work/example" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/example" >/dev/null
"$work/example/transfer-gate" "$src/policies" < "$work/queries" > "$work/out-cmake"
diff -u "$work/expected" "$work/out-cmake"
if [ "$mode" = static ]; then
    for gate in "$work/gate-pc" "$work/example/transfer-gate"; do
        if readelf -d "$gate" | grep -q 'NEEDED.*libsharepol'; then
            echo "$gate needs a shared libsharepol" >&2
            exit 1
        fi
    done
    gate=
fi

# 3. reload on SIGHUP, with no request dropped
mkdir "$work/pol"
printf 'party A; party B; category c;\nrule open allow c from A to B;\n' > "$work/pol/p.spol"
mkfifo "$work/in"
"$work/gate-pc" "$work/pol" < "$work/in" > "$work/out" 2> "$work/err" &
gate=$!
exec 3> "$work/in"

wait_for() { # FILE PATTERN
    i=0
    while ! grep -q "$2" "$1" 2>/dev/null; do
        i=$((i + 1))
        [ $i -lt 200 ] || { echo "timed out waiting for '$2' in $1" >&2; cat "$1" >&2; exit 1; }
        sleep 0.05
    done
}
echo "c from A to B" >&3
wait_for "$work/out" "allow open"

printf 'party A; party B; category c;\nrule closed deny c from A to B;\n' > "$work/pol/p.spol"
kill -HUP "$gate"
wait_for "$work/err" "policy reloaded"
echo "c from A to B" >&3
wait_for "$work/out" "deny closed"

printf 'party A; party B; category c\n' > "$work/pol/p.spol"
kill -HUP "$gate"
wait_for "$work/err" "reload failed"
echo "c from A to B" >&3
exec 3>&-
wait "$gate"
gate=
printf 'allow open\ndeny closed\ndeny closed\n' | diff -u - "$work/out"
grep -q "p.spol:1:29: error\[missing-semicolon\]:.*missing ';'" "$work/err"
echo "install test passed${mode:+ ($mode)}"
