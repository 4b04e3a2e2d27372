#!/usr/bin/env bash
# JMH: what capturing and tagging one printed line costs, against a plain PrintStream to a null sink.
# Usage: bench/capture.sh [extra JMH options]   (takes about 20 s)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -q -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >&2
java_home=$(cut -f2 target/.concur-java 2>/dev/null || true)
java="${java_home:+$java_home/bin/}java"
"$java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    LineCaptureBench "$@"
