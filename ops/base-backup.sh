#!/usr/bin/env bash
# Physical base backup of the PostgreSQL server that holds Camino's database
# (the whole cluster: every database, roles, settings), taken with PostgreSQL's
# low-level backup API while Camino stays in use. With the WAL archive
# (ops/archive-wal.sh) it restores to any moment after the backup:
# ops/restore-base-backup.sh. It needs only psql (any version since 13): no
# pg_dump or pg_basebackup of the server's major version.
#
# The encryption, blind-index, pseudonym and access-log keys are NOT in the
# database and never go into this backup: back them up separately
# (docs/reliability.md, "Backup and restore").
#
#   ops/base-backup.sh <directory>   writes <directory>/camino-base-<UTC time>/ holding
#                                    base.tar.gz, backup_label and SHA256SUMS
#
# Run it on the database server, as the owner of the data directory (it copies
# that directory), with a PostgreSQL superuser (or a role granted pg_backup_start,
# pg_backup_stop and pg_read_all_settings). WAL archiving must be on.
# Environment: see ops/pg-env.sh; CAMINO_ARCHIVE_WAIT_SECONDS (default 3600):
# how long to wait for the archive to take the backup's last WAL segment.
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"

[ $# -eq 1 ] || die "usage: ops/base-backup.sh <directory>"
mkdir -p "$1"
refuse_key_directory "$1"

query() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 -c "$1"; }
query "select 1" >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT/$PGDATABASE as $PGUSER"
archiving="$(query "select current_setting('archive_mode') <> 'off' and (current_setting('archive_command') <> ''
                    or coalesce(current_setting('archive_library', true), '') <> '')")"
[ "$archiving" = t ] || die "WAL archiving is off (archive_mode, archive_command): a base backup cannot be restored without the WAL written while it was taken; see ops/archive-wal.sh"
[ "$(query "select count(*) from pg_tablespace where spcname not in ('pg_default', 'pg_global')")" = 0 ] \
    || die "the server has tablespaces outside its data directory, which this script does not copy"
data="$(query "show data_directory")"
[ -r "$data/PG_VERSION" ] || die "cannot read the data directory $data: run this on the database server, as its owner"

name="camino-base-$(date -u +%Y%m%dT%H%M%SZ)"
target="$1/$name"
work="$target.partial"
mkdir "$work"

# pg_backup_start and pg_backup_stop must be called in one session, open while the files are copied:
# a psql fed through a pipe; closing it before pg_backup_stop aborts the backup
mkfifo "$work/session.in"
"$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 <"$work/session.in" >"$work/session.out" 2>"$work/session.err" &
session=$!
exec 3>"$work/session.in"
trap 'exec 3>&-; kill "$session" 2>/dev/null || true' EXIT

# waits until the session has printed the line $1, at most $2 seconds, else stops with $3
await() {
    local deadline=$((SECONDS + $2))
    until grep -qx "$1" "$work/session.out"; do
        kill -0 "$session" 2>/dev/null || die "the PostgreSQL session ended: $(cat "$work/session.err")"
        [ "$SECONDS" -lt "$deadline" ] || die "$3"
        sleep 1
    done
}

# a fast checkpoint, so that the backup starts now rather than at the next scheduled checkpoint
echo "select pg_backup_start('$name', true);" >&3
echo '\echo backup-started' >&3
await backup-started 900 "pg_backup_start did not answer within 900 s"
start_lsn="$(head -n 1 "$work/session.out")"

# The files change while they are copied: replaying the WAL from the backup's start makes them
# consistent again. Left out, as PostgreSQL's documentation says: the WAL itself (it comes from the
# archive), files of the running server (pid, sockets, temporary and statistics files, replication
# slots), and caches rebuilt at start. tar's exit code 1 says "a file changed while read": expected.
status=0
tar --create --gzip --file="$work/base.tar.gz" --directory="$data" \
    --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank \
    --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./backup_label --exclude=./tablespace_map \
    --exclude=./recovery.signal --exclude=./standby.signal --exclude='./pg_wal/*' --exclude='./pg_replslot/*' \
    --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' --exclude='./pg_serial/*' --exclude='./pg_snapshots/*' \
    --exclude='./pg_stat_tmp/*' --exclude='./pg_subtrans/*' --exclude='pgsql_tmp*' --exclude='pg_internal.init' \
    . || status=$?
[ "$status" -le 1 ] || die "copying $data failed (tar exit code $status)"

# pg_backup_stop waits until the archive holds the last WAL segment the backup needs; its label file
# goes beside the copy (ops/restore-base-backup.sh puts it into the restored data directory)
echo "\\o '$work/backup_label'" >&3
echo "select labelfile from pg_backup_stop(true);" >&3
echo '\o' >&3
echo '\echo backup-stopped' >&3
await backup-stopped "${CAMINO_ARCHIVE_WAIT_SECONDS:-3600}" \
    "the WAL archive did not take the backup's last segment within ${CAMINO_ARCHIVE_WAIT_SECONDS:-3600} s: check archive_command and the server log"
echo '\q' >&3
exec 3>&-
wait "$session" || die "the PostgreSQL session failed: $(cat "$work/session.err")"
trap - EXIT

label="$(cat "$work/backup_label")"
[[ "$label" == "START WAL LOCATION:"* ]] || die "pg_backup_stop returned no backup label: $(cat "$work/session.err")"
printf '%s\n' "$label" > "$work/backup_label"
rm -f "$work/session.in" "$work/session.out" "$work/session.err"
(cd "$work" && sha256sum base.tar.gz backup_label > SHA256SUMS)
mv "$work" "$target"
schema="$(query "select max(version::int) from camino.flyway_schema_history where success" 2>/dev/null || echo "?")"
echo "$target: $(du -sh "$target" | cut -f1), WAL from $start_lsn, schema version $schema; restore it with ops/restore-base-backup.sh and the WAL archive"
