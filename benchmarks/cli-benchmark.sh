#!/usr/bin/env bash
# Times `jobquality score` on a generated 1,000,000-row placements file (JSON summary only), three runs,
# and prints rows per second and peak memory. Usage: benchmarks/cli-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
DATA=${TMPDIR:-/tmp}/jobquality-bench-$ROWS
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian package 'time')" >&2; exit 1; }

# Published as for deployment: Release, compiled ahead of time (ReadyToRun), so the run measures the engine, not the JIT.
dotnet publish src/JobQuality.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --nologo -v quiet -o "$DATA/cli" >/dev/null
CLI=(dotnet "$DATA/cli/jobquality.dll")
[ -f "$DATA/placements.csv" ] || "${CLI[@]}" sample --rows "$ROWS" --seed 7 --out "$DATA" >/dev/null
echo "File: $DATA/placements.csv ($(du -h "$DATA/placements.csv" | cut -f1), $ROWS rows); $(nproc) cores"
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$DATA/time.txt" "${CLI[@]}" score --standards "$DATA/standards.json" --living-wage "$DATA/living_wage.csv" \
    --placements "$DATA/placements.csv" --summary-only --by race_ethnicity --by age > "$DATA/summary.json"
  read -r seconds peak_kb < "$DATA/time.txt"
  awk -v r="$run" -v s="$seconds" -v n="$ROWS" -v k="$peak_kb" 'BEGIN { printf "run %d: %.2f s, %d rows/s, peak memory %d MiB\n", r, s, n / s, k / 1024 }'
done
