#!/usr/bin/env bash
# What the access log's global advisory lock costs (issue 17, docs/reliability.md):
# against an embedded PostgreSQL in bench/accesslog/target (fsync off, then on),
# 1, 8 and 32 concurrent writers append entries the way AccessLog.record does
# (own transaction, advisory lock, last entry, HMAC, insert, commit), beside the
# bare insert (no chain, no lock) and a single group-commit writer. Each run is
# bounded: bench.seconds (default 5) and bench.maxEntries (default 200,000).
# The code is in bench/cases (it shares that project's pom).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q -f bench/cases/pom.xml compile exec:java -Dexec.mainClass=org.camino.bench.AccessLogBenchmark \
    -Dexec.cleanupDaemonThreads=false -Dbench.root="$root" "$@"
