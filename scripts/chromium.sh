#!/usr/bin/env bash
# Chromium renders the charts' PNGs (kaleido) and drives the browser tests: install Debian's
# package where no Chromium is present. Never a browser download of a test tool's own.
set -euo pipefail
for name in chromium chromium-browser google-chrome; do
  if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing; as root run: apt-get install chromium (PNG export and browser tests need it)" >&2
  exit 0
fi
echo "installing chromium (Debian package)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium >&2
