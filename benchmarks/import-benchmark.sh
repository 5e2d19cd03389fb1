#!/usr/bin/env bash
# Times a placements import end to end (HTTP upload, checks, COPY, store) and the scoring it starts, against
# `psql \copy` of the same file into an unlogged table, in the same run. Each run:
#   1. psql \copy of the file into a fresh unlogged table of text columns (the yardstick), then into a logged one with
#      a primary key (what storing the rows durably and indexed costs the database alone);
#   2. removes the file's placements from the organization (its other placements stay), untimed;
#   3. imports the file (all new), then waits for the scoring run the import queued: its time is the run's own
#      start-to-finish (reading every placement of the organization, scoring, writing the results);
#   4. imports the same file again ("0 new, 0 changed, N unchanged": nothing is scored);
#   5. imports it with 1 row in 100 changed (the placement date), and waits for that scoring run too.
# Prints every run and the medians. Needs the app running with the demo data (scripts/run.sh, or `dotnet run -c
# Release --project src/JobQuality.Web`), psql, curl, jq and bc; the demo organization metro-wdb and its staff user.
#
# Usage: benchmarks/import-benchmark.sh [ROWS] [BASE_URL] [DATABASE_URL] [RUNS]
#   e.g. benchmarks/import-benchmark.sh 1000000 http://127.0.0.1:5014 postgresql://postgres@127.0.0.1:5440/jq_perf 3
# Leaves the file's placements stored and scored, ready for benchmarks/dashboard-benchmark.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
BASE=${2:-http://127.0.0.1:5000}
DATABASE=${3:-postgresql://postgres@127.0.0.1:5433/jobquality}
RUNS=${4:-3}
ORG=metro-wdb
DATA=${TMPDIR:-/tmp}/jobquality-bench-$ROWS
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
for tool in psql curl jq bc; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

mkdir -p "$DATA"
[ -f "$DATA/placements.csv" ] || dotnet run --project src/JobQuality.Cli -c Release -- sample --rows "$ROWS" --seed 7 --out "$DATA" >/dev/null
# The same file with one row in a hundred changed: its placement date set to the 1st of its month (or the 2nd).
# The first two columns (placement_id, placement_date) are never quoted.
[ -f "$DATA/placements-changed.csv" ] || awk 'NR > 1 && NR % 100 == 0 {
    i = index($0, ","); rest = substr($0, i + 1); j = index(rest, ","); date = substr(rest, 1, j - 1)
    day = substr(date, 9, 2) == "01" ? "02" : "01"
    $0 = substr($0, 1, i) substr(date, 1, 8) day substr(rest, j) } { print }' "$DATA/placements.csv" > "$DATA/placements-changed.csv"
echo "File: $DATA/placements.csv ($(du -h "$DATA/placements.csv" | cut -f1), $ROWS rows); $(nproc) cores; $RUNS runs"

token=$(curl -s -c "$JAR" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=staff@demo.jobquality.test" --data-urlencode "Input.Password=try-jobquality-demo"

export PGOPTIONS='-c client_min_messages=warning'
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$DATABASE" -c "$1"; }
organization=$(sql "SELECT \"Id\" FROM \"Organizations\" WHERE \"Slug\" = '$ORG'")

# import FILE: prints "SECONDS IMPORT_ID SCORING_RUN_ID MESSAGE".
import() {
  local out
  out=$(curl -s -b "$JAR" -X POST -H 'Content-Type: text/csv' --data-binary "@$1" -w '\n%{time_total}' "$BASE/api/orgs/$ORG/placements")
  echo "$(echo "$out" | tail -1) $(echo "$out" | head -1 | jq -r '"\(.importId) \(.scoringRunId) \(.message)"')"
}

# scored IMPORT_ID: waits until the import's scoring run is done, and prints its start-to-finish seconds.
scored() {
  local view status
  while true; do
    view=$(curl -s -b "$JAR" "$BASE/api/orgs/$ORG/placements/imports/$1")
    status=$(echo "$view" | jq -r '.scoring.status // "None"')
    case $status in
      Done) break ;;
      None) echo "-"; return ;;
      Failed) echo "scoring failed: $view" >&2; exit 1 ;;
    esac
    sleep 0.5
  done
  echo "$view" | jq -r '.scoring | "\(.startedAt) \(.finishedAt)"' | {
    read -r started finished
    echo "scale=2; ($(date -d "$finished" +%s.%N) - $(date -d "$started" +%s.%N)) / 1" | bc
  }
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

