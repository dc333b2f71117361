#!/usr/bin/env bash
# Installs the real browsers the end-to-end tests drive: Debian's chromium and firefox-esr.
# Needs root (or sudo). Idempotent: does nothing when both are there.
set -euo pipefail
if [ -x /usr/lib/chromium/chromium ] && [ -x /usr/bin/firefox-esr ]; then
  echo "chromium and firefox-esr are installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium firefox-esr fonts-dejavu-core
