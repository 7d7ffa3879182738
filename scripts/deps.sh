# deps.sh — sourced by the scripts here: installs the Debian packages
# sharepol needs, but only those missing, so a second run costs nothing.
SHAREPOL_PACKAGES="gcc make cmake flex bison pkg-config libcmocka-dev libjansson-dev nettle-dev libmicrohttpd-dev"
# What scripts/test needs beyond building: clang with libFuzzer and the
# sanitizer runtimes (fuzzing, ThreadSanitizer), valgrind, the analyzers,
# python3 with graphviz for the documentation's checkers (and jq for the
# transcripts of docs/taxii.md), jsonschema for the SARIF test, vim for the
# syntax file's test, neovim for the language server's, and for the
# service's tests and bench (tests/serve/, bench/serve.sh) curl, openssl
# (a throw-away certificate) and wrk.
SHAREPOL_TEST_PACKAGES="clang libclang-rt-14-dev valgrind cppcheck clang-tidy python3 graphviz jq python3-jsonschema vim-nox neovim curl openssl wrk"

sharepol_install() {
    local missing=()
    for p in $SHAREPOL_PACKAGES "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "sharepol: these packages are missing and I am not root: ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "sharepol: installing ${missing[*]}" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
}
