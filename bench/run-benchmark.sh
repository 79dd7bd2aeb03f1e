#!/usr/bin/env bash
# The command path and replay benchmark (issue 11): on a fresh database (created on the server TRACKER_TEST_DB_URL
# names, or give --db-url) and the packaged jar, durability on, it measures a raw JDBC baseline, the command path
# over HTTP at concurrency 1, 8 and 32, projection lag, JVM CPU per command, resident memory, start-up time and a
# full rebuild of the views; prints a table and writes tracker-bench/target/bench/result.json (keys: Benchmark's
# javadoc and docs/benchmarks.md).
#
#   bench/run-benchmark.sh [--quick] [--seconds 20] [--events N] [--heap 512m] [--dir DIR]
#                          [--service-arg --some.service.setting=value]... [--db-url URL --db-user U --db-password P]
exec "$(dirname "${BASH_SOURCE[0]}")/run-tool.sh" tracker-bench org.safeguarding.tracker.bench.Benchmark tracker-bench/target/bench "$@"
