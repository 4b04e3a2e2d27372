#!/usr/bin/env bash
# Times `./concur list` (the whole process, launcher included, output piped) against NodeSchool's
# `learnyounode list`, side by side in one run, and prints the medians and their ratio.
# Usage: bench/startup.sh [RUNS]   (default 21). Installs learnyounode 4.2.2 with npm into a temp folder.
set -euo pipefail
runs="${1:-21}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_peer

# Milliseconds one run of "$@" takes, output discarded.
time_ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 </dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

concur_list() { time_ms "$here/concur" list; }
peer_list() { time_ms "$peer" list; }
alternate "$runs" concur_list peer_list
echo "runs:                  $runs"
echo "concur list:           ${concur_median} ms (median)"
echo "learnyounode list:     ${peer_median} ms (median)"
echo "ratio concur/peer:     $(ratio "$concur_median" "$peer_median") (must be <= 1.0, aim <= 0.75)"
