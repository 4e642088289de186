#!/usr/bin/env bash
# Backs up Camino's database (everything: schema camino with Flyway's history,
# and the batch job repository in public) with pg_dump in its custom format.
# The encryption, blind-index, pseudonym and access-log keys are NOT in the
# database and never go into this backup: back them up separately (docs/reliability.md,
# "Backup and restore"). The dump is only readable with those keys.
#
#   ops/backup.sh <directory>      writes <directory>/camino-<UTC time>.dump and .dump.sha256
#
# Environment: see ops/pg-env.sh (CAMINO_DB_URL, CAMINO_DB_USER, CAMINO_DB_PASSWORD, PG_BIN).
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"

[ $# -eq 1 ] || die "usage: ops/backup.sh <directory>"
mkdir -p "$1"
refuse_key_directory "$1"
require_client_for_server

name="camino-$(date -u +%Y%m%dT%H%M%SZ)"
target="$1/$name.dump"
# one consistent snapshot (pg_dump's own transaction); the server stays in use
"$PG_DUMP" --format=custom --compress=6 --no-owner --no-privileges --file="$target.partial"
mv "$target.partial" "$target"
(cd "$1" && sha256sum "$name.dump" > "$name.dump.sha256")
schema="$("$PSQL" -X -A -t -c "select max(version::int) from camino.flyway_schema_history where success")"
echo "$target: $(du -h "$target" | cut -f1), schema version $schema"
