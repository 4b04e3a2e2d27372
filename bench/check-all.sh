#!/usr/bin/env bash
# Wall time and peak memory (RSS) of `./concur check --all --no-exercises` (the lessons; bench/verify.sh times the
# exercises), median over runs.
# Usage: bench/check-all.sh [RUNS]   (default 5). Needs GNU time (/usr/bin/time).
set -euo pipefail
runs="${1:-5}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
walls=()
rss=()
for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f "%e %M" "$here/concur" check --all --no-exercises >/dev/null; } 2>&1 | tail -n 1)
    walls+=("${out% *}")
    rss+=("${out#* }")
done
echo "runs: $runs"
printf 'check --all wall: %.2f s (median; must be <= 10, aim <= 5)\n' "$(printf '%s\n' "${walls[@]}" | median)"
printf 'check --all peak RSS: %.0f MiB (median; must be <= 150, aim <= 100)\n' \
    "$(printf '%s\n' "${rss[@]}" | median | awk '{ print $1 / 1024 }')"
