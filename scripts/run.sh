#!/usr/bin/env bash
# The product's main job, locally: starts Azurite, builds and starts the app in self-hosted mode, runs the
# engine self-check through it, and shows what happened. Leave it running to keep the app up; Ctrl+C stops both.
# Non-interactive runs (no terminal, or --once) stop after showing the result.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/bootstrap.sh

once=0
[ "${1:-}" = "--once" ] && once=1
[ -t 0 ] || once=1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
run_dir="$repo_root/artifacts/run"
mkdir -p "$run_dir" "$repo_root/.azurite"
app_url="${AUTOREMEDIATE_URL:-http://127.0.0.1:7071}"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { # wait_for <seconds> <command...>
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.3
  done
}

if port_open 10002 && port_open 10001; then
  echo "run: Azurite is already listening on 10001/10002; using it"
else
  echo "run: starting Azurite (data in .azurite/, log in artifacts/run/azurite.log)"
  node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --loose \
    --location .azurite --blobPort 10000 --queuePort 10001 --tablePort 10002 >"$run_dir/azurite.log" 2>&1 &
  pids+=($!)
  wait_for 30 port_open 10002 || { echo "run: Azurite did not start; see $run_dir/azurite.log" >&2; exit 1; }
fi

echo "run: building the app"
dotnet build src/AutoRemediate.Functions -c Release -nologo -clp:ErrorsOnly >"$run_dir/build.log" 2>&1 \
  || { cat "$run_dir/build.log" >&2; exit 1; }

app=(dotnet src/AutoRemediate.Functions/bin/Release/net10.0/AutoRemediate.Functions.dll)
# The alert webhook's local key (not a secret: local runs only). The app is given only its SHA-256.
webhook_key="${AUTOREMEDIATE_WEBHOOK_KEY:-local-dev-key}"
export Webhook__KeyHashes__0="${Webhook__KeyHashes__0:-$(printf %s "$webhook_key" | sha256sum | cut -d' ' -f1)}"
echo "run: starting the app at $app_url (log in artifacts/run/app.log)"
ASPNETCORE_URLS="$app_url" DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development \
  "${app[@]}" >"$run_dir/app.log" 2>&1 &
pids+=($!)
wait_for 60 curl -fs "$app_url/healthz" -o /dev/null \
  || { echo "run: the app did not become healthy; last lines of its log:" >&2; tail -n 30 "$run_dir/app.log" >&2; exit 1; }
echo "run: the app is healthy:"
curl -fsS "$app_url/healthz"; echo

echo
echo "run: starting the engine self-check on the running app and following it"
DOTNET_ENVIRONMENT=Development "${app[@]}" selfcheck

echo
echo "Where to look:"
echo "  health        $app_url/healthz"
echo "  app log       artifacts/run/app.log"
echo "  Azurite data  .azurite/ (tables and queues of task hub 'autoremediate')"
if [ "$once" -eq 1 ]; then
  exit 0
fi
echo "The app keeps running; press Ctrl+C to stop it and Azurite."
wait "${pids[@]}"
