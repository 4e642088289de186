#!/usr/bin/env bash
# Load of issue 17 (docs/reliability.md): builds camino.ear, starts its own
# Camino like the run command's (demo mode, node role "both", embedded
# PostgreSQL with fsync and synchronous_commit on, WildFly -Xms2g, 127.0.0.1,
# ports + 4300, database in bench/load/target, thrown away at the next run),
# from a copy of ear/target (a build of the checkout meanwhile cannot touch it);
#   a. makes mission LDT and 50 caseworkers through the API, fills LDT with the
#      recipe of docs/benchmarks.md "Mission reports": 25,000 cases by the
#      product's synthetic generator (POST /api/admin/synthetic), copied in SQL
#      up to 1M (persons and households shared by the copies);
#   b. plays the caseworkers for a warm-up, then for 5 minutes per phase: each
#      visit searches a name, opens a case found, registers a resettlement case,
#      corrects its principal's phone, moves it to IN_PROCESSING, with a think
#      time of 0.5-1.5 s before each action; phase 1 signs in (POST /api/tokens,
#      Argon2id) before every visit, phase 2 once per caseworker (a session);
#   c. writes every action's count, errors, p50/p95/p99 and the access-log
#      entries per second to bench/load/target/results.md;
# and stops everything. Every loop is bounded in count and time.
# The code is in bench/cases (LoadBenchmark; it shares that project's launcher and HTTP client).
# Options (Java system properties), e.g. ./run.sh -Dbench.cases=200000:
#   bench.cases=1000000       cases of mission LDT
#   bench.seedCases=25000     of which made by the synthetic generator
#   bench.fillMinutes=40      stop copying after this long, and run at the size reached
#   bench.users=50            concurrent caseworkers
#   bench.warmupSeconds=60    load played first, not measured
#   bench.seconds=300         load measured
#   bench.thinkMillis=1000    mean think time before each action (uniform, 0.5x to 1.5x)
#   bench.maxVisits=10000     visits per caseworker at most
#   bench.signInEvery=1,0     one measured phase each: visits per sign-in (0: once per phase)
#   bench.fsync=true          false: fsync and synchronous_commit off, as the tests' databases
#   bench.portOffset=4300
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q package -pl ear -am -DskipTests
./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.LoadBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
