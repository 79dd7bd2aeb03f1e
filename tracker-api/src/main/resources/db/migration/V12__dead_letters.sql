-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue, see DeadLetterQueueConfiguration): the events a
-- projection could not handle, and the later events of the same aggregate queued behind them, per processing
-- group. The columns are those Axon's DefaultDeadLetterStatementFactory writes: instants as ISO-8601 text
-- (Axon formats, compares and parses them as strings, so they must not be timestamptz), serialized data as bytea.

create table dead_letter_entry (
    dead_letter_id       varchar(255) primary key,
    processing_group     varchar(255) not null,
    sequence_identifier  varchar(255) not null,
    sequence_index       bigint       not null,
    message_type         varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255) not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    -- Axon truncates the message to 1,024 characters, more than its own default table holds
    cause_message        text,
    diagnostics          bytea,
    -- also the index of every look-up by group, and by group and sequence
    unique (processing_group, sequence_identifier, sequence_index)
);
