#!/usr/bin/env bash
# The server under load and abuse (issue 14 part 4): a fresh demo database (the Kranj pilot,
# scheduled and approved), a real `prostor serve` on 127.0.0.1, then tools/load.py's phases: 1,000
# connections with wrk, slowloris heads, bodies that never end, idle connections, 10,000 distinct
# week addresses, and SIGTERM mid-request. Prints every figure; exits 1 when a limit is broken.
#
#   tools/load.sh            # the full run, with the release build (built when missing)
#   tools/load.sh --short    # about a minute: wrk for 5 s and 1,000 weeks
#   PROSTOR=.build/debug/prostor tools/load.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PROSTOR:-}" ]]; then
    PROSTOR=.build/release/prostor
    [[ -x $PROSTOR ]] || swift build -c release -j 2 --product prostor
fi
command -v wrk >/dev/null || { echo "tools/load.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
# 1,000 connections need as many descriptors, in wrk and in the server.
ulimit -n 8192

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PROSTOR" demo --db "$work/load.sqlite" --out "$work/feeds" --seconds 2 --data Fixtures/kranj >/dev/null
PROSTOR_DB="$work/load.sqlite" "$PROSTOR" approve --tentative --term spomlad-2027 --skip-conflicts >/dev/null || true
echo "prostor: $PROSTOR ($(du -h "$PROSTOR" | cut -f1)); database: $(du -h "$work/load.sqlite" | cut -f1)"
python3 tools/load.py --prostor "$PROSTOR" --db "$work/load.sqlite" --port "${PORT:-18735}" "$@"
