package org.safeguarding.tracker.projections.views;

import java.time.Instant;

/** The live generation of the views, the one a rebuild is filling ({@code null}: none), and the last rebuild's times. */
public record ViewGenerationState(ViewGeneration live, ViewGeneration building, Instant rebuildStarted,
                                  Instant rebuildEnded) {
}
