#!/usr/bin/env bash
# Runs one of the tools that drive the packaged jar from outside (tracker-faults, tracker-bench):
#   bench/run-tool.sh MODULE MAIN_CLASS DEFAULT_DIR [ARGS...]
# It packages the reactor up to MODULE (tests skipped; packaging also builds the test-jars tracker-api needs, and
# the jar itself), writes MODULE's runtime classpath, and runs MAIN_CLASS with --jar and --dir before ARGS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
module=$1 main=$2 dir=$3
shift 3

JAR=tracker-api/target/tracker-api-0.1.0.jar
./mvnw -B -q -pl "$module" -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$module/target/runtime.classpath" -DincludeScope=runtime
: "${TRACKER_TEST_DB_URL:=jdbc:postgresql://127.0.0.1:5432/postgres}"
export TRACKER_TEST_DB_URL
exec java -cp "$module/target/classes:$(cat "$module/target/runtime.classpath")" "$main" --jar "$JAR" --dir "$dir" "$@"
