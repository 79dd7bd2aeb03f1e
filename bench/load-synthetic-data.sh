#!/usr/bin/env bash
# Loads a synthetic data set through the real command path (the service started with SyntheticDataLoader,
# a tool in tracker-api's test sources, so not in the service's jar) into the database TRACKER_DB_URL names,
# then stops. The database settings are the service's own (TRACKER_DB_URL, TRACKER_DB_USER, TRACKER_DB_PASSWORD).
#
#   bench/load-synthetic-data.sh RECOMMENDATIONS [BOARDS] [--any.service.setting=value ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N=${1:?usage: bench/load-synthetic-data.sh RECOMMENDATIONS [BOARDS] [--setting=value ...]}
BOARDS=${2:-5}
shift $(( $# < 2 ? $# : 2 ))

./mvnw -B -q -pl tracker-api -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "tracker-api/target/test-classes:tracker-api/target/classes:$(cat tracker-api/target/test.classpath)" \
    org.safeguarding.tracker.api.generator.SyntheticDataLoader \
    --tracker.generate.recommendations="$N" --tracker.generate.boards="$BOARDS" "$@"
