#!/usr/bin/env bash
# The fault harness, long form: N instances of the packaged service jar on a fresh database (created on the
# server TRACKER_TEST_DB_URL names, or give --db-url), a mixed load, each fault given with --faults injected once
# mid-load, the invariants checked; figures printed and written to tracker-faults/target/faults/result.json.
# Exit code 0 only when every invariant held.
#
#   bench/fault-harness.sh [--instances 3] [--clients 8] [--commands 20000] [--faults kill,term,outage,gap]
#                          [--outage-seconds 10] [--hold-seconds 4] [--heap 384m] [--dir DIR]
#                          [--service-arg --some.service.setting=value]... [--db-url URL --db-user U --db-password P]
exec "$(dirname "${BASH_SOURCE[0]}")/run-tool.sh" tracker-faults org.safeguarding.tracker.faults.FaultHarness tracker-faults/target/faults "$@"
