#!/usr/bin/env bash
# The soak of issue 14 part 3: tools/soak.sh MINUTES [options of tools/soak.py]
# Builds `prostor` (debug, unless PROSTOR names another), then runs the whole workflow at once with
# random SIGKILLs of the writers for MINUTES and checks what was left; exits 1 on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:?usage: tools/soak.sh MINUTES [--keep DIR] [--port N] [--seed N]}
shift
if [[ -z "${PROSTOR:-}" ]]; then
    PROSTOR=.build/debug/prostor
    swift build -j 2 --product prostor >/dev/null
fi
exec python3 tools/soak.py "$minutes" --prostor "$PROSTOR" "$@"
