#!/usr/bin/env bash
# Debian packages the integration tests use, installed when missing; nothing
# downloads them at test time otherwise:
#   - chromium and chromium-driver: the browser tests drive Debian's chromium
#     through Debian's chromedriver. On CI (CI=true) a failed install fails the
#     build; elsewhere the browser tests then report themselves as skipped.
#   - postgresql-client (psql, any version since 13): the backup drill
#     (BackupRestoreIT, ops/base-backup.sh) talks to the tests' PostgreSQL 17
#     through it; without it that test fails and says so.
set -u
missing=()
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  missing+=(chromium chromium-driver)
fi
if ! command -v psql >/dev/null 2>&1; then
  missing+=(postgresql-client)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "[camino] missing: installing Debian's ${missing[*]}"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = "0" ] || [ -n "$SUDO" ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
    || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; }
fi
if ! command -v psql >/dev/null 2>&1; then
  echo "[camino] WARNING: could not install postgresql-client (needs root or sudo and apt-get); BackupRestoreIT will fail" >&2
fi
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "${CI:-}" = "true" ]; then
  echo "[camino] ERROR: could not install chromium and chromium-driver; browser tests cannot run on CI" >&2
  exit 1
fi
echo "[camino] WARNING: could not install chromium (needs root or sudo and apt-get); browser tests will be skipped" >&2
exit 0
