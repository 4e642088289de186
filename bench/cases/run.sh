#!/usr/bin/env bash
# Benchmarks of case records (docs/benchmarks.md): builds camino.ear, starts
# its own Camino (embedded PostgreSQL + WildFly, 127.0.0.1, ports + 3000,
# database thrown away in bench/cases/target), then measures
#   a. bulk creation of encrypted, audited cases through the service layer,
#      against a plain JDBC batch insert of as many rows,
#   b. name search over REST (word keys, exact names, ranking: NameMatching), the
#      database time of each of its statements (pg_stat_statements), and the
#      exact blind-index lookup of before in SQL alone (a floor, not the search),
#   c. the first page of the case list (REST and SQL alone),
# and stops everything. Every loop is bounded in count and time.
# Options (Java system properties), e.g. ./run.sh -Dbench.total=400000:
#   bench.warmup=150000     cases created first, not measured (JIT warm-up, in steps of 50,000)
#   bench.cases=100000      cases in the measured creation (a); 0 skips it
#   bench.total=1000000     cases in the database for (b) and (c)
#   bench.fillMinutes=15    stop filling after this long, and measure at the size reached
#   bench.samples=200       searches of existing names, of missing names, and list pages per user
#   bench.portOffset=3000
#   bench.baselineEar=      another build's camino.ear (e.g. main's, built before a change): b is measured
#                           with this checkout's build, then that one, then this one again, same database
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.CaseRecordsBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
