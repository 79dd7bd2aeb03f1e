package org.safeguarding.tracker.api.health;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguarding.tracker.projections.progress.ProjectionProgress;
import org.safeguarding.tracker.projections.views.ViewGeneration;
import org.safeguarding.tracker.projections.views.ViewGenerationState;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.springframework.stereotype.Component;

/**
 * How far behind the head of the log every processor's segments are, read from the token table rather than from
 * this instance's threads, so every instance gives the same answer whichever of them claims a segment. Kept for a
 * second: the health check and the metrics both ask.
 */
@Component
public class ProcessorLag {

    private static final long KEEP_NANOS = 1_000_000_000L;

    private final ProjectionProgress progress;
    private final LogHead head;
    private final ViewGenerations generations;
    private Snapshot last;
    private long takenAt;

    public ProcessorLag(ProjectionProgress progress, LogHead head, ViewGenerations generations) {
        this.progress = progress;
        this.head = head;
        this.generations = generations;
    }

    public synchronized Snapshot snapshot() {
        long now = System.nanoTime();
        if (last == null || now - takenAt > KEEP_NANOS) {
            last = take();
            takenAt = now;
        }
        return last;
    }

    private Snapshot take() {
        long headPosition = head.position();
        ViewGenerationState views = generations.state();
        List<SegmentLag> segments = progress.segments().stream().map(stored -> SegmentLag.of(stored, headPosition))
                .toList();
        Map<String, Duration> behind = new LinkedHashMap<>();
        for (String processor : segments.stream().map(SegmentLag::processor).distinct().toList()) {
            if (keepsReadsCurrent(processor, views)) {
                behind.put(processor, behind(segments.stream().filter(s -> s.processor().equals(processor)).toList()));
            }
        }
        return new Snapshot(headPosition, views, segments, behind);
    }

    /** The age of the oldest event some segment has not yet seen; zero when every segment has seen them all. */
    private Duration behind(List<SegmentLag> segments) {
        long lowest = segments.stream().mapToLong(SegmentLag::position).min().orElse(0);
        Set<Long> gaps = new HashSet<>();
        segments.forEach(segment -> gaps.addAll(segment.gaps()));
        return head.firstRecordedAfter(lowest, gaps)
                .map(recorded -> Duration.between(recorded, Instant.now()))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    /** Every processor but the views' idle generation and the one a rebuild is filling (it has its own gauges). */
    private static boolean keepsReadsCurrent(String processor, ViewGenerationState views) {
        for (ViewGeneration generation : ViewGeneration.values()) {
            if (generation.processorName().equals(processor)) {
                return generation == views.live();
            }
        }
        return true;
    }

    /**
     * @param behind per processor that keeps reads current, the age of the oldest event it has not processed
     */
    public record Snapshot(long head, ViewGenerationState views, List<SegmentLag> segments,
                           Map<String, Duration> behind) {

        public List<SegmentLag> of(String processor) {
            return segments.stream().filter(segment -> segment.processor().equals(processor)).toList();
        }

        /** Whether this instance holds a claim on any segment of the processor. */
        public boolean claimsHere(String processor) {
            return of(processor).stream().anyMatch(segment -> ProcessorState.THIS_INSTANCE.equals(segment.owner()));
        }

        /** The lowest position the generation a rebuild is filling has reached; 0 when no rebuild runs. */
        public long rebuildPosition() {
            return views.building() == null ? 0
                    : of(views.building().processorName()).stream().mapToLong(SegmentLag::position).min().orElse(0);
        }
    }
}
