#!/usr/bin/env bash
# Time from launching each program in a real terminal (tmux, 120x40) until its first interactive screen is whole:
# concur's `concur>` prompt, under the lesson list, against NodeSchool's learnyounode's exercise menu (its last
# entry, EXIT, on screen). Alternating runs, side by side; prints the medians and their ratio.
# Usage: bench/prompt.sh [RUNS]   (default 11). Needs tmux; installs learnyounode 4.2.2 with npm into a temp folder.
set -euo pipefail
runs="${1:-11}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_peer
socket="concur-bench-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$state_dir"; }
export HOME="$state_dir"    # learnyounode keeps its progress under HOME: a throwaway one, as concur's state is
# a session that outlives the measured ones, so that tmux's server is not stopped and started between runs
tmux -L "$socket" new-session -d -s keep -x 80 -y 24 "sleep 100000"

# Milliseconds from starting "$1" in a new tmux window until a line matching the regex "$2" is on its screen.
until_on_screen() {
    local command="$1" ready="$2" name="s$RANDOM$RANDOM" start end
    start=$(date +%s%N)
    tmux -L "$socket" new-session -d -s "$name" -x 120 -y 40 "$command"
    SECONDS=0
    until tmux -L "$socket" capture-pane -p -t "$name" 2>/dev/null | grep -Eq "$ready"; do
        if (( SECONDS >= 20 )); then echo "bench/prompt.sh: '$ready' not on screen within 20 s" >&2; exit 1; fi
        sleep 0.002
    done
    end=$(date +%s%N)
    tmux -L "$socket" kill-session -t "$name"
    echo $(( (end - start) / 1000000 ))
}

concur_prompt() { until_on_screen "$here/concur" '^concur>'; }
peer_menu() { until_on_screen "$peer" '^ +EXIT *$'; }
alternate "$runs" concur_prompt peer_menu
echo "runs:                          $runs"
echo "concur, launch to prompt:      ${concur_median} ms (median)"
echo "learnyounode, launch to menu:  ${peer_median} ms (median)"
echo "ratio concur/peer:             $(ratio "$concur_median" "$peer_median") (must be <= 1.0, aim <= 0.6)"
