#!/usr/bin/env bash
# The command path and replay benchmark (issue 11): on a fresh database (created on the server TRACKER_TEST_DB_URL
# names, or give --db-url) and the packaged jar, durability on, it measures a raw JDBC baseline, the command path
# over HTTP at concurrency 1, 8 and 32, projection lag, JVM CPU per command, resident memory, start-up time and a
# full rebuild of the views; prints a table and writes tracker-bench/target/bench/result.json (keys: Benchmark's
# javadoc and docs/benchmarks.md).
#
#   bench/run-benchmark.sh [--quick] [--seconds 20] [--events N] [--heap 512m] [--dir DIR]
#                          [--service-arg --some.service.setting=value]... [--db-url URL --db-user U --db-password P]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=tracker-api/target/tracker-api-0.1.0.jar
if [[ ! -f $JAR ]]; then
    ./mvnw -B -q -DskipTests package
fi
# the benchmark's own classes and runtime classpath (PostgreSQL JDBC, Jackson, HdrHistogram), from the reactor
./mvnw -B -q -pl tracker-bench -am -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/tracker-bench/target/runtime.classpath" -DincludeScope=runtime
: "${TRACKER_TEST_DB_URL:=jdbc:postgresql://127.0.0.1:5432/postgres}"
export TRACKER_TEST_DB_URL
java -cp "tracker-bench/target/classes:$(cat tracker-bench/target/runtime.classpath)" \
    org.safeguarding.tracker.bench.Benchmark --jar "$JAR" --dir tracker-bench/target/bench "$@"
