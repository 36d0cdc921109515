#!/usr/bin/env bash
# Installs what the run and test commands need on a fresh Debian machine, and nothing that is already there.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again. It exits on any failure it cannot work around.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
apt_updated=0

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: '$*' is missing and installing it needs root (apt-get install $*)" >&2
    exit 1
  fi
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -qq || { echo "bootstrap: apt-get update failed" >&2; exit 1; }
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || { echo "bootstrap: apt-get install $* failed" >&2; exit 1; }
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "bootstrap: the .NET 10 SDK is required (dotnet was not found on PATH)" >&2
  exit 1
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "bootstrap: installing Node.js and npm (Azurite runs on Node.js)"
  apt_install nodejs npm
fi

if ! command -v curl >/dev/null 2>&1; then
  apt_install curl ca-certificates
fi

# The run command's demo reads JSON and plays a local Teams receiver with Python's standard library.
if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3
fi

# The approval page's browser test drives Debian's Chromium through Playwright, which never downloads a browser
# here; only the test command needs it, so it calls this.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "bootstrap: installing Chromium (for the approval page's browser test)"
    apt_install chromium
  fi
}

# npm ci only when the lock file changed since the last install, so repeated runs start fast.
stamp="$repo_root/node_modules/.package-lock.json"
if [ ! -x "$repo_root/node_modules/.bin/azurite" ] || [ ! -f "$repo_root/node_modules/tree-sitter-bicep/tree-sitter-bicep.wasm" ] \
  || [ "$repo_root/package-lock.json" -nt "$stamp" ]; then
  echo "bootstrap: installing Azurite and the Bicep grammar (deployment tests) from package-lock.json"
  (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error) \
    || { echo "bootstrap: npm ci failed; see the messages above" >&2; exit 1; }
fi
