#!/usr/bin/env bash
# Builds one fuzzing harness of Fuzz/ with libFuzzer and the address sanitizer, and runs it.
#
#   tools/fuzz.sh NAME SECONDS [LIBFUZZER-OPTIONS…]
#   tools/fuzz.sh rrule 600
#   tools/fuzz.sh setup 0 -runs=10000000     # SECONDS 0: no time limit
#   tools/fuzz.sh list                        # the harnesses
#
# NAME is rrule, icalendar, setup, csv, form, query or cli-texts. The seeds are Fuzz/corpus/NAME
# (from the fixtures); what the run learns goes to Fuzz/.build/corpus/NAME, which is not committed.
# A finding is written to Fuzz/findings/NAME-crash-… (or -timeout-, -oom-) and the run stops with a
# non-zero status: fix it, and add the input to a regression test of the normal suite (README, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
harnesses=(rrule icalendar setup csv form query cli-texts)
if [[ "${1:-}" == list ]]; then printf '%s\n' "${harnesses[@]}"; exit 0; fi
if [[ $# -lt 2 ]] || [[ ! " ${harnesses[*]} " == *" $1 "* ]] || [[ ! "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: tools/fuzz.sh NAME SECONDS [libFuzzer options], NAME one of: ${harnesses[*]}" >&2
    exit 2
fi
name=$1 seconds=$2
shift 2

# -parse-as-library: a harness has no main; libFuzzer's main calls LLVMFuzzerTestOneInput.
# -enable-testing: the form and query harnesses reach the web target's internal parsers with @testable.
swift build --package-path Fuzz -c release -j 2 --product "fuzz-$name" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing -Xswiftc -use-ld=lld
binary="$(swift build --package-path Fuzz -c release --show-bin-path)/fuzz-$name"

corpus="Fuzz/.build/corpus/$name"
mkdir -p "$corpus" Fuzz/findings
limit=()
if [[ "$seconds" -gt 0 ]]; then limit=(-max_total_time="$seconds"); fi
# -timeout: an input that takes 10 s is a hang (every parser here answers in milliseconds).
exec "$binary" "$corpus" "Fuzz/corpus/$name" -artifact_prefix="Fuzz/findings/$name-" -timeout=10 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 "${limit[@]}" "$@"