columns=$(head -1 "$DATA/placements.csv" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//; s/,/ text, /g; s/$/ text/')
declare -a COPY LOGGED FIRST SCORING AGAIN CHANGED RESCORING
for run in $(seq 1 "$RUNS"); do
  sql "DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy ($columns);"
  start=$(date +%s.%N)
  psql -qX "$DATABASE" -c "\\copy bench_copy FROM '$DATA/placements.csv' WITH (FORMAT csv, HEADER true)"
  end=$(date +%s.%N)
  COPY+=("$(echo "scale=2; ($end - $start) / 1" | bc)")
  # The same into a logged table with a primary key, as durable and indexed as the placements: what the database
  # itself needs to store the rows, before any reading, checking or fingerprinting.
  sql "DROP TABLE IF EXISTS bench_copy_logged; CREATE TABLE bench_copy_logged ($columns, PRIMARY KEY (placement_id));"
  start=$(date +%s.%N)
  psql -qX "$DATABASE" -c "\\copy bench_copy_logged FROM '$DATA/placements.csv' WITH (FORMAT csv, HEADER true)"
  end=$(date +%s.%N)
  LOGGED+=("$(echo "scale=2; ($end - $start) / 1" | bc)")
  sql "DROP TABLE bench_copy_logged;"

  # Back to "the file was never imported": the organization keeps its other placements.
  sql "DELETE FROM \"PlacementResults\" WHERE \"OrganizationId\" = '$organization' AND \"PlacementId\" IN (SELECT placement_id FROM bench_copy);
       DELETE FROM \"Placements\" WHERE \"OrganizationId\" = '$organization' AND \"PlacementId\" IN (SELECT placement_id FROM bench_copy);
       DROP TABLE bench_copy;"
  for statement in 'VACUUM ANALYZE "Placements"' 'VACUUM ANALYZE "PlacementResults"' 'CHECKPOINT'; do sql "$statement"; done

  read -r seconds id _ message <<<"$(import "$DATA/placements.csv")"
  FIRST+=("$seconds"); echo "run $run: psql \\copy ${COPY[-1]} s; import (all new) $seconds s: $message"
  SCORING+=("$(scored "$id")"); echo "run $run: scoring ${SCORING[-1]} s"
  read -r seconds id _ message <<<"$(import "$DATA/placements.csv")"
  AGAIN+=("$seconds"); echo "run $run: import (same again) $seconds s: $message"
  read -r seconds id _ message <<<"$(import "$DATA/placements-changed.csv")"
  CHANGED+=("$seconds"); echo "run $run: import (1% changed) $seconds s: $message"
  RESCORING+=("$(scored "$id")"); echo "run $run: scoring ${RESCORING[-1]} s"
  # Put the original dates back, so the next run starts from the same file (scored once more, untimed).
  read -r _ id _ <<<"$(import "$DATA/placements.csv")"; scored "$id" >/dev/null
done

copy=$(printf '%s\n' "${COPY[@]}" | median)
first=$(printf '%s\n' "${FIRST[@]}" | median)
echo "medians of $RUNS runs ($ROWS rows):"
echo "  psql \\copy (unlogged):   $copy s"
echo "  psql \\copy (logged, key): $(printf '%s\n' "${LOGGED[@]}" | median) s"
echo "  import (all new):        $first s"
echo "  import (same again):     $(printf '%s\n' "${AGAIN[@]}" | median) s"
echo "  import (1% changed):     $(printf '%s\n' "${CHANGED[@]}" | median) s"
echo "  ratio (all new / copy):  $(echo "scale=2; $first / $copy" | bc)"
echo "  scoring (after all new): $(printf '%s\n' "${SCORING[@]}" | median) s"
echo "  scoring (after changes): $(printf '%s\n' "${RESCORING[@]}" | median) s"
