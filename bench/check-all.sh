#!/usr/bin/env bash
# Wall time and peak memory (RSS) of `./concur check --all`, median over runs.
# Usage: bench/check-all.sh [RUNS]   (default 5). Needs GNU time (/usr/bin/time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
state_dir="$(mktemp -d)"
trap 'rm -rf "$state_dir"' EXIT
export XDG_STATE_HOME="$state_dir"
"$here/concur" list >/dev/null
walls=()
rss=()
for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f "%e %M" "$here/concur" check --all >/dev/null; } 2>&1 | tail -n 1)
    walls+=("${out% *}")
    rss+=("${out#* }")
done
printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$runs" '{ a[NR] = $1 } END {
    printf "runs: %d\ncheck --all wall: %.2f s (median; must be <= 10, aim <= 5)\n", n, a[int((NR + 1) / 2)] }'
printf '%s\n' "${rss[@]}" | sort -n | awk '{ a[NR] = $1 } END {
    printf "check --all peak RSS: %.0f MiB (median; must be <= 150, aim <= 100)\n", a[int((NR + 1) / 2)] / 1024 }'
