#!/usr/bin/env bash
# Time from launching ./concur in a real terminal (tmux) until the `concur>` prompt is on screen.
# Usage: bench/prompt.sh [RUNS]   (default 11). Needs tmux.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-11}"
state_dir="$(mktemp -d)"
socket="concur-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$state_dir"' EXIT
"$here/concur" list >/dev/null    # builds the jar and its start-up cache if needed

times=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    tmux -L "$socket" new-session -d -s "b$i" -x 120 -y 40 "env XDG_STATE_HOME=$state_dir $here/concur"
    until tmux -L "$socket" capture-pane -p -t "b$i" 2>/dev/null | grep -q '^concur>'; do sleep 0.002; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    tmux -L "$socket" kill-session -t "b$i"
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{ a[NR] = $1 } END {
    printf "runs: %d\nlaunch to prompt: %d ms (median; must be <= 400, aim <= 250)\n", n, a[int((NR + 1) / 2)] }'
