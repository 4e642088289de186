#!/usr/bin/env bash
# Benchmark of anonymised statistics (docs/benchmarks.md, issue 15): builds
# camino.ear, starts its own Camino as node role "both" (embedded PostgreSQL +
# WildFly, 127.0.0.1, ports + 3600, database thrown away in
# bench/publishing/target, fsync off), fills HQ's store with 10M statistical
# records of 2025 (skewed countries, many small cells), then drafts through
# the API, as the demo analyst, the bar's release (ten tables, three of five
# dimensions) and the same without its five-dimension tables, and times each
# until it is built or fails (counting, suppression, rounding, the audit's
# linear programmes, the save). Beside each, in the same run, the plain
# GROUP BYs of its tables. Every loop is bounded in count and time.
# The code is in bench/cases (it shares that project's launcher and HTTP client).
# Options (Java system properties), e.g. ./run.sh -Dbench.records=1000000:
#   bench.records=10000000   records in the store
#   bench.releases=1         times each release is drafted and timed
#   bench.minutes=45         stop if the run takes longer
#   bench.releaseMinutes=16  stop waiting for one release after this long
#   bench.portOffset=3600
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.PublishingBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
