#!/usr/bin/env bash
# In how many of RUNS runs each wrong fix is caught: by the uninstrumented stress run alone (what verify had before
# the race detector), and by the instrumented run (race detector, spurious wake-ups, shaken schedules). Each run is a
# fresh child JVM of the verifier's harness, as verify starts it. The fixtures are the exercises' starters and the
# narrow-window wrong fixes under src/test/resources/verify/.
# Usage: bench/catch-rate.sh [RUNS]   (default 20)
set -euo pipefail
runs="${1:-20}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
java_home="$(cut -f2 "$here/target/.concur-java" 2>/dev/null || true)"
bin="${java_home:+$java_home/bin/}"
cp -r "$here/target/verifier" "$state_dir/verifier"    # a copy: a rebuild while this runs changes nothing here
cp_harness="$state_dir/verifier/classes:$(ls "$state_dir"/verifier/lib/*.jar | tr '\n' ':')"
fixtures=(
    "01-basics/exercises/sum lessons/01-basics/exercises/sum/ParallelSum.java"
    "01-basics/exercises/sum src/test/resources/verify/sum/VolatileFinishedCount.java"
    "04-queues/exercises/pipeline lessons/04-queues/exercises/pipeline/Pipeline.java"
    "04-queues/exercises/pipeline src/test/resources/verify/pipeline/SharedVolatileItem.java"
    "05-executors/exercises/squares lessons/05-executors/exercises/squares/Squares.java"
    "05-executors/exercises/squares src/test/resources/verify/squares/LastFutureOnly.java"
    "08-cpu-bound/exercises/tally lessons/08-cpu-bound/exercises/tally/Tally.java"
    "08-cpu-bound/exercises/tally src/test/resources/verify/tally/VolatileAddOnce.java"
    "03-locks/exercises/counter lessons/03-locks/exercises/counter/Counter.java"
    "09-events/exercises/doorbell lessons/09-events/exercises/doorbell/Doorbell.java"
)
printf '%-60s %8s %8s\n' "wrong fix" "stress" "race"
for entry in "${fixtures[@]}"; do
    read -r exercise fixture <<<"$entry"
    folder="$here/lessons/$exercise"
    file="$(grep '^file:' "$folder/exercise.yaml" | awk '{ print $2 }')"
    scenario="$(grep '^scenario:' "$folder/exercise.yaml" | awk '{ print $2 }')"
    work="$state_dir/$(basename "$exercise")-$(basename "$fixture" .java)"
    mkdir -p "$work"
    cp "$here/$fixture" "$work/$file"
    cp "$folder/$scenario" "$work/$scenario"
    "${bin}javac" -g -d "$work" -cp "$cp_harness" "$work/$file" "$work/$scenario"
    for mode in stress race; do
        caught=0
        for _ in $(seq "$runs"); do
            status=$(printf 'token\ngo\n' | "${bin}java" -XX:+UseSerialGC -cp "$work:$cp_harness" concur.verifier.VerifierMain \
                "$mode" "${scenario%.java}" "$file" 2>/dev/null | sed -n 's/^token status=//p')
            [ "$status" = "failed" ] && caught=$((caught + 1))
        done
        declare "caught_$mode=$caught"
    done
    printf '%-60s %5s/%-3s %5s/%-3s\n' "$fixture" "$caught_stress" "$runs" "$caught_race" "$runs"
done
