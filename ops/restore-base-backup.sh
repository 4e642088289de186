#!/usr/bin/env bash
# Restores a base backup of ops/base-backup.sh into a NEW data directory and
# sets it up to replay the WAL archive (ops/archive-wal.sh) up to a moment, or
# to the end of the archive. Then start PostgreSQL of the same major version on
# that directory (pg_ctl -D <directory> start, or the service pointed at it): it
# replays the WAL, stops at the target and opens for writes. Then start Camino
# on it with the SAME keys as the server that was backed up: without them every
# personal value stays unreadable.
#
#   ops/restore-base-backup.sh <backup directory> <WAL archive> <new data directory> [<target time>]
#
#   target time: a moment as PostgreSQL reads it, with its zone, e.g. '2026-12-07 10:41:00+00':
#   the transactions committed up to it are restored, none after. Without it: every
#   transaction in the archive.
#
# The restored server does not archive (archive_mode = off in its postgresql.auto.conf): it
# must not write into the archive of the server it was restored from, whose later recoveries
# would follow it. When it replaces that server, give it an archive of its own (ALTER SYSTEM
# RESET archive_mode, a new directory in archive_command, restart) and take a new base backup.
set -euo pipefail
die() { echo "$(basename "$0"): $*" >&2; exit 1; }

[ $# -eq 3 ] || [ $# -eq 4 ] || die "usage: ops/restore-base-backup.sh <backup directory> <WAL archive> <new data directory> [<target time>]"
backup="$1" archive="$2" data="$3" target="${4:-}"
for file in base.tar.gz backup_label SHA256SUMS; do
    [ -f "$backup/$file" ] || die "$backup has no $file: not a backup of ops/base-backup.sh"
done
(cd "$backup" && sha256sum --quiet --check SHA256SUMS) || die "$backup does not match its checksums"
[ -d "$archive" ] || die "$archive: no such directory"
archive="$(cd "$archive" && pwd -P)"
case "$archive$target" in *"'"*|*'"'*) die "no quotes in the archive's path or the target time, please" ;; esac
# the WAL segment the backup starts from must be in the archive, or PostgreSQL cannot even begin
first="$(sed -nE 's/^START WAL LOCATION: .*\(file ([0-9A-F]{24})\)$/\1/p' "$backup/backup_label")"
[ -n "$first" ] || die "$backup/backup_label names no start segment"
[ -f "$archive/$first" ] || die "$archive lacks $first, the WAL segment the backup starts from: is it the archive of this server?"
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
    die "$data is not empty: restore into a new data directory"
fi

mkdir -p "$data"
chmod 700 "$data"
tar --extract --gzip --file="$backup/base.tar.gz" --directory="$data"
cp "$backup/backup_label" "$data/backup_label"
mkdir -p "$data/pg_wal/archive_status" "$data/pg_wal/summaries"
{
    echo "# ops/restore-base-backup.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ): $(basename "$backup") and the WAL of $archive"
    echo "restore_command = 'cp \"$archive/%f\" \"%p\"'"
    if [ -n "$target" ]; then
        echo "recovery_target_time = '$target'"
    fi
    echo "recovery_target_action = 'promote'"
    echo "archive_mode = 'off'"
} >> "$data/postgresql.auto.conf"
touch "$data/recovery.signal"
echo "restored $(basename "$backup") into $data, to replay the WAL of $archive up to ${target:-its end};" \
    "start PostgreSQL $(cat "$data/PG_VERSION") on it, then Camino with the keys of the backed-up server"
