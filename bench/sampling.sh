#!/usr/bin/env bash
# What sampling thread states (for the timeline and status bar) costs a demo: the cpu-bound lesson's measured
# speed-up with 2 threads, with sampling (run --timeline) and without, median over runs, interleaved.
# Usage: bench/sampling.sh [RUNS]   (default 9)
set -euo pipefail
runs="${1:-9}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

speedup() { "$here/concur" run cpu-bound "$@" 2>/dev/null | sed -n 's/.*speed-up with [0-9]* threads: \([0-9.]*\)x.*/\1/p'; }

plain=()
sampled=()
for _ in $(seq "$runs"); do
    plain+=("$(speedup)")
    sampled+=("$(speedup --timeline)")
done
p=$(printf '%s\n' "${plain[@]}" | median)
s=$(printf '%s\n' "${sampled[@]}" | median)
echo "runs: $runs"
echo "cpu-bound speed-up without sampling: ${p}x (median)"
echo "cpu-bound speed-up with sampling:    ${s}x (median)"
awk -v p="$p" -v s="$s" 'BEGIN { printf "sampling changes the speed-up by %+.1f%%\n", (s - p) / p * 100 }'
