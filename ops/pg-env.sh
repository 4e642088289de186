# Sourced by the ops/ scripts that talk to PostgreSQL: turns Camino's database
# variables into libpq's, finds the PostgreSQL client programs and checks their
# version.
#
#   CAMINO_DB_URL       jdbc:postgresql://host[:port]/database[?...]  (as for Camino)
#   CAMINO_DB_USER, CAMINO_DB_PASSWORD
#   PG_BIN              directory of pg_dump, pg_restore and psql (default: from PATH)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

[ -n "${CAMINO_DB_URL:-}" ] || die "CAMINO_DB_URL is not set (jdbc:postgresql://host:port/database)"
if [[ "$CAMINO_DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
else
    die "CAMINO_DB_URL is not a jdbc:postgresql://host[:port]/database URL"
fi
export PGUSER="${CAMINO_DB_USER:-${PGUSER:-postgres}}"
[ -n "${CAMINO_DB_PASSWORD:-}" ] && export PGPASSWORD="$CAMINO_DB_PASSWORD"

pg_tool() {
    local tool="$1"
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$tool"; else command -v "$tool" || die "$tool not found: install the PostgreSQL client of the server's major version, or set PG_BIN"; fi
}
# psql of any version since 13 talks to a newer server (ops/base-backup.sh needs only psql);
# pg_dump and pg_restore must be at least as new as the server (ops/backup.sh, ops/restore.sh)
PSQL="$(pg_tool psql)"

# pg_dump refuses a server newer than itself, and a dump is restored by a
# pg_restore at least as new as the pg_dump that wrote it: check before starting.
require_client_for_server() {
    local server client
    PG_DUMP="$(pg_tool pg_dump)"
    PG_RESTORE="$(pg_tool pg_restore)"
    server="$("$PSQL" -X -A -t -c "show server_version_num")" || die "cannot reach PostgreSQL at $PGHOST:$PGPORT/$PGDATABASE as $PGUSER"
    server=$((server / 10000))
    client="$("$PG_DUMP" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
    if [ "$client" -lt "$server" ]; then
        die "the server is PostgreSQL $server but $PG_DUMP is $client: install the client programs of PostgreSQL $server or newer (e.g. postgresql-client-$server from the PostgreSQL apt repository) and set PG_BIN to their directory, or back up with ops/base-backup.sh, which needs only psql"
    fi
}

# The keys must never travel with the database: refuse a backup directory that holds them.
refuse_key_directory() {
    local dir key_file
    dir="$(cd "$1" && pwd -P)"
    for key_file in "${CAMINO_KEYS_FILE:-}" "${CAMINO_HOME:-$HOME/.camino}/keys.properties"; do
        [ -n "$key_file" ] && [ -e "$key_file" ] || continue
        if [ "$(cd "$(dirname "$key_file")" && pwd -P)" = "$dir" ]; then
            die "$1 holds the encryption keys ($key_file): keep database backups and keys on separate media"
        fi
    done
    if grep -rlqs --exclude='*.dump' --exclude='*.tar.gz' -e '^CAMINO_KEYS=' -e '^CAMINO_BLIND_INDEX_KEY=' "$dir" 2>/dev/null; then
        die "$1 holds a file with Camino keys: keep database backups and keys on separate media"
    fi
}
