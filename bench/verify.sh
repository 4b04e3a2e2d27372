#!/usr/bin/env bash
# Verifying a correct `counter` (compile, model checking, stress: two child JVMs) side by side with a plain
# `javac Counter.java`, alternating, median of each; then the wall time of `./concur check --all` with every
# exercise (each starter caught and each solution verified).
# Usage: bench/verify.sh [RUNS]   (default 5). Needs GNU time (/usr/bin/time).
set -euo pipefail
runs="${1:-5}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
work="$state_dir/work"
mkdir -p "$work/classes"
cp "$here/lessons/03-locks/exercises/counter/solution/Counter.java" "$work/Counter.java"
java_home="$(cut -f2 "$here/target/.concur-java" 2>/dev/null || true)"   # the JDK the launcher found
javac="${java_home:+$java_home/bin/}javac"
verify=()
plain=()
for _ in $(seq "$runs"); do
    verify+=("$( { /usr/bin/time -f "%e" "$here/concur" verify counter --file "$work/Counter.java" >/dev/null; } 2>&1 | tail -n 1)")
    plain+=("$( { /usr/bin/time -f "%e" "$javac" -d "$work/classes" "$work/Counter.java"; } 2>&1 | tail -n 1)")
done
v=$(printf '%s\n' "${verify[@]}" | median)
p=$(printf '%s\n' "${plain[@]}" | median)
echo "runs: $runs ($("$javac" -version 2>&1))"
printf 'verify counter (correct): %.2f s, javac Counter.java: %.2f s: ratio %.1f (must be <= 8, aim <= 3)\n' "$v" "$p" \
    "$(echo "$v $p" | awk '{ print $1 / $2 }')"
wall=$( { /usr/bin/time -f "%e" "$here/concur" check --all >/dev/null; } 2>&1 | tail -n 1)
printf 'check --all with %s exercises: %.1f s wall (must be <= 120, aim <= 60)\n' \
    "$("$here/concur" exercise | wc -l)" "$wall"
