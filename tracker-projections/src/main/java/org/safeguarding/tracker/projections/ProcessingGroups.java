package org.safeguarding.tracker.projections;

import java.util.List;
import java.util.stream.Stream;

import org.safeguarding.tracker.projections.views.ViewGeneration;

/** The names of the streaming processors that keep the read models, also their token-store keys. */
public final class ProcessingGroups {

    /** Agencies, reviews and recommendations as lists. */
    public static final String LISTS = "tracker-lists";

    private ProcessingGroups() {
    }

    /** Every processing group that keeps a read model: the lists, and each generation of the views. */
    public static List<String> all() {
        return Stream.concat(Stream.of(LISTS), Stream.of(ViewGeneration.values()).map(ViewGeneration::processorName))
                .toList();
    }
}
