package org.safeguarding.tracker.api.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.safeguarding.tracker.api.web.NotFoundException;
import org.safeguarding.tracker.projections.Page;
import org.safeguarding.tracker.projections.PageRequest;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dead letters of every projection, shared by all instances through the database: read for the API, health
 * and metrics, retried and evicted through Axon's own queue and dead-letter processor.
 */
@Component
public class DeadLetters {

    private static final String COLUMNS = """
            d.processing_group, d.sequence_identifier, d.sequence_index, d.event_identifier, e.global_index,
            d.payload_type, d.enqueued_at, d.last_touched, d.cause_type, d.diagnostics
            from dead_letter_entry d left join domain_event_entry e on e.event_identifier = d.event_identifier""";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final Serializer serializer;
    private final HandlerSavepoints savepoints;

    public DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing, TransactionManager transactions,
                       @Qualifier("eventSerializer") Serializer serializer, HandlerSavepoints savepoints) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.transactions = transactions;
        this.serializer = serializer;
        this.savepoints = savepoints;
    }

    /** How many letters each projection's queue holds, every projection named. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ProcessingGroups.all().forEach(group -> counts.put(group, 0L));
        jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    public long count(String processingGroup) {
        return jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?", Long.class,
                processingGroup);
    }

    /** Every letter, by group, then sequence, then place in the sequence; optionally of one group only. */
    public Page<DeadLetterEntry> list(Optional<String> processingGroup, PageRequest page) {
        String where = processingGroup.isPresent() ? " where d.processing_group = ?" : "";
        Object[] group = processingGroup.stream().toArray();
        long total = jdbc.queryForObject("select count(*) from dead_letter_entry d" + where, Long.class, group);
        List<DeadLetterEntry> items = jdbc.query("select " + COLUMNS + where
                        + " order by d.processing_group, d.sequence_identifier, d.sequence_index limit ? offset ?",
                (row, i) -> entry(row), concat(group, page.size(), page.offset()));
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The letters of one sequence, first the one the others wait behind; empty when there are none. */
    public List<DeadLetterEntry> sequence(String processingGroup, String sequenceId) {
        return jdbc.query("select " + COLUMNS + " where d.processing_group = ? and d.sequence_identifier = ?"
                + " order by d.sequence_index", (row, i) -> entry(row), processingGroup, sequenceId);
    }

    /**
     * Whether the event at this position is dead-lettered in the group, itself or queued behind another of its
     * aggregate: a list or view asked to show that write cannot, until it is retried.
     */
    public boolean holds(String processingGroup, long position) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from dead_letter_entry d
                    join domain_event_entry e on e.event_identifier = d.event_identifier
                    where d.processing_group = ? and e.global_index = ?)""", Boolean.class, processingGroup, position));
    }

    /**
     * Hands the sequence's letters, in order, to the projection's handlers again, each in its own savepoint: the
     * handled ones leave the queue; the first that fails again stays, its retries one higher, with those behind.
     */
    public RetryOutcome retry(String processingGroup, String sequenceId) {
        List<DeadLetterEntry> before = existing(processingGroup, sequenceId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new NotFoundException("no processing group " + processingGroup));
        boolean failedToCommit = false;
        // a letter that fails again must be requeued in a transaction its failure has not aborted
        savepoints.recover();
        try {
            processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                    && stored.getSequenceIdentifier().equals(sequenceId));
        } catch (RuntimeException e) {
            // a write when the retry commits (the views' set-based rows): all of it rolled back, letters as they were
            log.error("{}: the retry of {} failed as it committed; its letters stay as they were", processingGroup,
                    sequenceId, e);
            failedToCommit = true;
        }
        List<DeadLetterEntry> after = sequence(processingGroup, sequenceId);
        if (after.isEmpty()) {
            return new RetryOutcome(RetryOutcome.Result.PROCESSED, after);
        }
        // a sequence another retry has claimed is skipped: nothing about it changed
        boolean untouched = !failedToCommit && after.equals(before);
        return new RetryOutcome(untouched ? RetryOutcome.Result.BEING_RETRIED : RetryOutcome.Result.STILL_FAILING,
                after);
    }

    /** Removes every letter of the sequence: the projection will never show those events (a rebuild replays them). */
    public List<DeadLetterEntry> evict(String processingGroup, String sequenceId) {
        List<DeadLetterEntry> evicted = existing(processingGroup, sequenceId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        transactions.executeInTransaction(() -> {
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequenceId)) {
                queue.evict(letter);
            }
        });
        return evicted;
    }

    /** Empties a projection's queue, as a reset of its processor does. */
    public void clear(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        transactions.executeInTransaction(queue::clear);
    }

    private List<DeadLetterEntry> existing(String processingGroup, String sequenceId) {
        queue(processingGroup);
        List<DeadLetterEntry> letters = sequence(processingGroup, sequenceId);
        if (letters.isEmpty()) {
            throw new NotFoundException("no dead letters of " + sequenceId + " in " + processingGroup);
        }
        return letters;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new NotFoundException("no processing group " + processingGroup));
    }

    private DeadLetterEntry entry(ResultSet row) throws SQLException {
        String payloadType = row.getString("payload_type");
        return new DeadLetterEntry(row.getString("processing_group"), row.getString("sequence_identifier"),
                row.getLong("sequence_index"), row.getString("event_identifier"), row.getObject("global_index", Long.class),
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                DateTimeUtils.parseInstant(row.getString("enqueued_at")),
                DateTimeUtils.parseInstant(row.getString("last_touched")),
                retries(row.getBytes("diagnostics")), DeadLetterCause.describe(row.getString("cause_type")));
    }

    private long retries(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(diagnostics, byte[].class,
                serializer.typeForClass(MetaData.class)));
        return DeadLetterPolicy.retries(metaData);
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
