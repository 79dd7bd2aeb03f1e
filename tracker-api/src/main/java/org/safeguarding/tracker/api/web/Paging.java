package org.safeguarding.tracker.api.web;

import org.safeguarding.tracker.projections.PageRequest;

/** {@code ?page=} (from 0) and {@code ?size=} (default 20, at most 200). */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "page counts from 0");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "size is between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }
}
