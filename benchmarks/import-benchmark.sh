#!/usr/bin/env bash
# Times a placements import end to end (HTTP upload, checks, COPY, upsert) against `psql \copy` of the same file into an
# unlogged table, in the same run. Needs the app running with the demo data (scripts/run.sh) and psql.
# Usage: benchmarks/import-benchmark.sh [ROWS] [BASE_URL] [DATABASE_URL]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
BASE=${2:-http://127.0.0.1:5000}
DATABASE=${3:-postgresql://postgres@127.0.0.1:5433/jobquality}
DATA=${TMPDIR:-/tmp}/jobquality-bench-$ROWS
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

mkdir -p "$DATA"
[ -f "$DATA/placements.csv" ] || dotnet run --project src/JobQuality.Cli -c Release -- sample --rows "$ROWS" --seed 7 --out "$DATA" >/dev/null
echo "File: $DATA/placements.csv ($(du -h "$DATA/placements.csv" | cut -f1), $ROWS rows); $(nproc) cores"

token=$(curl -s -c "$JAR" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=staff@demo.jobquality.test" --data-urlencode "Input.Password=try-jobquality-demo"

import() {
  curl -s -b "$JAR" -X POST -H 'Content-Type: text/csv' --data-binary "@$DATA/placements.csv" \
    -w '\n%{time_total}' "$BASE/api/orgs/metro-wdb/placements"
}
first=$(import); again=$(import)
echo "import (all new):       $(echo "$first" | tail -1) s  $(echo "$first" | head -1 | grep -o '"message":"[^"]*"')"
echo "import (same again):    $(echo "$again" | tail -1) s  $(echo "$again" | head -1 | grep -o '"message":"[^"]*"')"

columns=$(head -1 "$DATA/placements.csv" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
psql -q "$DATABASE" -c "DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy ($columns);"
start=$(date +%s.%N)
psql -q "$DATABASE" -c "\\copy bench_copy FROM '$DATA/placements.csv' WITH (FORMAT csv, HEADER true)"
end=$(date +%s.%N)
psql -q "$DATABASE" -c "DROP TABLE bench_copy;"
copy=$(echo "$end - $start" | bc)
echo "psql \\copy (unlogged):  $copy s"
echo "ratio (import / copy):  $(echo "scale=2; $(echo "$first" | tail -1) / $copy" | bc)"
