package org.safeguarding.tracker.api.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds every aggregate's chain head into one hash of the whole log, now and then, and checks the folds
 * again when the log is verified. A checkpoint reveals what no later link would: the deletion or rewrite of
 * the last event of an aggregate. Several instances may run this: a transaction-scoped advisory lock lets
 * one take each checkpoint, and the positions' keys refuse a second one for the same place.
 */
@Component
public class Checkpoints {

    /** The advisory lock key of checkpoint taking ("tracker-checkpoint" in no particular encoding). */
    private static final long LOCK = 0x7472_636b_6370_7431L;

    private final JdbcTemplate jdbc;
    private final String settleInterval;

    public Checkpoints(JdbcTemplate jdbc, @Value("${tracker.audit.checkpoint-settle}") Duration settle) {
        this.jdbc = jdbc;
        this.settleInterval = settle.toMillis() + " milliseconds";
    }

    private record Taken(long position, String logHash) {
    }

    @Scheduled(initialDelayString = "${tracker.audit.checkpoint-interval}",
            fixedDelayString = "${tracker.audit.checkpoint-interval}")
    public void onSchedule() {
        take();
    }

    /**
     * Takes a checkpoint at the last event stored longer ago than the settle time (a position allocated
     * earlier may still commit until then), when the log has grown since the last one. Answers its position.
     */
    @Transactional
    public Optional<Long> take() {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
        Long position = jdbc.queryForObject("""
                select max(global_index) from domain_event_entry
                where stored_at < clock_timestamp() - cast(? as interval)""", Long.class, settleInterval);
        Optional<Taken> last = latest();
        if (position == null || last.isPresent() && position <= last.get().position()) {
            return Optional.empty();
        }
        List<EventChain.Head> changed = jdbc.query("""
                select e.aggregate_identifier, e.sequence_number, e.global_index, e.chain_hash
                from (select distinct on (aggregate_identifier) aggregate_identifier, sequence_number, global_index,
                             chain_hash
                      from domain_event_entry where global_index <= ?
                      order by aggregate_identifier, sequence_number desc) e
                left join (select distinct on (aggregate_identifier) aggregate_identifier, sequence_number
                           from audit_checkpoint_head order by aggregate_identifier, checkpoint_position desc) r
                       on r.aggregate_identifier = e.aggregate_identifier
                where r.sequence_number is distinct from e.sequence_number
                order by e.global_index""",
                (row, i) -> new EventChain.Head(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4)),
                position);
        String previous = last.map(Taken::logHash).orElse(null);
        jdbc.update("insert into audit_checkpoint (position, previous_position, log_hash) values (?, ?, ?)",
                position, last.map(Taken::position).orElse(null), EventChain.checkpoint(previous, position, changed));
        jdbc.batchUpdate("""
                        insert into audit_checkpoint_head (checkpoint_position, aggregate_identifier, sequence_number,
                            global_index, chain_hash) values (?, ?, ?, ?, ?)""", changed, 500, (insert, head) -> {
            insert.setLong(1, position);
            insert.setString(2, head.aggregateId());
            insert.setLong(3, head.sequence());
            insert.setLong(4, head.position());
            insert.setString(5, head.hash());
        });
        return Optional.of(position);
    }

    private Optional<Taken> latest() {
        return jdbc.query("select position, log_hash from audit_checkpoint order by position desc limit 1",
                (row, i) -> new Taken(row.getLong(1), row.getString(2))).stream().findFirst();
    }

    /**
     * Reports each recorded head (of one aggregate, or all) that the log no longer holds as it was, and each
     * checkpoint whose hash its recorded heads no longer give, in position order.
     */
    public void check(Optional<String> aggregateId, Consumer<BrokenLink> broken) {
        String only = aggregateId.isPresent() ? " and h.aggregate_identifier = ?" : "";
        Object[] arguments = aggregateId.<Object[]>map(id -> new Object[] {id}).orElse(new Object[0]);
        jdbc.query("""
                select h.checkpoint_position, h.aggregate_identifier, h.sequence_number, h.global_index, h.chain_hash,
                       e.global_index, e.chain_hash
                from audit_checkpoint_head h
                left join domain_event_entry e on e.aggregate_identifier = h.aggregate_identifier
                                               and e.sequence_number = h.sequence_number
                where (e.global_index is null or e.global_index <> h.global_index
                       or e.chain_hash is distinct from h.chain_hash)""" + only
                + " order by h.global_index limit 1", row -> {
            String where = "checkpoint " + row.getLong(1) + " recorded event " + row.getLong(3) + " (position "
                    + row.getLong(4) + ", hash " + row.getString(5) + ") as this aggregate's head";
            String found = row.getObject(6) == null ? "missing: " + where + ", and the log no longer holds it"
                    : "checkpoint mismatch: " + where + ", but the log holds position " + row.getLong(6)
                    + " with hash " + row.getString(7);
            broken.accept(new BrokenLink(row.getString(2), row.getLong(3), row.getLong(4), found));
        }, arguments);
        if (aggregateId.isEmpty()) {
            checkFolds(broken);
        }
    }

    private void checkFolds(Consumer<BrokenLink> broken) {
        List<Taken> taken = jdbc.query("select position, log_hash from audit_checkpoint order by position",
                (row, i) -> new Taken(row.getLong(1), row.getString(2)));
        String previous = null;
        for (Taken checkpoint : taken) {
            List<EventChain.Head> heads = new ArrayList<>(jdbc.query("""
                            select aggregate_identifier, sequence_number, global_index, chain_hash
                            from audit_checkpoint_head where checkpoint_position = ? order by global_index""",
                    (row, i) -> new EventChain.Head(row.getString(1), row.getLong(2), row.getLong(3),
                            row.getString(4)), checkpoint.position()));
            if (!EventChain.checkpoint(previous, checkpoint.position(), heads).equals(checkpoint.logHash())) {
                broken.accept(new BrokenLink(null, null, checkpoint.position(), "checkpoint at position "
                        + checkpoint.position() + " no longer matches its recorded hash: the checkpoint tables "
                        + "were changed"));
                return;
            }
            previous = checkpoint.logHash();
        }
    }
}
