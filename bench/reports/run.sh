#!/usr/bin/env bash
# Benchmark of the mission reports (docs/benchmarks.md, issue 14): builds
# camino.ear, starts its own Camino as node role "both" (embedded PostgreSQL +
# WildFly, 127.0.0.1, ports + 3900, database thrown away in
# bench/reports/target, fsync off), then
#   a. fills mission KEN with 1M cases: 25,000 made by the product's synthetic
#      generator (POST /api/admin/synthetic: cases, status histories and the
#      statistical records of stat_record), copied in SQL with new ids, numbers
#      and pseudonyms up to 1M; runs every report of the catalogue of a manager
#      (and CT officer) of KEN through GET /api/reports/{id} over every case and
#      record, beside the same GROUP BY in plain SQL over JDBC (figures checked
#      equal), 20 warm-up (at most 30 s) + 100 measured runs each, at most
#      90 s per report;
#   b. fills HQ's store to 10M records of 2025 (the generator of
#      bench/publishing) and runs the monthly returns report (avrr-returns by
#      month, 2025) as the demo analyst (cdr:read), beside its plain GROUP BY;
# and stops everything. Every loop is bounded in count and time.
# The code is in bench/cases (it shares that project's launcher and HTTP client).
# Options (Java system properties), e.g. ./run.sh -Dbench.cases=100000:
#   bench.cases=1000000       cases of mission KEN (0: skip a)
#   bench.seedCases=25000     of which made by the synthetic generator
#   bench.hqRecords=10000000  records in HQ's store (0: skip b)
#   bench.warmup=20           runs of each report not measured
#   bench.samples=100         runs of each report measured
#   bench.reportSeconds=90    stop measuring one report after this long
#   bench.from=2019-01-01 bench.to=2026-12-31   the mission reports' dates
#   bench.minutes=60          stop if the run takes longer
#   bench.portOffset=3900
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.ReportBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
