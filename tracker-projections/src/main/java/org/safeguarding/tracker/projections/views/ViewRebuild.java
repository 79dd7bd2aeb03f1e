package org.safeguarding.tracker.projections.views;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.tracker.projections.progress.ProjectionProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every view from the event store while the service keeps answering: the idle generation's tables
 * are emptied, its processor replays the whole event store into them, and once it has caught up with the
 * head of the log the generations swap. Until then the live generation answers every view.
 */
@Component
public class ViewRebuild {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);
    private static final long POLL_MILLIS = 200;

    private final ViewGenerations generations;
    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final ViewTableMaintenance maintenance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ViewRebuild(ViewGenerations generations, EventProcessingConfiguration processing,
                       ProjectionProgress progress, EventStore events, JdbcTemplate jdbc,
                       ViewTableMaintenance maintenance) {
        this.generations = generations;
        this.processing = processing;
        this.progress = progress;
        this.events = events;
        this.jdbc = jdbc;
        this.maintenance = maintenance;
    }

    /** Starts a rebuild in the background; {@code false} when one is already under way. */
    public boolean start() {
        ViewGeneration target = generations.live().other();
        if (!generations.startBuilding(target)) {
            return false;
        }
        log.info("rebuilding the views into {}", target.schema());
        worker.submit(() -> replayAndSwap(target, true));
        return true;
    }

    /** At start-up: only the live generation's processor runs, and an interrupted rebuild goes on. */
    @EventListener(ContextRefreshedEvent.class)
    public void settleProcessors() {
        ViewGenerationState state = generations.state();
        for (ViewGeneration generation : ViewGeneration.values()) {
            if (generation != state.live() && generation != state.building()) {
                processor(generation).shutDown();
            }
        }
        if (state.building() != null) {
            log.info("resuming the rebuild of the views into {}", state.building().schema());
            worker.submit(() -> replayAndSwap(state.building(), false));
        }
    }

    private void replayAndSwap(ViewGeneration target, boolean fromScratch) {
        try {
            StreamingEventProcessor processor = processor(target);
            if (fromScratch) {
                processor.shutDown();
                jdbc.execute("truncate " + String.join(", ", tables(target)));
                processor.resetTokens();
            }
            processor.start();
            // the emptied tables' statistics are kept fresh by ViewTableMaintenance as they fill
            awaitCaughtUp(target);
            // the tallies are read index-only: without a vacuum, every page the replay wrote sends reads to the heap
            maintenance.vacuumAll(target);
            awaitCaughtUp(target);
            ViewGeneration previous = target.other();
            generations.promote(target);
            processor(previous).shutDown();
            // the replay has handed every event to the new live tables (a letter of the reset's queue is cleared
            // with its tokens, see allowReset); the idle generation's letters concern tables nobody reads
            processing.deadLetterQueue(previous.processorName()).ifPresent(queue -> queue.clear());
            log.info("the views in {} are live", target.schema());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("the rebuild of the views into {} failed; it resumes at the next start", target.schema(), e);
        }
    }

    private void awaitCaughtUp(ViewGeneration target) throws InterruptedException {
        while (!caughtUp(target)) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean caughtUp(ViewGeneration target) {
        TrackingToken head = events.createHeadToken();
        long position = head == null ? 0 : head.position().orElse(0);
        return position == 0 || progress.hasProcessed(target.processorName(), position);
    }

    private StreamingEventProcessor processor(ViewGeneration generation) {
        return processing.eventProcessor(generation.processorName(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + generation.processorName()));
    }

    private static String[] tables(ViewGeneration generation) {
        return Stream.of("view_agency", "view_review", "view_recommendation", "view_closure",
                        "view_assignment", "view_due_date_change", "view_evidence", "view_re_referral",
                        "view_recommendation_period", "view_open_item", "view_pending_evidence", "view_open_since",
                        "view_tally", "view_tally_horizon", "view_review_theme")
                .map(table -> generation.schema() + "." + table).toArray(String[]::new);
    }
}
