#!/usr/bin/env bash
# Initial load of a mission into HQ (docs/benchmarks.md, issue 13): builds
# camino.ear, starts its own Camino as node role "both" (mission and HQ in one
# WildFly and one embedded PostgreSQL, 127.0.0.1, ports + 3600, database thrown
# away in bench/cdr/target, fsync off), fills one mission with synthetic cases
# (service layer; their records pushed as they come), empties HQ's store (the
# mission joins), then measures
#   a. end to end: the job cdr-initial-load started until HQ acknowledged every
#      record it derived; its parts: derive (the job), transfer + ingest (first
#      to last acknowledgement), and the tail after the derive; HQ's totals
#      checked against the mission's own records,
#   b. the ingest alone of the same records over HTTP in batches of 10,000
#      (HQ emptied again), beside a plain COPY of the same rows,
# and stops everything. Every loop is bounded in count and time.
# Options (Java system properties), e.g. ./initial-load.sh -Dbench.cases=100000:
#   bench.cases=1000000     cases of the mission
#   bench.batchSize=1000    CAMINO_CDR_BATCH_SIZE of the push (at most 10,000)
#   bench.minutes=60        stop if the run takes longer
#   bench.deriveSeconds=3600  a derive still running after this long is sampled: its rate so far, then the run ends
#   bench.portOffset=3600
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.CdrInitialLoadBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
