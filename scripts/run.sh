#!/usr/bin/env bash
# The product's main job, locally: starts Azurite, builds and starts the app in self-hosted mode, runs the
# engine self-check through it, and shows what happened. From a terminal it waits for your approval without a deadline
# and keeps the app up afterwards; Ctrl+C stops the app and Azurite. Non-interactive runs (no terminal, or --once)
# approve the demo themselves and stop after showing the result. The previous three runs' logs are kept in
# artifacts/run.1 (newest) to artifacts/run.3.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/bootstrap.sh

once=0
[ "${1:-}" = "--once" ] && once=1
[ -t 0 ] || once=1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
run_dir="$repo_root/artifacts/run"
# Keep the last three runs: artifacts/run -> run.1 -> run.2 -> run.3 (the oldest is dropped).
rm -rf "$run_dir.3"
for n in 2 1; do [ ! -d "$run_dir.$n" ] || mv "$run_dir.$n" "$run_dir.$((n + 1))"; done
[ ! -d "$run_dir" ] || mv "$run_dir" "$run_dir.1"
mkdir -p "$run_dir" "$repo_root/.azurite"
app_url="${AUTOREMEDIATE_URL:-http://127.0.0.1:7071}"
# The app's commands (selfcheck, audit, toil) print their results on stdout; their logger writes to stderr, which
# goes to a log file, so the terminal shows only results. The app's own stdout and stderr both go to app.log.
export Logging__Console__LogToStandardErrorThreshold=Trace
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "$interrupted" -eq 0 ] || echo "run: stopped"
}
interrupted=0
trap cleanup EXIT
trap 'interrupted=1; echo; echo "run: stopping the app and Azurite"; exit 130' INT
trap 'exit 143' TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
app_pid=""
step="starting"
exec 9>&2 # the terminal's stderr, for app_died inside commands whose stderr goes to a log
# Says at once that the app has stopped, with the end of its log, and exits non-zero.
app_died() {
  local rc=0 how=""
  wait "$app_pid" 2>/dev/null || rc=$?
  if [ "$rc" -gt 128 ] && [ "$rc" -ne 127 ]; then how=" (exit $rc, killed by signal $((rc - 128)))"
  elif [ "$rc" -ne 127 ]; then how=" (exit $rc)"; fi # 127: not this shell's child (a pipeline's subshell)
  echo "run: the app stopped unexpectedly$how while $step; the last lines of artifacts/run/app.log:" >&9
  tail -n 20 "$run_dir/app.log" | sed 's/^/  | /' >&9
  exit 1
}
app_alive() { [ -z "$app_pid" ] || kill -0 "$app_pid" 2>/dev/null; }
wait_for() { # wait_for <seconds> <command...>: 0 once the command succeeds; 1 after <seconds>; exits if the app dies
  local deadline=$((SECONDS + $1)); shift
  until "$@" 2>/dev/null; do
    app_alive || app_died
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.3
  done
}
watched() { # watched <command...>: runs the command while watching the app; returns the command's exit code
  "$@" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    app_alive || { kill "$pid" 2>/dev/null; app_died; }
    sleep 0.3
  done
  wait "$pid"
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

echo "run: building the app (a minute or two the first time; log in artifacts/run/build.log)"
dotnet build src/AutoRemediate.Functions -c Release -nologo -v:minimal >"$run_dir/build.log" 2>&1 &
build_pid=$!
pids+=("$build_pid")
build_start=$SECONDS
next_report=10
while kill -0 "$build_pid" 2>/dev/null; do
  sleep 1
  if [ $((SECONDS - build_start)) -ge "$next_report" ]; then
    echo "run: building... $((SECONDS - build_start)) s"
    next_report=$((next_report + 10))
  fi
done
if ! wait "$build_pid"; then
  echo "run: the build failed; the last lines of artifacts/run/build.log:" >&2
  tail -n 30 "$run_dir/build.log" | sed 's/^/  | /' >&2
  exit 1
fi
echo "run: built in $((SECONDS - build_start)) s"

app=(dotnet src/AutoRemediate.Functions/bin/Release/net10.0/AutoRemediate.Functions.dll)
# The alert webhook's local key (not a secret: local runs only). The app is given only its SHA-256.
webhook_key="${AUTOREMEDIATE_WEBHOOK_KEY:-local-dev-key}"
export Webhook__KeyHashes__0="${Webhook__KeyHashes__0:-$(printf %s "$webhook_key" | sha256sum | cut -d' ' -f1)}"

# The demo's approvals (local only): a throwaway signing key made now, the local approver identity, the demo
# bindings (dry run, approval always required), and a local stand-in for Teams that keeps the cards it receives.
cards="$run_dir/teams-cards.jsonl"
: >"$cards"; rm -f "$run_dir/teams.port"
python3 scripts/teams-receiver.py "$cards" "$run_dir/teams.port" &
pids+=($!)
wait_for 10 test -s "$run_dir/teams.port" || { echo "run: the local Teams receiver did not start" >&2; exit 1; }
export Runbooks__Path="$repo_root/runbooks/demo"
# The demo has no Azure subscription: dry runs record the plan only, live bindings escalate, and guardrail inputs
# read from Azure (tags, fleet size, error budgets) are recorded as not checked.
export Azure__Enabled="${Azure__Enabled:-false}"
export Approvals__Enabled=true Approvals__PublicBaseUrl="$app_url" Approvals__LocalApproverIdentity=oncall@local
export Approvals__ActiveKeyId=local Approvals__SigningKeys__local="$(head -c 32 /dev/urandom | base64)"
export Teams__WebhookUrl="http://127.0.0.1:$(cat "$run_dir/teams.port")/workflows/local"
# The audit chain's HMAC key (local only): made once and kept next to Azurite's data, so chains written by earlier
# runs still verify. Exported, so the audit commands below key and verify with it too.
audit_key_file="$repo_root/.azurite/audit-key"
[ -s "$audit_key_file" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$audit_key_file")
export Audit__ActiveKeyId="${Audit__ActiveKeyId:-local}"
[ "$Audit__ActiveKeyId" != local ] || export Audit__Keys__local="$(cat "$audit_key_file")"
# The operator routes (status, dashboard, operator and toil APIs) take an operator identity, never the webhook key:
# locally, every caller is this one. The app honours it in the Development environment only (set below).
export Operator__LocalIdentity="${Operator__LocalIdentity:-operator@local}"
# ...with the Admin role (Admin includes Operator and Viewer), so the demo's dashboard can cancel and flip the kill switch.
export Operator__LocalRoles="${Operator__LocalRoles:-Admin}"
echo "run: starting the app at $app_url (log in artifacts/run/app.log)"
ASPNETCORE_URLS="$app_url" DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development \
  "${app[@]}" >"$run_dir/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")
step="waiting for it to become healthy"
wait_for 60 curl -fs "$app_url/healthz" -o /dev/null \
  || { echo "run: the app did not become healthy within 60 s; the last lines of its log:" >&2; tail -n 30 "$run_dir/app.log" | sed 's/^/  | /' >&2; exit 1; }
echo "run: the app is healthy:"
curl -fsS "$app_url/healthz"; echo

echo
echo "run: starting the engine self-check on the running app and following it"
step="running the engine self-check"
DOTNET_ENVIRONMENT=Development watched "${app[@]}" selfcheck 2>"$run_dir/selfcheck.log" \
  || { echo "run: the engine self-check failed; the last lines of artifacts/run/selfcheck.log:" >&2; tail -n 20 "$run_dir/selfcheck.log" | sed 's/^/  | /' >&2; exit 1; }

echo
echo "run: the demo: the App Service 5xx sample alert, bound (runbooks/demo/) to a dry-run restart that needs approval"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
# The status route is an operator route: the local operator identity, not the webhook key.
status() { curl -fsS "$app_url/api/remediations/$1"; }
# A new firing of the sample each run (fresh alert id): the remediation id derives from it, so reruns start anew.
alert="$run_dir/demo-alert.json"
sed "s/6b5c2a43-0f4e-4a7c-9d1e-2f3a4b5c6d7e/$(cat /proc/sys/kernel/random/uuid)/g" \
  tests/AutoRemediate.Core.Tests/Samples/alerts/azure-monitor-metric-appservice-5xx-fired.json >"$alert"
receipt=$(curl -sS -w '\n%{http_code}' -H "x-functions-key: $webhook_key" -H 'Content-Type: application/json' \
  --data-binary @"$alert" "$app_url/api/alerts")
code=${receipt##*$'\n'}
[ "$code" = 202 ] || { echo "run: the webhook answered $code, not 202: ${receipt%$'\n'*}" >&2; exit 1; }
id=$(printf %s "${receipt%$'\n'*}" | json "d['remediations'][0]['instanceId']")
echo "demo: webhook answered 202; remediation $id"

stage() { status "$id" | json "(d.get('customStatus') or {}).get('stage')"; }
ended() { [ "$(status "$id" | json "d['runtimeStatus']")" != Running ]; }
awaiting_or_ended() { [ "$(stage)" = AwaitingApproval ] || ended; }
step="running the demo"
wait_for 60 awaiting_or_ended || { echo "demo: $id did not reach AwaitingApproval within 60 s: $(status "$id")" >&2; exit 1; }
if ended; then
  echo "demo: $id ended before asking for approval: $(status "$id" | json "d['output']['outcome'] + ': ' + d['output']['reason']")" >&2
  exit 1
fi
echo "demo: status: $(status "$id" | json "d['customStatus']['reason']")"
card_link() { python3 - "$cards" "$id" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if sys.argv[2] in line and "Approval needed" in line:
        card = json.loads(line)["attachments"][0]["content"]
        print(next(a["url"] for a in card["actions"] if a.get("title") == "Approve")); break
PY
}
wait_for 30 test -n "$(card_link)" || { echo "demo: no approval card reached the local Teams receiver within 30 s" >&2; exit 1; }
link=$(card_link)
echo "demo: the approval card was posted to (local) Teams; its link is the approval page:"
echo "      $link"
if [ "$once" -eq 0 ]; then
  echo "demo: open it in a browser and approve or reject (you are oncall@local); waiting for your decision..."
  step="waiting for the demo's approval"
  waited=0
  until wait_for 60 ended; do
    waited=$((waited + 1))
    echo "demo: still waiting for your decision ($waited min); the link is above, Ctrl+C stops the app and Azurite"
  done
else
  echo "demo: approving as a person would: GET the page, POST its form (as oncall@local)"
  page=$(curl -fsS "$link") || { echo "demo: could not open the approval page" >&2; exit 1; }
  form=$(printf %s "$page" | python3 -c "
import html, re, sys, urllib.parse
page = sys.stdin.read()
action = re.search(r'<form method=\"post\" action=\"([^\"]+)\"', page).group(1)
remediation = re.search(r'name=\"remediationId\" value=\"([^\"]+)\"', page).group(1)
print(urllib.parse.urljoin(sys.argv[1], html.unescape(action)), remediation)" "$link") \
    || { echo "demo: the approval page has no decision form" >&2; exit 1; }
  read -r action remediation <<<"$form"
  # The headers a browser sends for a form on the app's own page: the app refuses a decision another site posted.
  decided=$(curl -sS -o /dev/null -w '%{http_code}' -A 'run.sh demo' -H 'Sec-Fetch-Site: same-origin' -H "Origin: $app_url" \
    --data-urlencode decision=approve \
    --data-urlencode "comment=dry run from scripts/run.sh" --data-urlencode "remediationId=$remediation" "$action")
  [ "$decided" = 200 ] || { echo "demo: the decision was refused ($decided)" >&2; exit 1; }
  echo "demo: decision recorded (200)"
fi
wait_for 60 ended || { echo "demo: $id did not finish within 60 s: $(status "$id")" >&2; exit 1; }
echo "demo: $(status "$id" | json "d['runtimeStatus'] + ', outcome ' + d['output']['outcome'] + ': ' + d['output']['reason']")"
echo "demo: the audit trail:"
DOTNET_ENVIRONMENT=Development watched "${app[@]}" audit "$id" 2>"$run_dir/audit.log" \
  || { echo "demo: the audit command failed; the last lines of artifacts/run/audit.log:" >&2; tail -n 20 "$run_dir/audit.log" | sed 's/^/  | /' >&2; exit 1; }

echo
today="day-$(date -u +%F)"
echo "demo: the toil ledger: every remediation ends with a row; the timer turns a day's rows into a report at 07:00 UTC."
echo "demo: $today so far (toil report $today --preview; nothing stored):"
toil_summary=$(cat <<'PY'
import json, sys
r = json.load(sys.stdin)
o = r["occurrences"]
counts = ", ".join(f"{n} {k}" for k, n in o.items() if k != "total" and n)
print(f"toil:  {o['total']} occurrence(s): {counts or 'none'}")
h = r["hoursRemaining"]
print(f"toil:  {r['hoursAvoided']} h avoided by automation; {h['total']} h still done by people, {h['dryRun']} h of it behind dry-run bindings")
coverage = r["occurrenceCoverage"]
print("toil:  automation coverage " + ("n/a" if coverage is None else f"{coverage:.0%}") + " of actionable occurrences")
for rule in r["topUnautomatedRules"][:3]:
    bound = f", binding {rule['bindingId']} not acting for real yet" if rule["bindingId"] else ", no binding"
    print(f"toil:  to automate next: {rule['ruleName']} ({rule['occurrences']} occurrence(s), {rule['toilHours']} h{bound})")
PY
)
DOTNET_ENVIRONMENT=Development watched "${app[@]}" toil report "$today" --preview 2>"$run_dir/toil.log" | python3 -c "$toil_summary" \
  || { echo "demo: the toil preview failed; see artifacts/run/toil.log" >&2; exit 1; }

echo
echo "Where to look:"
echo "  health        $app_url/healthz"
echo "  logs          artifacts/run/ (app.log, build.log, selfcheck.log, azurite.log, teams-cards.jsonl); earlier runs in artifacts/run.1 to run.3"
echo "  Azurite data  .azurite/ (tables and queues of task hub 'autoremediate')"
echo "  toil          ${app[*]} toil report $today --preview [--html]"
if [ "$once" -eq 1 ]; then
  exit 0
fi
echo "The dashboard is at $app_url/dashboard (you are $Operator__LocalIdentity)."
echo "The app keeps running; press Ctrl+C to stop it and Azurite."
step="running (waiting for Ctrl+C)"
while app_alive; do sleep 1; done
app_died
