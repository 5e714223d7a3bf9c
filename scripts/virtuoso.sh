#!/usr/bin/env bash
# A private Virtuoso 7.2 (Debian's virtuoso-opensource-7-bin) on loopback, for `wbimport load`'s tests and developers.
#
#   scripts/virtuoso.sh install    install virtuoso-t and isql-vt with apt-get when missing (sudo only if not root)
#   scripts/virtuoso.sh start      write the ini, start the server, wait until /sparql answers, let "SPARQL" update
#   scripts/virtuoso.sh stop       checkpoint and shut down (isql-vt -K), or SIGTERM if SQL does not answer
#   scripts/virtuoso.sh restart    stop, then start (the database is kept)
#   scripts/virtuoso.sh kill       SIGKILL, as a crash would (the next start rolls the transaction log forward)
#   scripts/virtuoso.sh status     "running <url>" (exit 0) or "stopped" (exit 3)
#   scripts/virtuoso.sh url        the HTTP base URL, e.g. http://127.0.0.1:8890
#   scripts/virtuoso.sh sql        run SQL read from standard input as dba (e.g. to create a user)
#   scripts/virtuoso.sh wipe       stop and delete the database
#
# Environment: VIRTUOSO_DIR (default: <repo>/.virtuoso), VIRTUOSO_HTTP_PORT (8890), VIRTUOSO_SQL_PORT (1111),
# VIRTUOSO_BUFFERS (10000 pages of 8 kB, Debian's default; 340000 for ~2.6 GB), VIRTUOSO_START_TIMEOUT (60 s),
# VIRTUOSO_WATCH_PID: a process the server must not outlive (a test run, CI): a watchdog outside its process group
# (Ctrl-C does not reach it) SIGKILLs the server once that process is gone, however it went, and with
# VIRTUOSO_WATCH_REMOVE=1 deletes VIRTUOSO_DIR too.
# The server listens on 127.0.0.1 only. The anonymous /sparql endpoints may write (GRANT SPARQL_UPDATE TO "SPARQL"):
# this is a test server, never expose it. The dba password stays "dba". Its DirsAllowed holds $VIRTUOSO_DIR/data, where
# `wbimport load` (as dba) writes the N-Quads files its bulk loader reads.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${VIRTUOSO_DIR:-$repo/.virtuoso}"
http_port="${VIRTUOSO_HTTP_PORT:-8890}"
sql_port="${VIRTUOSO_SQL_PORT:-1111}"
buffers="${VIRTUOSO_BUFFERS:-10000}"
timeout="${VIRTUOSO_START_TIMEOUT:-60}"
url="http://127.0.0.1:$http_port"

say() { echo "virtuoso.sh: $*" >&2; }

pid_alive() {
  [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null
}

answers() {
  curl -sf -o /dev/null --max-time 2 "$url/sparql?query=ASK%7B%7D"
}

isql() {
  isql-vt "127.0.0.1:$sql_port" dba dba "$@"
}

install() {
  if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
    say "already installed: $(command -v virtuoso-t)"
    return
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends virtuoso-opensource-7-bin
}

write_ini() {
  local dirty=$((buffers * 3 / 4))
  mkdir -p "$dir/db" "$dir/data" "$dir/vsp"
  # ResultSetMaxRows and MaxQueryExecutionTime are raised from Debian's 10000 rows and 60 s: above them Virtuoso
  # truncates answers silently (HTTP 200, only an X-SPARQL-MaxRows header tells).
  cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., $dir/data
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 64
MaxMemPoolSize = 200000000
MaxQueryMem = 2G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = $buffers
MaxDirtyBuffers = $dirty

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $dir/vsp
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
HTTPThreadSize = 280000
Charset = UTF-8
EnabledGzipContent = 1

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 600
EOF
}

start() {
  command -v virtuoso-t >/dev/null || { say "virtuoso-t is not installed: run scripts/virtuoso.sh install"; exit 2; }
  if pid_alive && answers; then
    say "already running at $url (pid $(cat "$dir/pid"))"
    return
  fi
  if answers; then
    say "port $http_port already answers, but not for $dir: set VIRTUOSO_HTTP_PORT and VIRTUOSO_SQL_PORT"
    exit 1
  fi
  write_ini
  rm -f "$dir/db/virtuoso.lck"
  # setsid: the server outlives this script and the shell that ran it; exec makes the pid virtuoso-t's own.
  (cd "$dir/db" && exec setsid virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/stdout.log" 2>&1 </dev/null) &
  echo $! >"$dir/pid"
  # Watched from the start: the owner may be interrupted while the server is still coming up.
  if [ -n "${VIRTUOSO_WATCH_PID:-}" ]; then watch "$VIRTUOSO_WATCH_PID"; fi
  local waited=0
  until answers; do
    if ! pid_alive; then
      say "virtuoso-t exited during startup; the end of its log:"
      tail -n 20 "$dir/stdout.log" >&2 || true
      exit 1
    fi
    if [ "$waited" -ge $((timeout * 10)) ]; then
      say "no answer from $url/sparql after ${timeout}s"
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  isql exec='GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null
  say "running at $url (pid $(cat "$dir/pid"), SQL on 127.0.0.1:$sql_port, data in $dir)"
}

# The watchdog: polls the owner and the server each half second; gone with the server when it is stopped.
watch() {
  local owner="$1" server remove="${VIRTUOSO_WATCH_REMOVE:-0}"
  server="$(cat "$dir/pid")"
  setsid bash -c '
    owner="$1" server="$2" dir="$3" remove="$4"
    while kill -0 "$server" 2>/dev/null; do
      if ! kill -0 "$owner" 2>/dev/null; then
        kill -KILL "$server" 2>/dev/null || true
        while kill -0 "$server" 2>/dev/null; do sleep 0.1; done
        [ "$remove" = 1 ] && rm -rf "$dir"
        exit 0
      fi
      sleep 0.5
    done' watchdog "$owner" "$server" "$dir" "$remove" </dev/null >/dev/null 2>&1 &
}

wait_gone() {
  local pid="$1" waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 300 ]; then
      say "pid $pid still running after 30 s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

stop() {
  if ! pid_alive; then
    say "not running ($dir)"
    rm -f "$dir/pid"
    return
  fi
  local pid
  pid="$(cat "$dir/pid")"
  # -K checkpoints before it shuts down; if SQL does not answer, SIGTERM does a quick shutdown instead.
  isql -K >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  wait_gone "$pid"
  rm -f "$dir/pid"
  say "stopped"
}

kill_hard() {
  if pid_alive; then
    local pid
    pid="$(cat "$dir/pid")"
    kill -KILL "$pid"
    wait_gone "$pid"
  fi
  rm -f "$dir/pid"
}

status() {
  if pid_alive && answers; then
    echo "running $url"
  else
    echo "stopped"
    exit 3
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  kill) kill_hard ;;
  status) status ;;
  url) echo "$url" ;;
  sql) isql ;;
  wipe) stop; rm -rf "$dir" ;;
  *)
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
