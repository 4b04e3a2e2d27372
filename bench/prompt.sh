#!/usr/bin/env bash
# Time from launching ./concur in a real terminal (tmux) until the `concur>` prompt is on screen.
# Usage: bench/prompt.sh [RUNS]   (default 11). Needs tmux.
set -euo pipefail
runs="${1:-11}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
socket="concur-bench-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$state_dir"; }

times=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    tmux -L "$socket" new-session -d -s "b$i" -x 120 -y 40 "env XDG_STATE_HOME=$state_dir $here/concur"
    SECONDS=0
    until tmux -L "$socket" capture-pane -p -t "b$i" 2>/dev/null | grep -q '^concur>'; do
        if (( SECONDS >= 20 )); then echo "bench/prompt.sh: no prompt within 20 s (run $i)" >&2; exit 1; fi
        sleep 0.002
    done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    tmux -L "$socket" kill-session -t "b$i"
done
echo "runs: $runs"
echo "launch to prompt: $(printf '%s\n' "${times[@]}" | median) ms (median; must be <= 400, aim <= 250)"
