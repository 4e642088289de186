#!/usr/bin/env bash
# Name search at scale (docs/benchmarks.md, issue 12): the statements name
# search runs (cases.control.NameMatching's own text) over 2.6 million persons
# (a network of 1M cases) whose word keys are the product's, loaded with COPY
# into a throw-away embedded PostgreSQL (127.0.0.1, fsync off), beside the exact
# full-name lookup as baseline, and the database's cost of the word keys per
# person registered. Bounded: a fixed number of persons and samples, and at
# most 2 minutes per series. About 10 minutes on 2 cores.
# Options, e.g. ./run.sh -Dbench.persons=500000:
#   bench.persons=2600000   persons loaded
#   bench.samples=200       searches per query kind and scope
#   bench.inserts=20000     persons inserted for the registration cost
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
exec ./mvnw -B -pl db,ejb test -Dtest=NameSearchScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DtrimStackTrace=false -Dsurefire.redirectTestOutputToFile=false "$@"
