# shellcheck shell=bash
# Provision and control a private PostgreSQL cluster with the machine's server binaries.
# Sourced by scripts/run.sh and scripts/test.sh, so the logic lives in one place.

# Prints the directory holding initdb and pg_ctl, installing Debian's postgresql package if needed.
pg_find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null)
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  fi
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

pg_ensure_server_binaries() {
  if PG_BIN=$(pg_find_bindir); then export PG_BIN; return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing PostgreSQL (Debian package 'postgresql')…" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    if PG_BIN=$(pg_find_bindir); then export PG_BIN; return 0; fi
  fi
  echo "error: no PostgreSQL server binaries (initdb, pg_ctl) found. Install PostgreSQL, or set a connection string." >&2
  return 1
}

# Runs a command as the user that owns the cluster: 'postgres' when we are root (PostgreSQL refuses root).
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_init DIR: creates a cluster in DIR unless one is there already.
pg_init() {
  local dir=$1
  if [ -f "$dir/PG_VERSION" ]; then return 0; fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown -R postgres: "$dir"
    chmod 700 "$dir"
  fi
  pg_as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
}

# pg_start DIR PORT: starts the cluster on 127.0.0.1:PORT (socket in DIR) and waits until it accepts connections.
pg_start() {
  local dir=$1 port=$2
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on}" start >/dev/null
}

pg_stop() {
  local dir=$1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

pg_is_running() {
  local dir=$1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

# pg_create_database PORT NAME: creates the database if it does not exist.
pg_create_database() {
  local port=$1 name=$2
  if ! pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" postgres | grep -q 1; then
    pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  fi
}

# pg_free_port START: prints the first port from START on that nothing listens on.
pg_free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do port=$((port + 1)); done
  echo "$port"
}

# pg_owner_can_use DIR: true when the cluster's owner can reach and write DIR (all parents traversable).
pg_owner_can_use() {
  local dir=$1
  mkdir -p "$dir" || return 1
  [ "$(id -u)" != 0 ] && return 0
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres: "$dir"
  runuser -u postgres -- test -w "$dir"
}
