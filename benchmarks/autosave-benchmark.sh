#!/usr/bin/env bash
# Times what an autosave costs on the server: N sequential saves of one form answer through the REST API (the same
# handler the pages call), against a running app with the demo data (scripts/run.sh). Prints median, p95 and max.
# Usage: benchmarks/autosave-benchmark.sh [SAVES] [BASE_URL]
set -euo pipefail
SAVES=${1:-300}
BASE=${2:-http://127.0.0.1:5000}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

# Sign in through the real form (antiforgery token included), as staff of the demo board.
token=$(curl -s -c "$JAR" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=staff@demo.jobquality.test" --data-urlencode "Input.Password=try-jobquality-demo"
plan=$(curl -s -b "$JAR" "$BASE/api/orgs/metro-wdb/plans" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$plan" ] || { echo "could not sign in or find the demo plan at $BASE" >&2; exit 1; }
url="$BASE/api/plans/$plan/answers/charter/flexibility"
version=$(curl -s -b "$JAR" "$BASE/api/plans/$plan/answers/charter" | grep -o '"flexibility":{[^}]*}' | grep -o '"version":[0-9]*' | cut -d: -f2)

times=()
for i in $(seq 1 "$SAVES"); do
  out=$(curl -s -b "$JAR" -X PUT -H 'Content-Type: application/json' -w '\n%{time_total}' \
    -d "{\"version\":$version,\"text\":\"Any member can propose a change; revision $i.\"}" "$url")
  version=$(echo "$out" | head -1 | grep -o '"version":[0-9]*' | cut -d: -f2)
  [ -n "$version" ] || { echo "save $i failed: $out" >&2; exit 1; }
  times+=("$(echo "$out" | tail -1)")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$SAVES" '
  { t[NR] = $1 * 1000 }
  END { printf "%d saves of one answer (version check, write, history record): median %.1f ms, p95 %.1f ms, max %.1f ms\n",
        n, t[int(n * 0.5)], t[int(n * 0.95)], t[n] }'
