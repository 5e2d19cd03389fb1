#!/usr/bin/env bash
# Times the dashboard summary over the organization's scored placements: GET /api/orgs/metro-wdb/baseline broken down
# by all eight breakdowns, unfiltered and with each filter, REQUESTS warm requests each (after 3 warm-up requests),
# printing the median and 95th percentile of the HTTP time; then the SQL alone: the query BaselineQuery sends over the
# roll-up (mirrored below), its EXPLAIN ANALYZE plan and the median of 5 runs of its execution time.
# Needs the app running with the demo data and the placements scored: run benchmarks/import-benchmark.sh first (it
# leaves 1,000,000 placements of a generated file stored and scored). Needs psql, curl and awk.
#
# Usage: benchmarks/dashboard-benchmark.sh [BASE_URL] [DATABASE_URL] [REQUESTS]
#   e.g. benchmarks/dashboard-benchmark.sh http://127.0.0.1:5014 postgresql://postgres@127.0.0.1:5440/jq_perf 30
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://127.0.0.1:5000}
DATABASE=${2:-postgresql://postgres@127.0.0.1:5433/jobquality}
REQUESTS=${3:-30}
ORG=metro-wdb
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
for tool in psql curl awk; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

token=$(curl -s -c "$JAR" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=staff@demo.jobquality.test" --data-urlencode "Input.Password=try-jobquality-demo"

sql() { psql -qAtX -v ON_ERROR_STOP=1 "$DATABASE" -c "$1"; }
organization=$(sql "SELECT \"Id\" FROM \"Organizations\" WHERE \"Slug\" = '$ORG'")
results=$(sql "SELECT count(*) FROM \"PlacementResults\" WHERE \"OrganizationId\" = '$organization'")
echo "$results scored placements in $ORG; $(nproc) cores; $REQUESTS requests per query"

BY="by=race_ethnicity&by=sex&by=age&by=program&by=county_fips&by=naics2&by=veteran&by=disability"
# name|query string|SQL condition added to the organization's (as BaselineQuery.Where writes it)
QUERIES=(
  "unfiltered|$BY|"
  "from/to (first half of 2026)|$BY&from=2026-01-01&to=2026-06-30|AND \"PlacementDate\" >= '2026-01-01' AND \"PlacementDate\" <= '2026-06-30'"
  "program=WIOA Adult|$BY&program=WIOA%20Adult|AND lower(\"Program\") = lower('WIOA Adult')"
  "county=29510|$BY&county=29510|AND \"CountyFips\" = '29510'"
)

# stats: reads seconds, prints "median X ms, p95 Y ms" (p95 by nearest rank).
stats() {
  sort -n | awk '{ v[NR] = $1 * 1000 } END {
    median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    rank = int(NR * 0.95); if (rank < NR * 0.95) rank++
    printf "median %.0f ms, p95 %.0f ms (min %.0f, max %.0f)\n", median, v[rank], v[1], v[NR] }'
}

echo "HTTP GET /api/orgs/$ORG/baseline?$BY[&filters]:"
for entry in "${QUERIES[@]}"; do
  IFS='|' read -r name query _ <<<"$entry"
  status=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' "$BASE/api/orgs/$ORG/baseline?$query")
  [ "$status" = 200 ] || { echo "  $name: HTTP $status" >&2; exit 1; }
  for _ in 1 2; do curl -s -b "$JAR" -o /dev/null "$BASE/api/orgs/$ORG/baseline?$query"; done
  times=$(for _ in $(seq 1 "$REQUESTS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE/api/orgs/$ORG/baseline?$query"; done)
  printf '  %-30s %s\n' "$name:" "$(echo "$times" | stats)"
done

# The SQL alone, as BaselineQuery.CountAsync writes it (over the roll-up scoring writes) for the 7 principles of the
# sample standards.
select="SELECT \"Breakdown\", \"Group\", min(\"FirstSequence\"), sum(\"Placements\")::int, sum(\"Quality\")::int, sum(\"NotQuality\")::int"
for index in $(seq 1 21); do select+=", sum(\"PrincipleCounts\"[$index])::int"; done
breakdowns="ARRAY['', 'race_ethnicity', 'sex', 'age', 'program', 'county_fips', 'naics2', 'veteran', 'disability']"
cells=$(sql "SELECT count(*) FROM \"BaselineRollups\" WHERE \"OrganizationId\" = '$organization'")

echo "SQL alone ($cells roll-up cells; execution time of 5 runs, then the plan of the unfiltered query):"
for entry in "${QUERIES[@]}"; do
  IFS='|' read -r name _ condition <<<"$entry"
  query="$select FROM \"BaselineRollups\" WHERE \"OrganizationId\" = '$organization' $condition AND \"Breakdown\" = ANY($breakdowns) GROUP BY \"Breakdown\", \"Group\""
  times=$(for _ in 1 2 3 4 5; do
    sql "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $query" | grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 / 1000 }'
  done)
  printf '  %-30s %s\n' "$name:" "$(echo "$times" | stats | sed 's/, p95.*//')"
done
query="$select FROM \"BaselineRollups\" WHERE \"OrganizationId\" = '$organization' AND \"Breakdown\" = ANY($breakdowns) GROUP BY \"Breakdown\", \"Group\""
psql -qX "$DATABASE" -c "EXPLAIN (ANALYZE, BUFFERS) $query" | sed -n '3,$p' | grep -v '^ *Filter\|Group Key\|^$' | head -30
