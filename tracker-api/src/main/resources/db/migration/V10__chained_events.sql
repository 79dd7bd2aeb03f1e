-- The tamper-evident log (see EventChain): each event's hash chains it to the event before it in its
-- aggregate; V11 hashes the events stored before this, then both columns are required.
alter table domain_event_entry
    add column previous_hash varchar(64),
    add column chain_hash    varchar(64);

-- Checkpoints fold every aggregate's chain head at a position into one hash of the whole log, chained to the
-- previous checkpoint; the heads recorded are those that changed since it.
create table audit_checkpoint (
    position          bigint      primary key,
    previous_position bigint      references audit_checkpoint (position),
    log_hash          varchar(64) not null,
    taken_at          timestamptz not null default now(),
    unique (previous_position)
);

create table audit_checkpoint_head (
    checkpoint_position  bigint       not null references audit_checkpoint (position),
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    global_index         bigint       not null,
    chain_hash           varchar(64)  not null,
    primary key (checkpoint_position, aggregate_identifier)
);

create index audit_checkpoint_head_by_aggregate on audit_checkpoint_head (aggregate_identifier, checkpoint_position);
