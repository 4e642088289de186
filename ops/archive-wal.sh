#!/usr/bin/env bash
# PostgreSQL's archive_command for Camino's database: copies one finished WAL
# segment (or history file) into the WAL archive, durably, and never
# overwrites a different file of the same name. PostgreSQL runs it for every
# segment and retries it until it succeeds, keeping the segment meanwhile.
# The archive, like the base backups, holds ciphertexts only: keep it apart from
# the keys (docs/reliability.md, "Backup and restore").
#
# postgresql.conf (the archive on storage that outlives the database server):
#   archive_mode = on
#   archive_command = '/opt/camino/ops/archive-wal.sh /backup/wal-archive %p %f'
#   archive_timeout = 60
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: archive-wal.sh <archive directory> <%p> <%f>" >&2; exit 2; }
archive="$1" source="$2" name="$3"
[ -d "$archive" ] || { echo "archive-wal.sh: the WAL archive $archive is missing (not mounted?)" >&2; exit 1; }

if [ -f "$archive/$name" ]; then
    # archived already (a retry after a crash between the copy and PostgreSQL's bookkeeping)
    cmp -s "$source" "$archive/$name" && exit 0
    echo "archive-wal.sh: $archive/$name exists and differs from $source: two servers archive into one directory?" >&2
    exit 1
fi
# a copy under a temporary name, flushed, then renamed: the archive never holds half a segment
cp "$source" "$archive/$name.partial"
sync "$archive/$name.partial"
mv "$archive/$name.partial" "$archive/$name"
sync "$archive"
