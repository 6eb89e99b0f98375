#!/usr/bin/env bash
# Measures start-up to healthy (fresh data directory, then restart), the jar size and resident memory.
# Usage: bench/measure-startup.sh [port]   (builds nothing: run `./mvnw -DskipTests package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
PORT=${1:-8099}
DATA=$(mktemp -d)/verso-data
JAR=target/verso.jar
echo "jar: $(du -m "$JAR" | cut -f1) MB"

start_and_wait() {
  local t0 pid
  t0=$(date +%s%N)
  SERVER_PORT=$PORT VERSO_DATA_DIR=$DATA "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" >/tmp/verso-measure.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do sleep 0.05; done
  echo "$1: healthy after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  sleep 5
  # The application's JVM, and the embedded PostgreSQL processes it started.
  # PostgreSQL's processes share their buffers, so their RSS would count them many times: sum PSS.
  local jvm pg master
  jvm=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  master=$(pgrep -f "postgres -D $DATA" | head -1)
  pg=0
  for p in $master $(pgrep -P "$master"); do
    pg=$(( pg + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0) ))
  done
  echo "$1: RSS application JVM $(( jvm / 1024 )) MB; embedded PostgreSQL (PSS of all its processes) $(( pg / 1024 )) MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start_and_wait "fresh data directory"
start_and_wait "restart"
rm -rf "$(dirname "$DATA")"
