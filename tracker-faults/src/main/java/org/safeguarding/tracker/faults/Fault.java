package org.safeguarding.tracker.faults;

/** The faults the harness injects, by their command-line names. */
enum Fault {
    KILL("kill"), TERM("term"), OUTAGE("outage"), GAP("gap");

    final String label;

    Fault(String label) {
        this.label = label;
    }

    static Fault of(String label) {
        for (Fault fault : values()) {
            if (fault.label.equals(label)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("no fault " + label + " (kill, term, outage, gap)");
    }
}
