# Sourced by the bench scripts: where the repository is, a throwaway state folder that is removed on exit, concur
# built (with its start-up cache), and median.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="$(mktemp -d)"
cleanup() { rm -rf "$state_dir"; }    # a script with more to clean up defines its own, removing $state_dir too
trap 'cleanup' EXIT
export XDG_STATE_HOME="$state_dir"
"$here/concur" list >/dev/null    # builds the jar and its start-up cache if needed

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
