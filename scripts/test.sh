#!/usr/bin/env bash
# Runs every test of JobQuality and prints "N passed, N failed" as its last line.
# PostgreSQL: uses JOBQUALITY_TEST_POSTGRES (a server connection string) when set; otherwise starts a
# throwaway cluster with the machine's PostgreSQL server binaries and removes it at the end.
# Browser tests: installs Debian's Chromium when it is missing.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
RESULTS=$(mktemp -d /tmp/jobquality-test-results.XXXXXX)
PG_DIR=""

cleanup() {
  if [ -n "$PG_DIR" ]; then
    pg_stop "$PG_DIR/data"
    rm -rf "$PG_DIR"
  fi
  rm -rf "$RESULTS"
  dotnet build-server shutdown >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing $* …"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "warning: cannot install $* (not root or no apt-get); the tests that need it will fail." >&2
  fi
}

# --- Chromium for the end-to-end tests (never a browser download of a test tool's own) ---
export JOBQUALITY_CHROMIUM=${JOBQUALITY_CHROMIUM:-/usr/bin/chromium}
[ -x "$JOBQUALITY_CHROMIUM" ] || apt_install chromium
# Fonts for screenshots and PDFs.
[ -d /usr/share/fonts/truetype/dejavu ] || apt_install fonts-dejavu-core
# pdftoppm renders the plan report's pages to PNG for a person to look at (test artifacts).
command -v pdftoppm >/dev/null 2>&1 || apt_install poppler-utils

# --- PostgreSQL ---
if [ -z "${JOBQUALITY_TEST_POSTGRES:-}" ]; then
  pg_ensure_server_binaries || exit 1
  PG_DIR=$(mktemp -d /tmp/jobquality-test-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  PG_PORT=$(pg_free_port 5434)
  echo "==> Starting a throwaway PostgreSQL on port $PG_PORT"
  # Tests never need crash safety: skip fsync to save time.
  PG_FSYNC=off
  if ! { pg_init "$PG_DIR/data" && pg_start "$PG_DIR/data" "$PG_PORT"; }; then
    cat "$PG_DIR/data/server.log" 2>/dev/null
    exit 1
  fi
  export JOBQUALITY_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
else
  echo "==> Using the PostgreSQL server in JOBQUALITY_TEST_POSTGRES"
fi

# --- Build once ---
echo "==> Building (Release)"
dotnet tool restore >/dev/null || exit 1
if ! dotnet build JobQuality.sln -c Release --nologo -v quiet -p:UseSharedCompilation=false; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# --- Run every test project ---
passed=0
failed=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  trx="$RESULTS/$name.trx"
  echo "==> $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$trx" --logger "console;verbosity=minimal" 2>&1 | sed 's/^/    /'
  status=${PIPESTATUS[0]}
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    p=${p:-0}
    f=${f:-0}
    # A run that failed without a failed test (a crash, an error in a fixture) still counts as a failure.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  else
    echo "    (no results: the test run did not start)"
    p=0
    f=1
  fi
  echo "    $name: $p passed, $f failed"
  passed=$((passed + p))
  failed=$((failed + f))
done

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "No tests ran."; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
