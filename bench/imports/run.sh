#!/usr/bin/env bash
# Bulk import benchmark (docs/benchmarks.md, "Bulk import"): builds camino.ear,
# starts its own Camino (embedded PostgreSQL + WildFly, 127.0.0.1, ports + 3000,
# database thrown away in bench/imports/target), then, after a warm-up,
# measures in the same run
#   a. the service layer's bulk registration (synthetic generator) of bench.rows cases,
#   b. the dry run of a CSV of bench.rows new people,
#   c. its import: accepting it (checks again), then writing the rows as cases,
# and stops everything. Results in bench/imports/target/results.md.
# Options (Java system properties), e.g. ./run.sh -Dbench.rows=50000:
#   bench.rows=100000      rows of the CSV, and cases of the bulk registration
#   bench.warmup=50000     synthetic cases first (JIT warm-up), plus an import of bench.rows / 5 rows (at most 10,000)
#   bench.portOffset=3000
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.ImportBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
