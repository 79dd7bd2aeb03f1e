package org.safeguarding.tracker.projections;

public record PageRequest(int page, int size) {

    public long offset() {
        return (long) page * size;
    }
}
