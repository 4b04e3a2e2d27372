# Sourced by the bench scripts: where the repository is, a throwaway state folder that is removed on exit, concur
# built (with its start-up cache), the peer, and median.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="$(mktemp -d)"
cleanup() { rm -rf "$state_dir"; }    # a script with more to clean up defines its own, removing $state_dir too
trap 'cleanup' EXIT
export XDG_STATE_HOME="$state_dir"
"$here/concur" list >/dev/null    # builds the jar and its start-up cache if needed

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Installs the peer, NodeSchool's learnyounode 4.2.2, with npm into a folder under $state_dir (so it goes with it),
# and sets $peer to its command.
install_peer() {
    local dir="$state_dir/peer"
    mkdir -p "$dir"
    if ! npm install --silent --no-audit --no-fund --prefix "$dir" learnyounode@4.2.2 >/dev/null 2>&1; then
        echo "bench: could not install learnyounode with npm (it is the peer these figures are measured against)" >&2
        exit 1
    fi
    peer="$dir/node_modules/.bin/learnyounode"
}

# "a / b" to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Runs the functions "$2" (concur) and "$3" (the peer), each printing the milliseconds of one run, alternately "$1"
# times, so that both see the same machine; sets concur_median and peer_median.
alternate() {
    local concur_times=() peer_times=()
    for _ in $(seq "$1"); do
        concur_times+=("$("$2")")
        peer_times+=("$("$3")")
    done
    concur_median=$(printf '%s\n' "${concur_times[@]}" | median)
    peer_median=$(printf '%s\n' "${peer_times[@]}" | median)
}
