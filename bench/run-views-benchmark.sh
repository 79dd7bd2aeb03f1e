#!/usr/bin/env bash
# Loads a synthetic data set through the real command path into a fresh database, then measures every
# view's latency for arbitrary dates and boards, and the time a full rebuild of the views takes.
#
#   bench/run-views-benchmark.sh [RECOMMENDATIONS]        (default 100000)
#   BENCH_REUSE=1 bench/run-views-benchmark.sh             (measure again on the database an earlier run loaded)
#
# Needs: Java 17, python3, psql, and a PostgreSQL server (BENCH_DB_SERVER, default the local one). The load step is
# bench/load-synthetic-data.sh (the generator lives in tracker-api's test sources, not in the service's jar).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N=${1:-100000}
BOARDS=${BENCH_BOARDS:-100}
SERVER=${BENCH_DB_SERVER:-127.0.0.1}
DB=${BENCH_DB:-tracker_bench}
PORT=${BENCH_PORT:-18090}
JAR=${BENCH_JAR:-tracker-api/target/tracker-api-0.1.0.jar}
export TRACKER_DB_URL="jdbc:postgresql://$SERVER:5432/$DB" TRACKER_DB_USER=${TRACKER_DB_USER:-postgres}
export TRACKER_DB_PASSWORD=${TRACKER_DB_PASSWORD:-}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "postgres: $(psql -h "$SERVER" -U "$TRACKER_DB_USER" -Atc 'show server_version')"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
if [ "${BENCH_REUSE:-}" != 1 ]; then
    psql -h "$SERVER" -U "$TRACKER_DB_USER" -qc "drop database if exists $DB" -c "create database $DB"
    echo "== loading $N recommendations through the command path"
    start=$(date +%s)
    bench/load-synthetic-data.sh "$N" "$BOARDS" --server.port="$PORT" \
        --logging.level.root=warn --logging.level.org.safeguarding.tracker.api.generator=info | grep -E 'loaded|ERROR' || true
    echo "load: $(( $(date +%s) - start )) s"
fi
echo "events: $(psql -h "$SERVER" -U "$TRACKER_DB_USER" -d "$DB" -Atc 'select count(*) from domain_event_entry')"

echo "== starting the service and waiting for the views to catch up"
if curl -s "http://127.0.0.1:$PORT/" >/dev/null; then
    echo "port $PORT is in use (an earlier run still going?); set BENCH_PORT" >&2
    exit 1
fi
# a throw-away BOARD user for this run; its BCrypt cost kept low so that latency measures the views, not the hash
BENCH_AUTH="bench:$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export BENCH_AUTH
TRACKER_SECURITY_BASIC_USERS="$BENCH_AUTH:BOARD" java -jar "$JAR" --server.port="$PORT" --logging.level.root=warn \
    --tracker.security.basic-password-log-rounds=4 > /tmp/tracker-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do sleep 1; done
head=$(psql -h "$SERVER" -U "$TRACKER_DB_USER" -d "$DB" -Atc 'select max(global_index) from domain_event_entry')
start=$(date +%s)
until curl -sf -u "$BENCH_AUTH" "http://127.0.0.1:$PORT/api/v1/views/themes?minPosition=$head" >/dev/null; do sleep 1; done
echo "views caught up with $head events in $(( $(date +%s) - start )) s after start-up"

echo "== view latency (200 requests per view, random dates 2012..today, random board or all)"
for scope in board all; do
    echo "-- scope: $scope"
    python3 bench/view_latency.py "http://127.0.0.1:$PORT" 200 "$BOARDS" "$scope"
done

echo "== full rebuild of the views from the event store"
start=$(date +%s.%N)
curl -sf -u "$BENCH_AUTH" -X POST "http://127.0.0.1:$PORT/api/v1/views/rebuild" >/dev/null
until curl -sf -u "$BENCH_AUTH" "http://127.0.0.1:$PORT/api/v1/views/rebuild" | grep -q '"building":null'; do sleep 1; done
echo "rebuild: $(echo "$(date +%s.%N) - $start" | bc) s"

echo "== view latency on the rebuilt views (after the maintenance task's first vacuums)"
sleep 30
for scope in board all; do
    echo "-- scope: $scope"
    python3 bench/view_latency.py "http://127.0.0.1:$PORT" 200 "$BOARDS" "$scope"
done
