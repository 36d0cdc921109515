#!/usr/bin/env bash
# Runs every test project. Storage, engine and integration tests start their own Azurite (from node_modules)
# through the test fixture, so nothing needs to be running beforehand.
# Ends with one line: "N passed, N failed[, N skipped]"; exits non-zero if anything failed.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/bootstrap.sh
ensure_chromium
set +e # a failing project must not stop the others from running and being counted

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$repo_root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build AutoRemediate.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "test: the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One project at a time: with two cores, parallel projects only make the timing-sensitive tests flaky.
# A hang fails its project after a bounded time instead of eating CI's budget.
passed=0 failed=0 skipped=0
attr() { printf '%s' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
for project in $(grep -l "<IsTestProject>true</IsTestProject>" tests/*/*.csproj); do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" --blame-hang-timeout 5m
  rc=$?
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "test: $name produced no results (exit code $rc)"
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(attr "$counters" total); executed=$(attr "$counters" executed)
  p=$(attr "$counters" passed); f=$(attr "$counters" failed)
  e=$(attr "$counters" error); t=$(attr "$counters" timeout); a=$(attr "$counters" aborted)
  project_failed=$((f + e + t + a))
  if [ "$rc" -ne 0 ] && [ "$project_failed" -eq 0 ]; then
    echo "test: $name exited with $rc without a failed test (crash or hang); counting it as a failure"
    project_failed=1
  fi
  passed=$((passed + p))
  failed=$((failed + project_failed))
  skipped=$((skipped + total - executed))
done

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
