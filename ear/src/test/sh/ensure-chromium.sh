#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Debian's chromedriver; nothing
# downloads a browser at test time. Installs both when missing. On CI
# (CI=true) a failed install fails the build; elsewhere the browser tests
# then report themselves as skipped and say why.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "[camino] chromium or chromedriver missing: installing Debian's chromium and chromium-driver"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = "0" ] || [ -n "$SUDO" ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
    || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q chromium chromium-driver >/dev/null 2>&1; }
fi
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "[camino] installed $(chromium --version 2>/dev/null)"
  exit 0
fi
if [ "${CI:-}" = "true" ]; then
  echo "[camino] ERROR: could not install chromium and chromium-driver; browser tests cannot run on CI" >&2
  exit 1
fi
echo "[camino] WARNING: could not install chromium (needs root or sudo and apt-get); browser tests will be skipped" >&2
exit 0
