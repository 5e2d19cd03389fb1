#!/usr/bin/env bash
# Starts JobQuality with demo data on http://127.0.0.1:5000 until Ctrl-C.
# Database: ConnectionStrings__Default when set; otherwise a local PostgreSQL cluster under .data/
# (port 5433), created on the first run and reused after, and stopped again when the app stops.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
PORT=${JOBQUALITY_DEV_POSTGRES_PORT:-5433}
STARTED_DIR=""

stop_database() {
  if [ -n "$STARTED_DIR" ]; then
    echo "==> Stopping the local PostgreSQL"
    pg_stop "$STARTED_DIR"
  fi
}
trap stop_database EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_ensure_server_binaries
  PG_DIR="$(pwd)/.data/postgres"
  if ! pg_owner_can_use "$PG_DIR"; then
    # As root, PostgreSQL runs as 'postgres', which cannot reach a checkout inside a private folder.
    PG_DIR="/var/tmp/jobquality-dev-postgres"
    pg_owner_can_use "$PG_DIR"
    echo "==> The 'postgres' user cannot reach .data/ here; keeping the database in $PG_DIR instead"
  fi
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    echo "==> Creating a local PostgreSQL cluster in $PG_DIR"
    pg_init "$PG_DIR"
  fi
  if pg_is_running "$PG_DIR"; then
    echo "==> Reusing the local PostgreSQL that is already running"
  else
    echo "==> Starting the local PostgreSQL on port $PORT"
    pg_start "$PG_DIR" "$PORT" || { tail -n 20 "$PG_DIR/server.log" >&2; exit 1; }
    STARTED_DIR=$PG_DIR
  fi
  pg_create_database "$PORT" jobquality
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=jobquality;Username=postgres"
else
  echo "==> Using the database in ConnectionStrings__Default"
fi

# Development: the app applies migrations and seeds the demo board on start.
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
echo "==> Building and starting JobQuality on http://127.0.0.1:5000 (Ctrl-C to stop)"
echo "    Sign in as director@demo.jobquality.test with the password try-jobquality-demo"
dotnet run --project src/JobQuality.Web --launch-profile http --urls http://127.0.0.1:5000
