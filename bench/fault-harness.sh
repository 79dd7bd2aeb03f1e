#!/usr/bin/env bash
# The fault harness, long form: N instances of the packaged service jar on a fresh database (created on the
# server TRACKER_TEST_DB_URL names, or give --db-url), a mixed load, each fault given with --faults injected once
# mid-load, the invariants checked; figures printed and written to tracker-faults/target/faults/result.json.
# Exit code 0 only when every invariant held.
#
#   bench/fault-harness.sh [--instances 3] [--clients 8] [--commands 20000] [--faults kill,term,outage,gap]
#                          [--outage-seconds 10] [--hold-seconds 4] [--heap 384m] [--dir DIR]
#                          [--service-arg --some.service.setting=value]... [--db-url URL --db-user U --db-password P]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=tracker-api/target/tracker-api-0.1.0.jar
if [[ ! -f $JAR ]]; then
    ./mvnw -B -q -DskipTests package
fi
# the harness's own classes and runtime classpath (PostgreSQL JDBC, Jackson), from the reactor
./mvnw -B -q -pl tracker-faults -am -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/tracker-faults/target/runtime.classpath" -DincludeScope=runtime
: "${TRACKER_TEST_DB_URL:=jdbc:postgresql://127.0.0.1:5432/postgres}"
export TRACKER_TEST_DB_URL
java -cp "tracker-faults/target/classes:$(cat tracker-faults/target/runtime.classpath)" \
    org.safeguarding.tracker.faults.FaultHarness --jar "$JAR" --dir tracker-faults/target/faults "$@"
