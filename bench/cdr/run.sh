#!/usr/bin/env bash
# Benchmarks of the central data repository (docs/benchmarks.md, issue 13):
# builds camino.ear, starts its own Camino as node role "both" (embedded
# PostgreSQL + WildFly, 127.0.0.1, ports + 3500, database thrown away in
# bench/cdr/target, fsync off), then measures
#   a. HQ ingest over HTTP in batches of 10,000 records (new, replayed,
#      corrected), against a plain COPY of the same rows in the same run,
#   b. 10,000 new cases made through the service layer: how long after the
#      last commit their records are acknowledged by HQ (push every 5 s),
#   c. HQ's aggregate by mission x type x event x month (GET /api/cdr/totals)
#      over a store filled to 10M records, against the same GROUP BY in SQL,
# and stops everything. Every loop is bounded in count and time.
# The code is in bench/cases (it shares that project's launcher and HTTP client).
# Options (Java system properties), e.g. ./run.sh -Dbench.records=100000:
#   bench.records=300000          records ingested in (a)
#   bench.warmupRecords=100000    records ingested before (a), not measured
#   bench.aggregateRows=10000000  records in the store for (c) (0: skip c)
#   bench.changedCases=10000      cases made in (b) (0: skip b)
#   bench.totalsRounds=0          after (a), batches of new records (and their
#                                 corrections) posted with HQ's report totals
#                                 (V44 triggers) on and off in turn (0: skip)
#   bench.samples=20              aggregate queries of each kind
#   bench.minutes=20              stop if the run takes longer
#   bench.portOffset=3500
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.CdrBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
