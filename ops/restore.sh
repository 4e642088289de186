#!/usr/bin/env bash
# Restores a dump made by ops/backup.sh into an EMPTY database (create it
# first: createdb, or CREATE DATABASE); refuses a database that already has
# Camino's schema. Then start Camino on it with the SAME keys as the server
# that was backed up (CAMINO_KEYS_FILE or the CAMINO_*KEY* variables): without
# them every personal value stays unreadable. Newer Camino versions migrate the
# restored schema at start-up (Flyway), as after any upgrade.
#
#   ops/restore.sh <file.dump>
#
# Environment: see ops/pg-env.sh (CAMINO_DB_URL names the target database).
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"

[ $# -eq 1 ] || die "usage: ops/restore.sh <file.dump>"
dump="$1"
[ -f "$dump" ] || die "$dump: no such file"
if [ -f "$dump.sha256" ]; then
    (cd "$(dirname "$dump")" && sha256sum --quiet --check "$(basename "$dump").sha256") || die "$dump does not match its checksum"
fi
require_client_for_server
existing="$("$PSQL" -X -A -t -c "select count(*) from pg_namespace where nspname = 'camino'")"
[ "$existing" = "0" ] || die "$PGDATABASE already has Camino's schema: restore into an empty database"

# all or nothing: one transaction, stopped at the first error
"$PG_RESTORE" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$dump"
"$PSQL" -X -q -c "analyze"
schema="$("$PSQL" -X -A -t -c "select max(version::int) from camino.flyway_schema_history where success")"
echo "restored $dump into $PGHOST:$PGPORT/$PGDATABASE, schema version $schema; start Camino with the keys of the backed-up server"
