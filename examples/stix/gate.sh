#!/usr/bin/env bash
# gate.sh — runs `sharepol stix` on the example's bundle (bundle.json) for
# one recipient: FinISAC, which fetched the bundle from NatCERT's TAXII
# collection, passes on what may go.
#
#     examples/stix/gate.sh [RECIPIENT [OPTION...]]
#
# RECIPIENT is a party of community.spol (default BankCo); OPTIONs go to
# `sharepol stix` as they are (--consent NatCERT, --at 2026-03-02, ...).
# The outgoing bundle is written on stdout, the report of every held-back
# object (JSON lines) on stderr after the command's own messages; the exit
# status is sharepol stix's: 0 all went, 3 some need consent, 1 some are
# denied, 2 bad input.  sharepol is $SHAREPOL if set, else the one on PATH.
# Runs from any directory: the files are found beside this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sharepol=${SHAREPOL:-sharepol}
if ! command -v "$sharepol" >/dev/null 2>&1; then
    echo "gate.sh: cannot find '$sharepol': put sharepol on PATH or set SHAREPOL" >&2
    exit 2
fi
recipient=${1:-BankCo}
shift $(($# > 0 ? 1 : 0))

# The report goes to a file first: --report /dev/stderr would truncate a
# stderr redirected to a file, and lose what was written there before.
report=$(mktemp "${TMPDIR:-/tmp}/gate-report.XXXXXX")
trap 'rm -f "$report"' EXIT

status=0
"$sharepol" stix -q "$here/../tlp/tlp-2.0.spol" "$here" \
    --from FinISAC --to "$recipient" --originator NatCERT --report "$report" "$@" \
    < "$here/bundle.json" || status=$?
cat "$report" >&2
exit "$status"
